// SPDX-License-Identifier: MIT
#include "contactpager.h"

#include <QElapsedTimer>

#include "api/apiclient.h"
#include "api/contactsapi.h"

#include <QJsonObject>

namespace ct::models {

namespace {
// Consecutive pages share one row: the last row of one is the first of the next.
constexpr int Step = ContactPager::PageSize - 1;

qint64 idOf(const QJsonValue &row)
{
    return row.toObject().value(u"client_id").toString().toLongLong();
}
} // namespace

ContactPager::ContactPager(QObject *parent) : QObject(parent) {}

void ContactPager::setClient(ct::api::ApiClient *client)
{
    stop();
    m_client = client;
    m_pass = 1;
    m_passesRun = 1;
    m_total = -1;
    m_atEnd = false;
    restartPass();
}

void ContactPager::stop()
{
    m_loadAll = false;
    dropPipeline();
}

void ContactPager::dropPipeline()
{
    ++m_generation;
    const auto replies = m_inFlight.keys();
    m_inFlight.clear();
    m_arrived.clear();
    for (ct::api::ApiReply *reply : replies)
        reply->abort();   // finishes Canceled; the generation check ignores it
    m_nextRequest = m_frontier;
}

void ContactPager::restartPass()
{
    dropPipeline();
    m_frontier = 0;
    m_nextRequest = 0;
    m_lastId = -1;
    m_loaded = 0;
    m_passTotal = -1;
    m_dirty = false;
    m_passIds.clear();
    m_withoutId = 0;
    m_duplicates = 0;
}

void ContactPager::fetchNext()
{
    if (m_atEnd || isFetching() || !m_client)
        return;
    m_nextRequest = m_frontier;
    request(m_frontier);
    m_nextRequest = m_frontier + Step;
}

void ContactPager::fetchAll(int parallel)
{
    if (!m_client)
        return;
    m_loadAll = true;
    m_parallel = qMax(1, parallel);
    if (m_atEnd) {
        // A new pass over a list already read: refreshes it and finds what left the server.
        ++m_pass;
        m_passesRun = 1;
        m_atEnd = false;
        restartPass();
    }
    fill();
}

void ContactPager::fill()
{
    if (m_atEnd || !m_client)
        return;
    const int limit = m_loadAll ? m_parallel : 1;
    while (m_inFlight.size() < limit) {
        if (m_nextRequest < m_frontier)
            m_nextRequest = m_frontier;
        // Speculate only as far as the server said the list goes (once it said).
        if (m_nextRequest > m_frontier && m_total >= 0 && m_nextRequest >= m_total)
            break;
        if (m_arrived.contains(m_nextRequest) || std::any_of(m_inFlight.cbegin(), m_inFlight.cend(),
                                                             [this](int o) { return o == m_nextRequest; })) {
            m_nextRequest += Step;
            continue;
        }
        request(m_nextRequest);
        m_nextRequest += Step;
    }
}

qint64 ContactPager::now()
{
    static const QElapsedTimer clock = [] {
        QElapsedTimer timer;
        timer.start();
        return timer;
    }();
    return clock.elapsed();
}

void ContactPager::request(int offset)
{
    m_askedAt.insert(offset, now());
    ct::api::ApiReply *reply = ct::api::ContactsApi(m_client).readList(offset, PageSize);
    m_inFlight.insert(reply, offset);
    const int generation = m_generation;
    connect(reply, &ct::api::ApiReply::finished, this,
            [this, reply, generation, offset](const ct::api::ApiResult &result) {
                if (generation != m_generation)
                    return;
                m_inFlight.remove(reply);
                onAnswer(offset, result);
            });
}

void ContactPager::onAnswer(int offset, const ct::api::ApiResult &result)
{
    // CT515 is how a server may say "nothing at this offset": an empty page.
    if (!result.ok() && result.ctCode != ct::api::CtCode::NoRecord) {
        stop();
        Q_EMIT failed(result);
        return;
    }
    m_arrived.insert(offset, result);
    // Paging on demand asks for one page per fetchNext(), except to step back over a shift.
    if (processInOrder() || m_loadAll)
        fill();
}

bool ContactPager::processInOrder()
{
    bool steppedBack = false;
    while (!m_atEnd && m_arrived.contains(m_frontier)) {
        const int pageOffset = m_frontier;
        const ct::api::ApiResult page = m_arrived.take(m_frontier);
        const QJsonArray &rows = page.rows;
        if (page.total >= 0) {
            if (m_passTotal >= 0 && page.total != m_passTotal)
                m_dirty = true;
            m_passTotal = page.total;
            m_total = page.total;
        }
        const bool joins = m_frontier == 0 || (!rows.isEmpty() && idOf(rows.first()) <= m_lastId);
        if (!joins) {
            // Rows before the frontier left the list, so it moved left under us: step back
            // until a page reaches the last row already joined.
            m_dirty = true;
            m_frontier = qMax(0, m_frontier - Step);
            dropPipeline();
            steppedBack = true;
            continue;
        }
        for (qsizetype i = 0; i < rows.size(); ++i) {
            // A page's first row is the one the page before ended with.
            const bool overlap = pageOffset > 0 && i == 0;
            const qint64 id = idOf(rows.at(i));
            if (id <= 0) {
                m_withoutId += overlap ? 0 : 1;
                continue;
            }
            m_lastId = qMax(m_lastId, id);
            if (m_passIds.contains(id)) {
                m_duplicates += overlap ? 0 : 1;
                continue;
            }
            m_passIds.insert(id);
        }
        m_loaded = int(m_passIds.size());
        // State first, signals after: a receiver may call fetchNext() from inside them.
        const int pass = m_pass;
        const bool last = rows.size() < PageSize;
        if (last) {
            m_atEnd = true;
            dropPipeline();
        } else {
            m_frontier += int(rows.size()) - 1;
        }
        Q_EMIT pageArrived(rows, pass, m_askedAt.value(pageOffset, 0));
        Q_EMIT progress(m_loaded, int(qMax<qint64>(m_total, m_loaded)));
        if (!last)
            continue;
        m_lastCheck = {m_withoutId, m_duplicates, m_loaded, m_passTotal, m_dirty};
        // Only a whole, consistent pass may stand for the server's list (and prune the cache):
        // one page's word, rows that cannot be read or a count that does not agree never do.
        const bool consistent = !m_dirty && m_withoutId == 0 && m_duplicates == 0 && m_passTotal == m_loaded;
        if (m_dirty && m_passesRun < MaxPasses) {
            // Another pass, at once: the rows of a pass that saw changes may include
            // clients deleted meanwhile.
            ++m_pass;
            ++m_passesRun;
            m_atEnd = false;
            restartPass();
            m_loadAll = true;
            Q_EMIT passFinished(pass, false);
            return true;
        }
        m_loadAll = false;
        Q_EMIT passFinished(pass, consistent);
        return false;
    }
    return steppedBack;
}

} // namespace ct::models
