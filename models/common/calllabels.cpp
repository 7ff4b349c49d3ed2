// SPDX-License-Identifier: MIT
#include "calllabels.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace ct::models::CallLabels {

namespace {

// Marked for lupdate here, translated when shown.
struct Label { const char *key; const char *text; };

const Label callLabels[] = {
    {"create_client", QT_TRANSLATE_NOOP("CallLabels", "Create contact")},
    {"create_manual_email", QT_TRANSLATE_NOOP("CallLabels", "Send email")},
    {"create_manual_text", QT_TRANSLATE_NOOP("CallLabels", "Send text")},
    {"create_client_history_note", QT_TRANSLATE_NOOP("CallLabels", "Add history note")},
    {"create_client_event", QT_TRANSLATE_NOOP("CallLabels", "Schedule event")},
    {"create_tag", QT_TRANSLATE_NOOP("CallLabels", "Create tag")},
    {"create_lead_source", QT_TRANSLATE_NOOP("CallLabels", "Create lead source")},
    {"create_user", QT_TRANSLATE_NOOP("CallLabels", "Create user")},
    {"create_action_plan", QT_TRANSLATE_NOOP("CallLabels", "Create action plan")},
    {"create_sales_cycle", QT_TRANSLATE_NOOP("CallLabels", "Create sales cycle")},
    {"create_immed_call", QT_TRANSLATE_NOOP("CallLabels", "Call now")},
    {"update_client_by_id", QT_TRANSLATE_NOOP("CallLabels", "Update contact")},
    {"update_client_by_external_id", QT_TRANSLATE_NOOP("CallLabels", "Update contact (external id)")},
    {"update_action_plan_by_id", QT_TRANSLATE_NOOP("CallLabels", "Update action plan")},
    {"update_lead_source_by_id", QT_TRANSLATE_NOOP("CallLabels", "Rename lead source")},
    {"update_sales_cycle_by_id", QT_TRANSLATE_NOOP("CallLabels", "Update sales cycle")},
    {"update_user_by_id", QT_TRANSLATE_NOOP("CallLabels", "Update user")},
    {"update_account_by_id", QT_TRANSLATE_NOOP("CallLabels", "Update account")},
    {"delete_client_by_id", QT_TRANSLATE_NOOP("CallLabels", "Delete contact")},
    {"delete_client_by_external_id", QT_TRANSLATE_NOOP("CallLabels", "Delete contact (external id)")},
    {"delete_lead_source_by_id", QT_TRANSLATE_NOOP("CallLabels", "Delete lead source")},
    {"delete_sales_cycle_by_id", QT_TRANSLATE_NOOP("CallLabels", "Delete sales cycle")},
    {"delete_user_by_id", QT_TRANSLATE_NOOP("CallLabels", "Delete user")},
    {"delete_account_by_id", QT_TRANSLATE_NOOP("CallLabels", "Delete account")},
    {"delete_client_event", QT_TRANSLATE_NOOP("CallLabels", "Cancel event")},
};

const Label fieldLabels[] = {
    {"client_id", QT_TRANSLATE_NOOP("CallLabels", "Contact id")},
    {"firstName", QT_TRANSLATE_NOOP("CallLabels", "First name")},
    {"lastName", QT_TRANSLATE_NOOP("CallLabels", "Last name")},
    {"phone", QT_TRANSLATE_NOOP("CallLabels", "Mobile phone")},
    {"second_phone", QT_TRANSLATE_NOOP("CallLabels", "Second phone")},
    {"email", QT_TRANSLATE_NOOP("CallLabels", "Email")},
    {"address", QT_TRANSLATE_NOOP("CallLabels", "Street address")},
    {"city", QT_TRANSLATE_NOOP("CallLabels", "City")},
    {"state", QT_TRANSLATE_NOOP("CallLabels", "State / province")},
    {"zip", QT_TRANSLATE_NOOP("CallLabels", "Zip / postal code")},
    {"compName", QT_TRANSLATE_NOOP("CallLabels", "Company")},
    {"note_body", QT_TRANSLATE_NOOP("CallLabels", "Note")},
    {"email_subject", QT_TRANSLATE_NOOP("CallLabels", "Subject")},
    {"email_body", QT_TRANSLATE_NOOP("CallLabels", "Message")},
    {"text_body", QT_TRANSLATE_NOOP("CallLabels", "Text")},
    {"event_date", QT_TRANSLATE_NOOP("CallLabels", "Date")},
    {"event_time", QT_TRANSLATE_NOOP("CallLabels", "Time")},
    {"event_note", QT_TRANSLATE_NOOP("CallLabels", "Event note")},
    {"tag_value", QT_TRANSLATE_NOOP("CallLabels", "Tag")},
};

QString lookup(const Label *begin, const Label *end, const QString &key)
{
    for (const Label *l = begin; l != end; ++l) {
        if (key == QLatin1StringView(l->key))
            return QCoreApplication::translate("CallLabels", l->text);
    }
    return {};
}

} // namespace

QString callLabel(const QString &callName)
{
    const QString label = lookup(std::begin(callLabels), std::end(callLabels), callName);
    return label.isEmpty() ? callName : label;
}

QString fieldLabel(const QString &key)
{
    const QString label = lookup(std::begin(fieldLabels), std::end(fieldLabels), key);
    if (!label.isEmpty())
        return label;
    // The document's keys are readable once the separators go: "job_title" -> "Job title".
    QString text = key;
    text.replace(u'_', u' ');
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

} // namespace ct::models::CallLabels
