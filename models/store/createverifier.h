// SPDX-License-Identifier: MIT
#pragma once

#include "api/apiresult.h"
#include "outboxentry.h"

#include <QStringList>

#include <functional>

class QObject;
namespace ct::api {
class ApiClient;
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

protected:
    explicit CreateVerifier(QString idKey) : m_idKey(std::move(idKey)) {}
    QString m_idKey;
};

// create_client: remembers which ids read_client_exist returns for the most specific key
// (email, else phone, else lastName) before the first send; afterwards a new id whose record
// carries the sent values is the one the lost answer would have named.
class ClientCreateVerifier : public CreateVerifier
{
public:
    ClientCreateVerifier() : CreateVerifier(QStringLiteral("client_id")) {}
    bool needsSnapshot() const override { return true; }
    void snapshot(ct::api::ApiClient *client, QObject *context, const OutboxEntry &entry,
                  SnapshotDone done) const override;
    void verify(ct::api::ApiClient *client, QObject *context, const OutboxEntry &entry,
                VerifyDone done) const override;

    // The lookup parameters: the most specific key the entry carries.
    static ct::api::ApiParams lookupParams(const ct::api::ApiParams &params);
    // Whether a record read back carries the values the create sent.
    static bool recordMatches(const QJsonObject &record, const ct::api::ApiParams &sent);
};

// create_client_history_note: counts the client's notes with the same body before the first
// send; one more afterwards means the note was added.
class HistoryNoteCreateVerifier : public CreateVerifier
{
public:
    HistoryNoteCreateVerifier() : CreateVerifier(QStringLiteral("note_id")) {}
    bool needsSnapshot() const override { return true; }
    void snapshot(ct::api::ApiClient *client, QObject *context, const OutboxEntry &entry,
                  SnapshotDone done) const override;
    void verify(ct::api::ApiClient *client, QObject *context, const OutboxEntry &entry,
                VerifyDone done) const override;
    static QStringList matchingNotes(const ct::api::ApiResult &result, const QString &body);
};

// Calls whose server refuses a second record with the same name (create_tag, create_user):
// a re-send answered CT520 Duplicate Entry was applied the first time.
class UniqueNameCreateVerifier : public CreateVerifier
{
public:
    explicit UniqueNameCreateVerifier(QString idKey) : CreateVerifier(std::move(idKey)) {}
    bool resendAnswerMeansApplied(const ct::api::ApiResult &result) const override;
};

// create_sales_cycle: the server allows two cycles of one name, so the ids already carrying the
// name are remembered before the first send; afterwards a new id with that name is ours.
class SalesCycleCreateVerifier : public CreateVerifier
{
public:
    SalesCycleCreateVerifier() : CreateVerifier(QStringLiteral("sales_cycle_id")) {}
    bool needsSnapshot() const override { return true; }
    void snapshot(ct::api::ApiClient *client, QObject *context, const OutboxEntry &entry,
                  SnapshotDone done) const override;
    void verify(ct::api::ApiClient *client, QObject *context, const OutboxEntry &entry,
                VerifyDone done) const override;
    // Ids of the listed cycles named like the sent one (case and outer spaces aside).
    static QStringList namedLike(const ct::api::ApiResult &result, const QString &name);
};

} // namespace ct::store
