// SPDX-License-Identifier: MIT
#include "calllabels.h"

#include "api/apicall.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace ct::models::CallLabels {

namespace {

// Marked for lupdate here, translated when shown.
struct Label { const char *key; const char *text; };

// By call; the journal's entries name theirs by its name (callLabel() looks it up).
struct CallLabel { ct::api::Call call; const char *text; };

const CallLabel callLabels[] = {
    {ct::api::Call::CreateClient, QT_TRANSLATE_NOOP("CallLabels", "Create contact")},
    {ct::api::Call::CreateManualEmail, QT_TRANSLATE_NOOP("CallLabels", "Send email")},
    {ct::api::Call::CreateManualText, QT_TRANSLATE_NOOP("CallLabels", "Send text")},
    {ct::api::Call::CreateClientHistoryNote, QT_TRANSLATE_NOOP("CallLabels", "Add history note")},
    {ct::api::Call::CreateClientEvent, QT_TRANSLATE_NOOP("CallLabels", "Schedule event")},
    {ct::api::Call::CreateTag, QT_TRANSLATE_NOOP("CallLabels", "Create tag")},
    {ct::api::Call::CreateLeadSource, QT_TRANSLATE_NOOP("CallLabels", "Create lead source")},
    {ct::api::Call::CreateUser, QT_TRANSLATE_NOOP("CallLabels", "Create user")},
    {ct::api::Call::CreateActionPlan, QT_TRANSLATE_NOOP("CallLabels", "Create action plan")},
    {ct::api::Call::CreateSalesCycle, QT_TRANSLATE_NOOP("CallLabels", "Create sales cycle")},
    {ct::api::Call::CreateImmedCall, QT_TRANSLATE_NOOP("CallLabels", "Call now")},
    {ct::api::Call::UpdateClientById, QT_TRANSLATE_NOOP("CallLabels", "Update contact")},
    {ct::api::Call::UpdateClientByExternalId, QT_TRANSLATE_NOOP("CallLabels", "Update contact (external id)")},
    {ct::api::Call::UpdateActionPlanById, QT_TRANSLATE_NOOP("CallLabels", "Update action plan")},
    {ct::api::Call::UpdateLeadSourceById, QT_TRANSLATE_NOOP("CallLabels", "Rename lead source")},
    {ct::api::Call::UpdateSalesCycleById, QT_TRANSLATE_NOOP("CallLabels", "Update sales cycle")},
    {ct::api::Call::UpdateUserById, QT_TRANSLATE_NOOP("CallLabels", "Update user")},
    {ct::api::Call::UpdateAccountById, QT_TRANSLATE_NOOP("CallLabels", "Update account")},
    {ct::api::Call::DeleteClientById, QT_TRANSLATE_NOOP("CallLabels", "Delete contact")},
    {ct::api::Call::DeleteClientByExternalId, QT_TRANSLATE_NOOP("CallLabels", "Delete contact (external id)")},
    {ct::api::Call::DeleteLeadSourceById, QT_TRANSLATE_NOOP("CallLabels", "Delete lead source")},
    {ct::api::Call::DeleteSalesCycleById, QT_TRANSLATE_NOOP("CallLabels", "Delete sales cycle")},
    {ct::api::Call::DeleteUserById, QT_TRANSLATE_NOOP("CallLabels", "Delete user")},
    {ct::api::Call::DeleteAccountById, QT_TRANSLATE_NOOP("CallLabels", "Delete account")},
    {ct::api::Call::DeleteClientEvent, QT_TRANSLATE_NOOP("CallLabels", "Cancel event")},
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
    if (const ct::api::CallSpec *spec = ct::api::findCall(callName)) {
        for (const CallLabel &l : callLabels) {
            if (l.call == spec->call)
                return QCoreApplication::translate("CallLabels", l.text);
        }
    }
    return callName;
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
