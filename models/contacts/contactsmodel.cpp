// SPDX-License-Identifier: MIT
#include "contactsmodel.h"

#include "listanswercheck.h"

#include "api/apicall.h"
#include "api/apiclient.h"
#include "contactpager.h"
#include "contactserversearch.h"
#include "namelookup.h"
#include "store/accountdatabase.h"
#include "store/outbox.h"
#include "store/outboxreplayer.h"

#include <QFile>
#include <QJsonArray>
#include <QSaveFile>
#include <QSqlQuery>
#include <QTimer>

#include <algorithm>

namespace ct::models {

namespace {

const QString clientEntity = u"client"_qs;
// Operations queued by external id (update/delete_client_by_external_id) have keys of their own.
const QString externalEntity = u"client_external"_qs;

bool concernsContact(const QString &recordKey)
{
    const QString entity = ct::store::RecordKey::entityOf(recordKey);
    return entity == clientEntity || entity == externalEntity;
}
const QString snapshotKey = u"contacts.snapshot"_qs;
constexpr int DefaultServerSearchDelayMs = 300;
// While pages arrive under an active sort, new rows are put in order at most this often.
constexpr int ResortDelayMs = 250;

qint64 idOf(const QJsonObject &row)
{
    return row.value(u"client_id").toString().toLongLong();
}

} // namespace

ContactsModel::ContactsModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_names(new NameLookup(this))
    , m_columns(&m_store, m_names)
    , m_sorter(&m_store, &m_columns)
    , m_pager(new ContactPager(this))
    , m_serverSearch(new ContactServerSearch(this))
    , m_serverSearchTimer(new QTimer(this))
    , m_resortTimer(new QTimer(this))
{
    m_serverSearchTimer->setSingleShot(true);
    m_serverSearchTimer->setInterval(DefaultServerSearchDelayMs);
    m_resortTimer->setSingleShot(true);
    m_resortTimer->setInterval(ResortDelayMs);
    connect(m_resortTimer, &QTimer::timeout, this, [this] { applyView(false); });
    connect(m_serverSearchTimer, &QTimer::timeout, this, [this] {
        m_serverSearch->search(m_query.text());
        Q_EMIT serverSearchActiveChanged(m_serverSearch->isActive());
    });
    m_serverSearch->setKnownId([this](qint64 id) { return m_store.rowOfId(id) >= 0; });
    connect(m_serverSearch, &ContactServerSearch::found, this, &ContactsModel::onServerRecords);
    connect(m_serverSearch, &ContactServerSearch::finished, this,
            [this] { Q_EMIT serverSearchActiveChanged(false); });

    connect(m_pager, &ContactPager::pageArrived, this, &ContactsModel::onPage);
    connect(m_pager, &ContactPager::passFinished, this, &ContactsModel::onPassFinished);
    connect(m_pager, &ContactPager::progress, this, [this](int loaded, int total) {
        // Progress only while something loads, and the end of loading after the last progress:
        // a page read on demand ends its loading at once, and nothing may show progress after it.
        if (pagerBusy())
            Q_EMIT loadProgress(loaded, total);
        updateLoading();
    });
    connect(m_pager, &ContactPager::failed, this, [this](const ct::api::ApiResult &result) {
        updateLoading();
        Q_EMIT loadFailed(result.message);
    });
    connect(m_names, &NameLookup::changed, this, [this](NameLookup::Kind kind) {
        static const int columnOf[] = {Column::SalesCycle, Column::LeadSource, Column::AssignedUser, Column::ActionPlan};
        m_sorter.invalidate(columnOf[kind]);
        if (!m_view.empty())
            Q_EMIT dataChanged(index(0, columnOf[kind]), index(rowCount() - 1, columnOf[kind]));
        if (m_sortColumn == columnOf[kind])
            scheduleResort();
    });
}

ContactsModel::~ContactsModel() = default;

void ContactsModel::setAccount(ct::store::AccountDatabase *database, ct::api::ApiClient *client)
{
    beginResetModel();
    m_pager->setClient(client);
    m_serverSearch->setClient(client);
    m_serverSearchTimer->stop();
    m_resortTimer->stop();
    if (m_outbox)
        disconnect(m_outbox, nullptr, this, nullptr);
    m_outbox = nullptr;
    m_database = database;
    m_client = client;
    m_store.clear();
    m_sorter.invalidate();
    m_view.clear();
    m_viewPos.clear();
    m_seenInPass.clear();
    m_sync.clear();
    m_localIds.clear();
    m_opKeys.clear();
    // Filter values are the old account's ids: they mean nothing in the new one.
    m_query = ContactQuery();
    const bool wasFullyLoaded = m_fullyLoaded;
    const bool wasLoading = m_loading;
    m_fullyLoaded = false;
    m_loading = false;
    m_names->setSources(database, client);
    loadFromCache();
    m_seenInPass.assign(size_t(m_store.size()), 0);
    m_view = m_query.matchingRows(m_store);
    if (m_sortColumn >= 0)
        m_view = m_sorter.sorted(m_view, m_sortColumn, m_sortOrder);
    rebuildViewPositions();
    endResetModel();
    if (wasFullyLoaded)
        Q_EMIT fullyLoadedChanged(false);
    if (wasLoading)
        Q_EMIT loadingChanged(false);
    m_names->refresh();
}

QString ContactsModel::snapshotPath() const
{
    return m_database ? m_database->filePath() + u".contacts"_qs : QString();
}

void ContactsModel::loadFromCache()
{
    if (!m_database || !m_database->isOpen())
        return;
    // The snapshot is the cache in this model's own layout; it counts only while the cache has
    // not been written since (the same number of rows may hold other values: an edit confirmed
    // after the snapshot was saved).
    const QString stamp = m_database->value(snapshotKey);
    if (!stamp.isEmpty() && stamp == QString::number(m_database->cacheChanges(clientEntity))) {
        QFile file(snapshotPath());
        if (file.open(QIODevice::ReadOnly) && m_store.deserialize(file.readAll())) {
            // The image may hold the hidden rows of contacts created here last time: new local
            // contacts take ids below theirs.
            for (int row = 0; row < m_store.size(); ++row)
                m_nextLocalId = std::min(m_nextLocalId, m_store.idAt(row) - 1);
            return;
        }
    }
    const QList<ct::store::CachedRecord> cached = m_database->cacheAll(clientEntity);
    m_store.reserve(int(cached.size()));
    for (const auto &record : cached) {
        const qint64 id = record.recordId.toLongLong();
        if (id > 0)
            m_store.upsert(id, record.json);
    }
}

void ContactsModel::saveSnapshot()
{
    // Pending edits and contacts not yet created belong to the outbox, not to what the server has
    // (a contact created and confirmed keeps its local key here, under its server id).
    const bool localPending = std::any_of(m_localIds.cbegin(), m_localIds.cend(), [](qint64 id) { return id < 0; });
    if (!m_database || !m_sync.isEmpty() || localPending)
        return;
    QSaveFile file(snapshotPath());
    if (!file.open(QIODevice::WriteOnly))
        return;
    // Every contact is in it: owner-only, as the database (set on the file before it is renamed
    // into place, so it is never readable by others).
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(m_store.serialize());
    if (file.commit())
        m_database->setValue(snapshotKey, QString::number(m_database->cacheChanges(clientEntity)));
}

int ContactsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_view.size());
}

int ContactsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ContactColumns::Count);
}

QVariant ContactsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = m_view[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return m_columns.text(row, index.column());
    case Qt::ToolTipRole:
        return m_sync.value(m_store.idAt(row)).error;
    case SyncStateRole: {
        const auto it = m_sync.constFind(m_store.idAt(row));
        return int(it == m_sync.constEnd() ? SyncState::Confirmed : it->state);
    }
    case SyncErrorRole:
        return m_sync.value(m_store.idAt(row)).error;
    case SyncErrorKeyRole:
        return m_sync.value(m_store.idAt(row)).errorKey;
    case RecordKeyRole:
        return recordKeyAt(index.row());
    default:
        return {};
    }
}

QVariant ContactsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < ContactColumns::Count)
        return ContactColumns::title(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

bool ContactsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_client && !m_pager->isFetching() && !m_pager->atEnd();
}

void ContactsModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_pager->fetchNext();
    updateLoading();
}

void ContactsModel::loadAll(int parallelPages)
{
    if (!m_client)
        return;
    m_pager->fetchAll(parallelPages);
    updateLoading();
}

bool ContactsModel::isLoading() const
{
    return m_pager->isFetching();
}

void ContactsModel::onPage(const QJsonArray &rows, int pass, qint64 askedAtMs)
{
    mergeServerRows(rows, pass, askedAtMs);
}

void ContactsModel::addServerRecords(const QJsonArray &rows)
{
    mergeServerRows(rows, 0);
}

void ContactsModel::onServerRecords(const QJsonArray &rows)
{
    mergeServerRows(rows, 0);
}

void ContactsModel::mergeServerRows(const QJsonArray &rows, int pass, qint64 askedAtMs)
{
    QList<QPair<QString, QJsonObject>> cacheRows;
    cacheRows.reserve(rows.size());
    std::vector<int> added;
    std::vector<int> changed;
    for (const QJsonValue &value : rows) {
        const QJsonObject object = value.toObject();
        const qint64 id = idOf(object);
        if (id <= 0)
            continue;
        int row = m_store.rowOfId(id);
        if (row >= 0 && askedAtMs >= 0 && m_settledAt.value(id, -1) >= askedAtMs) {
            // The page was asked before the server confirmed this contact's last change (an
            // update, a delete): its copy is older than what is shown, and than the cache.
            if (pass > 0 && !m_store.isRemoved(row))
                m_seenInPass[size_t(row)] = pass;
            continue;
        }
        cacheRows.append({QString::number(id), object});
        if (row >= 0 && m_sync.contains(id)) {
            // The user's pending edit stays on screen until the outbox settles it.
            if (pass > 0)
                m_seenInPass[size_t(row)] = pass;
            continue;
        }
        const bool wasHidden = row >= 0 && m_store.isRemoved(row);
        bool isNew = false;
        row = m_store.upsert(id, object, &isNew);
        if (isNew) {
            m_seenInPass.push_back(pass);
            m_viewPos.push_back(-1);
        } else if (pass > 0) {
            m_seenInPass[size_t(row)] = pass;
        }
        if (m_viewPos[size_t(row)] >= 0)
            changed.push_back(row);
        else if ((isNew || wasHidden) && m_query.matches(m_store, row))
            added.push_back(row);
    }
    // One transaction per page: a page lands in the cache whole or not at all.
    if (m_database && !cacheRows.isEmpty())
        m_database->cachePutMany(clientEntity, cacheRows);
    if (added.empty() && changed.empty())
        return;
    m_sorter.invalidate();
    appendVisible(added);
    rowsChanged(changed);
    if (m_sortColumn >= 0)
        scheduleResort();
}

void ContactsModel::appendVisible(const std::vector<int> &storeRows)
{
    if (storeRows.empty())
        return;
    const int first = int(m_view.size());
    beginInsertRows({}, first, first + int(storeRows.size()) - 1);
    for (int row : storeRows) {
        m_viewPos[size_t(row)] = int(m_view.size());
        m_view.push_back(row);
    }
    endInsertRows();
}

void ContactsModel::rowsChanged(const std::vector<int> &storeRows)
{
    int first = INT_MAX;
    int last = -1;
    for (int row : storeRows) {
        const int pos = m_viewPos[size_t(row)];
        if (pos >= 0) {
            first = std::min(first, pos);
            last = std::max(last, pos);
        }
    }
    if (last >= 0)
        Q_EMIT dataChanged(index(first, 0), index(last, ContactColumns::Count - 1));
}

void ContactsModel::removeFromView(int storeRow)
{
    const int pos = m_viewPos[size_t(storeRow)];
    if (pos < 0)
        return;
    beginRemoveRows({}, pos, pos);
    m_view.erase(m_view.begin() + pos);
    m_viewPos[size_t(storeRow)] = -1;
    for (size_t i = size_t(pos); i < m_view.size(); ++i)
        m_viewPos[size_t(m_view[i])] = int(i);
    endRemoveRows();
}

void ContactsModel::onPassFinished(int pass, bool clean)
{
    const ContactPager::PassCheck check = m_pager->lastPassCheck();
    QString notice;
    if (!clean && !check.listChanged) {
        // The list held still but did not add up: keep every cached contact and say what was wrong.
        // The same words as every other cached list's check.
        QStringList problems = ListAnswerCheck::skippedText(check.withoutId, check.duplicates, QStringLiteral("client_id"));
        if (problems.isEmpty())
            problems.append(tr("the count does not agree"));
        notice = tr("The server's list of contacts does not add up (%1 of %2 contacts read; %3), so no "
                    "contact was removed from this computer.")
                     .arg(check.read)
                     .arg(check.claimed >= 0 ? QString::number(check.claimed) : tr("an unknown number"))
                     .arg(problems.join(tr("; ")));
    }
    if (!check.listChanged && notice != m_listNotice) {
        m_listNotice = notice;
        Q_EMIT listNoticeChanged(notice);
    }
    if (clean) {
        // A clean pass saw the server's whole list: what it did not see is gone from the server.
        std::vector<int> gone;
        for (int row = 0; row < m_store.size(); ++row) {
            const qint64 id = m_store.idAt(row);
            if (id > 0 && !m_store.isRemoved(row) && m_seenInPass[size_t(row)] != pass && !m_sync.contains(id))
                gone.push_back(row);
        }
        std::sort(gone.begin(), gone.end(), [this](int a, int b) { return m_viewPos[size_t(a)] > m_viewPos[size_t(b)]; });
        for (int row : gone) {
            m_store.setRemoved(row, true);
            removeFromView(row);
            if (m_database)
                m_database->cacheRemove(clientEntity, QString::number(m_store.idAt(row)));
        }
        if (!gone.empty())
            m_sorter.invalidate();
        if (!m_fullyLoaded) {
            m_fullyLoaded = true;
            Q_EMIT fullyLoadedChanged(true);
        }
        m_serverSearchTimer->stop();
        m_serverSearch->cancel();
        saveSnapshot();
    }
    // A pass that saw the list change is followed by another at once: still loading then.
    updateLoading();
}

bool ContactsModel::pagerBusy() const
{
    return m_pager->isFetching() || m_pager->isLoadingAll();
}

void ContactsModel::updateLoading()
{
    if (pagerBusy() == m_loading)
        return;
    m_loading = !m_loading;
    Q_EMIT loadingChanged(m_loading);
}

SyncState ContactsModel::syncStateOf(const QString &idOrKey) const
{
    const qint64 id = idForKey(idOrKey);
    const auto it = m_sync.constFind(id);
    return id == 0 || it == m_sync.constEnd() ? SyncState::Confirmed : it->state;
}

QString ContactsModel::syncErrorOf(const QString &idOrKey) const
{
    return m_sync.value(idForKey(idOrKey)).error;
}

void ContactsModel::setSearchText(const QString &text)
{
    if (text == m_query.text())
        return;
    m_query.setText(text);
    applyView(true);
    m_serverSearch->cancel();
    if (!m_fullyLoaded && m_client && !ContactServerSearch::lookupsFor(text).isEmpty())
        m_serverSearchTimer->start();
    else
        m_serverSearchTimer->stop();
}

void ContactsModel::setFilter(Filter filter, const QString &value)
{
    if (m_query.filter(filter) == value)
        return;
    m_query.setFilter(filter, value);
    applyView(true);
}

void ContactsModel::clearFilters()
{
    for (int f = 0; f < ContactQuery::FilterCount; ++f)
        m_query.setFilter(Filter(f), {});
    applyView(true);
}

void ContactsModel::setServerSearchDelay(int ms)
{
    m_serverSearchTimer->setInterval(ms);
}

void ContactsModel::sort(int column, Qt::SortOrder order)
{
    if (column >= ContactColumns::Count)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    applyView(column < 0);   // back to store order needs the matching rows in that order
}

void ContactsModel::scheduleResort()
{
    if (!m_resortTimer->isActive())
        m_resortTimer->start();
}

void ContactsModel::applyView(bool refilter)
{
    m_resortTimer->stop();
    std::vector<int> rows = refilter ? m_query.matchingRows(m_store) : m_view;
    if (m_sortColumn >= 0)
        rows = m_sorter.sorted(rows, m_sortColumn, m_sortOrder);

    // Rows that stay keep their persistent indexes (selections, the current index) through
    // layout changes; rows that go or come are removed and inserted at the end, each in one
    // block, so views and QItemSelectionModel see only what the model contract allows.
    std::vector<int> kept;
    std::vector<int> added;
    std::vector<char> shown(size_t(m_store.size()), 0);
    kept.reserve(rows.size());
    for (int row : rows) {
        shown[size_t(row)] = 1;
        (m_viewPos[size_t(row)] >= 0 ? kept : added).push_back(row);
    }
    const size_t keptCount = kept.size();
    if (keptCount < m_view.size()) {
        std::vector<int> keptFirst = kept;
        for (int row : m_view) {
            if (!shown[size_t(row)])
                keptFirst.push_back(row);
        }
        relayout(std::move(keptFirst));
        beginRemoveRows({}, int(keptCount), int(m_view.size()) - 1);
        for (size_t i = keptCount; i < m_view.size(); ++i)
            m_viewPos[size_t(m_view[i])] = -1;
        m_view.resize(keptCount);
        endRemoveRows();
    } else if (kept != m_view) {
        relayout(kept);
    }
    appendVisible(added);
    if (rows != m_view)
        relayout(std::move(rows));
}

void ContactsModel::relayout(std::vector<int> rows)
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    std::vector<int> positions(size_t(m_store.size()), -1);
    for (size_t i = 0; i < rows.size(); ++i)
        positions[size_t(rows[i])] = int(i);
    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex &old : from) {
        const int pos = positions[size_t(m_view[size_t(old.row())])];
        to.append(pos >= 0 ? createIndex(pos, old.column()) : QModelIndex());
    }
    m_view = std::move(rows);
    m_viewPos = std::move(positions);
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void ContactsModel::rebuildViewPositions()
{
    m_viewPos.assign(size_t(m_store.size()), -1);
    for (size_t i = 0; i < m_view.size(); ++i)
        m_viewPos[size_t(m_view[i])] = int(i);
}

qint64 ContactsModel::idForKey(const QString &key) const
{
    QString k = key;
    if (k.startsWith(u"local:"))
        k.prepend(clientEntity + u':');
    if (k.startsWith(u"client:local:"))
        return m_localIds.value(k, 0);
    if (ct::store::RecordKey::entityOf(k) == externalEntity)
        return idOfExternalId(ct::store::RecordKey::idOf(k));
    if (k.startsWith(u"client:"))
        k = k.mid(clientEntity.size() + 1);
    bool ok = false;
    const qint64 id = k.toLongLong(&ok);
    return ok ? id : 0;
}

qint64 ContactsModel::idOfExternalId(const QString &externalId) const
{
    if (externalId.isEmpty())
        return 0;
    const auto lookup = [this, &externalId]() -> qint64 {
        const qint64 id = m_externalIds.value(externalId, 0);
        const int row = id != 0 ? m_store.rowOfId(id) : -1;
        // An edit may have changed the contact's external id since the index was built.
        return row >= 0 && m_store.record(row).value(u"external_id"_qs).toString() == externalId ? id : 0;
    };
    if (const qint64 id = lookup(); id != 0 || m_externalIdsIndexed == m_store.size())
        return id;
    // Built on demand and again only when contacts were added: bulk work by external id (an
    // import of thousands of rows) costs one pass over the contacts, not one per row.
    m_externalIds.clear();
    for (int row = 0; row < m_store.size(); ++row) {
        if (m_store.isRemoved(row))
            continue;
        const QString external = m_store.record(row).value(u"external_id"_qs).toString();
        if (!external.isEmpty())
            m_externalIds.insert(external, m_store.idAt(row));
    }
    m_externalIdsIndexed = m_store.size();
    return lookup();
}

int ContactsModel::storeRowOfKey(const QString &key) const
{
    const qint64 id = idForKey(key);
    return id != 0 ? m_store.rowOfId(id) : -1;
}

int ContactsModel::rowOfId(const QString &idOrKey) const
{
    const int row = storeRowOfKey(idOrKey);
    return row >= 0 ? m_viewPos[size_t(row)] : -1;
}

QString ContactsModel::idAt(int row) const
{
    if (row < 0 || size_t(row) >= m_view.size())
        return {};
    const qint64 id = m_store.idAt(m_view[size_t(row)]);
    return id > 0 ? QString::number(id) : m_localIds.key(id);
}

QString ContactsModel::recordKeyAt(int row) const
{
    const QString id = idAt(row);
    return id.startsWith(u"client:") || id.isEmpty() ? id : clientEntity + u':' + id;
}

QJsonObject ContactsModel::record(int row) const
{
    if (row < 0 || size_t(row) >= m_view.size())
        return {};
    return m_store.record(m_view[size_t(row)]);
}

QJsonObject ContactsModel::recordById(const QString &idOrKey) const
{
    const int row = storeRowOfKey(idOrKey);
    return row >= 0 ? m_store.record(row) : QJsonObject();
}

QJsonObject ContactsModel::storedRecord(int storeRow) const
{
    if (storeRow < 0 || storeRow >= m_store.size() || m_store.isRemoved(storeRow))
        return {};
    return m_store.record(storeRow);
}

int ContactsModel::storeSize() const
{
    return m_store.size();
}

int ContactsModel::storedCount() const
{
    int count = 0;
    for (int row = 0; row < m_store.size(); ++row)
        count += m_store.isRemoved(row) ? 0 : 1;
    return count;
}

void ContactsModel::setSync(qint64 id, SyncState state, const QString &error, const QString &errorKey)
{
    RowSync &sync = m_sync[id];
    sync.state = state;
    sync.error = error;
    sync.errorKey = errorKey;
}

bool ContactsModel::applyLocalEdit(const QString &key, const QJsonObject &fields)
{
    const int row = storeRowOfKey(key);
    if (row < 0)
        return false;
    m_store.merge(row, fields);
    setSync(m_store.idAt(row), SyncState::Pending);
    m_sorter.invalidate();
    rowsChanged({row});
    return true;
}

void ContactsModel::insertLocalContact(const QString &localKey, const QJsonObject &fields)
{
    if (m_localIds.contains(localKey))
        return;
    const qint64 id = m_nextLocalId--;
    m_localIds.insert(localKey, id);
    const int row = m_store.upsert(id, fields);
    m_seenInPass.push_back(0);
    m_viewPos.push_back(-1);
    setSync(id, SyncState::Pending);
    m_sorter.invalidate();
    // Shown whatever the filter: the user has just made it and expects to see it.
    appendVisible({row});
}

bool ContactsModel::markRemoved(const QString &key)
{
    const int row = storeRowOfKey(key);
    if (row < 0)
        return false;
    const qint64 id = m_store.idAt(row);
    setSync(id, SyncState::Pending);
    m_sync[id].removed = true;
    m_store.setRemoved(row, true);
    removeFromView(row);
    return true;
}

bool ContactsModel::restoreRemoved(const QString &key)
{
    const int row = storeRowOfKey(key);
    if (row < 0 || !m_store.isRemoved(row))
        return false;
    const qint64 id = m_store.idAt(row);
    m_sync.remove(id);
    m_store.setRemoved(row, false);
    // The outbox may already have reported the discarded delete as settled (and the cache
    // dropped the row): the server still has it.
    if (m_database && id > 0)
        m_database->cachePut(clientEntity, QString::number(id), m_store.record(row));
    if (m_query.matches(m_store, row)) {
        appendVisible({row});
        if (m_sortColumn >= 0)
            scheduleResort();
    }
    return true;
}

void ContactsModel::markConfirmed(const QString &key)
{
    const qint64 id = idForKey(key);
    const int row = id != 0 ? m_store.rowOfId(id) : -1;
    if (row < 0 || !m_sync.contains(id))
        return;
    const RowSync sync = m_sync.take(id);
    // Pages asked before this moment may still arrive with the contact as it was before.
    if (m_settledAt.size() > 4096) {
        const qint64 old = ContactPager::now() - 10 * 60 * 1000;   // far beyond any request's life
        m_settledAt.removeIf([old](const auto &it) { return it.value() < old; });
    }
    m_settledAt.insert(id, ContactPager::now());
    if (sync.removed) {
        if (m_database && id > 0)
            m_database->cacheRemove(clientEntity, QString::number(id));
        return;
    }
    // The server has the change now: so has the cache, for the next start (offline too).
    if (m_database && id > 0)
        m_database->cachePut(clientEntity, QString::number(id), m_store.record(row));
    rowsChanged({row});
}

void ContactsModel::markFailed(const QString &key, const QString &message, const QString &errorKey)
{
    const qint64 id = idForKey(key);
    const int row = id != 0 ? m_store.rowOfId(id) : -1;
    if (row < 0)
        return;
    const bool wasRemoved = m_sync.value(id).removed;
    setSync(id, SyncState::Failed, message, errorKey);
    m_sync[id].removed = false;
    if (wasRemoved) {
        // The delete did not happen: the contact comes back, marked.
        m_store.setRemoved(row, false);
        appendVisible({row});
    } else {
        rowsChanged({row});
    }
}

void ContactsModel::onRecordCreated(const QString &localKey, const QString &serverId)
{
    const qint64 localId = m_localIds.value(localKey, 0);
    const qint64 id = serverId.toLongLong();
    const int row = localId != 0 ? m_store.rowOfId(localId) : -1;
    if (row < 0 || id <= 0)
        return;
    // The create's confirmation may come before or after this signal: move the state only if
    // it is still there.
    if (m_sync.contains(localId))
        m_sync.insert(id, m_sync.take(localId));
    m_localIds.insert(localKey, id);
    const int existing = m_store.rowOfId(id);
    if (existing >= 0) {
        // Paging brought the new contact first: keep that row, drop the local one.
        m_store.setRemoved(row, true);
        removeFromView(row);
        if (m_viewPos[size_t(existing)] < 0 && !m_store.isRemoved(existing))
            appendVisible({existing});
        rowsChanged({existing});
        return;
    }
    m_store.rekey(row, id);
    rowsChanged({row});
}

void ContactsModel::trackOutbox(ct::store::Outbox *outbox, ct::store::OutboxReplayer *replayer)
{
    if (m_outbox)
        disconnect(m_outbox, nullptr, this, nullptr);
    m_outbox = outbox;
    m_opKeys.clear();
    if (!outbox)
        return;
    // Edits queued in an earlier session show again as they were made: fields, new contacts
    // and deletes, each pending.
    for (const auto &entry : outbox->entries()) {
        if (!concernsContact(entry.recordKey))
            continue;
        QJsonObject fields;
        for (auto it = entry.params.cbegin(); it != entry.params.cend(); ++it) {
            if (it.key() != u"client_id")
                fields.insert(it.key(), it.value());
        }
        if (entry.is(ct::api::Call::CreateClient) && ct::store::RecordKey::isLocal(entry.recordKey))
            insertLocalContact(entry.recordKey, fields);
        else if (entry.is(ct::api::Call::UpdateClientById))
            applyLocalEdit(entry.recordKey, fields);
        else if (entry.is(ct::api::Call::DeleteClientById))
            markRemoved(entry.recordKey);
        watchOutboxEntry(entry.opId);
    }
    connect(outbox, &ct::store::Outbox::entryAdded, this, &ContactsModel::watchOutboxEntry);
    connect(outbox, &ct::store::Outbox::entryChanged, this, &ContactsModel::watchOutboxEntry);
    connect(outbox, &ct::store::Outbox::entryRemoved, this, &ContactsModel::onOutboxEntryRemoved);
    if (replayer)
        connect(replayer, &ct::store::OutboxReplayer::recordCreated, this, &ContactsModel::onRecordCreated);
}

void ContactsModel::watchOutboxEntry(const QUuid &opId)
{
    const ct::store::OutboxEntry *entry = m_outbox ? m_outbox->find(opId) : nullptr;
    if (!entry || !concernsContact(entry->recordKey))
        return;
    const bool firstSeen = !m_opKeys.contains(opId);
    m_opKeys.insert(opId, entry->recordKey);
    if (firstSeen && ct::store::RecordKey::entityOf(entry->recordKey) == externalEntity) {
        // Work by external id (an import, a delete by external id) knows no rows of this
        // model, so the model shows it on the contact carrying that id itself.
        if (entry->is(ct::api::Call::DeleteClientByExternalId)) {
            markRemoved(entry->recordKey);
        } else if (entry->is(ct::api::Call::UpdateClientByExternalId)) {
            QJsonObject fields;
            for (auto it = entry->params.cbegin(); it != entry->params.cend(); ++it)
                fields.insert(it.key(), it.value());
            applyLocalEdit(entry->recordKey, fields);
        }
    }
    const qint64 id = idForKey(entry->recordKey);
    const int row = id != 0 ? m_store.rowOfId(id) : -1;
    if (row < 0)
        return;
    switch (entry->state) {
    case ct::store::OutboxState::Failed:
        markFailed(entry->recordKey, entry->lastError, entry->errorKey);
        return;
    case ct::store::OutboxState::Conflict:
        setSync(id, SyncState::Conflict, entry->lastError);
        break;
    default:
        if (m_sync.value(id).state != SyncState::Pending || !m_sync.contains(id))
            setSync(id, SyncState::Pending);
        break;
    }
    rowsChanged({row});
}

void ContactsModel::onOutboxEntryRemoved(const QUuid &opId)
{
    const QString key = m_opKeys.take(opId);
    if (key.isEmpty() || !m_outbox)
        return;
    const qint64 id = idForKey(key);
    for (const auto &entry : m_outbox->entries()) {
        if (idForKey(entry.recordKey) == id)
            return;   // more edits of this contact are still waiting
    }
    markConfirmed(key);
}

} // namespace ct::models
