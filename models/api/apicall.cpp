// SPDX-License-Identifier: MIT
#include "apicall.h"
#include "enumnames.h"

using namespace Qt::Literals::StringLiterals;

namespace ct::api {

namespace {

using M = HttpMethod;
using E = Entity;

QList<CallSpec> buildTable()
{
    const QStringList userCreateKeys = {
        u"user_type"_s, u"user_first_name"_s, u"user_last_name"_s, u"user_phone"_s,
        u"user_email"_s, u"user_username"_s, u"user_show_calendar"_s, u"user_password"_s};

    QList<CallSpec> t = {
        // Create
        {Call::CreateClient, u"create_client"_s, M::Post, E::Client, {u"firstName"_s, u"lastName"_s}, {}, {}, {}, true},
        {Call::CreateManualEmail, u"create_manual_email"_s, M::Post, E::Email,
         {u"client_id"_s, u"email_subject"_s, u"email_body"_s}},
        {Call::CreateManualText, u"create_manual_text"_s, M::Post, E::Text, {u"client_id"_s, u"text_body"_s}},
        {Call::CreateClientHistoryNote, u"create_client_history_note"_s, M::Post, E::HistoryNote,
         {u"client_id"_s, u"note_body"_s}},
        {Call::CreateClientEvent, u"create_client_event"_s, M::Post, E::Event,
         {u"client_id"_s, u"event_type"_s, u"event_date"_s, u"event_time"_s, u"event_note"_s},
         {},
         {{u"event_type"_s, u"Appointment"_s,
           {u"user_id"_s}}}},
        {Call::CreateTag, u"create_tag"_s, M::Post, E::Tag, {u"tag_value"_s}},
        {Call::CreateLeadSource, u"create_lead_source"_s, M::Post, E::LeadSource, {u"lead_source_name"_s}},
        {Call::CreateUser, u"create_user"_s, M::Post, E::User, userCreateKeys},
        {Call::CreateActionPlan, u"create_action_plan"_s, M::Post, E::ActionPlan,
         {u"action_plan_name"_s, u"action_plan_type"_s}},
        {Call::CreateSalesCycle, u"create_sales_cycle"_s, M::Post, E::SalesCycle,
         {u"sales_cycle_name"_s, u"sales_cycle_active_status"_s, u"sales_cycle_order"_s}},
        {Call::CreateImmedCall, u"create_immed_call"_s, M::Post, E::ImmediateCall,
         {u"agent_phone"_s, u"client_full_name"_s, u"client_phone"_s, u"say"_s}},
        // Read
        {Call::ReadClientExist, u"read_client_exist"_s, M::Get, E::Client, {},
         {{u"firstName"_s, u"lastName"_s, u"phone"_s, u"email"_s}}},
        {Call::ReadClientById, u"read_client_by_id"_s, M::Get, E::Client, {u"client_id"_s}, {}, {}, u"client_id"_s},
        {Call::ReadClientByExternalId, u"read_client_by_external_id"_s, M::Get, E::Client, {u"external_id"_s}},
        {Call::ReadClientList, u"read_client_list"_s, M::Get, E::Client},
        {Call::ReadClientHistoryNotes, u"read_client_history_notes"_s, M::Get, E::HistoryNote, {u"client_id"_s}},
        {Call::ReadActionPlanById, u"read_action_plan_by_id"_s, M::Get, E::ActionPlan, {u"action_plan_id"_s}},
        {Call::ReadActionPlanList, u"read_action_plan_list"_s, M::Get, E::ActionPlan},
        {Call::ReadLeadSourceList, u"read_lead_source_list"_s, M::Get, E::LeadSource},
        {Call::ReadSalesCycleList, u"read_sales_cycle_list"_s, M::Get, E::SalesCycle},
        {Call::ReadUserList, u"read_user_list"_s, M::Get, E::User},
        {Call::ReadApptsByUserId, u"read_appts_by_user_id"_s, M::Get, E::Appointment, {u"user_id"_s}},
        {Call::ReadTagsList, u"read_tags_list"_s, M::Get, E::Tag},
        {Call::ReadAccountList, u"read_account_list"_s, M::Get, E::Account},
        {Call::ReadPendingActions, u"read_pending_actions"_s, M::Get, E::PendingAction, {},
         {{u"client_id"_s, u"external_id"_s}}},
        {Call::ReadProposals, u"read_proposals"_s, M::Get, E::Proposal, {u"client_id"_s}},
        {Call::ReadProposalPayments, u"read_proposal_payments"_s, M::Get, E::Payment,
         {u"client_id"_s, u"created_date"_s}},
        {Call::ReadAllPayments, u"read_all_payments"_s, M::Get, E::Payment},
        // Update
        {Call::UpdateClientById, u"update_client_by_id"_s, M::Post, E::Client, {u"client_id"_s}, {}, {}, {}, true},
        {Call::UpdateClientByExternalId, u"update_client_by_external_id"_s, M::Post, E::Client,
         {u"external_id"_s}, {}, {}, {}, true},
        {Call::UpdateActionPlanById, u"update_action_plan_by_id"_s, M::Post, E::ActionPlan, {u"action_plan_id"_s}},
        {Call::UpdateLeadSourceById, u"update_lead_source_by_id"_s, M::Post, E::LeadSource,
         {u"lead_source_id"_s, u"lead_source_name"_s}},
        {Call::UpdateSalesCycleById, u"update_sales_cycle_by_id"_s, M::Post, E::SalesCycle, {u"sales_cycle_id"_s}},
        {Call::UpdateUserById, u"update_user_by_id"_s, M::Post, E::User, {u"user_id"_s}},
        {Call::UpdateAccountById, u"update_account_by_id"_s, M::Post, E::Account, {u"account_id"_s}},
        // Delete
        {Call::DeleteClientById, u"delete_client_by_id"_s, M::Delete, E::Client, {u"client_id"_s}},
        {Call::DeleteClientByExternalId, u"delete_client_by_external_id"_s, M::Delete, E::Client, {u"external_id"_s}},
        {Call::DeleteLeadSourceById, u"delete_lead_source_by_id"_s, M::Delete, E::LeadSource, {u"lead_source_id"_s}},
        {Call::DeleteSalesCycleById, u"delete_sales_cycle_by_id"_s, M::Delete, E::SalesCycle, {u"sales_cycle_id"_s}},
        {Call::DeleteUserById, u"delete_user_by_id"_s, M::Delete, E::User, {u"user_id"_s}},
        {Call::DeleteAccountById, u"delete_account_by_id"_s, M::Delete, E::Account, {u"account_id"_s}},
        {Call::DeleteClientEvent, u"delete_client_event"_s, M::Delete, E::Event, {u"event_id"_s}},
    };
    return t;
}

} // namespace

const QList<CallSpec> &callTable()
{
    static const QList<CallSpec> table = buildTable();
    return table;
}

const CallSpec &callSpec(Call call)
{
    const CallSpec &spec = callTable().at(int(call));
    Q_ASSERT(spec.call == call);
    return spec;
}

QString callName(Call call)
{
    return callSpec(call).name;
}

const CallSpec *findCall(QStringView name)
{
    for (const CallSpec &call : callTable()) {
        if (call.name == name)
            return &call;
    }
    return nullptr;
}

namespace {

constexpr auto MethodNames = std::to_array<NamedValue<HttpMethod>>({
    {HttpMethod::Get, u"GET"},
    {HttpMethod::Post, u"POST"},
    {HttpMethod::Delete, u"DELETE"},
});
static_assert(namesEachInOrder(MethodNames));

// Also the entity part of record keys ("client:8475832") and of cached rows: stored on disk,
// so a name never changes.
constexpr auto EntityNames = std::to_array<NamedValue<Entity>>({
    {Entity::Client, u"client"},
    {Entity::Email, u"email"},
    {Entity::Text, u"text"},
    {Entity::HistoryNote, u"history_note"},
    {Entity::Event, u"event"},
    {Entity::Appointment, u"appointment"},
    {Entity::Tag, u"tag"},
    {Entity::LeadSource, u"lead_source"},
    {Entity::User, u"user"},
    {Entity::ActionPlan, u"action_plan"},
    {Entity::SalesCycle, u"sales_cycle"},
    {Entity::ImmediateCall, u"immediate_call"},
    {Entity::Account, u"account"},
    {Entity::PendingAction, u"pending_action"},
    {Entity::Proposal, u"proposal"},
    {Entity::Payment, u"payment"},
});
static_assert(namesEachInOrder(EntityNames));

} // namespace

QString methodName(HttpMethod method)
{
    return nameOf(MethodNames, method);
}

QString entityName(Entity entity)
{
    return nameOf(EntityNames, entity);
}

} // namespace ct::api
