// SPDX-License-Identifier: MIT
#include "contactserversearch.h"

#include "api/apiclient.h"
#include "api/contactsapi.h"
#include "contactquery.h"
#include "contactstore.h"

#include <QJsonObject>

namespace ct::models {

ContactServerSearch::ContactServerSearch(QObject *parent) : QObject(parent) {}

void ContactServerSearch::setClient(ct::api::ApiClient *client)
{
    cancel();
    m_client = client;
}

void ContactServerSearch::cancel()
{
    ++m_generation;
    m_asked.clear();
    const bool wasActive = m_pending > 0;
    m_pending = 0;
    if (wasActive)
        Q_EMIT finished();
}

QList<QList<std::pair<QString, QString>>> ContactServerSearch::lookupsFor(const QString &input)
{
    const QString text = input.simplified();
    if (text.isEmpty())
        return {};
    if (text.contains(u'@'))
        return {{{u"email"_qs, text}}};
    if (ContactQuery::looksLikePhone(text)) {
        QByteArray digits = ContactStore::digitsOf(text.toLatin1());
        if (digits.size() == 11 && digits.startsWith('1'))
            digits.remove(0, 1);   // +1 country code
        if (digits.size() != 10)
            return {};             // the server matches whole numbers only
        return {{{u"phone"_qs, QString::fromLatin1(digits)}}};
    }
    const QStringList words = text.split(u' ');
    if (words.size() == 1)
        return {{{u"firstName"_qs, text}}, {{u"lastName"_qs, text}}};
    return {{{u"firstName"_qs, words.first()}, {u"lastName"_qs, words.mid(1).join(u' ')}}};
}

void ContactServerSearch::search(const QString &text)
{
    cancel();
    if (!m_client)
        return;
    const int generation = m_generation;
    for (const auto &lookup : lookupsFor(text)) {
        QString first, last, phone, email;
        for (const auto &[key, value] : lookup) {
            if (key == u"firstName") first = value;
            else if (key == u"lastName") last = value;
            else if (key == u"phone") phone = value;
            else email = value;
        }
        ++m_pending;
        connect(ct::api::ContactsApi(m_client).exists(first, last, phone, email),
                &ct::api::ApiReply::finished, this,
                [this, generation](const ct::api::ApiResult &r) { onExists(generation, r); });
    }
}

void ContactServerSearch::onExists(int generation, const ct::api::ApiResult &result)
{
    if (generation != m_generation)
        return;
    if (result.ok()) {
        for (const QJsonValue &value : result.rows) {
            const qint64 id = value.toObject().value(u"client_id").toString().toLongLong();
            if (id <= 0 || m_asked.contains(id) || (m_known && m_known(id)))
                continue;
            m_asked.insert(id);
            ++m_pending;
            connect(ct::api::ContactsApi(m_client).readById(QString::number(id)),
                    &ct::api::ApiReply::finished, this,
                    [this, generation](const ct::api::ApiResult &r) { onRecord(generation, r); });
        }
    }
    done();
}

void ContactServerSearch::onRecord(int generation, const ct::api::ApiResult &result)
{
    if (generation != m_generation)
        return;
    if (result.ok() && !result.rows.isEmpty())
        Q_EMIT found(result.rows);
    done();
}

void ContactServerSearch::done()
{
    if (--m_pending == 0)
        Q_EMIT finished();
}

} // namespace ct::models
