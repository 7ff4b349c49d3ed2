// SPDX-License-Identifier: MIT
#include "cachedlistread.h"

#include "api/apiclient.h"
#include "store/accountdatabase.h"

#include <algorithm>

namespace ct::models {

CachedListRead::CachedListRead(ct::store::AccountDatabase *database, const QString &entity,
                               const QString &idKey, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_entity(entity)
    , m_idKey(idKey)
{
}

bool CachedListRead::isServerId(const QString &id)
{
    return !id.isEmpty() && std::all_of(id.cbegin(), id.cend(), [](QChar c) { return c.isDigit(); });
}

QList<QJsonObject> CachedListRead::cached(const Covers &covers) const
{
    QList<QJsonObject> rows;
    if (!m_database)
        return rows;
    for (const auto &record : m_database->cacheAll(m_entity)) {
        if (!covers || covers(record.json))
            rows.append(record.json);
    }
    return rows;
}

void CachedListRead::replaceCached(const QList<QJsonObject> &rows, const Covers &covers)
{
    if (!m_database)
        return;
    QList<QPair<QString, QJsonObject>> records;
    for (const QJsonObject &row : rows) {
        const QString id = row.value(m_idKey).toString();
        if (!id.isEmpty())
            records.append({id, row});
    }
    if (!covers) {
        m_database->cacheClear(m_entity);
    } else {
        for (const auto &record : m_database->cacheAll(m_entity)) {
            if (covers(record.json))
                m_database->cacheRemove(m_entity, record.recordId);
        }
    }
    m_database->cachePutMany(m_entity, records);
}

void CachedListRead::dropPending()
{
    ++m_generation;
    m_error.clear();
}

void CachedListRead::cancel()
{
    dropPending();
    setLoading(false);
}

void CachedListRead::follow(ct::api::ApiReply *reply)
{
    const int generation = ++m_generation;
    setLoading(true);
    connect(reply, &ct::api::ApiReply::finished, this,
            [this, generation](const ct::api::ApiResult &result) { onResult(result, generation); });
}

void CachedListRead::onResult(const ct::api::ApiResult &result, int generation)
{
    if (generation != m_generation)
        return;
    setLoading(false);
    if (!result.ok() && result.ctCode != ct::api::CtCode::NoRecord) {
        m_error = result.message;
        Q_EMIT failed(result.message);
        return;
    }
    m_error.clear();
    QList<QJsonObject> rows;
    rows.reserve(result.rows.size());
    for (const QJsonValue &value : result.rows)
        rows.append(value.toObject());
    Q_EMIT rowsRead(rows);
}

void CachedListRead::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

} // namespace ct::models
