// SPDX-License-Identifier: MIT
#pragma once

#include "outboxentry.h"
#include "storewriteproblem.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QSet>

class QSqlError;
class QTimer;

// The durable journal of edits not yet confirmed by the server (Akonadi's ChangeRecorder):
// every change is committed to SQLite before it is reported accepted, and leaves only when
// the server confirmed it or the user discarded it.
namespace ct::store {

class AccountDatabase;

class Outbox : public QObject
{
    Q_OBJECT
public:
    struct Counts
    {
        int pending = 0;    // pending and in flight
        int failed = 0;
        int conflicts = 0;
        int total() const { return pending + failed + conflicts; }
    };

    struct EnqueueResult
    {
        enum class Kind {
            Refused,     // not written (errorString says why); the edit is NOT accepted
            Added,       // a new entry
            Coalesced,   // merged into the record's pending update (opId names that entry)
            Cancelled,   // a delete of a record never sent: it and its entries are gone
        };
        Kind kind = Kind::Refused;
        QUuid opId;
        QString errorString;
        bool accepted() const { return kind != Kind::Refused; }
    };

    explicit Outbox(AccountDatabase *database, QObject *parent = nullptr);

    // Reads the journal from disk. Entries left "in flight" by a previous process become
    // pending and "maybe applied", so their replay checks before it repeats them.
    bool load();
    // Why the last operation failed, in words for people (never SQLite's own text).
    QString errorString() const { return m_error; }

    // Why the journal cannot write now (None: it can). While it cannot, new edits are refused
    // with its words, replay transitions wait in memory (see markPending), and the journal
    // tries again every writeRetryInterval() until a write goes through.
    StoreWriteProblem writeProblem() const { return m_problem; }
    // Replay outcomes known here but not yet on disk (the rows still say "in flight").
    bool hasUnwrittenChanges() const;
    int writeRetryInterval() const;
    void setWriteRetryInterval(int ms);

    // Adds an edit; returns only after the change is committed (synchronous=FULL).
    // recordKey empty: RecordKey::forCall(). baseValues: for updates, what the user saw.
    EnqueueResult enqueue(const QString &callName, const ct::api::ApiParams &params,
                          const QString &recordKey = {}, const ct::api::ApiParams &baseValues = {});

    // One change made of several edits (a move: delete the event, create it at the new time),
    // written in one transaction: after a crash the journal holds all of them or none, and if
    // one is refused none is kept. The results are in the order of the edits; on refusal the
    // first refused result says why.
    struct Edit
    {
        QString callName;
        ct::api::ApiParams params;
        QString recordKey;
        ct::api::ApiParams baseValues;
    };
    QList<EnqueueResult> enqueueTogether(const QList<Edit> &edits);

    // In journal order.
    const QList<OutboxEntry> &entries() const { return m_entries; }
    const OutboxEntry *find(const QUuid &opId) const;
    Counts counts() const;
    bool isEmpty() const { return m_entries.isEmpty(); }
    // The server's id for a local key whose create was confirmed ("" when not (yet) known).
    QString serverIdFor(const QString &localKey) const { return m_localIds.value(localKey); }

    // Replay transitions. markInFlight and setPreExistingIds are committed before they return
    // true (false: not found or not written): nothing may be sent on their word otherwise.
    // The others record a server's answer: they return false only when the entry is not
    // there. When the disk refuses the write, memory takes the new state all the same (this
    // process heard the answer and must act on it: no second send, no entry left "sending")
    // and the row is written once the disk takes writes again; until then it still says "in
    // flight", which a restart treats as "maybe applied", so the answer is looked up, never
    // guessed.
    bool markInFlight(const QUuid &opId);
    bool markPending(const QUuid &opId, const QDateTime &nextAttemptAt, const QString &error,
                     int errorCode, bool countAttempt, bool maybeApplied);
    bool markFailed(const QUuid &opId, const QString &error, const QString &errorKey, int errorCode);
    bool markConflict(const QUuid &opId, const ct::api::ApiParams &serverValues);
    bool setPreExistingIds(const QUuid &opId, const QStringList &ids);
    // The server confirmed the entry: it leaves the journal.
    bool confirm(const QUuid &opId);
    // The server confirmed a create that made `serverId`: the entry leaves and, in the same
    // transaction, every entry naming its local key (record key or parameter value) is
    // rewritten to the server's id. Returns the new record key ("" when it was not local).
    bool confirmCreate(const QUuid &opId, const QString &serverId, QString *newRecordKey = nullptr);
    // Every pending entry becomes due now (network back, credentials fixed).
    bool makeAllDue();

    // User actions.
    bool edit(const QUuid &opId, const ct::api::ApiParams &params);
    bool retry(const QUuid &opId);
    bool discard(const QUuid &opId);
    // keepMine per contested field: true keeps the user's value (its base becomes the server's
    // value so the next check passes), false drops the field from the update. Fields not named
    // keep the user's value. An update left without fields is removed.
    bool resolveConflict(const QUuid &opId, const QMap<QString, bool> &keepMine);

Q_SIGNALS:
    void entryAdded(const QUuid &opId);
    void entryChanged(const QUuid &opId);
    void entryRemoved(const QUuid &opId);
    void countsChanged(int pending, int failed, int conflicts);
    // writeProblem() became a problem, another one, or none.
    void writeProblemChanged();

private:
    // What one operation changes: written in one go, then taken by memory and announced.
    struct JournalChange
    {
        QList<QUuid> removed;
        QHash<QString, QString> localIds;   // local keys the server confirmed -> its ids
        QList<OutboxEntry> rewritten;       // each as it is to be
    };
    // Whether memory may move on when the disk refuses the write (see the replay transitions).
    enum class Write {
        // Nothing may act on the change unless it is on disk: refused, nothing changes.
        Required,
        // A server's answer this process heard: memory takes it all the same, and the rows
        // are written once the disk takes writes again.
        Deferrable,
    };
    // Who hears of the change: the entries' watchers, and the counts' as well.
    enum class Announce { Nothing, Entries, EntriesAndCounts };

    // The one way an entry changes in place: `mutate` changes a copy (false: leave it as it
    // is), which then goes through applyChange().
    template <typename Mutation>
    bool changeEntry(const QUuid &opId, Write write, Announce announce, Mutation &&mutate);
    // Writes, then changes memory and announces: false (nothing changed) only when a Required
    // write was refused.
    bool applyChange(const JournalChange &change, Write write, Announce announce);
    bool writeChange(const JournalChange &change);

    int indexOf(const QUuid &opId) const;
    bool insertRow(OutboxEntry &entry);
    bool updateRow(const OutboxEntry &entry);
    bool deleteRow(const QUuid &opId);
    bool insertLocalId(const QString &localKey, const QString &serverId);
    bool begin();
    bool commit();
    void rollback();
    bool fail(const QString &message);
    // A write SQLite refused: the problem in plain words becomes errorString() and writeProblem().
    bool fail(const QSqlError &error);
    bool exec(const QString &statement);   // BEGIN, COMMIT: their errors keep SQLite's code
    void setProblem(const StoreWriteProblem &problem);
    // A write went through: the problem is over once the unwritten changes are written too.
    void noteWritten();
    void retryWriting();
    bool writeUnwritten();
    // A Deferrable change the disk refused: memory keeps it until retryWriting() writes it.
    void keepUnwritten(const JournalChange &change);
    void emitCounts();
    // Replaces local keys already confirmed by the server with its ids.
    void resolveLocalKeys(OutboxEntry &entry) const;
    // Entry keys whose only content is the id of the record (nothing left to update).
    static bool hasFieldsBesidesIds(const OutboxEntry &entry);

    AccountDatabase *m_database;
    QList<OutboxEntry> m_entries;   // mirror of the table, in seq order
    QHash<QString, QString> m_localIds;   // confirmed local key -> server id
    QString m_error;
    bool m_together = false;        // inside enqueueTogether(): one transaction for all
    bool m_inTransaction = false;   // between begin() and commit(): a statement is not yet durable
    StoreWriteProblem m_problem;
    QTimer *m_retryTimer;
    // What memory holds and the disk not yet: rows to write as memory has them, rows to
    // delete, confirmed local ids.
    QSet<QUuid> m_unwrittenRows;
    QSet<QUuid> m_unwrittenRemovals;
    QHash<QString, QString> m_unwrittenLocalIds;
};

} // namespace ct::store
