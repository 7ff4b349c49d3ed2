// SPDX-License-Identifier: MIT
#include "contactediting.h"

#include "contactsmodel.h"
#include "accounttags.h"

#include "store/outbox.h"
#include "store/outboxreplayer.h"

using namespace Qt::Literals::StringLiterals;
namespace RecordKey = ct::store::RecordKey;

namespace ct::models {

ContactEditing::ContactEditing(ct::store::Outbox *outbox, ct::store::OutboxReplayer *replayer,
                               ContactsModel *contacts, QObject *parent)
    : OutboxEditing(outbox, replayer, parent)
    , m_contacts(contacts)
{
}

QString ContactEditing::recordKeyFor(const QString &key) const
{
    // "client:local:<uuid>" and "client:8475832" pass through; a bare id becomes a record key.
    return key.startsWith(u"client:"_s) ? key : RecordKey::make(u"client"_s, key);
}

QString ContactEditing::clientIdParam(const QString &key) const
{
    // A contact not yet created is named by its whole local key; the outbox swaps in the
    // server's id once the create is confirmed.
    const QString recordKey = recordKeyFor(key);
    return RecordKey::isLocal(recordKey) ? recordKey : RecordKey::idOf(recordKey);
}

bool ContactEditing::createMissingTags(const ct::api::ApiParams &fields, const QString &recordKey)
{
    if (!m_tags || !fields.contains(u"tag"_s))
        return true;
    for (const QString &part : fields.value(u"tag"_s).split(u',', Qt::SkipEmptyParts)) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty() && !m_tags->contains(tag) && !m_tags->create(tag, recordKey))
            return fail({}, m_tags->errorString());
    }
    return true;
}

bool ContactEditing::saveChanges(const QString &key, const ct::api::ApiParams &changed, const ct::api::ApiParams &base)
{
    clearError();
    if (changed.isEmpty())
        return true;
    if (!createMissingTags(changed, recordKeyFor(key)))
        return false;
    ct::api::ApiParams params = changed;
    params.insert(u"client_id"_s, clientIdParam(key));
    if (!queue(ct::api::Call::UpdateClientById, params, recordKeyFor(key), base))
        return false;
    if (m_contacts)
        m_contacts->applyLocalEdit(recordKeyFor(key), editedFields(changed));
    return true;
}

QString ContactEditing::createContact(const ct::api::ApiParams &fields)
{
    clearError();
    const QString localKey = RecordKey::newLocal(u"client"_s);
    if (!createMissingTags(fields, localKey))
        return {};
    if (!queue(ct::api::Call::CreateClient, fields, localKey))
        return {};
    if (m_contacts)
        m_contacts->insertLocalContact(localKey, editedFields(fields));
    return localKey;
}

bool ContactEditing::deleteContact(const QString &key)
{
    clearError();
    if (!queue(ct::api::Call::DeleteClientById, {{u"client_id"_s, clientIdParam(key)}}, recordKeyFor(key)))
        return false;
    if (m_contacts)
        m_contacts->markRemoved(recordKeyFor(key));
    return true;
}

bool ContactEditing::deleteByExternalId(const QString &externalId)
{
    clearError();
    const QString id = externalId.trimmed();
    if (id.isEmpty())
        return fail({}, tr("Enter the external id of the contact to delete."));
    const ct::api::ApiParams params = {{u"external_id"_s, id}};
    return queue(ct::api::Call::DeleteClientByExternalId, params,
                 ct::store::RecordKey::forCall(ct::api::callName(ct::api::Call::DeleteClientByExternalId), params));
}

bool ContactEditing::canUndoDelete(const QString &key) const
{
    const QString recordKey = recordKeyFor(key);
    for (const auto &entry : m_outbox->entries()) {
        if (entry.recordKey == recordKey && entry.isDelete())
            return entry.state != ct::store::OutboxState::InFlight && !entry.maybeApplied;
    }
    return false;
}

bool ContactEditing::undoDelete(const QString &key)
{
    clearError();
    const QString recordKey = recordKeyFor(key);
    for (const auto &entry : m_outbox->entries()) {
        if (entry.recordKey != recordKey || !entry.isDelete())
            continue;
        if (entry.state == ct::store::OutboxState::InFlight || entry.maybeApplied)
            return fail({}, tr("The delete is already on its way to the server."));
        const QUuid op = entry.opId;
        if (!(m_replayer ? m_replayer->discard(op) : m_outbox->discard(op)))
            return fail({}, tr("The delete could not be taken back."));
        if (m_contacts)
            m_contacts->restoreRemoved(recordKey);
        return true;
    }
    return fail({}, tr("The delete was already sent."));
}

bool ContactEditing::addNote(const QString &key, const QString &body)
{
    clearError();
    if (body.trimmed().isEmpty())
        return fail({}, tr("Write the note first."));
    return queue(ct::api::Call::CreateClientHistoryNote, {{u"client_id"_s, clientIdParam(key)}, {u"note_body"_s, body}},
                 recordKeyFor(key));
}

} // namespace ct::models
