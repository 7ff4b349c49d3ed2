// SPDX-License-Identifier: MIT
#pragma once

#include "backoff.h"
#include "outbox.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

class QTimer;
namespace ct::api {
class ApiClient;
struct ApiResult;
}

// Sends the outbox's entries through the ApiClient until the server confirmed each: in order
// per record, concurrently across records, with backoff on transient failures, checks before
// repeating a create and before overwriting a changed record, and a stop on permanent errors.
namespace ct::store {

class OutboxReplayer : public QObject
{
    Q_OBJECT
public:
    OutboxReplayer(Outbox *outbox, ct::api::ApiClient *client, QObject *parent = nullptr);
    ~OutboxReplayer() override;

    // Entries of different records in flight at once (including their checks).
    int maxInFlight() const { return m_maxInFlight; }
    void setMaxInFlight(int count);

    // Tests use a short base so a soak finishes in seconds.
    Backoff backoff() const { return m_backoff; }
    void setBackoff(const Backoff &backoff) { m_backoff = backoff; }

    // Starts replaying (and reacting to the outbox and the network).
    void start();

    // "Pause sending": entries stay queued; what is in flight finishes.
    bool isPaused() const { return m_userPaused; }
    void setPaused(bool paused);
    // Paused after the server refused the credentials, until resume().
    bool isPausedForCredentials() const { return m_authPaused; }
    // Lifts a credentials pause and makes every waiting entry due now (network back, new
    // credentials, the user's "send now").
    void resume();

    int inFlight() const { return int(m_active.size()); }
    // Why the journal cannot record anything now, in plain words (empty: it can). Nothing is
    // sent meanwhile: an edit is sent only once its "in flight" is on disk.
    QString journalProblem() const;
    bool isIdle() const;    // nothing in flight and nothing the replayer could send now

    // The user's answers to a failed or conflicting entry.
    bool retry(const QUuid &opId);
    bool edit(const QUuid &opId, const ct::api::ApiParams &params);
    bool discard(const QUuid &opId);
    bool resolveConflict(const QUuid &opId, const QMap<QString, bool> &keepMine);

Q_SIGNALS:
    void entryAdded(const QUuid &opId);
    void entryChanged(const QUuid &opId);
    void entryRemoved(const QUuid &opId);
    void countsChanged(int pending, int failed, int conflicts);
    void recordCreated(const QString &localKey, const QString &serverId);
    void entryFailed(const QUuid &opId, const QString &message, const QString &errorKey);
    void conflictDetected(const QUuid &opId);
    void unauthorized();
    void pausedChanged(bool paused);
    // journalProblem() changed (it appeared, changed or ended; sending resumes by itself).
    void journalProblemChanged(const QString &problem);
    // The outbox became empty (every edit confirmed or discarded); once per emptying.
    void drained();
    // The server confirmed an entry (it has left the outbox); what it was, for the models that
    // show its effect (history notes after an email) and for the status bar.
    void entryConfirmed(const QUuid &opId, const QString &callName, const QString &recordKey);

private:
    void schedule();            // pump soon (coalesces many triggers into one pass)
    void pump();
    // False when the entry could not be marked in flight (then nothing was sent).
    bool startEntry(const QUuid &opId);
    void runSnapshot(const QUuid &opId);
    void runVerify(const QUuid &opId);
    void runConflictCheck(const QUuid &opId);
    void send(const QUuid &opId);
    void onSent(const QUuid &opId, const ct::api::ApiResult &result);
    void confirmEntry(const QUuid &opId, const QString &serverId);
    // A step before the send failed (lookup, read): same treatment as a failed send, but
    // nothing was sent, so it never makes the entry "maybe applied".
    void onCheckFailed(const QUuid &opId, const ct::api::ApiResult &result);
    void finishEntry(const QUuid &opId);
    // A create confirmed without the server's id: the entries naming its local key fail.
    void failEntriesWaitingOn(const QString &localKey);
    void pauseForCredentials();
    // A call that may have happened and must not happen twice: stop it for the user.
    void holdForConsent(const QUuid &opId, const ct::api::ApiResult &result);
    void onReachabilityChanged();

    Outbox *m_outbox;
    QPointer<ct::api::ApiClient> m_client;
    Backoff m_backoff{2000, 5 * 60 * 1000};
    int m_maxInFlight = 6;
    bool m_started = false;
    bool m_userPaused = false;
    bool m_authPaused = false;
    bool m_pumpQueued = false;
    bool m_drainedSignalled = false;
    QSet<QUuid> m_active;        // entries this replayer is working on
    QTimer *m_wakeTimer;         // the earliest backoff expiry
};

} // namespace ct::store
