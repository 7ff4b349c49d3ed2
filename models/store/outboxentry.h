// SPDX-License-Identifier: MIT
#pragma once

#include "api/apicall.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

// One edit in the outbox journal: the call to make, what it concerns and how its replay went.
namespace ct::store {

enum class OutboxState {
    Pending = 0,    // waiting to be sent (maybe after a backoff)
    InFlight = 1,   // being replayed now; found so at startup means the process died mid-replay
    Failed = 2,     // the server refused it for good; waits for the user (edit, retry, discard)
    Conflict = 3,   // the record changed on the server since the user saw it; waits for the user
};

QString outboxStateName(OutboxState state);

struct OutboxEntry
{
    qint64 seq = 0;                 // journal order; replay order within a record
    QUuid opId;                     // generated here, names the edit in the interface and logs
    QString callName;
    ct::api::ApiParams params;
    QString recordKey;              // "client:8475832", "client:local:<uuid>" before the create
    QDateTime createdAt;
    int attempts = 0;               // attempts that reached a verdict (errors counted per entry)
    QString lastError;              // the server's message or the transport's description
    QString errorKey;               // the field the server named (validation issue)
    int errorCode = 0;              // CT code of the last failure, 0 when none
    OutboxState state = OutboxState::Pending;
    QDateTime nextAttemptAt;        // invalid: as soon as possible
    ct::api::ApiParams baseValues;  // updates: the values the user saw before editing
    ct::api::ApiParams serverValues;// conflicts: the server's values of the contested fields
    // Creates: the ids that matched the record before the first send; nullopt until looked up
    // (which also says the create was never sent).
    std::optional<QStringList> preExistingIds;
    bool maybeApplied = false;      // an earlier attempt may have reached the server

    // This entry is of that call (the journal holds the call's name).
    bool is(ct::api::Call call) const { return callName == ct::api::callName(call); }
    bool isCreate() const { return callName.startsWith(u"create_"); }
    bool isUpdate() const { return callName.startsWith(u"update_"); }
    bool isDelete() const { return callName.startsWith(u"delete_"); }
    bool isValid() const { return !opId.isNull(); }
};

// Record keys: "<entity>:<server id>" or "<entity>:local:<uuid>" for a record not yet created.
// A local key also stands in parameter values (client_id) until the create is confirmed.
namespace RecordKey {
QString make(const QString &entity, const QString &serverId);
QString newLocal(const QString &entity);
bool isLocal(const QString &key);
QString entityOf(const QString &key);
QString idOf(const QString &key);   // server id, or "local:<uuid>"
// True when any parameter value is still a local key: the entry must wait for that create.
bool referencesLocal(const ct::api::ApiParams &params);
// The key an edit concerns by default: the client of client-related calls, the named id of
// others, a new local key for creates of records without one.
QString forCall(const QString &callName, const ct::api::ApiParams &params);
} // namespace RecordKey

// JSON text of a parameter map (how the journal stores params, base and server values).
QString paramsToJson(const ct::api::ApiParams &params);
ct::api::ApiParams paramsFromJson(const QString &json);

} // namespace ct::store

Q_DECLARE_METATYPE(ct::store::OutboxEntry)
