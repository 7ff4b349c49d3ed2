// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// The declarative table of every call the console and the sandbox speak: one row per call
// of ClientTether API v2 (see ../shared/spec/api-notes.md). Client, sandbox, editors and the
// coverage test all read this table; nothing else names calls by hand.
namespace ct::api {

// A call's parameters: every value travels as a string, as the document transports them.
using ApiParams = QMap<QString, QString>;

enum class HttpMethod { Get, Post, Delete };

// What a call is about; the interface groups its actions and the outbox its records by it.
enum class Entity {
    Client, Email, Text, HistoryNote, Event, Appointment, Tag, LeadSource, User, ActionPlan,
    SalesCycle, ImmediateCall, Account, PendingAction, Proposal, Payment
};

// One enumerator per row of callTable(), in the table's order: code names a call by its
// enumerator; the name the wire and the outbox journal use is written once, in the table's row
// (callName()). tst_calltable checks that each row holds the enumerator of its position.
enum class Call {
    // Create
    CreateClient, CreateManualEmail, CreateManualText, CreateClientHistoryNote, CreateClientEvent,
    CreateTag, CreateLeadSource, CreateUser, CreateActionPlan, CreateSalesCycle, CreateImmedCall,
    // Read
    ReadClientExist, ReadClientById, ReadClientByExternalId, ReadClientList, ReadClientHistoryNotes,
    ReadActionPlanById, ReadActionPlanList, ReadLeadSourceList, ReadSalesCycleList, ReadUserList,
    ReadApptsByUserId, ReadTagsList, ReadAccountList, ReadPendingActions, ReadProposals,
    ReadProposalPayments, ReadAllPayments,
    // Update
    UpdateClientById, UpdateClientByExternalId, UpdateActionPlanById, UpdateLeadSourceById,
    UpdateSalesCycleById, UpdateUserById, UpdateAccountById,
    // Delete
    DeleteClientById, DeleteClientByExternalId, DeleteLeadSourceById, DeleteSalesCycleById,
    DeleteUserById, DeleteAccountById, DeleteClientEvent,
};
constexpr int CallCount = int(Call::DeleteClientEvent) + 1;

// A key that becomes required only when another key has a given value
// (create_client_event: user_id for appointments; the document's Supported Calls table lists
// only user_id, the end date and time are optional parameters).
struct ConditionalRequirement
{
    QString whenKey;
    QString whenValue;
    QStringList keys;
};

struct CallSpec
{
    Call call = Call::CreateClient;
    QString name;
    HttpMethod method = HttpMethod::Get;
    Entity entity = Entity::Client;
    QStringList required;                  // every one of these
    QList<QStringList> requiredOneOf;      // at least one key of each group
    QList<ConditionalRequirement> requiredWhen;
    QString pathKey;                       // non-empty: the call also has the form name/VALUE
    bool acceptsExpansionKeys = false;     // client create/update take custom fields

    bool isWrite() const { return method != HttpMethod::Get; }
};

// All 42 calls, in the document's order (create, read, update, delete).
const QList<CallSpec> &callTable();

// nullptr for an unknown call.
const CallSpec *findCall(QStringView name);
// The row of a call, and its name ("update_client_by_id"), as sent and as the journal stores it.
const CallSpec &callSpec(Call call);
QString callName(Call call);

QString methodName(HttpMethod method);
QString entityName(Entity entity);

} // namespace ct::api
