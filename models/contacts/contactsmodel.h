// SPDX-License-Identifier: MIT
#pragma once

#include "contactcolumns.h"
#include "contactquery.h"
#include "contactsortorder.h"
#include "contactstore.h"
#include "modelroles.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QUuid>

#include <vector>

class QTimer;
namespace ct::api { class ApiClient; struct ApiResult; }
namespace ct::store { class AccountDatabase; class Outbox; class OutboxReplayer; }

namespace ct::models {

class ContactPager;
class ContactServerSearch;
class NameLookup;

// The account's contacts as a table: cached rows at once, server pages as the view scrolls or
// all of them in the background, instant local search, filters and sort over a visible index of
// store rows, server-side lookups while the list is incomplete, and pending edits shown at once.
class ContactsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using Column = ContactColumns::Column;
    using Filter = ContactQuery::Filter;

    explicit ContactsModel(QObject *parent = nullptr);
    ~ContactsModel() override;

    // A new account (or none): one model reset, cached rows shown before it returns.
    void setAccount(ct::store::AccountDatabase *database, ct::api::ApiClient *client);
    // Edits queued in this outbox are shown as pending until its replayer confirms them.
    void trackOutbox(ct::store::Outbox *outbox, ct::store::OutboxReplayer *replayer);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Reading the whole account in the background, several pages in flight.
    void loadAll(int parallelPages = 6);
    bool isLoading() const;
    // A complete, clean pass over the server's list finished: local search sees everything.
    bool isFullyLoaded() const { return m_fullyLoaded; }
    // Why the last pass over the server's list could not stand for the whole list (rows without
    // a client_id, duplicates, a count that does not agree), in words; empty after a clean pass.
    QString listNotice() const { return m_listNotice; }

    // Search and filters; the visible rows change in one layout change, so selections and the
    // current index stay on their contacts.
    void setSearchText(const QString &text);
    QString searchText() const { return m_query.text(); }
    void setFilter(Filter filter, const QString &value);   // empty value: no filter
    void clearFilters();
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    // Milliseconds the server lookup waits after the last keystroke.
    void setServerSearchDelay(int ms);

    // Row handles for the views: ids are client_id (or a local key before the create is confirmed).
    int rowOfId(const QString &idOrKey) const;
    QString idAt(int row) const;        // client_id, or the local key
    QString recordKeyAt(int row) const; // "client:<id>" or "client:local:<uuid>"
    QJsonObject record(int row) const;  // every field, custom fields included
    QJsonObject recordById(const QString &idOrKey) const;
    int storedCount() const;
    // Every contact held, visible or not (store order; removed ones are empty), for checks that
    // must not depend on the current search.
    QJsonObject storedRecord(int storeRow) const;
    // Records read from the server outside paging (opened by id): held, cached and shown.
    void addServerRecords(const QJsonArray &rows);
    int storeSize() const;            // contacts held, visible or not
    // Whether an edit of this contact waits for the server (Confirmed when nothing waits), and
    // the server's reason when it refused one: visible or not.
    SyncState syncStateOf(const QString &idOrKey) const;
    QString syncErrorOf(const QString &idOrKey) const;
    NameLookup *names() const { return m_names; }

    // Optimistic edits (the outbox holds the truth; these only show it). Keys: a client_id,
    // "client:<id>" or a local key "client:local:<uuid>".
    bool applyLocalEdit(const QString &key, const QJsonObject &fields);
    void insertLocalContact(const QString &localKey, const QJsonObject &fields);
    bool markRemoved(const QString &key);
    // A queued delete was taken back: the contact shows again as the server has it.
    bool restoreRemoved(const QString &key);
    void markConfirmed(const QString &key);
    void markFailed(const QString &key, const QString &message, const QString &errorKey = {});
    // The server created the local contact: the row takes its id (and merges with the row paging
    // may already have brought).
    void onRecordCreated(const QString &localKey, const QString &serverId);

Q_SIGNALS:
    void loadProgress(int loaded, int total);
    void loadingChanged(bool loading);
    void fullyLoadedChanged(bool fullyLoaded);
    void loadFailed(const QString &message);
    void listNoticeChanged(const QString &notice);
    void serverSearchActiveChanged(bool active);

private:
    struct RowSync
    {
        SyncState state = SyncState::Pending;
        QString error;
        QString errorKey;
        bool removed = false;   // a delete waiting for the server
    };

    void loadFromCache();
    void saveSnapshot();
    QString snapshotPath() const;
    void onPage(const QJsonArray &rows, int pass, qint64 askedAtMs);
    void onPassFinished(int pass, bool clean);
    // The pager reads pages, or runs a "Load all" between two passes.
    bool pagerBusy() const;
    // loadingChanged() when pagerBusy() changed.
    void updateLoading();
    void onServerRecords(const QJsonArray &rows);
    // Stores server rows; new visible ones are inserted at the end in one beginInsertRows.
    // askedAtMs: when the rows were asked (ContactPager::now()); rows of a contact whose change
    // the server confirmed after that are older than what the model shows and are ignored.
    void mergeServerRows(const QJsonArray &rows, int pass, qint64 askedAtMs = -1);
    void appendVisible(const std::vector<int> &storeRows);
    void rowsChanged(const std::vector<int> &storeRows);
    void removeFromView(int storeRow);
    // Filter (when refilter) and sort again, and show the result in one layout change.
    void applyView(bool refilter);
    // Shows the same set of rows in another order, moving persistent indexes with their rows.
    void relayout(std::vector<int> rows);
    void scheduleResort();
    void rebuildViewPositions();
    qint64 idForKey(const QString &key) const;
    // The row id of the held contact with this external id (another system's key), 0 if none.
    qint64 idOfExternalId(const QString &externalId) const;
    int storeRowOfKey(const QString &key) const;
    void setSync(qint64 id, SyncState state, const QString &error = {}, const QString &errorKey = {});
    void watchOutboxEntry(const QUuid &opId);
    void onOutboxEntryRemoved(const QUuid &opId);

    ct::store::AccountDatabase *m_database = nullptr;
    QPointer<ct::api::ApiClient> m_client;
    QPointer<ct::store::Outbox> m_outbox;
    ContactStore m_store;
    NameLookup *m_names;
    ContactColumns m_columns;
    ContactSortOrder m_sorter;
    ContactQuery m_query;
    ContactPager *m_pager;
    ContactServerSearch *m_serverSearch;
    QTimer *m_serverSearchTimer;
    QTimer *m_resortTimer;
    std::vector<int> m_view;        // visible row -> store row
    std::vector<int> m_viewPos;     // store row -> visible row, -1 when hidden
    std::vector<int> m_seenInPass;  // store row -> last pass that saw it on the server
    QHash<qint64, RowSync> m_sync;  // rows not (yet) as the server has them
    QHash<QString, qint64> m_localIds;   // local key -> row id (negative until created)
    QHash<QUuid, QString> m_opKeys;      // outbox entry -> record key
    QHash<qint64, qint64> m_settledAt;   // row id -> when the server confirmed its last change
    mutable QHash<QString, qint64> m_externalIds;   // external id -> row id, rebuilt when stale
    mutable int m_externalIdsIndexed = -1;          // store size when it was built
    qint64 m_nextLocalId = -1;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    bool m_fullyLoaded = false;
    bool m_loading = false;
    QString m_listNotice;
};

} // namespace ct::models
