// SPDX-License-Identifier: MIT
#pragma once

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QWidget>

// A contact as read_client_by_id returns it (all strings), shaped like the sandbox's demo
// data: every Client Parameter set, and two custom fields the account set up.
inline QJsonObject demoRecord()
{
    return QJsonObject{
        {"client_id", "8000123"}, {"firstName", "Maria"}, {"lastName", "Alvarez"},
        {"phone", "3039291447"}, {"smsok", "1"}, {"second_phone", "7205550188"},
        {"email", "maria.alvarez@example.com"}, {"address", "1420 Larimer St"}, {"city", "Denver"},
        {"state", "CO"}, {"zip", "80202"}, {"compName", "Front Range Roofing"}, {"tag", "Roof,Referral"},
        {"job_title", "Office manager"}, {"external_id", "EXT-000123"}, {"deal_size", "12500"},
        {"deal_closed", "0"}, {"age", "46"}, {"education", "Bachelor's degree"}, {"gender", "F"},
        {"high_net_worth", "250000"}, {"home_owner_status", "Own"}, {"household_income", "120000"},
        {"length_of_residence", "8"}, {"market_value", "565000"}, {"material_status", "Married"},
        {"occupation", "Nurse"}, {"presence_of_children", "1"}, {"creation_date", "2026:03:14"},
        {"presence_of_pets", "1"}, {"anniversary_1", "2004:06:19"}, {"anniversary_2", ""},
        {"facebook", "maria.alvarez"}, {"linkedin", "mariaalvarez"}, {"twitter", "mariaalv"},
        {"action_plan_id", "0"}, {"sales_cycle_id", "2"}, {"lead_source_id", "3"},
        {"client_category", "Residential"}, {"whiteboard", "Prefers morning calls.\nGate code 4411."},
        {"clients_date_last", "2026:10:02"}, {"clients_date_next", "2027:01:15"},
        {"new_lead_notification", "0"}, {"contact_type", "1"}, {"assigned_user_id", "101"},
        {"preferred_contact_time", "Morning"}, {"project_type", "Roof replacement"},
    };
}

// Shows a widget and makes it the active window, so focus moves like it does for a user.
inline bool showActive(QWidget *w)
{
    w->resize(1000, 800);
    w->show();
    QApplication::setActiveWindow(w);
    return QTest::qWaitForWindowActive(w);
}

// Types text key by key; QTest::keyClicks knows only ASCII, so others go as text events.
inline void typeText(QWidget *w, const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() < 128) {
            QTest::keyClick(w, c.toLatin1());
        } else {
            QTest::sendKeyEvent(QTest::Press, w, Qt::Key_unknown, QString(c), Qt::NoModifier);
            QTest::sendKeyEvent(QTest::Release, w, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }
}

// Replaces a line edit's text as a user would and leaves the field with Tab.
inline void typeAndLeave(QLineEdit *edit, const QString &text)
{
    edit->setFocus(Qt::TabFocusReason);
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Delete);
    else
        typeText(edit, text);
    QTest::keyClick(edit, Qt::Key_Tab);
}

// Types a date into a date edit the way its sections take it: tabbed into (first part
// selected), two digits for day and month, four for the year, in the locale's order.
inline void typeDate(QDateEdit *edit, QDate date)
{
    edit->clearFocus();
    edit->setFocus(Qt::TabFocusReason);
    QString digits;
    for (int i = 0; i < edit->sectionCount(); ++i) {
        switch (edit->sectionAt(i)) {
        case QDateTimeEdit::MonthSection: digits += QString::asprintf("%02d", date.month()); break;
        case QDateTimeEdit::DaySection: digits += QString::asprintf("%02d", date.day()); break;
        case QDateTimeEdit::YearSection: digits += QString::number(date.year()); break;
        default: break;
        }
    }
    QTest::keyClicks(edit, digits);
}

// Picks the entry a user reads (its label) in a choice list.
inline bool pick(QComboBox *combo, const QString &label)
{
    const int index = combo->findText(label);
    if (index < 0)
        return false;
    combo->setFocus(Qt::TabFocusReason);
    combo->setCurrentIndex(index);
    return true;
}

inline bool pickValue(QComboBox *combo, const QString &value)
{
    const int index = combo->findData(value);
    if (index < 0)
        return false;
    combo->setFocus(Qt::TabFocusReason);
    combo->setCurrentIndex(index);
    return true;
}

// The reason shown under a field; empty when the error line is hidden.
inline QString shownProblem(QWidget *root, const QString &editorName)
{
    const auto *label = root->findChild<QLabel *>(editorName + QStringLiteral("Error"));
    return label && label->isVisible() ? label->text() : QString();
}
