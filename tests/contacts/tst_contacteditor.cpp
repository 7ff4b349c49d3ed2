// SPDX-License-Identifier: MIT
// The contact editor as a whole: built from the schema (every client key has a named,
// labelled editor of the right kind), only what the user changed is returned, with the
// values the user saw; custom fields round-trip; a new contact needs its names and gets the
// schema's defaults; a changed action plan is reported. Real sandbox rows go through unchanged.
#include "contacteditor.h"
#include "contacteditorlayout.h"
#include "customfieldseditor.h"
#include "editortestdata.h"
#include "fieldwidgets.h"
#include "sandbox.h"

#include "api/apiclient.h"
#include "api/apireply.h"
#include "api/parameterschema.h"
#include "api/validator.h"

#include <QCalendarWidget>
#include <QDateEdit>
#include <QGroupBox>
#include <QJsonArray>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;
using ct::api::ApiParams;
using ct::api::ParameterSchema;
using ct::api::ValueType;

namespace {

const QList<QPair<QString, QString>> actionPlans = {{u"11"_s, u"New lead follow-up"_s}, {u"12"_s, u"Win-back"_s}};
const QList<QPair<QString, QString>> leadSources = {{u"3"_s, u"Website"_s}, {u"4"_s, u"Referral"_s}};

QStringList clientKeys()
{
    QStringList keys;
    for (const auto &spec : ParameterSchema::group(ct::api::ParameterGroup::Client))
        keys.append(spec.key);
    return keys;
}

} // namespace

class TestContactEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void everyClientKeyHasANamedLabelledEditorOfItsType()
    {
        ContactEditor editor;
        for (const auto &spec : ParameterSchema::group(ct::api::ParameterGroup::Client)) {
            QWidget *w = editor.findChild<QWidget *>(spec.key);
            QVERIFY2(w, qPrintable(spec.key));
            QCOMPARE(w->accessibleName(), ContactEditorLayout::label(spec.key));
            QVERIFY2(editor.findChild<QLabel *>(spec.key + u"Error"_s), qPrintable(spec.key));
            const char *expected = "QLineEdit";
            if (spec.key == u"tag"_s)
                expected = "QComboBox";   // chips, added from an editable list of the account's tags
            else if (spec.type == ValueType::Enumeration || spec.type == ValueType::State
                || ContactEditorLayout::shape(spec.key) == FieldWidgets::Shape::ChoiceList)
                expected = "QComboBox";
            else if (spec.type == ValueType::Date)
                expected = "QDateEdit";
            else if (ContactEditorLayout::shape(spec.key) == FieldWidgets::Shape::MultiLine)
                expected = "QPlainTextEdit";
            QVERIFY2(w->inherits(expected), qPrintable(spec.key + u" is a "_s + QString::fromLatin1(w->metaObject()->className())));
        }
        // The contact's id is shown, never edited.
        QVERIFY(editor.findChild<QLineEdit *>(u"client_id"_s)->isReadOnly());
        // The id pickers name their fields too, and dates can be left empty.
        QVERIFY(editor.findChild<QToolButton *>(u"anniversary_1Clear"_s));
        // Every section the issue lists is there, the custom fields last.
        for (const char *box : {"identity", "contact", "address", "demographics", "deal", "crm", "custom"})
            QVERIFY2(editor.findChild<QGroupBox *>(QLatin1StringView(box) + u"Section"_s), box);
        QVERIFY(!editor.findChild<QGroupBox *>(u"otherSection"_s));   // nothing fell outside the layout
    }

    void interactiveWidgetsAreNamedForScreenReaders()
    {
        ContactEditor editor;
        editor.setRecord(demoRecord());
        QTest::mouseClick(editor.findChild<QPushButton *>(u"addCustomField"_s), Qt::LeftButton);
        const auto widgets = editor.findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            const bool interactive = w->inherits("QLineEdit") || w->inherits("QComboBox") || w->inherits("QAbstractSpinBox")
                || w->inherits("QAbstractButton") || w->inherits("QPlainTextEdit");
            // The parts of spin boxes, combo boxes and line edits (their clear buttons) belong to them.
            const QWidget *owner = w->parentWidget();
            if (!interactive || owner->inherits("QAbstractSpinBox") || owner->inherits("QComboBox") || owner->inherits("QLineEdit"))
                continue;
            if (w->window() != &editor)
                continue;   // the calendar popup
            QVERIFY2(!w->objectName().isEmpty(), w->metaObject()->className());
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        }
    }

    void enumerationsShowTheDocumentsLabelsAndSendItsValues()
    {
        ContactEditor editor;
        auto *type = editor.findChild<QComboBox *>(u"contact_type"_s);
        QStringList labels, values;
        for (int i = 0; i < type->count(); ++i) {
            labels << type->itemText(i);
            values << type->itemData(i).toString();
        }
        // contact_type has a default, so it is never "not set".
        QCOMPARE(labels, (QStringList{u"Client"_s, u"Employee"_s, u"Partner"_s, u"Vendor"_s, u"Other"_s}));
        QCOMPARE(values, (QStringList{u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s}));
        // gender has none, so it may be left empty.
        auto *gender = editor.findChild<QComboBox *>(u"gender"_s);
        QCOMPARE(gender->itemText(0), u"Not set"_s);
        QCOMPARE(gender->itemData(0).toString(), QString());
        QCOMPARE(gender->findData(u"M"_s), gender->findText(u"Male"_s));
        // States and provinces by code and name.
        auto *state = editor.findChild<QComboBox *>(u"state"_s);
        QCOMPARE(state->itemText(state->findData(u"CO"_s)), u"CO \u2013 Colorado"_s);
        QCOMPARE(state->itemText(state->findData(u"ON"_s)), u"ON \u2013 Ontario"_s);
        QVERIFY(state->count() >= 56 + 13);
    }

    void untouchedRecordHasNothingToSend()
    {
        ContactEditor editor;
        editor.setChoices(u"lead_source_id"_s, leadSources);
        editor.setRecord(demoRecord());
        QVERIFY(showActive(&editor));
        QCOMPARE(editor.changedFields(), ApiParams());
        QVERIFY(editor.validate());
        QCOMPARE(editor.firstInvalidKey(), QString());
        QVERIFY(!editor.actionPlanChanged());
        // Shown as people read them, kept as the server has them.
        QCOMPARE(editor.findChild<QLineEdit *>(u"phone"_s)->text(), u"(303) 929-1447"_s);
        QCOMPARE(editor.findChild<QComboBox *>(u"lead_source_id"_s)->currentText(), u"Website"_s);
        QCOMPARE(editor.findChild<QDateEdit *>(u"anniversary_1"_s)->date(), QDate(2004, 6, 19));
        QCOMPARE(editor.findChild<QPlainTextEdit *>(u"whiteboard"_s)->toPlainText(), u"Prefers morning calls.\nGate code 4411."_s);
        QCOMPARE(editor.value(u"anniversary_2"_s), QString());
    }

    void changingOneFieldReturnsExactlyThatKey_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("expected");
        QTest::newRow("first name typed") << u"firstName"_s << u"Mariana"_s;
        QTest::newRow("phone typed") << u"phone"_s << u"7205550111"_s;
        QTest::newRow("email typed") << u"email"_s << u"m.alvarez@example.org"_s;
        QTest::newRow("gender picked") << u"gender"_s << u"M"_s;
        QTest::newRow("state picked") << u"state"_s << u"UT"_s;
        QTest::newRow("contact type picked") << u"contact_type"_s << u"3"_s;
        QTest::newRow("lead source picked") << u"lead_source_id"_s << u"4"_s;
        QTest::newRow("anniversary picked") << u"anniversary_1"_s << u"2005:06:19"_s;
        QTest::newRow("next date cleared") << u"clients_date_next"_s << QString();
        QTest::newRow("whiteboard typed") << u"whiteboard"_s << u"Prefers morning calls.\nGate code 4411. Dog."_s;
        QTest::newRow("custom field edited") << u"project_type"_s << u"Gutters"_s;
    }

    void changingOneFieldReturnsExactlyThatKey()
    {
        QFETCH(QString, key);
        QFETCH(QString, expected);
        // GIVEN a full record
        ContactEditor editor;
        editor.setChoices(u"lead_source_id"_s, leadSources);
        editor.setRecord(demoRecord());
        QVERIFY(showActive(&editor));
        QSignalSpy edited(&editor, &ContactEditor::edited);
        // WHEN one field is changed the way a user changes it
        QWidget *w = editor.findChild<QWidget *>(key);
        QVERIFY(w);
        if (auto *line = qobject_cast<QLineEdit *>(w)) {
            typeAndLeave(line, key == u"phone"_s ? u"(720) 555-0111"_s : expected);
        } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            QVERIFY(pickValue(combo, expected));
        } else if (auto *date = qobject_cast<QDateEdit *>(w)) {
            if (expected.isEmpty())
                QTest::mouseClick(editor.findChild<QToolButton *>(key + u"Clear"_s), Qt::LeftButton);
            else
                date->setDate(date->date().addYears(1));
        } else if (auto *text = qobject_cast<QPlainTextEdit *>(w)) {
            text->setFocus();
            text->moveCursor(QTextCursor::End);
            QTest::keyClicks(text, u" Dog."_s);
        }
        // THEN exactly that key is returned, with the value the user gave, and nothing is refused
        QCOMPARE(editor.changedFields(), (ApiParams{{key, expected}}));
        QVERIFY(!edited.isEmpty());
        QVERIFY(editor.validate());
    }

    void baseValuesAreTheRecords()
    {
        ContactEditor editor;
        editor.setRecord(demoRecord());
        QVERIFY(showActive(&editor));
        typeAndLeave(editor.findChild<QLineEdit *>(u"phone"_s), u"720.555.0111"_s);
        typeAndLeave(editor.findChild<QLineEdit *>(u"email"_s), u"maria@example.org"_s);
        typeAndLeave(editor.findChild<QLineEdit *>(u"project_type"_s), u"Siding"_s);
        const ApiParams changed = editor.changedFields();
        QCOMPARE(changed, (ApiParams{{u"phone"_s, u"7205550111"_s}, {u"email"_s, u"maria@example.org"_s},
                                     {u"project_type"_s, u"Siding"_s}}));
        QCOMPARE(editor.baseValuesOf(changed),
                 (ApiParams{{u"phone"_s, u"3039291447"_s}, {u"email"_s, u"maria.alvarez@example.com"_s},
                            {u"project_type"_s, u"Roof replacement"_s}}));
        // A value typed back to what the record held is no change at all.
        typeAndLeave(editor.findChild<QLineEdit *>(u"phone"_s), u"303 929 1447"_s);
        QVERIFY(!editor.changedFields().contains(u"phone"_s));
    }

    void customFieldsRoundTrip()
    {
        // GIVEN a record with two custom fields: both are shown, by their keys
        ContactEditor editor;
        editor.setRecord(demoRecord());
        QVERIFY(showActive(&editor));
        auto *time = editor.findChild<QLineEdit *>(u"preferred_contact_time"_s);
        QVERIFY(time);
        QCOMPARE(time->text(), u"Morning"_s);
        QCOMPARE(editor.findChild<QLineEdit *>(u"project_type"_s)->text(), u"Roof replacement"_s);
        QCOMPARE(editor.customFields()->storedFields().size(), 2);

        // WHEN one is edited, one removed and one added
        typeAndLeave(time, u"Evening"_s);
        QTest::mouseClick(editor.findChild<QToolButton *>(u"project_typeRemove"_s), Qt::LeftButton);
        QVERIFY(!editor.findChild<QLineEdit *>(u"project_type"_s));
        QTest::mouseClick(editor.findChild<QPushButton *>(u"addCustomField"_s), Qt::LeftButton);
        QTest::keyClicks(editor.findChild<QLineEdit *>(u"customKey1"_s), u"gate_code"_s);
        typeAndLeave(editor.findChild<QLineEdit *>(u"gate_code"_s), u"4411"_s);

        // THEN all three are sent; the removed one empty (the sandbox removes a custom field
        // given an empty value), with the values the user saw as the base
        const ApiParams changed = editor.changedFields();
        QCOMPARE(changed, (ApiParams{{u"preferred_contact_time"_s, u"Evening"_s}, {u"project_type"_s, QString()},
                                     {u"gate_code"_s, u"4411"_s}}));
        QCOMPARE(editor.baseValuesOf(changed),
                 (ApiParams{{u"preferred_contact_time"_s, u"Morning"_s}, {u"project_type"_s, u"Roof replacement"_s},
                            {u"gate_code"_s, QString()}}));
        QVERIFY(editor.validate());

        // WHEN the record comes back as the server now holds it, nothing is left to send
        QJsonObject saved = demoRecord();
        saved.remove(u"project_type"_s);
        saved.insert(u"preferred_contact_time"_s, u"Evening"_s);
        saved.insert(u"gate_code"_s, u"4411"_s);
        editor.setRecord(saved);
        QCOMPARE(editor.changedFields(), ApiParams());
        QCOMPARE(editor.findChild<QLineEdit *>(u"gate_code"_s)->text(), u"4411"_s);
    }

    void addedThenRemovedCustomFieldSendsNothing()
    {
        ContactEditor editor;
        editor.setRecord(demoRecord());
        QVERIFY(showActive(&editor));
        const int n = editor.customFields()->addField(u"scratch"_s, u"x"_s);
        QCOMPARE(n, 1);
        QCOMPARE(editor.changedFields(), (ApiParams{{u"scratch"_s, u"x"_s}}));
        QTest::mouseClick(editor.findChild<QToolButton *>(u"scratchRemove"_s), Qt::LeftButton);
        QCOMPARE(editor.changedFields(), ApiParams());
    }

    void typedProblemsShowWhenLeftAndClearAsFixed()
    {
        ContactEditor editor;
        editor.setRecord(demoRecord());
        QVERIFY(showActive(&editor));
        auto *email = editor.findChild<QLineEdit *>(u"email"_s);
        email->setFocus();
        email->selectAll();
        QTest::keyClicks(email, u"maria@"_s);
        // Not while the address is still being typed...
        QCOMPARE(shownProblem(&editor, u"email"_s), QString());
        // ...but once the field is left
        QTest::keyClick(email, Qt::Key_Tab);
        QVERIFY(!email->hasFocus());
        QVERIFY(shownProblem(&editor, u"email"_s).contains(u"well-formed"_s));
        QCOMPARE(email->accessibleDescription(), shownProblem(&editor, u"email"_s));
        // Then it follows each keystroke, and clears as soon as the value is good.
        email->setFocus();
        email->end(false);
        QTest::keyClicks(email, u"example.com"_s);
        QCOMPARE(shownProblem(&editor, u"email"_s), QString());
        QVERIFY(email->hasFocus());
    }

    void validateMarksEveryBadFieldAndFocusesTheFirst()
    {
        ContactEditor editor;
        editor.setRecord(demoRecord());
        QVERIFY(showActive(&editor));
        auto *email = editor.findChild<QLineEdit *>(u"email"_s);
        auto *age = editor.findChild<QLineEdit *>(u"age"_s);
        // Typed without leaving: not yet marked.
        for (auto [edit, text] : {std::pair{age, u"forty"_s}, std::pair{email, u"nobody"_s}}) {
            edit->setFocus();
            edit->selectAll();
            QTest::keyClicks(edit, text);
        }
        QVERIFY(!editor.validate());
        QCOMPARE(editor.firstInvalidKey(), u"email"_s);
        QVERIFY(!shownProblem(&editor, u"age"_s).isEmpty());
        QVERIFY(!shownProblem(&editor, u"email"_s).isEmpty());
        QVERIFY(email->hasFocus());   // contact comes before demographics in the form
    }

    void storedBadValueIsMarkedButDoesNotBlock()
    {
        QJsonObject record = demoRecord();
        record.insert(u"phone"_s, u"555-1234"_s);
        ContactEditor editor;
        editor.setRecord(record);
        QVERIFY(showActive(&editor));
        QVERIFY(shownProblem(&editor, u"phone"_s).contains(u"ten digits"_s));
        typeAndLeave(editor.findChild<QLineEdit *>(u"city"_s), u"Boulder"_s);
        QCOMPARE(editor.changedFields(), (ApiParams{{u"city"_s, u"Boulder"_s}}));
        QVERIFY(editor.validate());   // the phone is not sent, so it does not hold the city back
    }

    void zipIsRecheckedWhenTheStateChanges()
    {
        ContactEditor editor;
        editor.setRecord(demoRecord());   // CO, 80202
        QVERIFY(showActive(&editor));
        QVERIFY(pickValue(editor.findChild<QComboBox *>(u"state"_s), u"ON"_s));
        QVERIFY(shownProblem(&editor, u"zip"_s).contains(u"Canadian province"_s));
        QCOMPARE(editor.firstInvalidKey(), u"zip"_s);
        typeAndLeave(editor.findChild<QLineEdit *>(u"zip"_s), u"m5v 3l9"_s);
        QCOMPARE(shownProblem(&editor, u"zip"_s), QString());
        QCOMPARE(editor.changedFields(), (ApiParams{{u"state"_s, u"ON"_s}, {u"zip"_s, u"M5V 3L9"_s}}));
        QCOMPARE(editor.findChild<QLineEdit *>(u"zip"_s)->text(), u"M5V 3L9"_s);
    }

    void phoneIsShownFormattedAndNotedAsSent()
    {
        ContactEditor editor;
        editor.setRecord(demoRecord());
        QVERIFY(showActive(&editor));
        auto *phone = editor.findChild<QLineEdit *>(u"phone"_s);
        phone->setFocus();
        phone->selectAll();
        QTest::keyClicks(phone, u"720.555.0111"_s);
        // While typing: what will be sent.
        auto *note = editor.findChild<QLabel *>(u"phoneNote"_s);
        QVERIFY(note->isVisible());
        QVERIFY(note->text().contains(u"7205550111"_s));
        QCOMPARE(editor.value(u"phone"_s), u"7205550111"_s);
        // Once left: shown the usual way.
        QTest::keyClick(phone, Qt::Key_Tab);
        QCOMPARE(phone->text(), u"(720) 555-0111"_s);
        QVERIFY(!note->isVisible());
    }

    void newContactRequiresNamesAndFillsDefaults()
    {
        // GIVEN an empty form
        ContactEditor editor;
        editor.setChoices(u"action_plan_id"_s, actionPlans);
        editor.setNewContact();
        QVERIFY(showActive(&editor));
        QVERIFY(editor.isNewContact());
        // THEN the schema's defaults are shown
        QCOMPARE(editor.findChild<QComboBox *>(u"smsok"_s)->currentText(), u"Yes"_s);
        QCOMPARE(editor.findChild<QComboBox *>(u"contact_type"_s)->currentText(), u"Client"_s);
        QCOMPARE(editor.findChild<QComboBox *>(u"new_lead_notification"_s)->currentText(), u"No notifications"_s);
        QCOMPARE(editor.findChild<QComboBox *>(u"action_plan_id"_s)->currentText(), u"None"_s);
        QCOMPARE(editor.value(u"creation_date"_s), QString());   // the server makes it today...
        QCOMPARE(editor.findChild<QDateEdit *>(u"creation_date"_s)->text(), u"Today"_s);   // ...and says so

        // WHEN it is saved without names THEN both are marked and the first is focused
        QVERIFY(!editor.validate());
        QCOMPARE(editor.firstInvalidKey(), u"firstName"_s);
        QVERIFY(shownProblem(&editor, u"firstName"_s).contains(u"Required"_s));
        QVERIFY(shownProblem(&editor, u"lastName"_s).contains(u"Required"_s));
        QVERIFY(editor.findChild<QLineEdit *>(u"firstName"_s)->hasFocus());

        // WHEN the names and a few fields are given
        typeAndLeave(editor.findChild<QLineEdit *>(u"firstName"_s), u"Dana"_s);
        QCOMPARE(shownProblem(&editor, u"firstName"_s), QString());
        QCOMPARE(editor.firstInvalidKey(), u"lastName"_s);
        typeAndLeave(editor.findChild<QLineEdit *>(u"lastName"_s), u"Whitfield"_s);
        typeAndLeave(editor.findChild<QLineEdit *>(u"phone"_s), u"(303) 555-0142"_s);
        QVERIFY(pickValue(editor.findChild<QComboBox *>(u"state"_s), u"CO"_s));
        editor.customFields()->addField(u"project_type"_s, u"Deck"_s);
        QVERIFY(editor.validate());

        // THEN create gets every field with a value, defaults included, and no "no plan"
        // (which would stop the lead source's plan from starting)
        QCOMPARE(editor.fieldsForCreate(),
                 (ApiParams{{u"firstName"_s, u"Dana"_s}, {u"lastName"_s, u"Whitfield"_s}, {u"phone"_s, u"3035550142"_s},
                            {u"state"_s, u"CO"_s}, {u"smsok"_s, u"1"_s}, {u"contact_type"_s, u"1"_s},
                            {u"new_lead_notification"_s, u"0"_s}, {u"project_type"_s, u"Deck"_s}}));

        // AND the server's own checks accept it
        QVERIFY(ct::api::Validator::check(*ct::api::findCall(u"create_client"), editor.fieldsForCreate()).ok());

        // AND a plan picked on purpose is sent
        QVERIFY(pickValue(editor.findChild<QComboBox *>(u"action_plan_id"_s), u"11"_s));
        QCOMPARE(editor.fieldsForCreate().value(u"action_plan_id"_s), u"11"_s);
        QVERIFY(!editor.actionPlanChanged());   // nothing pending on a contact not yet made
    }

    void newContactAfterARecordStartsClean()
    {
        ContactEditor editor;
        editor.setRecord(demoRecord());
        QVERIFY(showActive(&editor));
        typeAndLeave(editor.findChild<QLineEdit *>(u"phone"_s), u"123"_s);
        QVERIFY(!shownProblem(&editor, u"phone"_s).isEmpty());
        editor.setNewContact();
        QCOMPARE(shownProblem(&editor, u"phone"_s), QString());
        QCOMPARE(editor.value(u"phone"_s), QString());
        QCOMPARE(editor.value(u"firstName"_s), QString());
        QCOMPARE(editor.value(u"anniversary_1"_s), QString());
        QVERIFY(!editor.findChild<QLineEdit *>(u"preferred_contact_time"_s));
        QCOMPARE(editor.fieldsForCreate(), (ApiParams{{u"smsok"_s, u"1"_s}, {u"contact_type"_s, u"1"_s},
                                                      {u"new_lead_notification"_s, u"0"_s}}));
    }

    void unsetDateStepsFromToday()
    {
        ContactEditor editor;
        editor.setRecord(demoRecord());   // anniversary_2 is empty
        QVERIFY(showActive(&editor));
        auto *date = editor.findChild<QDateEdit *>(u"anniversary_2"_s);
        QCOMPARE(date->text(), u"Not set"_s);
        date->setFocus(Qt::TabFocusReason);
        QTest::keyClick(date, Qt::Key_Up);
        QCOMPARE(date->date(), QDate::currentDate());
        QCOMPARE(editor.changedFields().keys(), QStringList{u"anniversary_2"_s});
        QTest::mouseClick(editor.findChild<QToolButton *>(u"anniversary_2Clear"_s), Qt::LeftButton);
        QCOMPARE(date->text(), u"Not set"_s);
        QCOMPARE(editor.changedFields(), ApiParams());
    }

    void calendarOfAnEmptyDateOpensOnThisMonth()
    {
        ContactEditor editor;
        editor.setRecord(demoRecord());   // anniversary_2 is empty
        QVERIFY(showActive(&editor));
        auto *date = editor.findChild<QDateEdit *>(u"anniversary_2"_s);
        date->setFocus(Qt::TabFocusReason);
        QTest::mouseClick(date, Qt::LeftButton, {}, QPoint(date->width() - 6, date->height() / 2));   // the drop-down arrow
        QCalendarWidget *calendar = date->calendarWidget();
        QTRY_VERIFY(calendar->isVisible());
        QCOMPARE(calendar->yearShown(), QDate::currentDate().year());
        QCOMPARE(calendar->monthShown(), QDate::currentDate().month());
        QCOMPARE(editor.value(u"anniversary_2"_s), QString());   // opening picks nothing
        calendar->window()->close();
    }

    void actionPlanChangeIsReported()
    {
        ContactEditor editor;
        editor.setChoices(u"action_plan_id"_s, actionPlans);
        QJsonObject record = demoRecord();
        record.insert(u"action_plan_id"_s, u"12"_s);
        editor.setRecord(record);
        QVERIFY(showActive(&editor));
        auto *plan = editor.findChild<QComboBox *>(u"action_plan_id"_s);
        QCOMPARE(plan->currentText(), u"Win-back"_s);
        QVERIFY(!editor.actionPlanChanged());
        // To no plan: "0" is sent, as the document says.
        QVERIFY(pick(plan, u"None"_s));
        QVERIFY(editor.actionPlanChanged());
        QCOMPARE(editor.changedFields(), (ApiParams{{u"action_plan_id"_s, u"0"_s}}));
        QCOMPARE(editor.baseValuesOf(editor.changedFields()), (ApiParams{{u"action_plan_id"_s, u"12"_s}}));
        QVERIFY(pick(plan, u"New lead follow-up"_s));
        QVERIFY(editor.actionPlanChanged());
        QVERIFY(pick(plan, u"Win-back"_s));
        QVERIFY(!editor.actionPlanChanged());
        QCOMPARE(editor.changedFields(), ApiParams());
    }

    void choicesArrivingLaterKeepTheShownValue()
    {
        ContactEditor editor;
        editor.setRecord(demoRecord());   // lead source 3, user 101: no lists yet
        auto *source = editor.findChild<QComboBox *>(u"lead_source_id"_s);
        QCOMPARE(source->currentData().toString(), u"3"_s);
        QVERIFY(source->currentText().contains(u"3"_s));
        editor.setChoices(u"lead_source_id"_s, leadSources);
        QCOMPARE(source->currentText(), u"Website"_s);
        editor.setChoices(u"assigned_user_id"_s, {{u"100"_s, u"Sam Ortiz"_s}});
        QCOMPARE(editor.value(u"assigned_user_id"_s), u"101"_s);   // not in the list: kept
        QCOMPARE(editor.changedFields(), ApiParams());
    }

    void realSandboxRowsGoThroughUnchanged()
    {
        // GIVEN the sandbox's demo data, as read_client_list returns it
        ct::sandbox::Sandbox sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        const QJsonArray rows = sandbox.clients(ct::sandbox::Sandbox::demoWebKey());
        QVERIFY(rows.size() >= 20);
        ContactEditor editor;
        int withCustom = 0;
        for (qsizetype i = 0; i < 20; ++i) {
            const QJsonObject row = rows.at(i).toObject();
            // WHEN a row is shown THEN no value is refused and nothing is to be sent
            editor.setRecord(row);
            for (const QString &key : clientKeys()) {
                QVERIFY2(editor.field(key)->problem().isEmpty(),
                         qPrintable(u"%1 = %2: %3"_s.arg(key, row.value(key).toString(), editor.field(key)->problem())));
            }
            QCOMPARE(editor.changedFields(), ApiParams());
            QCOMPARE(editor.firstInvalidKey(), QString());
            // AND every custom field is shown with its value
            const ApiParams custom = editor.customFields()->storedFields();
            for (auto it = custom.cbegin(); it != custom.cend(); ++it)
                QCOMPARE(editor.findChild<QLineEdit *>(it.key())->text(), it.value());
            withCustom += custom.isEmpty() ? 0 : 1;
            QCOMPARE(editor.value(u"client_id"_s), row.value(u"client_id"_s).toString());
        }
        QVERIFY(withCustom > 0);
    }

    void editsSavedThroughTheSandboxComeBackUnchanged()
    {
        // GIVEN a real contact of the sandbox in the editor
        ct::sandbox::Sandbox sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        ct::api::ApiClient api;
        api.setBaseUrl(sandbox.baseUrl());
        api.setCredentials(ct::sandbox::Sandbox::demoAccessToken(), ct::sandbox::Sandbox::demoWebKey());
        QJsonObject row;
        for (const QJsonValue &v : sandbox.clients(ct::sandbox::Sandbox::demoWebKey())) {
            if (v.toObject().contains(u"preferred_contact_time"_s)) {
                row = v.toObject();
                break;
            }
        }
        QVERIFY(!row.isEmpty());
        ContactEditor editor;
        editor.setRecord(row);
        QVERIFY(showActive(&editor));

        // WHEN the user changes a phone, moves the contact to Ontario, drops a custom field and adds one
        typeAndLeave(editor.findChild<QLineEdit *>(u"phone"_s), u"+1 (416) 555-0199"_s);
        QVERIFY(pickValue(editor.findChild<QComboBox *>(u"state"_s), u"ON"_s));
        typeAndLeave(editor.findChild<QLineEdit *>(u"zip"_s), u"m5v3l9"_s);
        QTest::mouseClick(editor.findChild<QToolButton *>(u"preferred_contact_timeRemove"_s), Qt::LeftButton);
        editor.customFields()->addField(u"gate_code"_s, u"<b>4411</b>"_s);
        QVERIFY(editor.validate());
        ApiParams params = editor.changedFields();
        QCOMPARE(params.value(u"preferred_contact_time"_s), QString());
        params.insert(u"client_id"_s, row.value(u"client_id"_s).toString());
        QVERIFY(ct::api::Validator::check(*ct::api::findCall(u"update_client_by_id"), params).ok());

        // AND it is sent as the outbox would send it
        ct::api::ApiReply *reply = api.call(u"update_client_by_id"_s, params);
        QSignalSpy finished(reply, &ct::api::ApiReply::finished);
        QVERIFY(finished.wait(20000));
        const auto result = finished.first().first().value<ct::api::ApiResult>();
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.rows.size(), 1);

        // THEN the record the server returns shows what the user entered, and nothing is left to send
        const QJsonObject saved = result.rows.first().toObject();
        QVERIFY(!saved.contains(u"preferred_contact_time"_s));   // an empty custom value removed it
        QCOMPARE(saved.value(u"gate_code"_s).toString(), u"4411"_s);
        editor.setRecord(saved);
        QCOMPARE(editor.changedFields(), ApiParams());
        QCOMPARE(editor.value(u"phone"_s), u"4165550199"_s);
        QCOMPARE(editor.value(u"zip"_s), u"M5V 3L9"_s);
        QVERIFY(!editor.findChild<QLineEdit *>(u"preferred_contact_time"_s));
    }

    void rendersWithADemoRecord()
    {
        ContactEditor editor;
        editor.setChoices(u"action_plan_id"_s, actionPlans);
        editor.setChoices(u"lead_source_id"_s, leadSources);
        editor.setChoices(u"sales_cycle_id"_s, {{u"2"_s, u"Estimate sent"_s}});
        editor.setChoices(u"assigned_user_id"_s, {{u"101"_s, u"Sam Ortiz"_s}});
        editor.setRecord(demoRecord());
        QVERIFY(showActive(&editor));
        // Tall enough to show the whole form without scrolling.
        editor.resize(1000, editor.findChild<QWidget *>(u"contactEditorContent"_s)->sizeHint().height() + 40);
        // A couple of refused values, so the picture shows how problems look.
        typeAndLeave(editor.findChild<QLineEdit *>(u"second_phone"_s), u"555-0101"_s);
        editor.customFields()->addField(u"2nd_contact"_s, u"Luis"_s);
        QCoreApplication::processEvents();
        const QPixmap picture = editor.grab();
        QVERIFY(!picture.isNull());
        const QString path = qEnvironmentVariable("CT_EDITOR_SCREENSHOT");
        if (!path.isEmpty())
            QVERIFY(picture.save(path));
    }

    void rendersANewContactWithItsChecks()
    {
        ContactEditor editor;
        editor.setNewContact();
        QVERIFY(showActive(&editor));
        editor.resize(1000, editor.findChild<QWidget *>(u"contactEditorContent"_s)->sizeHint().height() + 40);
        typeAndLeave(editor.findChild<QLineEdit *>(u"email"_s), u"dana@"_s);
        QVERIFY(!editor.validate());
        QCoreApplication::processEvents();
        const QPixmap picture = editor.grab();
        QVERIFY(!picture.isNull());
        const QString path = qEnvironmentVariable("CT_EDITOR_SCREENSHOT_NEW");
        if (!path.isEmpty())
            QVERIFY(picture.save(path));
    }
};

QTEST_MAIN(TestContactEditor)
#include "tst_contacteditor.moc"
