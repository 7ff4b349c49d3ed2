// SPDX-License-Identifier: MIT
#include "cachefirstlistreader.h"

#include "listanswercheck.h"

#include "api/apiclient.h"
#include "store/accountdatabase.h"

#include <algorithm>

namespace ct::models {

CacheFirstListReader::CacheFirstListReader(ct::store::AccountDatabase *database, const QString &entity,
                               const QString &idKey, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_entity(entity)
    , m_idKey(idKey)
{
}

bool CacheFirstListReader::isServerId(const QString &id)
{
    return !id.isEmpty() && std::all_of(id.cbegin(), id.cend(), [](QChar c) { return c.isDigit(); });
}

QList<QJsonObject> CacheFirstListReader::cached(const Covers &covers) const
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

QList<QJsonObject> CacheFirstListReader::replaceCached(const QList<QJsonObject> &rows, const Covers &covers)
{
    const ListAnswerCheck check(m_idKey, rows, m_answerTotal);
    setNotice(check.notice());
    if (!m_database)
        return check.readable();
    if (check.isConsistent()) {
        if (!covers) {
            m_database->cacheClear(m_entity);
        } else {
            for (const auto &record : m_database->cacheAll(m_entity)) {
                if (covers(record.json))
                    m_database->cacheRemove(m_entity, record.recordId);
            }
        }
        m_database->cachePutMany(m_entity, check.records());
        return check.readable();
    }
    // A row the answer could not name may be any cached one: keep them all, update the rest.
    m_database->cachePutMany(m_entity, check.records());
    return cached(covers);
}

void CacheFirstListReader::dropPending()
{
    ++m_generation;
    m_error.clear();
    setNotice({});   // it was about the earlier question
}

void CacheFirstListReader::cancel()
{
    dropPending();
    setLoading(false);
}

void CacheFirstListReader::follow(ct::api::ApiReply *reply)
{
    const int generation = ++m_generation;
    setLoading(true);
    connect(reply, &ct::api::ApiReply::finished, this,
            [this, generation](const ct::api::ApiResult &result) { onResult(result, generation); });
}

void CacheFirstListReader::onResult(const ct::api::ApiResult &result, int generation)
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
    m_answerTotal = result.total;
    QList<QJsonObject> rows;
    rows.reserve(result.rows.size());
    for (const QJsonValue &value : result.rows)
        rows.append(value.toObject());
    Q_EMIT rowsRead(rows);
}

void CacheFirstListReader::setNotice(const QString &notice)
{
    if (notice == m_notice)
        return;
    m_notice = notice;
    Q_EMIT noticeChanged(notice);
}

void CacheFirstListReader::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

} // namespace ct::models
