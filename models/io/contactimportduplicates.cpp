// SPDX-License-Identifier: MIT
#include "contactimportduplicates.h"

#include "api/normalizer.h"

using namespace Qt::Literals::StringLiterals;

namespace ct::models {

QString ContactDuplicateIndex::emailKey(const QString &email)
{
    return email.trimmed().toLower();
}

QString ContactDuplicateIndex::phoneKey(const QString &phone)
{
    // Only a real ten-digit number identifies someone; fragments would match strangers.
    const QString digits = ct::api::Normalizer::phone(phone);
    return digits.size() == 10 ? digits : QString();
}

void ContactDuplicateIndex::add(const QString &email, const QString &phone, const Ref &ref)
{
    // The first holder of a value stays the one reported.
    if (const QString key = emailKey(email); !key.isEmpty() && !m_byEmail.contains(key))
        m_byEmail.insert(key, ref);
    if (const QString key = phoneKey(phone); !key.isEmpty() && !m_byPhone.contains(key))
        m_byPhone.insert(key, ref);
}

void ContactDuplicateIndex::addExisting(const QJsonObject &contact)
{
    add(contact.value(u"email"_s).toString(), contact.value(u"phone"_s).toString(),
        {contact.value(u"client_id"_s).toVariant().toString(), 0, {}});
}

void ContactDuplicateIndex::addExisting(const QList<QJsonObject> &contacts)
{
    for (const QJsonObject &contact : contacts)
        addExisting(contact);
}

void ContactDuplicateIndex::addQueued(const ct::api::ApiParams &params, const QString &recordKey)
{
    add(params.value(u"email"_s), params.value(u"phone"_s), {QString(), 0, recordKey});
}

void ContactDuplicateIndex::addImported(const ct::api::ApiParams &params, int row)
{
    add(params.value(u"email"_s), params.value(u"phone"_s), {QString(), row, {}});
}

DuplicateMatch ContactDuplicateIndex::find(const ct::api::ApiParams &params) const
{
    if (const QString key = emailKey(params.value(u"email"_s)); !key.isEmpty()) {
        if (const auto it = m_byEmail.constFind(key); it != m_byEmail.constEnd())
            return {u"email"_s, key, it->clientId, it->row, it->queuedKey};
    }
    if (const QString key = phoneKey(params.value(u"phone"_s)); !key.isEmpty()) {
        if (const auto it = m_byPhone.constFind(key); it != m_byPhone.constEnd())
            return {u"phone"_s, key, it->clientId, it->row, it->queuedKey};
    }
    return {};
}

void ContactDuplicateIndex::clear()
{
    m_byEmail.clear();
    m_byPhone.clear();
}

} // namespace ct::models
