// SPDX-License-Identifier: MIT
#pragma once

#include "api/apicall.h"
#include "fieldproblem.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUuid>

#include <functional>

namespace ct::store { class Outbox; class OutboxReplayer; }

// Manual emails, manual texts and immediate calls on behalf of contacts: checks a draft the
// way the document asks (the problems named at their fields), refuses the contacts that cannot
// receive it (smsok = 0, no address, no phone) with the reason, queues one call per contact in
// the outbox, and reports the server's confirmation (refreshing the shown history notes, where
// the server writes every email and text).
namespace ct::models {

class ContactActivityModel;
class ContactsModel;

struct EmailDraft
{
    QString subject;
    QString body;
    QString cc;              // comma-separated addresses, as typed
    QString bcc;
    bool excludeContact = false;
    QDateTime sendAt;        // invalid: now
};

struct TextDraft
{
    QString body;
    QDateTime sendAt;        // invalid: now
};

struct CallRequest
{
    QString agentPhone;      // as typed; normalised to ten digits
    QString clientFullName;
    QString clientPhone;
    QString say;
};

class MessageSending : public QObject
{
    Q_OBJECT

public:
    enum class Kind { Email, Text, Call };

    struct Refusal
    {
        QString key;         // the contact
        QString name;
        QString reason;
    };

    struct Outcome
    {
        QList<FieldProblem> problems;   // the draft is not acceptable: nothing was queued
        QList<Refusal> refused;         // contacts that cannot receive it (the others were queued)
        QStringList queued;             // contact keys, one queued call each
        QString error;                  // the outbox could not store it (disk): stop
        bool ok() const { return problems.isEmpty() && error.isEmpty() && !queued.isEmpty(); }
    };

    MessageSending(ContactsModel *contacts, ct::store::Outbox *outbox, ct::store::OutboxReplayer *replayer,
                   QObject *parent = nullptr);

    // The history notes the contact pane shows: queued messages appear there at once, and the
    // list is read again when the server confirms one for the contact on show.
    void setHistoryNotes(ContactActivityModel *notes);

    // The draft's problems, in the form's order; empty when it may be sent.
    QList<FieldProblem> checkEmail(const EmailDraft &draft) const;
    QList<FieldProblem> checkText(const TextDraft &draft) const;
    QList<FieldProblem> checkCall(const CallRequest &request) const;

    // Why this contact cannot receive it; empty when it can.
    QString emailRefusal(const QString &key, bool excludeContact) const;
    QString textRefusal(const QString &key) const;
    QString displayName(const QString &key) const;
    QString phoneOf(const QString &key) const;
    QString assignedUserOf(const QString &key) const;   // the contact's assigned_user_id

    // The wire parameters (dates YYYY:MM:DD, times HH:MM:SS, cc/bcc as "a@x.com,b@y.com").
    static ct::api::ApiParams emailParams(const QString &clientId, const EmailDraft &draft);
    static ct::api::ApiParams textParams(const QString &clientId, const TextDraft &draft);
    static ct::api::ApiParams callParams(const CallRequest &request);
    // "a@x.com; ,b@y.com ," -> "a@x.com;,b@y.com": spaces and empty items dropped, nothing guessed.
    static QString normalizedAddressList(const QString &typed);

    // Queue one call per contact that can receive it. Nothing is queued when the draft has
    // problems; refused contacts are listed, never skipped silently.
    Outcome sendEmail(const QStringList &keys, const EmailDraft &draft);
    Outcome sendText(const QStringList &keys, const TextDraft &draft);
    Outcome placeCall(const QString &key, const CallRequest &request);

Q_SIGNALS:
    // For the status bar: a confirmation or a refusal by the server.
    void message(const QString &text);
    void confirmed(ct::models::MessageSending::Kind kind, const QString &clientId);
    void failed(ct::models::MessageSending::Kind kind, const QString &clientId, const QString &message);

private:
    struct Queued
    {
        Kind kind;
        QString name;
        QJsonObject pendingNote;   // the row shown in the history until the server's own
    };
    QList<FieldProblem> checkSendAt(const QDateTime &sendAt, const QString &dateKey) const;
    QString clientIdParam(const QString &key) const;
    QString recordKeyFor(const QString &key) const;
    Outcome queueEach(Kind kind, const QStringList &keys,
                      const std::function<QString(const QString &key)> &refusal,
                      const std::function<ct::api::ApiParams(const QString &clientId)> &params,
                      const QJsonObject &pendingNote);
    void onConfirmed(const QUuid &opId, const QString &callName, const QString &recordKey);
    void onFailed(const QUuid &opId, const QString &message);

    QPointer<ContactsModel> m_contacts;
    ct::store::Outbox *m_outbox;
    QPointer<ContactActivityModel> m_notes;
    QHash<QUuid, Queued> m_queued;
};

} // namespace ct::models

Q_DECLARE_METATYPE(ct::models::MessageSending::Kind)
