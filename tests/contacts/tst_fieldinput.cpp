// SPDX-License-Identifier: MIT
// Every kind of field in the contact editor, driven like a user would: good input is
// accepted (and sent in the wire form), bad input is explained at the field before anything
// is queued. One row per case; the reasons come from the parameter schema's validator plus
// the zip/state cross-check and the custom-field rules.
#include "contacteditor.h"
#include "customfieldseditor.h"
#include "editortestdata.h"

#include <QDateEdit>
#include <QPushButton>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

class TestFieldInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Dates are shown in the reader's locale; a fixed one keeps typed dates predictable.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void fieldInput_data()
    {
        QTest::addColumn<QString>("key");        // the field
        QTest::addColumn<QString>("how");        // type, pick, pickValue, date, typedate, clear, stored, customKey, customValue
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("state");      // chosen first (zip cases)
        QTest::addColumn<QString>("sent");       // the wire value afterwards (null: not checked)
        QTest::addColumn<QString>("problem");    // part of the reason shown; empty: none
        QTest::addColumn<QString>("note");       // part of the note shown; empty: none expected
        QTest::addColumn<QString>("firstInvalid");

        const QString none;
        const QString tenDigits = u"ten digits"_s;
        auto row = [](const char *name, const QString &key, const QString &how, const QString &input,
                      const QString &state, const QString &sent, const QString &problem,
                      const QString &firstInvalid, const QString &note = {}) {
            QTest::newRow(name) << key << how << input << state << sent << problem << note << firstInvalid;
        };

        // Phones: the formats people type all send ten digits.
        row("phone (303) 929-1447", u"phone"_s, u"type"_s, u"(303) 929-1447"_s, none, u"3039291447"_s, none, none);
        row("phone dots", u"phone"_s, u"type"_s, u"303.929.1448"_s, none, u"3039291448"_s, none, none);
        row("phone +1 spaces", u"phone"_s, u"type"_s, u"+1 303 929 1449"_s, none, u"3039291449"_s, none, none);
        row("phone dashes", u"phone"_s, u"type"_s, u"303-929-1450"_s, none, u"3039291450"_s, none, none);
        row("phone 1 (720)", u"phone"_s, u"type"_s, u"1 (720) 555-0188"_s, none, u"7205550188"_s, none, none);
        row("phone plain digits", u"phone"_s, u"type"_s, u"7205550199"_s, none, u"7205550199"_s, none, none);
        row("phone too short", u"phone"_s, u"type"_s, u"303929"_s, none, u"303929"_s, tenDigits, u"phone"_s);
        row("phone too long", u"phone"_s, u"type"_s, u"303-929-14477"_s, none, u"30392914477"_s, tenDigits, u"phone"_s);
        row("phone words", u"phone"_s, u"type"_s, u"call me"_s, none, none, tenDigits, u"phone"_s);
        row("phone UK number", u"phone"_s, u"type"_s, u"+44 20 7946 0958"_s, none, none, tenDigits, u"phone"_s);
        row("second phone formatted", u"second_phone"_s, u"type"_s, u"(720) 555-0101"_s, none, u"7205550101"_s, none, none);
        row("second phone seven digits", u"second_phone"_s, u"type"_s, u"555-0101"_s, none, none, tenDigits, u"second_phone"_s);
        row("second phone cleared", u"second_phone"_s, u"type"_s, QString(), none, QString(u""_s), none, none);

        // Zips against the chosen state or province.
        const QString usForm = u"is a US state"_s;
        const QString caForm = u"is a Canadian province"_s;
        const QString zipForm = u"Must be a US zip"_s;
        row("zip 5 digits in CO", u"zip"_s, u"type"_s, u"80203"_s, u"CO"_s, u"80203"_s, none, none);
        row("zip 5-4 in CO", u"zip"_s, u"type"_s, u"80202-1234"_s, u"CO"_s, u"80202-1234"_s, none, none);
        row("zip 5-4-2 in CO", u"zip"_s, u"type"_s, u"80202-1234-01"_s, u"CO"_s, u"80202-1234-01"_s, none, none);
        row("zip 5 digits in NY", u"zip"_s, u"type"_s, u"10001"_s, u"NY"_s, u"10001"_s, none, none);
        row("postal code in CO", u"zip"_s, u"type"_s, u"K1A 0B1"_s, u"CO"_s, u"K1A 0B1"_s, usForm, u"zip"_s);
        row("postal code in ON", u"zip"_s, u"type"_s, u"K1A 0B1"_s, u"ON"_s, u"K1A 0B1"_s, none, none);
        row("postal code lower, no space", u"zip"_s, u"type"_s, u"k1a0b1"_s, u"ON"_s, u"K1A 0B1"_s, none, none);
        row("postal code in BC", u"zip"_s, u"type"_s, u"V6B 1A1"_s, u"BC"_s, u"V6B 1A1"_s, none, none);
        row("US zip in ON", u"zip"_s, u"type"_s, u"80202"_s, u"ON"_s, u"80202"_s, caForm, u"zip"_s);
        row("US zip+4 in QC", u"zip"_s, u"type"_s, u"80202-1234"_s, u"QC"_s, none, caForm, u"zip"_s);
        row("zip 3 digits", u"zip"_s, u"type"_s, u"802"_s, u"CO"_s, none, zipForm, u"zip"_s);
        row("zip 5-2", u"zip"_s, u"type"_s, u"80202-12"_s, u"CO"_s, none, zipForm, u"zip"_s);
        row("postal code with dash", u"zip"_s, u"type"_s, u"K1A-0B1"_s, u"ON"_s, none, zipForm, u"zip"_s);

        // States and provinces: picked from the list; a stored unknown code is named.
        row("state New York", u"state"_s, u"pickValue"_s, u"NY"_s, none, u"NY"_s, none, none);
        row("state not set", u"state"_s, u"pickValue"_s, u""_s, none, u""_s, none, none);
        row("state stored XX", u"state"_s, u"stored"_s, u"XX"_s, none, u"XX"_s, u"two-letter"_s, none);

        // Dates: picked or typed in the locale, sent as YYYY:MM:DD; empty allowed.
        const QString dateForm = u"YYYY:MM:DD"_s;
        row("anniversary 2 picked", u"anniversary_2"_s, u"date"_s, u"2010-05-01"_s, none, u"2010:05:01"_s, none, none);
        row("next date picked", u"clients_date_next"_s, u"date"_s, u"2027-02-28"_s, none, u"2027:02:28"_s, none, none);
        row("anniversary typed", u"anniversary_1"_s, u"typedate"_s, u"1999-12-31"_s, none, u"1999:12:31"_s, none, none);
        row("empty anniversary typed", u"anniversary_2"_s, u"typedate"_s, u"2010-05-01"_s, none, u"2010:05:01"_s, none, none);
        row("anniversary cleared", u"anniversary_1"_s, u"clear"_s, none, none, u""_s, none, none);
        row("creation date stored with dashes", u"creation_date"_s, u"stored"_s, u"2026-03-14"_s, none, u"2026-03-14"_s, dateForm, none, u"Stored as"_s);
        row("last date stored US style", u"clients_date_last"_s, u"stored"_s, u"03/14/2026"_s, none, none, dateForm, none);
        row("anniversary stored Feb 30", u"anniversary_2"_s, u"stored"_s, u"2026:02:30"_s, none, none, dateForm, none);

        // Whole numbers: digits only.
        const QString whole = u"whole number"_s;
        row("age 42", u"age"_s, u"type"_s, u"42"_s, none, u"42"_s, none, none);
        row("age 42.5", u"age"_s, u"type"_s, u"42.5"_s, none, none, whole, u"age"_s);
        row("deal size negative", u"deal_size"_s, u"type"_s, u"-100"_s, none, none, whole, u"deal_size"_s);
        row("deal size dollars", u"deal_size"_s, u"type"_s, u"$12,500"_s, none, none, whole, u"deal_size"_s);
        row("income with comma", u"household_income"_s, u"type"_s, u"85,000"_s, none, none, whole, u"household_income"_s);
        row("market value", u"market_value"_s, u"type"_s, u"450000"_s, none, u"450000"_s, none, none);
        row("residence in words", u"length_of_residence"_s, u"type"_s, u"ten"_s, none, none, whole, u"length_of_residence"_s);
        row("net worth cleared", u"high_net_worth"_s, u"type"_s, QString(), none, u""_s, none, none);

        // Email.
        const QString wellFormed = u"well-formed email"_s;
        row("email plain", u"email"_s, u"type"_s, u"ann@example.com"_s, none, u"ann@example.com"_s, none, none);
        row("email plus and subdomains", u"email"_s, u"type"_s, u"ann.lee+crm@mail.example.co.uk"_s, none, u"ann.lee+crm@mail.example.co.uk"_s, none, none);
        row("email without domain", u"email"_s, u"type"_s, u"ann@"_s, none, none, wellFormed, u"email"_s);
        row("email with a space", u"email"_s, u"type"_s, u"ann example.com"_s, none, none, wellFormed, u"email"_s);
        row("email without top-level domain", u"email"_s, u"type"_s, u"ann@example"_s, none, none, wellFormed, u"email"_s);

        // Enumerations: the document's labels shown, its values sent.
        const QString oneOf = u"Must be one of"_s;
        row("gender Female", u"gender"_s, u"pick"_s, u"Female"_s, none, u"F"_s, none, none);
        row("gender not set", u"gender"_s, u"pick"_s, u"Not set"_s, none, u""_s, none, none);
        row("texts allowed No", u"smsok"_s, u"pick"_s, u"No"_s, none, u"0"_s, none, none);
        row("contact type Vendor", u"contact_type"_s, u"pick"_s, u"Vendor"_s, none, u"4"_s, none, none);
        row("marital status Divorced", u"material_status"_s, u"pick"_s, u"Divorced"_s, none, u"Divorced"_s, none, none);
        row("home owner Rent", u"home_owner_status"_s, u"pick"_s, u"Rent"_s, none, u"Rent"_s, none, none);
        row("new lead notice software", u"new_lead_notification"_s, u"pick"_s, u"Software notification"_s, none, u"1"_s, none, none);
        row("pets No", u"presence_of_pets"_s, u"pick"_s, u"No"_s, none, u"0"_s, none, none);
        row("deal closed Yes", u"deal_closed"_s, u"pick"_s, u"Yes"_s, none, u"1"_s, none, none);
        row("contact type stored 9", u"contact_type"_s, u"stored"_s, u"9"_s, none, u"9"_s, oneOf, none);
        row("gender stored X", u"gender"_s, u"stored"_s, u"X"_s, none, u"X"_s, oneOf, none);

        // Names: a contact keeps its first and last name.
        row("first name emptied", u"firstName"_s, u"type"_s, QString(), none, u""_s, u"Required"_s, u"firstName"_s);
        row("first name accented", u"firstName"_s, u"type"_s, u"Ana María"_s, none, u"Ana María"_s, none, none);

        // Custom field names: a letter first, then letters, digits, underscores; not reserved.
        row("custom key project_notes", u"project_notes"_s, u"customKey"_s, u"project_notes"_s, none, u"Evening"_s, none, none);
        row("custom key mixed case", u"Referral_Name2"_s, u"customKey"_s, u"Referral_Name2"_s, none, u"Evening"_s, none, none);
        row("custom key starts with digit", u"2fast"_s, u"customKey"_s, u"2fast"_s, none, none, u"starts with a letter"_s, u"customKey1"_s);
        row("custom key with dash", u"my-field"_s, u"customKey"_s, u"my-field"_s, none, none, u"starts with a letter"_s, u"customKey1"_s);
        row("custom key with space", u"my field"_s, u"customKey"_s, u"my field"_s, none, none, u"starts with a letter"_s, u"customKey1"_s);
        row("custom key reserved email", u"email"_s, u"customKey"_s, u"email"_s, none, none, u"standard contact field"_s, u"customKey1"_s);
        row("custom key reserved zip", u"zip"_s, u"customKey"_s, u"zip"_s, none, none, u"standard contact field"_s, u"customKey1"_s);
        row("custom key already used", u"project_type"_s, u"customKey"_s, u"project_type"_s, none, none, u"already called"_s, u"customKey1"_s);
        row("custom key empty", QString(), u"customKey"_s, QString(), none, none, u"Give the custom field a name"_s, u"customKey1"_s);
        row("custom key 65 characters", QString(65, u'k'), u"customKey"_s, QString(65, u'k'), none, none, u"at most 64"_s, u"customKey1"_s);
        // Another table's key is not reserved on a client: the document reserves only the Client Parameters.
        row("custom key from another table", u"status"_s, u"customKey"_s, u"status"_s, none, u"Evening"_s, none, none);

        // Custom field values: at most 100 characters as the server keeps them (HTML removed).
        const QString limit = u"at most 100"_s;
        const QString html = u"removes HTML"_s;
        row("custom value 100 characters", u"project_notes"_s, u"customValue"_s, QString(100, u'a'), none, QString(100, u'a'), none, none);
        row("custom value 101 characters", u"project_notes"_s, u"customValue"_s, QString(101, u'a'), none, none, limit, u"project_notes"_s);
        row("custom value bold", u"project_notes"_s, u"customValue"_s, u"<b>Evening</b>"_s, none, u"Evening"_s, none, none, html);
        row("custom value italic inside", u"project_notes"_s, u"customValue"_s, u"Call after <i>5pm</i>"_s, none, u"Call after 5pm"_s, none, none, html);
        row("custom value 100 kept inside tags", u"project_notes"_s, u"customValue"_s, u"<p>"_s + QString(100, u'b') + u"</p>"_s, none, QString(100, u'b'), none, none, html);
        row("custom value 101 inside tags", u"project_notes"_s, u"customValue"_s, u"<p>"_s + QString(101, u'b') + u"</p>"_s, none, none, limit, u"project_notes"_s);
    }

    void fieldInput()
    {
        QFETCH(QString, key);
        QFETCH(QString, how);
        QFETCH(QString, input);
        QFETCH(QString, state);
        QFETCH(QString, sent);
        QFETCH(QString, problem);
        QFETCH(QString, note);
        QFETCH(QString, firstInvalid);

        // GIVEN a realistic contact in the editor
        ContactEditor editor;
        editor.setChoices(u"lead_source_id"_s, {{u"3"_s, u"Website"_s}});
        editor.setRecord(demoRecord());
        QVERIFY(showActive(&editor));
        if (!state.isEmpty())
            QVERIFY(pickValue(editor.findChild<QComboBox *>(u"state"_s), state));

        // WHEN the user enters the value the way this kind of field takes it
        QString errorOf = key;   // the editor whose error line tells the reason
        if (how == u"type"_s) {
            auto *edit = editor.findChild<QLineEdit *>(key);
            QVERIFY(edit);
            typeAndLeave(edit, input);
        } else if (how == u"pick"_s) {
            QVERIFY2(pick(editor.findChild<QComboBox *>(key), input), qPrintable(input));
        } else if (how == u"pickValue"_s) {
            QVERIFY(pickValue(editor.findChild<QComboBox *>(key), input));
        } else if (how == u"date"_s || how == u"typedate"_s) {
            auto *edit = editor.findChild<QDateEdit *>(key);
            QVERIFY(edit);
            const QDate date = QDate::fromString(input, Qt::ISODate);
            if (how == u"date"_s) {
                edit->setFocus(Qt::TabFocusReason);
                edit->setDate(date);   // what the calendar popup does when a day is clicked
            } else {
                typeDate(edit, date);
            }
            QTest::keyClick(edit, Qt::Key_Tab);
        } else if (how == u"clear"_s) {
            auto *clear = editor.findChild<QToolButton *>(key + u"Clear"_s);
            QVERIFY(clear && clear->isEnabled());
            QTest::mouseClick(clear, Qt::LeftButton);
        } else if (how == u"stored"_s) {
            QJsonObject record = demoRecord();
            record.insert(key, input);
            editor.setRecord(record);
        } else if (how == u"customKey"_s || how == u"customValue"_s) {
            QTest::mouseClick(editor.findChild<QPushButton *>(u"addCustomField"_s), Qt::LeftButton);
            auto *name = editor.findChild<QLineEdit *>(u"customKey1"_s);
            QVERIFY(name);
            QVERIFY(name->hasFocus());   // a new row starts at its name
            const QString typedKey = how == u"customKey"_s ? input : key;
            if (!typedKey.isEmpty())
                typeText(name, typedKey);
            QTest::keyClick(name, Qt::Key_Tab);
            // The value editor is called by the name once the name is usable.
            auto *valueEdit = editor.findChild<QLineEdit *>(problem.isEmpty() || how == u"customValue"_s ? key : u"customValue1"_s);
            QVERIFY(valueEdit);
            valueEdit->setFocus(Qt::TabFocusReason);
            typeText(valueEdit, how == u"customKey"_s ? u"Evening"_s : input);
            QTest::keyClick(valueEdit, Qt::Key_Tab);
            errorOf = how == u"customKey"_s ? u"customKey1"_s : key;
        } else {
            QFAIL("unknown way of entering a value");
        }

        // THEN the value is sent in its wire form, or the field says why it cannot be
        const QString shown = shownProblem(&editor, errorOf);
        if (problem.isEmpty())
            QVERIFY2(shown.isEmpty(), qPrintable(shown));
        else
            QVERIFY2(shown.contains(problem, Qt::CaseInsensitive), qPrintable(u"shown: \"%1\""_s.arg(shown)));
        if (!sent.isNull())
            QCOMPARE(editor.value(key), sent);
        if (!note.isEmpty()) {
            const auto *noteLabel = editor.findChild<QLabel *>(errorOf + u"Note"_s);
            QVERIFY(noteLabel && noteLabel->isVisible());
            QVERIFY2(noteLabel->text().contains(note), qPrintable(noteLabel->text()));
        }
        // AND nothing refused would be sent: the first refused field is this one (a stored value
        // the user did not touch is marked but not sent)
        QCOMPARE(editor.firstInvalidKey(), firstInvalid);
        QCOMPARE(editor.validate(), firstInvalid.isEmpty());
        // AND an accepted change is among the changed fields in its wire form
        if (problem.isEmpty() && !sent.isNull() && how != u"stored"_s && sent != demoRecord().value(key).toString())
            QCOMPARE(editor.changedFields().value(key), sent);
    }
};

QTEST_MAIN(TestFieldInput)
#include "tst_fieldinput.moc"
