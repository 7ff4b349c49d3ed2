// SPDX-License-Identifier: MIT
#include "outboxreplayer.h"
#include "conflictchecker.h"
#include "createverifier.h"
#include "replaypolicy.h"
#include "storelogging.h"

#include "api/apiclient.h"

#include <QCoreApplication>
#include <QNetworkInformation>
#include <QTimer>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using ct::api::ApiResult;

namespace ct::store {

OutboxReplayer::OutboxReplayer(Outbox *outbox, ct::api::ApiClient *client, QObject *parent)
    : QObject(parent), m_outbox(outbox), m_client(client), m_wakeTimer(new QTimer(this))
{
    m_wakeTimer->setSingleShot(true);
    connect(m_wakeTimer, &QTimer::timeout, this, &OutboxReplayer::schedule);
    connect(m_outbox, &Outbox::entryAdded, this, &OutboxReplayer::schedule);
    connect(m_outbox, &Outbox::entryAdded, this, &OutboxReplayer::entryAdded);
    connect(m_outbox, &Outbox::entryChanged, this, &OutboxReplayer::entryChanged);
    connect(m_outbox, &Outbox::entryRemoved, this, &OutboxReplayer::entryRemoved);
    connect(m_outbox, &Outbox::countsChanged, this, &OutboxReplayer::countsChanged);
    // A journal that writes again lets the waiting entries go.
    connect(m_outbox, &Outbox::writeProblemChanged, this, [this] {
        Q_EMIT journalProblemChanged(journalProblem());
        schedule();
    });
    // Any call refused for credentials means ours will be too.
    connect(m_client, &ct::api::ApiClient::unauthorized, this, &OutboxReplayer::pauseForCredentials);
}

OutboxReplayer::~OutboxReplayer()
{
    // Answers to what is in flight will not be heard: the server may still apply them, so the
    // next replayer must check first (as after a crash).
    const QSet<QUuid> active = m_active;
    for (const QUuid &id : active) {
        const OutboxEntry *e = m_outbox->find(id);
        if (e && e->state == OutboxState::InFlight)
            m_outbox->markPending(id, {}, e->lastError, e->errorCode, false, true);
    }
}

void OutboxReplayer::setMaxInFlight(int count)
{
    m_maxInFlight = qMax(1, count);
    schedule();
}

void OutboxReplayer::start()
{
    if (m_started)
        return;
    m_started = true;
    // Offline is a state: when the network comes back, waiting entries go at once instead of
    // sitting out their backoff.
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                &OutboxReplayer::onReachabilityChanged);
    }
    schedule();
}

void OutboxReplayer::onReachabilityChanged()
{
    if (QNetworkInformation::instance()->reachability() == QNetworkInformation::Reachability::Online) {
        qCInfo(lcStore) << "network is back; replaying the outbox";
        m_outbox->makeAllDue();
        schedule();
    }
}

void OutboxReplayer::setPaused(bool paused)
{
    if (m_userPaused == paused)
        return;
    m_userPaused = paused;
    Q_EMIT pausedChanged(isPaused() || m_authPaused);
    schedule();
}

void OutboxReplayer::resume()
{
    const bool wasPaused = m_authPaused;
    m_authPaused = false;
    m_outbox->makeAllDue();
    if (wasPaused)
        Q_EMIT pausedChanged(m_userPaused);
    schedule();
}

void OutboxReplayer::pauseForCredentials()
{
    if (m_authPaused)
        return;
    m_authPaused = true;
    qCWarning(lcStore) << "the server refused the credentials; the outbox is paused";
    Q_EMIT pausedChanged(true);
    Q_EMIT unauthorized();
}

QString OutboxReplayer::journalProblem() const
{
    return m_outbox->writeProblem().reason();
}

bool OutboxReplayer::isIdle() const
{
    if (!m_active.isEmpty())
        return false;
    if (m_userPaused || m_authPaused || !m_outbox->writeProblem().isNone())
        return true;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSet<QString> seen;
    for (const OutboxEntry &e : m_outbox->entries()) {
        if (seen.contains(e.recordKey))
            continue;
        seen.insert(e.recordKey);
        if (e.state == OutboxState::Pending && !RecordKey::referencesLocal(e.params) &&
            (!e.nextAttemptAt.isValid() || e.nextAttemptAt <= now))
            return false;
    }
    return true;
}

bool OutboxReplayer::retry(const QUuid &opId)
{
    return m_outbox->retry(opId) && (schedule(), true);
}

bool OutboxReplayer::edit(const QUuid &opId, const ct::api::ApiParams &params)
{
    return !m_active.contains(opId) && m_outbox->edit(opId, params) && (schedule(), true);
}

bool OutboxReplayer::discard(const QUuid &opId)
{
    return !m_active.contains(opId) && m_outbox->discard(opId) && (schedule(), true);
}

bool OutboxReplayer::resolveConflict(const QUuid &opId, const QMap<QString, bool> &keepMine)
{
    return m_outbox->resolveConflict(opId, keepMine) && (schedule(), true);
}

void OutboxReplayer::schedule()
{
    if (m_pumpQueued)
        return;
    m_pumpQueued = true;
    QMetaObject::invokeMethod(this, &OutboxReplayer::pump, Qt::QueuedConnection);
}

void OutboxReplayer::pump()
{
    m_pumpQueued = false;
    if (!m_started || !m_client)
        return;
    if (m_outbox->isEmpty() && m_active.isEmpty()) {
        if (!m_drainedSignalled) {
            m_drainedSignalled = true;
            Q_EMIT drained();
        }
        return;
    }
    m_drainedSignalled = false;
    if (m_userPaused || m_authPaused)
        return;
    // An entry goes only once "in flight" is on disk, and the answers already heard wait in
    // memory until the disk takes them: nothing new leaves before that.
    if (!m_outbox->writeProblem().isNone())
        return;

    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime earliest;
    QSet<QString> seen;
    QList<QUuid> toStart;
    int budget = m_maxInFlight - int(m_active.size());
    // Only a record's oldest entry may go: that is the whole ordering guarantee.
    for (const OutboxEntry &e : m_outbox->entries()) {
        if (budget <= 0)
            break;
        if (seen.contains(e.recordKey))
            continue;
        seen.insert(e.recordKey);
        if (e.state != OutboxState::Pending || m_active.contains(e.opId))
            continue;
        if (RecordKey::referencesLocal(e.params))
            continue;   // waits for another record's create; its confirmation rewrites it
        if (e.nextAttemptAt.isValid() && e.nextAttemptAt > now) {
            if (!earliest.isValid() || e.nextAttemptAt < earliest)
                earliest = e.nextAttemptAt;
            continue;
        }
        toStart.append(e.opId);
        --budget;
    }
    for (const QUuid &id : std::as_const(toStart)) {
        if (!startEntry(id) && !m_outbox->writeProblem().isNone())
            break;   // the rest would be refused the same way; the journal's retry wakes us
    }
    if (earliest.isValid())
        m_wakeTimer->start(int(std::clamp<qint64>(now.msecsTo(earliest) + 1, 0, 24 * 3600 * 1000)));
}

bool OutboxReplayer::startEntry(const QUuid &opId)
{
    // Committed before anything leaves: a crash from here on is seen at the next start.
    if (!m_outbox->markInFlight(opId))
        return false;
    m_active.insert(opId);
    const OutboxEntry entry = *m_outbox->find(opId);
    const CreateVerifier *verifier = CreateVerifier::forCall(entry.callName);
    if (verifier && verifier->resendNeedsConsent() && entry.maybeApplied) {
        // Interrupted mid-send (the process died, the replayer was destroyed): the call may
        // have been placed and there is nothing to ask the server.
        holdForConsent(opId, ApiResult::failure(ct::api::ApiStatus::Canceled,
                                                QCoreApplication::translate("ct::store::OutboxReplayer",
                                                                            "interrupted while sending")));
        return true;
    }
    if (verifier && verifier->needsSnapshot()) {
        if (!entry.preExistingIds) {
            runSnapshot(opId);      // never sent: remember what exists, then send
            return true;
        }
        if (entry.maybeApplied) {
            runVerify(opId);        // may have been applied: look before creating again
            return true;
        }
    }
    if (ConflictChecker::applies(entry)) {
        runConflictCheck(opId);
        return true;
    }
    send(opId);
    return true;
}

void OutboxReplayer::runSnapshot(const QUuid &opId)
{
    const OutboxEntry entry = *m_outbox->find(opId);
    CreateVerifier::forCall(entry.callName)->snapshot(m_client, this, entry,
            [this, opId](const ApiResult &error, const QStringList &ids) {
        if (error.status != ct::api::ApiStatus::Ok) {
            onCheckFailed(opId, error);
            return;
        }
        if (!m_outbox->setPreExistingIds(opId, ids)) {
            onCheckFailed(opId, ApiResult::failure(ct::api::ApiStatus::Canceled, m_outbox->errorString()));
            return;
        }
        send(opId);
    });
}

void OutboxReplayer::runVerify(const QUuid &opId)
{
    const OutboxEntry entry = *m_outbox->find(opId);
    CreateVerifier::forCall(entry.callName)->verify(m_client, this, entry,
            [this, opId](const CreateVerifier::Verdict &verdict) {
        switch (verdict.kind) {
        case CreateVerifier::Verdict::Kind::Applied:
            qCInfo(lcStore) << "an earlier attempt of" << opId << "was applied; not sending again";
            confirmEntry(opId, verdict.serverId);
            break;
        case CreateVerifier::Verdict::Kind::NotApplied:
            send(opId);
            break;
        case CreateVerifier::Verdict::Kind::Error:
            onCheckFailed(opId, verdict.error);
            break;
        }
    });
}

void OutboxReplayer::runConflictCheck(const QUuid &opId)
{
    const OutboxEntry entry = *m_outbox->find(opId);
    ConflictChecker::check(m_client, this, entry, [this, opId](const ConflictChecker::Outcome &outcome) {
        switch (outcome.kind) {
        case ConflictChecker::Outcome::Kind::Proceed:
            send(opId);
            break;
        case ConflictChecker::Outcome::Kind::Conflict:
            qCInfo(lcStore) << "conflict on" << opId << "fields" << outcome.serverValues.keys();
            m_outbox->markConflict(opId, outcome.serverValues);
            finishEntry(opId);
            Q_EMIT conflictDetected(opId);
            break;
        case ConflictChecker::Outcome::Kind::Error:
            onCheckFailed(opId, outcome.error);
            break;
        }
    });
}

void OutboxReplayer::send(const QUuid &opId)
{
    const OutboxEntry *entry = m_outbox->find(opId);
    if (!entry || !m_client) {
        finishEntry(opId);
        return;
    }
    qCDebug(lcStore) << "sending" << entry->callName << opId << "attempt" << entry->attempts + 1;
    auto *reply = m_client->call(entry->callName, entry->params);
    connect(reply, &ct::api::ApiReply::finished, this,
            [this, opId](const ApiResult &result) { onSent(opId, result); });
}

void OutboxReplayer::onSent(const QUuid &opId, const ApiResult &result)
{
    const OutboxEntry *found = m_outbox->find(opId);
    if (!found) {
        finishEntry(opId);
        return;
    }
    const OutboxEntry entry = *found;
    switch (ReplayPolicy::classify(entry, result)) {
    case ReplayPolicy::Verdict::Confirmed: {
        QString serverId;
        if (entry.isCreate()) {
            const CreateVerifier *verifier = CreateVerifier::forCall(entry.callName);
            serverId = verifier ? verifier->createdId(result) : QString();
            if (serverId.isEmpty() && !result.rows.isEmpty()) {
                const QJsonObject row = result.rows.first().toObject();
                for (auto it = row.constBegin(); it != row.constEnd() && serverId.isEmpty(); ++it) {
                    if (it.key().endsWith(u"_id") && it.key() != u"external_id")
                        serverId = it.value().toVariant().toString();
                }
            }
        }
        confirmEntry(opId, serverId);
        return;
    }
    case ReplayPolicy::Verdict::Retry: {
        const qint64 delay = m_backoff.delayMs(entry.attempts + 1, result.retryAfterMs);
        qCDebug(lcStore) << opId << ct::api::statusName(result.status) << "retry in" << delay << "ms";
        m_outbox->markPending(opId, QDateTime::currentDateTimeUtc().addMSecs(delay), result.message,
                              result.ctCode, true, result.isAmbiguous());
        break;
    }
    case ReplayPolicy::Verdict::RetryNow:
        m_outbox->markPending(opId, {}, result.message, result.ctCode, false, true);
        break;
    case ReplayPolicy::Verdict::Fail: {
        qCInfo(lcStore) << opId << entry.callName << "refused:" << ct::api::statusName(result.status)
                        << result.ctCode << "key" << result.offendingKey;
        const QString message = result.message.isEmpty() ? ct::api::ctCodeMessage(result.ctCode) : result.message;
        m_outbox->markFailed(opId, message, result.offendingKey, result.ctCode);
        Q_EMIT entryFailed(opId, message, result.offendingKey);
        break;
    }
    case ReplayPolicy::Verdict::Pause:
        m_outbox->markPending(opId, {}, result.message, 0, false, false);
        pauseForCredentials();
        break;
    case ReplayPolicy::Verdict::AskUser:
        holdForConsent(opId, result);
        return;
    }
    finishEntry(opId);
}

void OutboxReplayer::holdForConsent(const QUuid &opId, const ApiResult &result)
{
    qCInfo(lcStore) << opId << "may have been applied and cannot be checked; waiting for the user"
                    << ct::api::statusName(result.status);
    const QString message = QCoreApplication::translate(
            "ct::store::OutboxReplayer",
            "It may already have happened: the answer was lost (%1). It is not sent again by "
            "itself; choose Retry only if it did not happen.")
            .arg(result.message.isEmpty() ? ct::api::statusName(result.status) : result.message);
    // markFailed forgets "maybe applied": a Retry from the user sends it once more.
    m_outbox->markFailed(opId, message, QString(), result.ctCode);
    Q_EMIT entryFailed(opId, message, QString());
    finishEntry(opId);
}

void OutboxReplayer::onCheckFailed(const QUuid &opId, const ApiResult &result)
{
    OutboxEntry entry = *m_outbox->find(opId);
    // Nothing was sent by this attempt: only what the check said counts.
    const bool maybeApplied = entry.maybeApplied;
    entry.maybeApplied = false;
    switch (ReplayPolicy::classify(entry, result)) {
    case ReplayPolicy::Verdict::Confirmed:
    case ReplayPolicy::Verdict::RetryNow:
        m_outbox->markPending(opId, {}, result.message, result.ctCode, false, false);
        break;
    case ReplayPolicy::Verdict::Retry:
    case ReplayPolicy::Verdict::AskUser:   // only a check failed: nothing of this attempt was sent
        m_outbox->markPending(opId,
                              QDateTime::currentDateTimeUtc().addMSecs(
                                      m_backoff.delayMs(entry.attempts + 1, result.retryAfterMs)),
                              result.message, result.ctCode, true, false);
        break;
    case ReplayPolicy::Verdict::Fail: {
        if (maybeApplied && entry.isCreate()) {
            // The check cannot answer (e.g. the client it hangs off is gone); a create that
            // may have been applied is not refused on a read's word: try later.
            m_outbox->markPending(opId, QDateTime::currentDateTimeUtc().addMSecs(
                                                m_backoff.delayMs(entry.attempts + 1)),
                                  result.message, result.ctCode, true, false);
            break;
        }
        const QString message = result.message.isEmpty() ? ct::api::ctCodeMessage(result.ctCode) : result.message;
        m_outbox->markFailed(opId, message, result.offendingKey, result.ctCode);
        Q_EMIT entryFailed(opId, message, result.offendingKey);
        break;
    }
    case ReplayPolicy::Verdict::Pause:
        m_outbox->markPending(opId, {}, result.message, 0, false, false);
        pauseForCredentials();
        break;
    }
    finishEntry(opId);
}

void OutboxReplayer::confirmEntry(const QUuid &opId, const QString &serverId)
{
    const OutboxEntry entry = *m_outbox->find(opId);
    bool ok;
    if (entry.isCreate() && RecordKey::isLocal(entry.recordKey)) {
        QString newKey;
        ok = m_outbox->confirmCreate(opId, serverId, &newKey);
        if (ok && !serverId.isEmpty())
            Q_EMIT recordCreated(entry.recordKey, serverId);
        if (ok && serverId.isEmpty())
            failEntriesWaitingOn(entry.recordKey);
    } else {
        ok = m_outbox->confirm(opId);
    }
    // False only when the entry is gone (discarded meanwhile): a confirmation the disk refuses
    // is kept in memory by the outbox and written later, so it is never sent again from here.
    if (ok)
        Q_EMIT entryConfirmed(opId, entry.callName, entry.recordKey);
    finishEntry(opId);
}

void OutboxReplayer::failEntriesWaitingOn(const QString &localKey)
{
    // Without the server's id the local key is never rewritten, so whatever names it would wait
    // for ever: it fails now, saying why, and the user can redo it on the record once found.
    qCWarning(lcStore) << "a create was confirmed without an id; the entries naming its local key fail";
    const QString message = QCoreApplication::translate(
            "ct::store::OutboxReplayer",
            "The server made the new record but did not say its id, so this change cannot be sent to it. "
            "Refresh the list, open the record and make the change there.");
    QList<QUuid> waiting;
    for (const OutboxEntry &e : m_outbox->entries()) {
        bool names = e.recordKey == localKey;
        for (auto it = e.params.cbegin(); !names && it != e.params.cend(); ++it)
            names = it.value() == localKey;
        if (names && e.state == OutboxState::Pending)
            waiting.append(e.opId);
    }
    for (const QUuid &id : std::as_const(waiting)) {
        m_outbox->markFailed(id, message, QString(), 0);
        Q_EMIT entryFailed(id, message, QString());
    }
}

void OutboxReplayer::finishEntry(const QUuid &opId)
{
    m_active.remove(opId);
    schedule();
}

} // namespace ct::store
