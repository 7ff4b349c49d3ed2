// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonArray>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>

#include "api/apiresult.h"

namespace ct::api { class ApiClient; class ApiReply; }

// Reads read_client_list page by page, one page on demand or many in flight, and proves each
// page joins the previous one (pages overlap by one row, the list is ordered by client_id): a
// page that does not join means the server's list shifted, so the pager steps back instead of
// skipping rows, and a pass that saw the list change is followed by a clean one. A pass counts as
// the server's whole list only when it is also consistent: every row has a client_id, no id comes
// twice, and the ids read agree with TotalRecord.
namespace ct::models {

class ContactPager : public QObject
{
    Q_OBJECT
public:
    static constexpr int PageSize = 100;
    static constexpr int MaxPasses = 5;
    // A monotonic clock in milliseconds, shared with the model: when a page was asked.
    static qint64 now();

    explicit ContactPager(QObject *parent = nullptr);

    void setClient(ct::api::ApiClient *client);   // stops and starts over from offset 0

    bool isFetching() const { return !m_inFlight.isEmpty(); }
    bool atEnd() const { return m_atEnd; }
    bool isLoadingAll() const { return m_loadAll; }
    qint64 total() const { return m_total; }
    int pass() const { return m_pass; }

    // What the last finished pass found wrong in the rows it read (all zero for a clean pass).
    struct PassCheck
    {
        int withoutId = 0;      // rows without a readable client_id, skipped
        int duplicates = 0;     // rows whose client_id came earlier in the pass, skipped
        int read = 0;           // distinct contacts read
        qint64 claimed = -1;    // what TotalRecord said (-1: never said)
        bool listChanged = false;   // the list moved while the pass ran (the rows prove nothing)
    };
    PassCheck lastPassCheck() const { return m_lastCheck; }

    // One page after the last joined one (a view scrolled to the end).
    void fetchNext();
    // Every remaining page, `parallel` requests on the wire at once.
    void fetchAll(int parallel = 6);
    void stop();

Q_SIGNALS:
    // A page's rows, as soon as its answer is processed (rows already seen may come again).
    // askedAtMs (now()): the page shows the list as it was then, so a change the server
    // confirmed later is newer than the page's copy of that contact.
    void pageArrived(const QJsonArray &rows, int pass, qint64 askedAtMs);
    void progress(int loaded, int total);
    // The pass reached the end; clean when the list never changed while it ran and the pass was
    // consistent (lastPassCheck()), so the rows of this pass are exactly the server's list.
    void passFinished(int pass, bool clean);
    void failed(const ct::api::ApiResult &result);

private:
    void request(int offset);
    void onAnswer(int offset, const ct::api::ApiResult &result);
    // Joins arrived pages in offset order; true when more must be asked (a step back, a new pass).
    bool processInOrder();
    void fill();
    void restartPass();
    void dropPipeline();

    QPointer<ct::api::ApiClient> m_client;
    QMap<ct::api::ApiReply *, int> m_inFlight;   // reply -> offset
    QMap<int, ct::api::ApiResult> m_arrived;     // answers waiting for their predecessor
    QHash<int, qint64> m_askedAt;                // offset -> when its page was last asked
    int m_generation = 0;       // answers of an older pipeline are ignored
    int m_pass = 1;
    int m_passesRun = 1;
    int m_frontier = 0;         // offset of the next page that must join
    qint64 m_lastId = -1;       // highest client_id joined so far in this pass
    int m_nextRequest = 0;      // speculative offsets beyond the frontier
    int m_loaded = 0;           // rows joined in this pass
    qint64 m_total = -1;
    qint64 m_passTotal = -1;
    bool m_dirty = false;       // the list changed during this pass
    QSet<qint64> m_passIds;     // client_ids read in this pass
    int m_withoutId = 0;        // rows of this pass without a readable client_id
    int m_duplicates = 0;       // rows of this pass whose id came already (the overlap row aside)
    PassCheck m_lastCheck;
    bool m_atEnd = false;
    bool m_loadAll = false;
    int m_parallel = 1;
};

} // namespace ct::models
