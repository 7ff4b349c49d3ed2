// SPDX-License-Identifier: MIT
#include "recordsynctracker.h"

#include "outboxmodel.h"

#include "api/apiresult.h"
#include "store/outbox.h"
#include "store/outboxreplayer.h"

using namespace Qt::Literals::StringLiterals;
using ct::store::OutboxEntry;
using ct::store::OutboxState;
namespace RecordKey = ct::store::RecordKey;

namespace ct::models {

RecordSyncTracker::RecordSyncTracker(const QString &entity, QObject *parent)
    : QObject(parent)
    , m_entity(entity)
{
}

void RecordSyncTracker::track(ct::store::Outbox *outbox, ct::store::OutboxReplayer *replayer)
{
    if (m_outbox)
        disconnect(m_outbox, nullptr, this, nullptr);
    m_outbox = outbox;
    m_opKeys.clear();
    m_status.clear();
    if (!outbox)
        return;
    for (const OutboxEntry &entry : outbox->entries())
        onEntry(entry.opId);
    connect(outbox, &ct::store::Outbox::entryAdded, this, &RecordSyncTracker::onEntry);
    connect(outbox, &ct::store::Outbox::entryChanged, this, &RecordSyncTracker::onEntry);
    connect(outbox, &ct::store::Outbox::entryRemoved, this, &RecordSyncTracker::onRemoved);
    if (replayer)
        connect(replayer, &ct::store::OutboxReplayer::recordCreated, this, &RecordSyncTracker::onCreated);
}

QList<OutboxEntry> RecordSyncTracker::entries() const
{
    QList<OutboxEntry> out;
    if (!m_outbox)
        return out;
    for (const OutboxEntry &entry : m_outbox->entries()) {
        if (RecordKey::entityOf(entry.recordKey) == m_entity)
            out.append(entry);
    }
    return out;
}

QString RecordSyncTracker::failureText(const OutboxEntry &entry)
{
    switch (entry.errorCode) {
    case ct::api::CtCode::NoRecord:
        return tr("The server no longer has this record (CT515).");
    case ct::api::CtCode::StillInUse:
        return tr("The server refused: it is still in use (CT512).");
    case ct::api::CtCode::Duplicate:
        return tr("The server already has one with this name (CT520).");
    case ct::api::CtCode::BadRequest:
        if (entry.is(ct::api::Call::DeleteAccountById))
            return tr("The server refused: an account cannot delete itself, only its sub-accounts (CT400).");
        return tr("The server refused the request (CT400).");
    default:
        break;
    }
    const QString text = OutboxModel::problemText(entry);
    return text.isEmpty() ? tr("The server refused this change.") : text;
}

RecordSyncTracker::Amend RecordSyncTracker::amendRefusedEdit(ct::store::Outbox *outbox,
                                                             ct::store::OutboxReplayer *replayer,
                                                             const QString &recordKey,
                                                             const ct::api::ApiParams &changed)
{
    if (!outbox)
        return Amend::NothingRefused;
    const OutboxEntry *refused = nullptr;
    for (const OutboxEntry &entry : outbox->entries()) {
        if (entry.recordKey == recordKey && entry.state == OutboxState::Failed && !entry.isDelete())
            refused = &entry;
    }
    if (!refused)
        return Amend::NothingRefused;
    ct::api::ApiParams params = refused->params;
    for (auto it = changed.cbegin(); it != changed.cend(); ++it) {
        // A create names no id of its own record: the server gives it one.
        if (refused->isCreate() && it.value() == recordKey)
            continue;
        params.insert(it.key(), it.value());
    }
    const QUuid opId = refused->opId;
    const bool ok = replayer ? replayer->edit(opId, params) : outbox->edit(opId, params);
    return ok ? Amend::Amended : Amend::NotWritten;
}

void RecordSyncTracker::onEntry(const QUuid &opId)
{
    const OutboxEntry *entry = m_outbox ? m_outbox->find(opId) : nullptr;
    if (!entry || RecordKey::entityOf(entry->recordKey) != m_entity)
        return;
    const QString previous = m_opKeys.value(opId);
    m_opKeys.insert(opId, entry->recordKey);
    if (!previous.isEmpty() && previous != entry->recordKey)
        recompute(previous);
    recompute(entry->recordKey);
}

void RecordSyncTracker::onRemoved(const QUuid &opId)
{
    const QString key = m_opKeys.take(opId);
    if (key.isEmpty())
        return;
    recompute(key);
    if (!m_status.contains(key))
        Q_EMIT settled(key);
}

void RecordSyncTracker::onCreated(const QString &localKey, const QString &serverId)
{
    if (RecordKey::entityOf(localKey) != m_entity)
        return;
    // The outbox rewrote the record's other entries to the server's key; follow it.
    const QString serverKey = RecordKey::make(m_entity, serverId);
    for (auto it = m_opKeys.begin(); it != m_opKeys.end(); ++it) {
        if (it.value() == localKey)
            it.value() = serverKey;
    }
    recompute(localKey);
    recompute(serverKey);
    Q_EMIT created(localKey, serverId);
}

void RecordSyncTracker::recompute(const QString &recordKey)
{
    Status status;
    bool any = false;
    if (m_outbox) {
        for (const OutboxEntry &entry : m_outbox->entries()) {
            if (entry.recordKey != recordKey)
                continue;
            any = true;
            // A refusal outranks a conflict, which outranks waiting: the user must act on it.
            if (entry.state == OutboxState::Failed) {
                status = {SyncState::Failed, failureText(entry), entry.errorKey};
                break;
            }
            if (entry.state == OutboxState::Conflict)
                status = {SyncState::Conflict, tr("Changed on the server since you edited it."), {}};
            else if (status.state == SyncState::Confirmed)
                status.state = SyncState::Pending;
        }
    }
    const bool had = m_status.contains(recordKey);
    const Status old = m_status.value(recordKey);
    if (any)
        m_status.insert(recordKey, status);
    else
        m_status.remove(recordKey);
    if (had != any || old.state != status.state || old.error != status.error)
        Q_EMIT statusChanged(recordKey);
}

} // namespace ct::models
