// SPDX-License-Identifier: MIT
#include "parameterschema.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace ct::api {

namespace {

using T = ValueType;
using G = ParameterGroup;

ParameterSpec p(const QString &key, G group, T type = T::String)
{
    ParameterSpec s;
    s.key = key;
    s.group = group;
    s.type = type;
    return s;
}

ParameterSpec e(const QString &key, G group, const QStringList &values,
                const QStringList &labels = {}, const QString &defaultValue = {})
{
    ParameterSpec s = p(key, group, T::Enumeration);
    s.allowedValues = values;
    s.valueLabels = labels.isEmpty() ? values : labels;
    s.defaultValue = defaultValue;
    return s;
}

ParameterSpec readOnly(ParameterSpec s)
{
    s.readOnly = true;
    return s;
}

ParameterSpec withDefault(ParameterSpec s, const QString &value)
{
    s.defaultValue = value;
    return s;
}

ParameterSpec limit()
{
    ParameterSpec s = withDefault(p(u"limit"_s, G::Additional, T::WholeNumber), u"100"_s);
    s.minValue = 1;
    s.maxValue = 100;   // "Default is 100, Max is 100"
    return s;
}

const QStringList yesNo = {u"1"_s, u"0"_s};
const QStringList yesNoLabels = {QStringLiteral("Yes"), QStringLiteral("No")};
const QStringList contactTypes = {u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s};
const QStringList contactTypeLabels = {u"Client"_s, u"Employee"_s, u"Partner"_s, u"Vendor"_s, u"Other"_s};

QList<ParameterSpec> buildSchema()
{
    QList<ParameterSpec> s = {
        // Client Parameters (the reserved client keys)
        p(u"client_id"_s, G::Client, T::Id),
        p(u"firstName"_s, G::Client),
        p(u"lastName"_s, G::Client),
        p(u"phone"_s, G::Client, T::Phone),
        e(u"smsok"_s, G::Client, yesNo, yesNoLabels, u"1"_s),
        p(u"second_phone"_s, G::Client, T::Phone),
        p(u"email"_s, G::Client, T::Email),
        p(u"address"_s, G::Client),
        p(u"city"_s, G::Client),
        p(u"state"_s, G::Client, T::State),
        p(u"zip"_s, G::Client, T::Zip),
        p(u"compName"_s, G::Client),
        p(u"tag"_s, G::Client),
        p(u"job_title"_s, G::Client),
        p(u"external_id"_s, G::Client),
        p(u"deal_size"_s, G::Client, T::WholeNumber),
        e(u"deal_closed"_s, G::Client, yesNo, yesNoLabels),
        p(u"age"_s, G::Client, T::WholeNumber),
        p(u"education"_s, G::Client),
        e(u"gender"_s, G::Client, {u"M"_s, u"F"_s}, {u"Male"_s, u"Female"_s}),
        p(u"high_net_worth"_s, G::Client, T::WholeNumber),
        e(u"home_owner_status"_s, G::Client, {u"Own"_s, u"Rent"_s}),
        p(u"household_income"_s, G::Client, T::WholeNumber),
        p(u"length_of_residence"_s, G::Client, T::WholeNumber),
        p(u"market_value"_s, G::Client, T::WholeNumber),
        e(u"material_status"_s, G::Client, {u"Single"_s, u"Married"_s, u"Divorced"_s}),
        p(u"occupation"_s, G::Client),
        e(u"presence_of_children"_s, G::Client, yesNo, yesNoLabels),
        p(u"creation_date"_s, G::Client, T::Date),   // default: today (server side)
        e(u"presence_of_pets"_s, G::Client, yesNo, yesNoLabels),
        p(u"anniversary_1"_s, G::Client, T::Date),
        p(u"anniversary_2"_s, G::Client, T::Date),
        p(u"facebook"_s, G::Client),
        p(u"linkedin"_s, G::Client),
        p(u"twitter"_s, G::Client),
        withDefault(p(u"action_plan_id"_s, G::Client, T::Id), u"0"_s),
        p(u"sales_cycle_id"_s, G::Client, T::Id),
        p(u"lead_source_id"_s, G::Client, T::Id),
        p(u"client_category"_s, G::Client),
        p(u"whiteboard"_s, G::Client),
        p(u"clients_date_last"_s, G::Client, T::Date),
        p(u"clients_date_next"_s, G::Client, T::Date),
        e(u"new_lead_notification"_s, G::Client, {u"0"_s, u"1"_s, u"2"_s},
          {u"No notifications"_s, u"Software notification"_s, u"Email, text and software"_s}, u"0"_s),
        e(u"contact_type"_s, G::Client, contactTypes, contactTypeLabels, u"1"_s),
        p(u"assigned_user_id"_s, G::Client, T::Id),

        // Additional Parameters (queries only)
        p(u"end_date"_s, G::Additional, T::Date),
        limit(),
        withDefault(p(u"offset"_s, G::Additional, T::WholeNumber), u"0"_s),

        // History notes (the document leaves its table empty: the call takes note_body)
        p(u"note_body"_s, G::HistoryNote),

        // Lead Source Parameters
        p(u"lead_source_name"_s, G::LeadSource),
        readOnly(p(u"lead_source_web_key"_s, G::LeadSource)),

        // Action Plan Parameters
        p(u"action_plan_name"_s, G::ActionPlan),
        e(u"action_plan_type"_s, G::ActionPlan, {u"Connection"_s, u"Conversion"_s, u"Retention"_s}),
        p(u"action_plan_link_id"_s, G::ActionPlan, T::Id),
        readOnly(p(u"action_plan_link_name"_s, G::ActionPlan)),
        p(u"action_plan_next_plan_id"_s, G::ActionPlan, T::Id),
        readOnly(p(u"action_plan_next_plan_name"_s, G::ActionPlan)),

        // Sales Cycle Parameters
        p(u"sales_cycle_name"_s, G::SalesCycle),
        e(u"sales_cycle_active_status"_s, G::SalesCycle, yesNo, {u"Active path"_s, u"Inactive path"_s}),
        p(u"sales_cycle_order"_s, G::SalesCycle, T::WholeNumber),
        e(u"sales_cycle_contact_type"_s, G::SalesCycle, contactTypes, contactTypeLabels, u"1"_s),

        // Event Parameters
        p(u"event_id"_s, G::Event, T::Id),
        e(u"event_type"_s, G::Event, {u"Call"_s, u"Contact Reminder"_s, u"Appointment"_s}),
        p(u"event_date"_s, G::Event, T::Date),
        p(u"event_time"_s, G::Event, T::Time),
        p(u"event_note"_s, G::Event),
        p(u"user_id"_s, G::Event, T::Id),
        p(u"event_manual_action_plan_id"_s, G::Event, T::Id),
        p(u"event_end_date"_s, G::Event, T::Date),
        p(u"event_end_time"_s, G::Event, T::Time),

        // Email Parameters
        p(u"email_subject"_s, G::Email),
        p(u"email_date"_s, G::Email, T::Date),
        p(u"email_time"_s, G::Email, T::Time),
        p(u"email_body"_s, G::Email, T::PlainText),
        p(u"email_cc"_s, G::Email, T::EmailList),
        p(u"email_bcc"_s, G::Email, T::EmailList),
        e(u"exclude_contact"_s, G::Email, yesNo, {u"Exclude the contact"_s, u"Include the contact"_s}, u"0"_s),

        // Text Parameters
        p(u"text_date"_s, G::Text, T::Date),
        p(u"text_time"_s, G::Text, T::Time),
        p(u"text_body"_s, G::Text),

        // Immediate Call Parameters
        p(u"agent_phone"_s, G::ImmediateCall, T::Phone),
        p(u"client_full_name"_s, G::ImmediateCall),
        p(u"client_phone"_s, G::ImmediateCall, T::Phone),
        p(u"say"_s, G::ImmediateCall),

        // Tag Parameters
        p(u"tag_id"_s, G::Tag, T::Id),
        p(u"tag_value"_s, G::Tag),

        // User Parameters (user_id is the event table's key too)
        e(u"user_type"_s, G::User, {u"Standard"_s, u"Admin"_s}),
        p(u"user_first_name"_s, G::User),
        p(u"user_last_name"_s, G::User),
        p(u"user_phone"_s, G::User),
        p(u"user_email"_s, G::User),
        p(u"user_username"_s, G::User),
        e(u"user_show_calendar"_s, G::User, yesNo, yesNoLabels, u"0"_s),
        p(u"user_password"_s, G::User),

        // Account Parameters
        p(u"account_id"_s, G::Account, T::Id),
        e(u"account_type"_s, G::Account, {u"Standard"_s, u"Multi-level"_s}),
        p(u"account_first_name"_s, G::Account),
        p(u"account_last_name"_s, G::Account),
        p(u"account_owner_name"_s, G::Account),
        p(u"account_company_name"_s, G::Account),
        p(u"account_addr1"_s, G::Account),
        p(u"account_addr2"_s, G::Account),
        p(u"account_addr3"_s, G::Account),
        p(u"account_office_phone"_s, G::Account),
        p(u"account_phone"_s, G::Account),
        p(u"account_email"_s, G::Account),
        readOnly(p(u"account_username"_s, G::Account)),   // CRuD: never updated
        readOnly(p(u"account_web_key"_s, G::Account)),    // cRud
        readOnly(p(u"account_ctphone"_s, G::Account)),    // cRud
        p(u"account_return_phone"_s, G::Account, T::Phone),
        p(u"account_return_text"_s, G::Account, T::Phone),

        // Proposal Parameters (read only: the API has no proposal writes)
        p(u"proposal_id"_s, G::Proposal, T::Id),
        readOnly(p(u"proposal_type"_s, G::Proposal)),
        readOnly(p(u"proposal_num"_s, G::Proposal)),
        readOnly(p(u"estimator"_s, G::Proposal)),
        readOnly(p(u"production_manager"_s, G::Proposal)),
        readOnly(p(u"proposal_notes"_s, G::Proposal)),
        readOnly(p(u"work_notes"_s, G::Proposal)),
        readOnly(p(u"final_price"_s, G::Proposal)),
        readOnly(p(u"discount"_s, G::Proposal)),
        readOnly(p(u"job_start_date"_s, G::Proposal)),
        readOnly(p(u"job_end_date"_s, G::Proposal)),
        readOnly(p(u"line_item_detail"_s, G::Proposal, T::List)),
        readOnly(p(u"prepparation_proceedures"_s, G::Proposal)),
        readOnly(p(u"painting_proceedures"_s, G::Proposal)),
        readOnly(p(u"specific_notes"_s, G::Proposal)),
        readOnly(p(u"client_notes"_s, G::Proposal)),
        readOnly(p(u"foreman_notes"_s, G::Proposal)),
        readOnly(p(u"other_notes"_s, G::Proposal)),
        readOnly(p(u"recommended_products"_s, G::Proposal, T::List)),

        // Proposal Payment Parameters (proposal_id is the proposal table's key too)
        readOnly(p(u"proposal_number"_s, G::Payment)),
        readOnly(p(u"payday"_s, G::Payment, T::PaymentDate)),
        readOnly(p(u"amount"_s, G::Payment, T::Decimal)),
        readOnly(e(u"type"_s, G::Payment, {u"Cash"_s, u"Card"_s, u"Check"_s, u"Other"_s})),
        readOnly(e(u"status"_s, G::Payment, {u"Deposit"_s, u"Progress"_s, u"Final"_s})),
        p(u"created_date"_s, G::Payment, T::PaymentDate),
    };
    for (ParameterSpec &spec : s) {
        if (spec.key == u"user_password")
            spec.writeOnly = true;
        // The User table says "Only in Create" for these two.
        if (spec.key == u"user_password" || spec.key == u"user_type")
            spec.createOnly = true;
    }
    return s;
}

} // namespace

const QList<ParameterSpec> &ParameterSchema::all()
{
    static const QList<ParameterSpec> schema = buildSchema();
    return schema;
}

const ParameterSpec *ParameterSchema::find(QStringView key)
{
    static const QHash<QString, const ParameterSpec *> index = [] {
        QHash<QString, const ParameterSpec *> h;
        for (const ParameterSpec &spec : all())
            h.insert(spec.key, &spec);
        return h;
    }();
    return index.value(key.toString(), nullptr);
}

QList<ParameterSpec> ParameterSchema::group(ParameterGroup g)
{
    QList<ParameterSpec> out;
    for (const ParameterSpec &spec : all()) {
        if (spec.group == g)
            out.append(spec);
    }
    return out;
}

bool ParameterSchema::isReservedClientKey(QStringView key)
{
    const ParameterSpec *spec = find(key);
    return spec && spec->group == ParameterGroup::Client;
}

bool ParameterSchema::isValidExpansionKey(QStringView key)
{
    // The document allows "any non-reserved parameter name" and reserves only the Client
    // Parameters table, so another table's key ("type", "status") is a custom field here too.
    // We keep names that survive a query string and a JSON body unchanged.
    static const QRegularExpression pattern(u"^[A-Za-z][A-Za-z0-9_]{0,63}\\z"_s);
    return pattern.match(key).hasMatch() && !isReservedClientKey(key);
}

// The enumeration labels above, marked so lupdate collects them; shown through labelFor().
[[maybe_unused]] static const char *const enumerationLabelsForTranslation[] = {
    QT_TRANSLATE_NOOP("ParameterSchema", "Yes"),
    QT_TRANSLATE_NOOP("ParameterSchema", "No"),
    QT_TRANSLATE_NOOP("ParameterSchema", "Client"),
    QT_TRANSLATE_NOOP("ParameterSchema", "Employee"),
    QT_TRANSLATE_NOOP("ParameterSchema", "Partner"),
    QT_TRANSLATE_NOOP("ParameterSchema", "Vendor"),
    QT_TRANSLATE_NOOP("ParameterSchema", "Other"),
    QT_TRANSLATE_NOOP("ParameterSchema", "Male"),
    QT_TRANSLATE_NOOP("ParameterSchema", "Female"),
    QT_TRANSLATE_NOOP("ParameterSchema", "No notifications"),
    QT_TRANSLATE_NOOP("ParameterSchema", "Software notification"),
    QT_TRANSLATE_NOOP("ParameterSchema", "Email, text and software"),
    QT_TRANSLATE_NOOP("ParameterSchema", "Active path"),
    QT_TRANSLATE_NOOP("ParameterSchema", "Inactive path"),
    QT_TRANSLATE_NOOP("ParameterSchema", "Exclude the contact"),
    QT_TRANSLATE_NOOP("ParameterSchema", "Include the contact"),
    QT_TRANSLATE_NOOP("ParameterSchema", "Own"),
    QT_TRANSLATE_NOOP("ParameterSchema", "Rent"),
    QT_TRANSLATE_NOOP("ParameterSchema", "Single"),
    QT_TRANSLATE_NOOP("ParameterSchema", "Married"),
    QT_TRANSLATE_NOOP("ParameterSchema", "Divorced"),
    QT_TRANSLATE_NOOP("ParameterSchema", "Connection"),
    QT_TRANSLATE_NOOP("ParameterSchema", "Conversion"),
    QT_TRANSLATE_NOOP("ParameterSchema", "Retention"),
    QT_TRANSLATE_NOOP("ParameterSchema", "Call"),
    QT_TRANSLATE_NOOP("ParameterSchema", "Contact Reminder"),
    QT_TRANSLATE_NOOP("ParameterSchema", "Appointment"),
    QT_TRANSLATE_NOOP("ParameterSchema", "Standard"),
    QT_TRANSLATE_NOOP("ParameterSchema", "Admin"),
    QT_TRANSLATE_NOOP("ParameterSchema", "Multi-level"),
    QT_TRANSLATE_NOOP("ParameterSchema", "Cash"),
    QT_TRANSLATE_NOOP("ParameterSchema", "Card"),
    QT_TRANSLATE_NOOP("ParameterSchema", "Check"),
    QT_TRANSLATE_NOOP("ParameterSchema", "Deposit"),
    QT_TRANSLATE_NOOP("ParameterSchema", "Progress"),
    QT_TRANSLATE_NOOP("ParameterSchema", "Final"),
};

QString ParameterSchema::labelFor(QStringView key, QStringView value)
{
    if (const ParameterSpec *spec = find(key)) {
        const qsizetype i = spec->allowedValues.indexOf(value.toString());
        if (i >= 0 && i < spec->valueLabels.size())
            return QCoreApplication::translate("ParameterSchema", spec->valueLabels.at(i).toUtf8().constData());
    }
    return value.toString();
}

} // namespace ct::api
