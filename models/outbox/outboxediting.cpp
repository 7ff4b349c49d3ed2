// SPDX-License-Identifier: MIT
#include "outboxediting.h"

#include "recordsynctracker.h"

#include "store/outbox.h"
#include "store/outboxreplayer.h"

namespace ct::models {

QJsonObject editedFields(const ct::api::ApiParams &params, const QString &leaveOut)
{
    QJsonObject fields;
    for (auto it = params.constBegin(); it != params.constEnd(); ++it) {
        if (leaveOut.isEmpty() || it.key() != leaveOut)
            fields.insert(it.key(), it.value());
    }
    return fields;
}

OutboxEditing::OutboxEditing(ct::store::Outbox *outbox, ct::store::OutboxReplayer *replayer, QObject *parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_replayer(replayer)
{
}

void OutboxEditing::clearError()
{
    m_error.clear();
    m_errorKey.clear();
}

bool OutboxEditing::fail(const QString &key, const QString &message)
{
    m_errorKey = key;
    m_error = message;
    return false;
}

bool OutboxEditing::queueUpdate(ct::api::Call call, const QString &recordKey, const ct::api::ApiParams &params,
                                const ct::api::ApiParams &base)
{
    switch (RecordSyncTracker::amendRefusedEdit(m_outbox, m_replayer, recordKey, params)) {
    case RecordSyncTracker::Amend::Amended:
        return true;
    case RecordSyncTracker::Amend::NotWritten:
        // The journal's own words say why when the disk refused it (full, read-only ...).
        return fail({}, m_outbox->writeProblem().isNone() ? tr("The correction could not be written to the outbox.")
                                                          : m_outbox->errorString());
    case RecordSyncTracker::Amend::NothingRefused:
        break;
    }
    return queue(call, params, recordKey, base);
}

bool OutboxEditing::queue(ct::api::Call call, const ct::api::ApiParams &params, const QString &recordKey,
                          const ct::api::ApiParams &base)
{
    const auto result = m_outbox->enqueue(ct::api::callName(call), params, recordKey, base);
    if (!result.accepted())
        return fail({}, result.errorString);
    return true;
}

} // namespace ct::models
