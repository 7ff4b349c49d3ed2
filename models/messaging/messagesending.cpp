// SPDX-License-Identifier: MIT
#include "messagesending.h"
#include "serverfieldtext.h"

#include "contactactivitymodel.h"
#include "contactsmodel.h"

#include "api/normalizer.h"
#include "api/validator.h"
#include "store/outbox.h"
#include "store/outboxreplayer.h"

using namespace Qt::Literals::StringLiterals;
namespace N = ct::api::Normalizer;
namespace RecordKey = ct::store::RecordKey;

namespace ct::models {

namespace {

const QString EmailCall = ct::api::callName(ct::api::Call::CreateManualEmail);
const QString TextCall = ct::api::callName(ct::api::Call::CreateManualText);
const QString ImmediateCall = ct::api::callName(ct::api::Call::CreateImmedCall);

// The schema's own rule for a key, when the value is not empty.
void checkValue(QList<FieldProblem> &problems, const QString &key, const QString &value)
{
    if (value.isEmpty())
        return;
    const QString problem = ct::api::Validator::problemWith(key, value);
    if (!problem.isEmpty())
        problems.append({key, problem});
}

QString field(const QJsonObject &record, const QString &key)
{
    return serverFieldText(record, key).trimmed();
}

} // namespace

MessageSending::MessageSending(ContactsModel *contacts, ct::store::Outbox *outbox,
                               ct::store::OutboxReplayer *replayer, QObject *parent)
    : QObject(parent), m_contacts(contacts), m_outbox(outbox)
{
    qRegisterMetaType<Kind>();
    connect(replayer, &ct::store::OutboxReplayer::entryConfirmed, this, &MessageSending::onConfirmed);
    connect(replayer, &ct::store::OutboxReplayer::entryFailed, this,
            [this](const QUuid &opId, const QString &text, const QString &) { onFailed(opId, text); });
    // Discarded by the user in the outbox: nothing more will be heard of it.
    connect(outbox, &ct::store::Outbox::entryRemoved, this, [this](const QUuid &opId) {
        // Confirmation is announced by the replayer after the entry left the outbox; drop the
        // bookkeeping one turn later so onConfirmed still finds it.
        QMetaObject::invokeMethod(this, [this, opId] { m_queued.remove(opId); }, Qt::QueuedConnection);
    });
}

void MessageSending::setHistoryNotes(ContactActivityModel *notes)
{
    m_notes = notes;
}

QList<FieldProblem> MessageSending::checkSendAt(const QDateTime &sendAt, const QString &dateKey) const
{
    // A minute's grace: "in a minute" typed a minute ago is still meant as the near future.
    if (sendAt.isValid() && sendAt < QDateTime::currentDateTime().addSecs(-60))
        return {{dateKey, tr("Choose a time in the future, or send now.")}};
    return {};
}

QString MessageSending::normalizedAddressList(const QString &typed)
{
    QStringList parts;
    for (const QString &part : typed.split(u',')) {
        const QString address = part.trimmed();
        if (!address.isEmpty())
            parts.append(address);
    }
    return parts.join(u',');
}

QList<FieldProblem> MessageSending::checkEmail(const EmailDraft &draft) const
{
    QList<FieldProblem> problems;
    if (draft.subject.trimmed().isEmpty())
        problems.append({u"email_subject"_s, tr("Write a subject.")});
    if (draft.body.trimmed().isEmpty())
        problems.append({u"email_body"_s, tr("Write the message.")});
    else
        checkValue(problems, u"email_body"_s, draft.body);
    const QString cc = normalizedAddressList(draft.cc);
    const QString bcc = normalizedAddressList(draft.bcc);
    checkValue(problems, u"email_cc"_s, cc);
    checkValue(problems, u"email_bcc"_s, bcc);
    if (draft.excludeContact && cc.isEmpty() && bcc.isEmpty())
        problems.append({u"exclude_contact"_s,
                         tr("With the contact excluded nobody would receive it: add a Cc or Bcc address.")});
    problems.append(checkSendAt(draft.sendAt, u"email_date"_s));
    return problems;
}

QList<FieldProblem> MessageSending::checkText(const TextDraft &draft) const
{
    QList<FieldProblem> problems;
    if (draft.body.trimmed().isEmpty())
        problems.append({u"text_body"_s, tr("Write the text.")});
    problems.append(checkSendAt(draft.sendAt, u"text_date"_s));
    return problems;
}

QList<FieldProblem> MessageSending::checkCall(const CallRequest &request) const
{
    QList<FieldProblem> problems;
    const ct::api::ApiParams params = callParams(request);
    const QList<std::pair<QString, QString>> required = {
        {u"agent_phone"_s, tr("Enter the agent's phone: it rings first.")},
        {u"client_full_name"_s, tr("Enter the name announced to the agent.")},
        {u"client_phone"_s, tr("Enter the contact's phone.")},
        {u"say"_s, tr("Write what the call says after the introduction.")}};
    for (const auto &[key, missing] : required) {
        if (params.value(key).isEmpty())
            problems.append({key, missing});
        else
            checkValue(problems, key, params.value(key));
    }
    return problems;
}

QString MessageSending::displayName(const QString &key) const
{
    const QJsonObject record = m_contacts ? m_contacts->recordById(key) : QJsonObject();
    const QString name = QStringList({field(record, u"firstName"_s), field(record, u"lastName"_s)}).join(u' ').trimmed();
    return name.isEmpty() ? tr("Contact %1").arg(key) : name;
}

QString MessageSending::phoneOf(const QString &key) const
{
    return m_contacts ? field(m_contacts->recordById(key), u"phone"_s) : QString();
}

QString MessageSending::assignedUserOf(const QString &key) const
{
    return m_contacts ? field(m_contacts->recordById(key), u"assigned_user_id"_s) : QString();
}

QString MessageSending::emailRefusal(const QString &key, bool excludeContact) const
{
    const QJsonObject record = m_contacts ? m_contacts->recordById(key) : QJsonObject();
    if (record.isEmpty())
        return tr("The contact is not loaded.");
    if (!excludeContact && field(record, u"email"_s).isEmpty())
        return tr("Has no email address.");
    return {};
}

QString MessageSending::textRefusal(const QString &key) const
{
    const QJsonObject record = m_contacts ? m_contacts->recordById(key) : QJsonObject();
    if (record.isEmpty())
        return tr("The contact is not loaded.");
    // The document: smsok 1 "if okay to text", 0 if not; absent means the default, 1.
    if (field(record, u"smsok"_s) == u"0")
        return tr("Does not accept texts (SMS OK is off on the contact).");
    if (field(record, u"phone"_s).isEmpty())
        return tr("Has no phone number.");
    return {};
}

ct::api::ApiParams MessageSending::emailParams(const QString &clientId, const EmailDraft &draft)
{
    ct::api::ApiParams p{{u"client_id"_s, clientId},
                         {u"email_subject"_s, draft.subject.trimmed()},
                         {u"email_body"_s, draft.body}};
    if (const QString cc = normalizedAddressList(draft.cc); !cc.isEmpty())
        p.insert(u"email_cc"_s, cc);
    if (const QString bcc = normalizedAddressList(draft.bcc); !bcc.isEmpty())
        p.insert(u"email_bcc"_s, bcc);
    if (draft.excludeContact)
        p.insert(u"exclude_contact"_s, u"1"_s);
    if (draft.sendAt.isValid()) {
        // The document's formats; the server takes the account's local time as the user sees it.
        p.insert(u"email_date"_s, N::toApiDate(draft.sendAt.date()));
        p.insert(u"email_time"_s, N::toApiTime(draft.sendAt.time()));
    }
    return p;
}

ct::api::ApiParams MessageSending::textParams(const QString &clientId, const TextDraft &draft)
{
    ct::api::ApiParams p{{u"client_id"_s, clientId}, {u"text_body"_s, draft.body}};
    if (draft.sendAt.isValid()) {
        p.insert(u"text_date"_s, N::toApiDate(draft.sendAt.date()));
        p.insert(u"text_time"_s, N::toApiTime(draft.sendAt.time()));
    }
    return p;
}

ct::api::ApiParams MessageSending::callParams(const CallRequest &request)
{
    return {{u"agent_phone"_s, N::phone(request.agentPhone.trimmed())},
            {u"client_full_name"_s, request.clientFullName.trimmed()},
            {u"client_phone"_s, N::phone(request.clientPhone.trimmed())},
            {u"say"_s, request.say.trimmed()}};
}

QString MessageSending::recordKeyFor(const QString &key) const
{
    return key.startsWith(u"client:"_s) ? key : RecordKey::make(u"client"_s, key);
}

QString MessageSending::clientIdParam(const QString &key) const
{
    // A contact not yet created is named by its local key; the outbox swaps in the server's id
    // when the create is confirmed.
    const QString recordKey = recordKeyFor(key);
    return RecordKey::isLocal(recordKey) ? recordKey : RecordKey::idOf(recordKey);
}

MessageSending::Outcome MessageSending::queueEach(Kind kind, const QStringList &keys,
                                                  const std::function<QString(const QString &)> &refusal,
                                                  const std::function<ct::api::ApiParams(const QString &)> &params,
                                                  const QJsonObject &pendingNote)
{
    Outcome outcome;
    const QString call = kind == Kind::Email ? EmailCall : TextCall;
    for (const QString &key : keys) {
        if (const QString reason = refusal(key); !reason.isEmpty()) {
            outcome.refused.append({key, displayName(key), reason});
            continue;
        }
        const auto result = m_outbox->enqueue(call, params(clientIdParam(key)), recordKeyFor(key));
        if (!result.accepted()) {
            outcome.error = result.errorString;
            return outcome;   // the disk refused; the rest would fail the same way
        }
        m_queued.insert(result.opId, {kind, displayName(key), pendingNote});
        outcome.queued.append(key);
        if (m_notes && !m_notes->clientId().isEmpty() && m_notes->clientId() == clientIdParam(key))
            m_notes->addPendingRow(pendingNote);
    }
    return outcome;
}

MessageSending::Outcome MessageSending::sendEmail(const QStringList &keys, const EmailDraft &draft)
{
    Outcome outcome;
    outcome.problems = checkEmail(draft);
    if (!outcome.problems.isEmpty())
        return outcome;
    return queueEach(Kind::Email, keys,
                     [this, &draft](const QString &key) { return emailRefusal(key, draft.excludeContact); },
                     [&draft](const QString &clientId) { return emailParams(clientId, draft); },
                     {{u"note_type"_s, tr("Email")}, {u"note_source"_s, u"email"_s},
                      {u"note_body"_s, tr("Email: %1").arg(draft.subject.trimmed())}});
}

MessageSending::Outcome MessageSending::sendText(const QStringList &keys, const TextDraft &draft)
{
    Outcome outcome;
    outcome.problems = checkText(draft);
    if (!outcome.problems.isEmpty())
        return outcome;
    return queueEach(Kind::Text, keys, [this](const QString &key) { return textRefusal(key); },
                     [&draft](const QString &clientId) { return textParams(clientId, draft); },
                     {{u"note_type"_s, tr("Text")}, {u"note_source"_s, u"text"_s},
                      {u"note_body"_s, tr("Text: %1").arg(draft.body)}});
}

MessageSending::Outcome MessageSending::placeCall(const QString &key, const CallRequest &request)
{
    Outcome outcome;
    outcome.problems = checkCall(request);
    if (!outcome.problems.isEmpty())
        return outcome;
    // Each call is its own record: calls never wait on one another, and nothing hangs off them.
    const QString recordKey = RecordKey::make(u"immediate_call"_s, QUuid::createUuid().toString(QUuid::WithoutBraces));
    const auto result = m_outbox->enqueue(ImmediateCall, callParams(request), recordKey);
    if (!result.accepted()) {
        outcome.error = result.errorString;
        return outcome;
    }
    m_queued.insert(result.opId, {Kind::Call, request.clientFullName.trimmed(), {}});
    outcome.queued.append(key);
    return outcome;
}

void MessageSending::onConfirmed(const QUuid &opId, const QString &, const QString &recordKey)
{
    const auto it = m_queued.constFind(opId);
    if (it == m_queued.cend())
        return;
    const Queued queued = *it;
    m_queued.erase(it);
    const QString clientId = queued.kind == Kind::Call ? QString() : RecordKey::idOf(recordKey);
    switch (queued.kind) {
    case Kind::Email:
        Q_EMIT message(tr("Email to %1 accepted by the server.").arg(queued.name));
        break;
    case Kind::Text:
        Q_EMIT message(tr("Text to %1 accepted by the server.").arg(queued.name));
        break;
    case Kind::Call:
        Q_EMIT message(tr("Call to %1 placed: the agent's phone rings first.").arg(queued.name));
        break;
    }
    // The server wrote the message into the contact's history: show its own row.
    if (m_notes && !clientId.isEmpty() && m_notes->clientId() == clientId) {
        m_notes->forgetPendingRow(queued.pendingNote);
        m_notes->load(clientId);
    }
    Q_EMIT confirmed(queued.kind, clientId);
}

void MessageSending::onFailed(const QUuid &opId, const QString &text)
{
    const auto it = m_queued.constFind(opId);
    if (it == m_queued.cend())
        return;
    const Queued queued = *it;
    // Kept: a Retry from the outbox may still confirm it.
    const ct::store::OutboxEntry *entry = m_outbox->find(opId);
    const QString clientId = entry && queued.kind != Kind::Call ? entry->params.value(u"client_id"_s) : QString();
    switch (queued.kind) {
    case Kind::Email:
        Q_EMIT message(tr("Email to %1 not sent: %2").arg(queued.name, text));
        break;
    case Kind::Text:
        Q_EMIT message(tr("Text to %1 not sent: %2").arg(queued.name, text));
        break;
    case Kind::Call:
        Q_EMIT message(tr("Call to %1 is on hold: %2").arg(queued.name, text));
        break;
    }
    Q_EMIT failed(queued.kind, clientId, text);
}

} // namespace ct::models
