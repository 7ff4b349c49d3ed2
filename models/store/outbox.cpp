// SPDX-License-Identifier: MIT
#include "outbox.h"
#include "accountdatabase.h"
#include "storelogging.h"

#include "api/parameterschema.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace ct::store {

namespace {

qint64 toMs(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

QDateTime fromMs(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms) : QDateTime();
}

QVariant idsToJson(const std::optional<QStringList> &ids)
{
    if (!ids)
        return QVariant(QMetaType::fromType<QString>());   // NULL: never looked up
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(*ids)).toJson(QJsonDocument::Compact));
}

std::optional<QStringList> idsFromJson(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    QStringList ids;
    const QJsonArray array = QJsonDocument::fromJson(value.toString().toUtf8()).array();
    for (const QJsonValue &v : array)
        ids.append(v.toString());
    return ids;
}

const QString Columns = u"seq, op_id, call_name, params, record_key, created_at, attempts, last_error,"
                        " error_key, error_code, state, next_attempt_at, base_values, server_values,"
                        " pre_existing, maybe_applied"_s;

} // namespace

Outbox::Outbox(AccountDatabase *database, QObject *parent)
    : QObject(parent), m_database(database), m_retryTimer(new QTimer(this))
{
    // A few seconds: a disk being cleaned up or a file being let go is noticed soon, and a
    // disk that stays full costs one small write now and then, never a busy loop.
    m_retryTimer->setSingleShot(true);
    m_retryTimer->setInterval(3000);
    connect(m_retryTimer, &QTimer::timeout, this, &Outbox::retryWriting);
}

int Outbox::writeRetryInterval() const
{
    return m_retryTimer->interval();
}

void Outbox::setWriteRetryInterval(int ms)
{
    m_retryTimer->setInterval(ms);
}

bool Outbox::hasUnwrittenChanges() const
{
    return !m_unwrittenRows.isEmpty() || !m_unwrittenRemovals.isEmpty() || !m_unwrittenLocalIds.isEmpty();
}

bool Outbox::load()
{
    m_entries.clear();
    m_localIds.clear();
    // The disk is the truth again: whatever memory kept unwritten is read back as the rows say.
    m_unwrittenRows.clear();
    m_unwrittenRemovals.clear();
    m_unwrittenLocalIds.clear();
    QSqlQuery q(m_database->database());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT "_s + Columns + u" FROM outbox ORDER BY seq"_s))
        return fail(q.lastError());
    QList<QUuid> interrupted;
    while (q.next()) {
        OutboxEntry e;
        e.seq = q.value(0).toLongLong();
        e.opId = QUuid::fromString(q.value(1).toString());
        e.callName = q.value(2).toString();
        e.params = paramsFromJson(q.value(3).toString());
        e.recordKey = q.value(4).toString();
        e.createdAt = fromMs(q.value(5).toLongLong());
        e.attempts = q.value(6).toInt();
        e.lastError = q.value(7).toString();
        e.errorKey = q.value(8).toString();
        e.errorCode = q.value(9).toInt();
        e.state = static_cast<OutboxState>(q.value(10).toInt());
        e.nextAttemptAt = fromMs(q.value(11).toLongLong());
        e.baseValues = paramsFromJson(q.value(12).toString());
        e.serverValues = paramsFromJson(q.value(13).toString());
        e.preExistingIds = idsFromJson(q.value(14));
        e.maybeApplied = q.value(15).toInt() != 0;
        if (e.state == OutboxState::InFlight)
            interrupted.append(e.opId);
        m_entries.append(e);
    }
    q.finish();
    // The previous process died while these were on their way: the server may have applied
    // them, so the replay must look before it repeats them.
    if (!interrupted.isEmpty()) {
        if (!begin())
            return false;
        for (const QUuid &id : std::as_const(interrupted)) {
            OutboxEntry e = m_entries.at(indexOf(id));
            e.state = OutboxState::Pending;
            e.maybeApplied = true;
            e.nextAttemptAt = {};
            if (!updateRow(e)) {
                rollback();
                return false;
            }
            m_entries[indexOf(id)] = e;
        }
        if (!commit())
            return false;
        qCInfo(lcStore) << interrupted.size() << "outbox entries were in flight when the last session ended";
    }
    QSqlQuery ids(m_database->database());
    if (!ids.exec(u"SELECT local_key, server_id FROM local_ids"_s))
        return fail(ids.lastError());
    while (ids.next())
        m_localIds.insert(ids.value(0).toString(), ids.value(1).toString());
    emitCounts();
    return true;
}

void Outbox::resolveLocalKeys(OutboxEntry &e) const
{
    if (m_localIds.isEmpty())
        return;
    if (RecordKey::isLocal(e.recordKey) && m_localIds.contains(e.recordKey))
        e.recordKey = RecordKey::make(RecordKey::entityOf(e.recordKey), m_localIds.value(e.recordKey));
    for (auto it = e.params.begin(); it != e.params.end(); ++it) {
        if (RecordKey::isLocal(it.value()) && m_localIds.contains(it.value()))
            it.value() = m_localIds.value(it.value());
    }
}

int Outbox::indexOf(const QUuid &opId) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).opId == opId)
            return i;
    }
    return -1;
}

const OutboxEntry *Outbox::find(const QUuid &opId) const
{
    const int i = indexOf(opId);
    return i < 0 ? nullptr : &m_entries.at(i);
}

Outbox::Counts Outbox::counts() const
{
    Counts c;
    for (const OutboxEntry &e : m_entries) {
        switch (e.state) {
        case OutboxState::Pending:
        case OutboxState::InFlight: ++c.pending; break;
        case OutboxState::Failed: ++c.failed; break;
        case OutboxState::Conflict: ++c.conflicts; break;
        }
    }
    return c;
}

void Outbox::emitCounts()
{
    const Counts c = counts();
    Q_EMIT countsChanged(c.pending, c.failed, c.conflicts);
}

bool Outbox::fail(const QString &message)
{
    m_error = message;
    qCWarning(lcStore).noquote() << "outbox:" << message;
    return false;
}

bool Outbox::fail(const QSqlError &error)
{
    const StoreWriteProblem problem = StoreWriteProblem::fromSqlError(error);
    // SQLite's own text is for whoever reads the log; people get the plain words.
    if (problem == m_problem)
        qCDebug(lcStore).noquote() << "outbox: still cannot write:" << error.nativeErrorCode() << error.text();
    else
        qCWarning(lcStore).noquote() << "outbox: cannot write:" << error.nativeErrorCode() << error.text();
    m_error = problem.reason() + u' ' + problem.remedy();
    setProblem(problem);
    m_retryTimer->start();
    return false;
}

void Outbox::setProblem(const StoreWriteProblem &problem)
{
    if (problem == m_problem)
        return;
    m_problem = problem;
    Q_EMIT writeProblemChanged();
}

void Outbox::noteWritten()
{
    if (m_problem.isNone() && !hasUnwrittenChanges())
        return;
    if (hasUnwrittenChanges()) {
        // The disk takes writes: what waits in memory goes now, from the event loop (not
        // m_retryTimer->start(0), which would keep 0 as its interval).
        QMetaObject::invokeMethod(this, &Outbox::retryWriting, Qt::QueuedConnection);
        return;
    }
    m_retryTimer->stop();
    setProblem({});
    qCInfo(lcStore) << "the outbox journal can write again";
}

void Outbox::keepUnwritten(const JournalChange &change)
{
    for (const OutboxEntry &e : change.rewritten)
        m_unwrittenRows.insert(e.opId);
    for (const QUuid &id : change.removed)
        m_unwrittenRemovals.insert(id);
    m_unwrittenLocalIds.insert(change.localIds);
    if (!m_retryTimer->isActive())
        m_retryTimer->start();
}

void Outbox::retryWriting()
{
    if (hasUnwrittenChanges()) {
        if (!writeUnwritten())
            return;   // fail() started the timer again
    } else if (!m_problem.isNone()) {
        // Nothing waits to be written, yet only a write can tell whether the disk takes one.
        QSqlQuery q(m_database->database());
        q.prepare(u"INSERT OR REPLACE INTO meta (key, value) VALUES ('outbox.lastWriteCheck', ?)"_s);
        q.addBindValue(QDateTime::currentMSecsSinceEpoch());
        if (!q.exec()) {
            fail(q.lastError());
            return;
        }
    }
    m_retryTimer->stop();
    if (!m_problem.isNone())
        qCInfo(lcStore) << "the outbox journal can write again";
    setProblem({});
}

bool Outbox::writeUnwritten()
{
    const QSet<QUuid> rows = m_unwrittenRows;
    const QSet<QUuid> removals = m_unwrittenRemovals;
    const QHash<QString, QString> localIds = m_unwrittenLocalIds;
    if (!begin())
        return false;
    bool ok = true;
    // Each row as memory has it now: later transitions of it are included.
    for (const QUuid &id : rows) {
        const int i = indexOf(id);
        if (i >= 0 && !(ok = updateRow(m_entries.at(i))))
            break;
    }
    for (auto it = removals.cbegin(); ok && it != removals.cend(); ++it)
        ok = deleteRow(*it);
    for (auto it = localIds.cbegin(); ok && it != localIds.cend(); ++it)
        ok = insertLocalId(it.key(), it.value());
    if (!ok || !commit()) {
        rollback();
        return false;
    }
    m_unwrittenRows.subtract(rows);
    m_unwrittenRemovals.subtract(removals);
    for (auto it = localIds.cbegin(); it != localIds.cend(); ++it)
        m_unwrittenLocalIds.remove(it.key());
    qCInfo(lcStore) << "wrote" << rows.size() + removals.size() << "outbox changes kept while the disk refused them";
    return true;
}

bool Outbox::exec(const QString &statement)
{
    QSqlQuery q(m_database->database());
    return q.exec(statement) || fail(q.lastError());
}

// BEGIN and COMMIT as statements rather than QSqlDatabase::transaction()/commit(): the
// driver's own transaction error drops SQLite's result code, which says why (disk full ...).
bool Outbox::begin()
{
    if (m_together)
        return true;   // enqueueTogether() opened the transaction
    if (!exec(u"BEGIN"_s))
        return false;
    m_inTransaction = true;
    return true;
}

bool Outbox::commit()
{
    if (m_together)
        return true;   // enqueueTogether() commits once, for all its edits
    if (!exec(u"COMMIT"_s)) {
        rollback();
        return false;
    }
    m_inTransaction = false;
    noteWritten();
    return true;
}

void Outbox::rollback()
{
    // After a failed COMMIT SQLite may have rolled back already; a second ROLLBACK's error
    // says only that, so it is not kept.
    QSqlQuery q(m_database->database());
    q.exec(u"ROLLBACK"_s);
    m_inTransaction = false;
}

QList<Outbox::EnqueueResult> Outbox::enqueueTogether(const QList<Edit> &edits)
{
    QList<EnqueueResult> results;
    const QList<OutboxEntry> before = m_entries;
    if (!begin()) {
        EnqueueResult refused;
        refused.errorString = m_error;
        return {refused};
    }
    m_together = true;
    bool ok = true;
    for (const Edit &edit : edits) {
        results.append(enqueue(edit.callName, edit.params, edit.recordKey, edit.baseValues));
        if (!results.constLast().accepted()) {
            ok = false;
            break;
        }
    }
    m_together = false;
    if (ok && !commit()) {
        ok = false;
        EnqueueResult refused;
        refused.errorString = m_error;
        results.append(refused);
    }
    if (ok)
        return results;
    // Nothing of the change is kept: the database rolls back, the mirror and its watchers
    // return to how they were (the replayer only sends from the event loop, so nothing left).
    rollback();
    const QList<OutboxEntry> during = m_entries;
    m_entries = before;
    QHash<QUuid, const OutboxEntry *> duringById;
    for (const OutboxEntry &e : during)
        duringById.insert(e.opId, &e);
    for (const OutboxEntry &e : during) {
        if (indexOf(e.opId) < 0)
            Q_EMIT entryRemoved(e.opId);   // added by the change
    }
    for (const OutboxEntry &e : before) {
        const OutboxEntry *was = duringById.value(e.opId);
        if (!was)
            Q_EMIT entryAdded(e.opId);     // dropped by the change (updates before a delete)
        else if (was->params != e.params)
            Q_EMIT entryChanged(e.opId);   // an update the change had merged into
    }
    emitCounts();
    const EnqueueResult refused = results.isEmpty() ? EnqueueResult{} : results.constLast();
    return {refused};
}

namespace {

// The columns an entry may change after it is written, with their values: one list for both
// the INSERT and the UPDATE, so the two can never disagree on a column.
QList<std::pair<QLatin1StringView, QVariant>> mutableColumns(const OutboxEntry &e)
{
    return {{"call_name"_L1, e.callName},
            {"params"_L1, paramsToJson(e.params)},
            {"record_key"_L1, e.recordKey},
            {"attempts"_L1, e.attempts},
            {"last_error"_L1, e.lastError},
            {"error_key"_L1, e.errorKey},
            {"error_code"_L1, e.errorCode},
            {"state"_L1, int(e.state)},
            {"next_attempt_at"_L1, toMs(e.nextAttemptAt)},
            {"base_values"_L1, paramsToJson(e.baseValues)},
            {"server_values"_L1, paramsToJson(e.serverValues)},
            {"pre_existing"_L1, idsToJson(e.preExistingIds)},
            {"maybe_applied"_L1, e.maybeApplied ? 1 : 0}};
}

} // namespace

bool Outbox::insertRow(OutboxEntry &e)
{
    auto columns = mutableColumns(e);
    columns.prepend({"created_at"_L1, toMs(e.createdAt)});
    columns.prepend({"op_id"_L1, e.opId.toString(QUuid::WithoutBraces)});
    QStringList names;
    for (const auto &column : std::as_const(columns))
        names.append(column.first);
    QSqlQuery q(m_database->database());
    q.prepare(u"INSERT INTO outbox (%1) VALUES (%2)"_s.arg(names.join(u", "_s),
                                                           QStringList(names.size(), u"?"_s).join(u", "_s)));
    for (const auto &column : std::as_const(columns))
        q.addBindValue(column.second);
    if (!q.exec())
        return fail(q.lastError());
    e.seq = q.lastInsertId().toLongLong();
    if (!m_inTransaction)
        noteWritten();
    return true;
}

bool Outbox::updateRow(const OutboxEntry &e)
{
    const auto columns = mutableColumns(e);
    QStringList assignments;
    for (const auto &column : columns)
        assignments.append(column.first + u" = ?"_s);
    QSqlQuery q(m_database->database());
    q.prepare(u"UPDATE outbox SET %1 WHERE op_id = ?"_s.arg(assignments.join(u", "_s)));
    for (const auto &column : columns)
        q.addBindValue(column.second);
    q.addBindValue(e.opId.toString(QUuid::WithoutBraces));
    if (!q.exec())
        return fail(q.lastError());
    if (q.numRowsAffected() != 1)
        return fail(u"outbox entry %1 is not in the journal"_s.arg(e.opId.toString()));
    if (!m_inTransaction)
        noteWritten();
    return true;
}

bool Outbox::deleteRow(const QUuid &opId)
{
    QSqlQuery q(m_database->database());
    q.prepare(u"DELETE FROM outbox WHERE op_id = ?"_s);
    q.addBindValue(opId.toString(QUuid::WithoutBraces));
    if (!q.exec())
        return fail(q.lastError());
    if (!m_inTransaction)
        noteWritten();
    return true;
}

bool Outbox::insertLocalId(const QString &localKey, const QString &serverId)
{
    QSqlQuery q(m_database->database());
    q.prepare(u"INSERT OR REPLACE INTO local_ids (local_key, server_id) VALUES (?, ?)"_s);
    q.addBindValue(localKey);
    q.addBindValue(serverId);
    if (!q.exec())
        return fail(q.lastError());
    if (!m_inTransaction)
        noteWritten();
    return true;
}

bool Outbox::hasFieldsBesidesIds(const OutboxEntry &entry)
{
    const ct::api::CallSpec *spec = ct::api::findCall(entry.callName);
    for (auto it = entry.params.cbegin(); it != entry.params.cend(); ++it) {
        const bool isId = spec && (it.key() == spec->pathKey ||
                                   (spec->required.contains(it.key()) &&
                                    (it.key().endsWith(u"_id") || it.key() == u"external_id")));
        if (!isId)
            return true;
    }
    return false;
}

namespace {

// The journal is a file on disk: a write-only parameter (a password) must never be written to
// it. Such a call is sent directly by its model instead (see UsersModel::createUser).
QString secretIn(const ct::api::ApiParams &params)
{
    for (auto it = params.constBegin(); it != params.constEnd(); ++it) {
        const ct::api::ParameterSpec *spec = ct::api::ParameterSchema::find(it.key());
        if (spec && spec->writeOnly)
            return it.key();
    }
    return {};
}

} // namespace

Outbox::EnqueueResult Outbox::enqueue(const QString &callName, const ct::api::ApiParams &params,
                                      const QString &recordKeyIn,
                                      const ct::api::ApiParams &baseValues)
{
    EnqueueResult result;
    const ct::api::CallSpec *spec = ct::api::findCall(callName);
    if (!spec || !spec->isWrite()) {
        result.errorString = QCoreApplication::translate("ct::store::Outbox", "%1 is not an edit the outbox can queue.")
                                     .arg(callName);
        fail(result.errorString);
        return result;
    }
    if (const QString secret = secretIn(params); !secret.isEmpty()) {
        result.errorString = QCoreApplication::translate("ct::store::Outbox", "%1 is a secret and is never written to "
                                                         "the outbox on disk.").arg(secret);
        fail(result.errorString);
        return result;
    }
    OutboxEntry e;
    e.opId = QUuid::createUuid();
    e.callName = callName;
    e.params = params;
    e.recordKey = recordKeyIn.isEmpty() ? RecordKey::forCall(callName, params) : recordKeyIn;
    e.createdAt = QDateTime::currentDateTimeUtc();
    e.baseValues = baseValues;
    resolveLocalKeys(e);

    // The record's entries, in order; coalescing only ever looks at these.
    QList<int> ofRecord;
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).recordKey == e.recordKey)
            ofRecord.append(i);
    }

    if (!begin()) {
        result.errorString = m_error;
        return result;
    }
    auto abort = [&]() {
        rollback();
        result = {};
        result.errorString = m_error;
        return result;
    };

    // Consecutive updates of a record still waiting (never possibly applied) become one: later
    // values win, the base values the user saw first are kept.
    if (e.isUpdate() && !ofRecord.isEmpty()) {
        const OutboxEntry &last = m_entries.at(ofRecord.constLast());
        if (last.callName == callName && last.state == OutboxState::Pending && !last.maybeApplied) {
            OutboxEntry merged = last;
            // e, not the arguments: its local keys are already resolved.
            for (auto it = e.params.cbegin(); it != e.params.cend(); ++it)
                merged.params.insert(it.key(), it.value());
            for (auto it = e.baseValues.cbegin(); it != e.baseValues.cend(); ++it) {
                if (!merged.baseValues.contains(it.key()))
                    merged.baseValues.insert(it.key(), it.value());
            }
            if (!updateRow(merged) || !commit())
                return abort();
            m_entries[ofRecord.constLast()] = merged;
            result.kind = EnqueueResult::Kind::Coalesced;
            result.opId = merged.opId;
            qCDebug(lcStore) << "coalesced" << callName << "into" << merged.opId;
            Q_EMIT entryChanged(merged.opId);
            emitCounts();
            return result;
        }
    }

    QList<QUuid> dropped;
    if (e.isDelete() && !ofRecord.isEmpty()) {
        const OutboxEntry &first = m_entries.at(ofRecord.constFirst());
        const bool neverSent = first.isCreate() && first.state != OutboxState::InFlight &&
                               !first.maybeApplied && RecordKey::isLocal(e.recordKey);
        if (neverSent) {
            // The server never heard of this record: nothing of it needs sending.
            for (int i : std::as_const(ofRecord)) {
                if (!deleteRow(m_entries.at(i).opId))
                    return abort();
                dropped.append(m_entries.at(i).opId);
            }
            if (!commit())
                return abort();
            for (const QUuid &id : std::as_const(dropped))
                m_entries.removeAt(indexOf(id));
            for (const QUuid &id : std::as_const(dropped))
                Q_EMIT entryRemoved(id);
            emitCounts();
            result.kind = EnqueueResult::Kind::Cancelled;
            qCDebug(lcStore) << "delete of a record never sent cancelled" << dropped.size() << "entries";
            return result;
        }
        // Updates the server has not started on are moot once the record goes.
        for (int i : std::as_const(ofRecord)) {
            const OutboxEntry &u = m_entries.at(i);
            if (u.isUpdate() && u.state != OutboxState::InFlight) {
                if (!deleteRow(u.opId))
                    return abort();
                dropped.append(u.opId);
            }
        }
    }

    if (!insertRow(e) || !commit())
        return abort();
    for (const QUuid &id : std::as_const(dropped))
        m_entries.removeAt(indexOf(id));
    m_entries.append(e);
    for (const QUuid &id : std::as_const(dropped))
        Q_EMIT entryRemoved(id);
    result.kind = EnqueueResult::Kind::Added;
    result.opId = e.opId;
    qCDebug(lcStore) << "enqueued" << callName << e.opId << "record" << e.recordKey;
    Q_EMIT entryAdded(e.opId);
    emitCounts();
    return result;
}

bool Outbox::writeChange(const JournalChange &change)
{
    // One statement is atomic on its own; more go in one transaction: all of them or none.
    const bool together = change.removed.size() + change.localIds.size() + change.rewritten.size() > 1;
    if (together && !begin())
        return false;
    bool ok = true;
    for (const QUuid &id : change.removed)
        ok = ok && deleteRow(id);
    for (auto it = change.localIds.cbegin(); it != change.localIds.cend(); ++it)
        ok = ok && insertLocalId(it.key(), it.value());
    for (const OutboxEntry &e : change.rewritten)
        ok = ok && updateRow(e);
    if (!ok) {
        if (together)
            rollback();
        return false;
    }
    return !together || commit();   // a failed commit() rolls back itself
}

bool Outbox::applyChange(const JournalChange &change, Write write, Announce announce)
{
    if (!writeChange(change)) {
        if (write == Write::Required)
            return false;
        keepUnwritten(change);
    }
    if (write == Write::Deferrable) {
        // The server's answer supersedes whatever of a removed row still waited to be written.
        for (const QUuid &id : change.removed)
            m_unwrittenRows.remove(id);
    }
    for (const QUuid &id : change.removed)
        m_entries.removeAt(indexOf(id));
    m_localIds.insert(change.localIds);
    for (const OutboxEntry &e : change.rewritten)
        m_entries[indexOf(e.opId)] = e;
    if (announce == Announce::Nothing)
        return true;
    for (const QUuid &id : change.removed)
        Q_EMIT entryRemoved(id);
    for (const OutboxEntry &e : change.rewritten)
        Q_EMIT entryChanged(e.opId);
    if (announce == Announce::EntriesAndCounts)
        emitCounts();
    return true;
}

template <typename Mutation>
bool Outbox::changeEntry(const QUuid &opId, Write write, Announce announce, Mutation &&mutate)
{
    const int i = indexOf(opId);
    if (i < 0)
        return false;
    // A copy, so that memory changes only as applyChange() says.
    OutboxEntry e = m_entries.at(i);
    if (!mutate(e))
        return false;
    return applyChange({.rewritten = {e}}, write, announce);
}

bool Outbox::markInFlight(const QUuid &opId)
{
    // Counts stay: an entry in flight counts as pending.
    return changeEntry(opId, Write::Required, Announce::Entries, [](OutboxEntry &e) {
        if (e.state != OutboxState::Pending)
            return false;
        e.state = OutboxState::InFlight;
        return true;
    });
}

bool Outbox::markPending(const QUuid &opId, const QDateTime &nextAttemptAt, const QString &error,
                         int errorCode, bool countAttempt, bool maybeApplied)
{
    return changeEntry(opId, Write::Deferrable, Announce::EntriesAndCounts, [&](OutboxEntry &e) {
        e.state = OutboxState::Pending;
        e.nextAttemptAt = nextAttemptAt;
        e.lastError = error;
        e.errorCode = errorCode;
        e.errorKey.clear();
        if (countAttempt)
            ++e.attempts;
        e.maybeApplied = e.maybeApplied || maybeApplied;
        return true;
    });
}

bool Outbox::markFailed(const QUuid &opId, const QString &error, const QString &errorKey, int errorCode)
{
    return changeEntry(opId, Write::Deferrable, Announce::EntriesAndCounts, [&](OutboxEntry &e) {
        e.state = OutboxState::Failed;
        e.lastError = error;
        e.errorKey = errorKey;
        e.errorCode = errorCode;
        ++e.attempts;
        // A refusal is a verdict on this attempt: nothing of it was applied.
        e.maybeApplied = false;
        return true;
    });
}

bool Outbox::markConflict(const QUuid &opId, const ct::api::ApiParams &serverValues)
{
    return changeEntry(opId, Write::Deferrable, Announce::EntriesAndCounts, [&](OutboxEntry &e) {
        e.state = OutboxState::Conflict;
        e.serverValues = serverValues;
        e.lastError = QCoreApplication::translate("ct::store::Outbox",
                                                  "Changed on the server since you opened it.");
        return true;
    });
}

bool Outbox::setPreExistingIds(const QUuid &opId, const QStringList &ids)
{
    // The replayer's own record of what it looked up: nothing shows it.
    return changeEntry(opId, Write::Required, Announce::Nothing, [&](OutboxEntry &e) {
        e.preExistingIds = ids;
        return true;
    });
}

bool Outbox::confirm(const QUuid &opId)
{
    if (indexOf(opId) < 0)
        return false;
    return applyChange({.removed = {opId}}, Write::Deferrable, Announce::EntriesAndCounts);
}

bool Outbox::confirmCreate(const QUuid &opId, const QString &serverId, QString *newRecordKey)
{
    const int i = indexOf(opId);
    if (i < 0)
        return false;
    const QString localKey = m_entries.at(i).recordKey;
    if (!RecordKey::isLocal(localKey) || serverId.isEmpty()) {
        if (newRecordKey)
            newRecordKey->clear();
        return confirm(opId);
    }
    const QString serverKey = RecordKey::make(RecordKey::entityOf(localKey), serverId);

    // The server made the record: the entry leaves and every entry naming the local key is
    // rewritten to the server's id, in one transaction.
    JournalChange change{.removed = {opId}, .localIds = {{localKey, serverId}}};
    for (const OutboxEntry &other : std::as_const(m_entries)) {
        if (other.opId == opId)
            continue;
        OutboxEntry e = other;
        bool changed = false;
        if (e.recordKey == localKey) {
            e.recordKey = serverKey;
            changed = true;
        }
        for (auto it = e.params.begin(); it != e.params.end(); ++it) {
            if (it.value() == localKey) {
                it.value() = serverId;
                changed = true;
            }
        }
        if (changed)
            change.rewritten.append(e);
    }
    applyChange(change, Write::Deferrable, Announce::EntriesAndCounts);
    if (newRecordKey)
        *newRecordKey = serverKey;
    qCDebug(lcStore) << "create confirmed" << opId << "rewrote" << change.rewritten.size() << "entries";
    return true;
}

bool Outbox::makeAllDue()
{
    QSqlQuery q(m_database->database());
    if (!q.exec(u"UPDATE outbox SET next_attempt_at = 0 WHERE state = %1"_s.arg(int(OutboxState::Pending))))
        return fail(q.lastError());
    noteWritten();
    for (OutboxEntry &e : m_entries) {
        if (e.state == OutboxState::Pending)
            e.nextAttemptAt = {};
    }
    return true;
}

bool Outbox::edit(const QUuid &opId, const ct::api::ApiParams &params)
{
    return changeEntry(opId, Write::Required, Announce::EntriesAndCounts, [&](OutboxEntry &e) {
        if (e.state == OutboxState::InFlight)
            return false;
        if (!secretIn(params).isEmpty())
            return fail(QCoreApplication::translate("ct::store::Outbox",
                                                    "A secret is never written to the outbox on disk."));
        e.params = params;
        e.state = OutboxState::Pending;
        e.lastError.clear();
        e.errorKey.clear();
        e.errorCode = 0;
        e.nextAttemptAt = {};
        // The lookup key of a create may have changed: look again before its next first send.
        if (e.isCreate() && !e.maybeApplied)
            e.preExistingIds.reset();
        return true;
    });
}

bool Outbox::retry(const QUuid &opId)
{
    return changeEntry(opId, Write::Required, Announce::EntriesAndCounts, [](OutboxEntry &e) {
        if (e.state != OutboxState::Failed)
            return false;
        e.state = OutboxState::Pending;
        e.nextAttemptAt = {};
        return true;
    });
}

bool Outbox::discard(const QUuid &opId)
{
    const int i = indexOf(opId);
    if (i < 0 || m_entries.at(i).state == OutboxState::InFlight)
        return false;
    const OutboxEntry target = m_entries.at(i);
    // Discarding the create of a record that only exists here discards what hangs off it:
    // those entries could never be sent.
    QList<QUuid> drop{opId};
    if (target.isCreate() && RecordKey::isLocal(target.recordKey)) {
        for (const OutboxEntry &e : std::as_const(m_entries)) {
            if (e.opId != opId && e.recordKey == target.recordKey && e.state != OutboxState::InFlight)
                drop.append(e.opId);
        }
    }
    // A delete queued ahead of a create of the same new record is the first half of a move
    // (there is no call to update an event): without it the create would book the new time
    // while the old one stays, so the move goes as a whole.
    if (target.isDelete() && RecordKey::isLocal(target.recordKey)) {
        bool after = false;
        for (const OutboxEntry &e : std::as_const(m_entries)) {
            after = after || e.opId == opId;
            if (after && e.opId != opId && e.recordKey == target.recordKey && e.isCreate()
                && e.state != OutboxState::InFlight)
                drop.append(e.opId);
        }
    }
    return applyChange({.removed = drop}, Write::Required, Announce::EntriesAndCounts);
}

bool Outbox::resolveConflict(const QUuid &opId, const QMap<QString, bool> &keepMine)
{
    bool nothingLeft = false;
    const bool resolved = changeEntry(opId, Write::Required, Announce::EntriesAndCounts, [&](OutboxEntry &e) {
        if (e.state != OutboxState::Conflict)
            return false;
        for (auto it = e.serverValues.cbegin(); it != e.serverValues.cend(); ++it) {
            if (keepMine.value(it.key(), true)) {
                e.baseValues.insert(it.key(), it.value());
            } else {
                e.params.remove(it.key());
                e.baseValues.remove(it.key());
            }
        }
        e.serverValues.clear();
        e.state = OutboxState::Pending;
        e.lastError.clear();
        e.nextAttemptAt = {};
        nothingLeft = !hasFieldsBesidesIds(e);
        return !nothingLeft;   // not written as an update: it leaves instead (below)
    });
    // Nothing left to send: the server's values stand.
    return nothingLeft ? confirm(opId) : resolved;
}

} // namespace ct::store
