// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <functional>

#include "api/apiresult.h"
#include "outboxentry.h"

#include <QStringList>

#include <functional>

class QObject;
namespace ct::api {
class ApiClient;
class ApiReply;
}

// Per-call strategy that tells whether a create whose answer was lost made its record, so a
// replay never creates twice. Adding a call is one more row in forCall(), not a special case.
namespace ct::store {

class CreateVerifier
{
public:
    struct Verdict
    {
        enum class Kind { Applied, NotApplied, Error };
        Kind kind = Kind::NotApplied;
        QString serverId;            // Applied: the record the earlier attempt made
        ct::api::ApiResult error;    // Error: the lookup's own failure
    };
    using SnapshotDone = std::function<void(const ct::api::ApiResult &result, const QStringList &ids)>;
    using VerifyDone = std::function<void(const Verdict &verdict)>;

    virtual ~CreateVerifier() = default;

    // nullptr: the call has no way to check (it is sent again after an ambiguous failure).
    static const CreateVerifier *forCall(const QString &callName);

    // True when the verifier must record what already exists before the first send.
    virtual bool needsSnapshot() const { return false; }
    // Looks up what already matches the entry (ids), before the first send.
    virtual void snapshot(ct::api::ApiClient *client, QObject *context, const OutboxEntry &entry,
                          SnapshotDone done) const;
    // After an attempt that may have been applied: did it make the record?
    virtual void verify(ct::api::ApiClient *client, QObject *context, const OutboxEntry &entry,
                        VerifyDone done) const;
    // An answer to a re-send that shows the earlier attempt was applied (CT520 on unique names).
    virtual bool resendAnswerMeansApplied(const ct::api::ApiResult &result) const;
    // The id a successful create answered with.
    virtual QString createdId(const ct::api::ApiResult &result) const;
    // True for a call whose repeat the world would notice (a phone rings twice) and that
    // leaves nothing to look up: after an ambiguous failure it waits for the user's word
    // instead of being sent again.
    virtual bool resendNeedsConsent() const { return false; }

protected:
    explicit CreateVerifier(QString idKey) : m_idKey(std::move(idKey)) {}
    QString m_idKey;
};

// The skeleton the verifiers below share: one read that finds the records matching what the
// create sends, made before the first send (the snapshot) and again after an attempt that may
// have been applied; a matching id the snapshot did not hold is the record the lost answer
// would have named. A verifier says what to read (lookup) and, when it is not the newest new
// id, how to judge what it finds (judge).
class LookupCreateVerifier : public CreateVerifier
{
public:
    bool needsSnapshot() const override { return true; }
    void snapshot(ct::api::ApiClient *client, QObject *context, const OutboxEntry &entry,
                  SnapshotDone done) const override;
    void verify(ct::api::ApiClient *client, QObject *context, const OutboxEntry &entry,
                VerifyDone done) const override;

protected:
    // The read's failure (Ok when it answered) and the ids of the records matching the entry.
    using LookupDone = SnapshotDone;

    explicit LookupCreateVerifier(QString idKey) : CreateVerifier(std::move(idKey)) {}

    // Reads the records matching the entry; "No Record Found" is no match, not a failure.
    virtual void lookup(ct::api::ApiClient *client, QObject *context, const OutboxEntry &entry,
                        LookupDone done) const = 0;
    // The verdict from the ids that matched before the first send and those that match now.
    // By default the newest new id (lists come in id order) is the record.
    virtual Verdict judge(const QStringList &before, const QStringList &now) const;

    // For lookup(): hands over the ids select picks from reply's answer.
    static void deliverMatches(ct::api::ApiReply *reply, QObject *context,
                               std::function<QStringList(const ct::api::ApiResult &)> select, LookupDone done);
    // The ids of now that before did not hold, in the order read.
    static QStringList newIds(const QStringList &before, const QStringList &now);
};

// create_client: remembers which ids read_client_exist returns for the most specific key
// (email, else phone, else lastName) before the first send; afterwards a new id whose record
// carries the sent values is the one the lost answer would have named.
class ClientCreateVerifier : public LookupCreateVerifier
{
public:
    ClientCreateVerifier() : LookupCreateVerifier(QStringLiteral("client_id")) {}
    // The new candidate is read back to see it carries the sent values.
    void verify(ct::api::ApiClient *client, QObject *context, const OutboxEntry &entry,
                VerifyDone done) const override;

    // The lookup parameters: the most specific key the entry carries.
    static ct::api::ApiParams lookupParams(const ct::api::ApiParams &params);
    // Whether a record read back carries the values the create sent.
    static bool recordMatches(const QJsonObject &record, const ct::api::ApiParams &sent);

protected:
    void lookup(ct::api::ApiClient *client, QObject *context, const OutboxEntry &entry,
                LookupDone done) const override;
};

// create_client_history_note: counts the client's notes with the same body before the first
// send; one more afterwards means the note was added.
class HistoryNoteCreateVerifier : public LookupCreateVerifier
{
public:
    HistoryNoteCreateVerifier() : LookupCreateVerifier(QStringLiteral("note_id")) {}
    static QStringList matchingNotes(const ct::api::ApiResult &result, const QString &body);

protected:
    void lookup(ct::api::ApiClient *client, QObject *context, const OutboxEntry &entry,
                LookupDone done) const override;
    // The first new note; without note ids, a count above the snapshot is the evidence.
    Verdict judge(const QStringList &before, const QStringList &now) const override;
    // Reads the client's notes and hands over those select picks.
    static void readNotes(ct::api::ApiClient *client, QObject *context, const OutboxEntry &entry,
                          std::function<QStringList(const ct::api::ApiResult &)> select, LookupDone done);
};

// create_manual_email / create_manual_text: the server writes each into the client's history
// notes ("Integration Assignment"). The note's wording is the server's, so a note counts when
// it holds everything sent (the subject and the body of an email, the body of a text).
class ManualMessageCreateVerifier : public HistoryNoteCreateVerifier
{
public:
    // source: the note_source the server gives such notes ("email", "text").
    ManualMessageCreateVerifier(QStringList contentKeys, QString source)
        : m_contentKeys(std::move(contentKeys)), m_source(std::move(source)) {}
    // Notes (ids, or "#n" for position) whose body holds every one of values and whose
    // note_source, when the server gives one, is source.
    static QStringList notesHolding(const ct::api::ApiResult &result, const QStringList &values,
                                    const QString &source = {});

protected:
    void lookup(ct::api::ApiClient *client, QObject *context, const OutboxEntry &entry,
                LookupDone done) const override;

private:
    QStringList contentValues(const ct::api::ApiParams &params) const;
    QStringList m_contentKeys;
    QString m_source;
};

// create_immed_call: nothing on the server can be read back to see whether the call was placed,
// and placing it twice rings the agent's phone twice, so an ambiguous failure stops the entry
// for the user to decide.
class ImmediateCallCreateVerifier : public CreateVerifier
{
public:
    ImmediateCallCreateVerifier() : CreateVerifier(QString()) {}
    bool resendNeedsConsent() const override { return true; }
};

// Calls whose server refuses a second record with the same name (create_tag, create_user):
// a re-send answered CT520 Duplicate Entry was applied the first time.
class UniqueNameCreateVerifier : public CreateVerifier
{
public:
    explicit UniqueNameCreateVerifier(QString idKey) : CreateVerifier(std::move(idKey)) {}
    bool resendAnswerMeansApplied(const ct::api::ApiResult &result) const override;
};

// create_action_plan: the server takes a second plan of the same name, so the verifier records
// the ids of plans with the sent name and type before the first send; afterwards a new one is
// the plan the lost answer would have named.
class ActionPlanCreateVerifier : public LookupCreateVerifier
{
public:
    ActionPlanCreateVerifier() : LookupCreateVerifier(QStringLiteral("action_plan_id")) {}
    static QStringList matchingPlans(const ct::api::ApiResult &result, const ct::api::ApiParams &sent);

protected:
    void lookup(ct::api::ApiClient *client, QObject *context, const OutboxEntry &entry,
                LookupDone done) const override;
};

// Calls whose record shows up by name in a list read (create_lead_source, create_sales_cycle: the server accepts
// duplicate names and answers the generated web key only with the record): remembers the ids
// that already carry the name before the first send; afterwards a new id with the name is the
// record the lost answer would have named.
class NamedListCreateVerifier : public LookupCreateVerifier
{
public:
    NamedListCreateVerifier(QString idKey, ct::api::Call listCall, QString nameKey)
        : LookupCreateVerifier(std::move(idKey)), m_listCall(listCall), m_nameKey(std::move(nameKey)) {}
    // The ids of the rows whose name is the sent one (trimmed, case-blind as people read names).
    QStringList idsNamed(const ct::api::ApiResult &result, const QString &name) const;

protected:
    void lookup(ct::api::ApiClient *client, QObject *context, const OutboxEntry &entry,
                LookupDone done) const override;

private:
    ct::api::Call m_listCall;
    QString m_nameKey;
};

// create_client_event: the API reads events back only as a user's appointments of the seven
// days from today (read_appts_by_user_id) and as the pending actions a manual plan hung off an
// event (read_pending_actions carries event_id). Before the first send it remembers the matching
// event ids; afterwards a new one is the event the lost answer would have named. Events neither
// read can show (calls and reminders without a plan, appointments beyond the week) cannot be
// checked: they are sent again, because a duplicate reminder shows in the calendar and can be
// cancelled while a lost one would silently never ring.
class EventCreateVerifier : public LookupCreateVerifier
{
public:
    EventCreateVerifier() : LookupCreateVerifier(QStringLiteral("event_id")) {}

    enum class Lookup { None, Appointments, PendingActions };
    // Which read can see the event the entry creates (today decides the appointment window).
    static Lookup lookupFor(const ct::api::ApiParams &params, QDate today);
    // The ids in a read's answer of events that match what the create sent.
    static QStringList matchingEvents(Lookup lookup, const ct::api::ApiResult &result,
                                      const ct::api::ApiParams &sent);

protected:
    // Events neither read can show match nothing, before or after: they are sent again.
    void lookup(ct::api::ApiClient *client, QObject *context, const OutboxEntry &entry,
                LookupDone done) const override;
    // The first new event.
    Verdict judge(const QStringList &before, const QStringList &now) const override;
};

} // namespace ct::store
