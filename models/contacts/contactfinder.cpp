// SPDX-License-Identifier: MIT
#include "contactfinder.h"
#include "serverfieldtext.h"

#include "contactserversearch.h"
#include "contactsmodel.h"

#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace ct::models {

namespace {

ContactFinder::Match matchOf(const QJsonObject &record)
{
    const QString name = QStringList({serverFieldText(record, u"firstName"_s), serverFieldText(record, u"lastName"_s)}).join(u' ').trimmed();
    const QString phone = serverFieldText(record, u"phone"_s);
    const QString detail = phone.isEmpty() ? serverFieldText(record, u"email"_s) : phone;
    return {serverFieldText(record, u"client_id"_s), detail.isEmpty() ? name : ContactFinder::tr("%1 — %2").arg(name, detail)};
}

} // namespace

ContactFinder::ContactFinder(ContactsModel *contacts, ct::api::ApiClient *client, QObject *parent)
    : QObject(parent), m_contacts(contacts), m_search(new ContactServerSearch(this))
{
    m_search->setClient(client);
    m_search->setKnownId([this](qint64 id) { return m_contacts && !m_contacts->recordById(QString::number(id)).isEmpty(); });
    connect(m_search, &ContactServerSearch::found, this, [this](const QJsonArray &rows) {
        if (m_contacts && !rows.isEmpty()) {
            m_contacts->addServerRecords(rows);
            Q_EMIT found();
        }
    });
    connect(m_search, &ContactServerSearch::finished, this, &ContactFinder::searchFinished);
}

QList<ContactFinder::Match> ContactFinder::all() const
{
    QList<Match> out;
    if (!m_contacts)
        return out;
    out.reserve(m_contacts->storeSize());
    for (int i = 0; i < m_contacts->storeSize(); ++i) {
        const Match m = matchOf(m_contacts->storedRecord(i));
        if (!m.clientId.isEmpty())
            out.append(m);
    }
    return out;
}

QList<ContactFinder::Match> ContactFinder::matches(const QString &typed, int limit) const
{
    const QString needle = typed.trimmed();
    QList<Match> out;
    if (needle.isEmpty())
        return out;
    for (const Match &m : all()) {
        if (m.label.compare(needle, Qt::CaseInsensitive) == 0)
            return {m};
        if (out.size() < limit && m.label.contains(needle, Qt::CaseInsensitive))
            out.append(m);
    }
    return out;
}

QString ContactFinder::nameOf(const QString &clientId) const
{
    if (!m_contacts || clientId.isEmpty())
        return {};
    const QJsonObject r = m_contacts->recordById(clientId);
    return QStringList({serverFieldText(r, u"firstName"_s), serverFieldText(r, u"lastName"_s)}).join(u' ').trimmed();
}

void ContactFinder::searchServer(const QString &typed)
{
    // A fully loaded list already holds every contact there is.
    if (!m_contacts || m_contacts->isFullyLoaded() || ContactServerSearch::lookupsFor(typed).isEmpty())
        return;
    m_search->search(typed);
}

bool ContactFinder::isSearching() const
{
    return m_search->isActive();
}

} // namespace ct::models
