// SPDX-License-Identifier: MIT
#include "salescyclesmodel.h"

#include "listanswercheck.h"

#include "outboxediting.h"

#include "api/apiclient.h"
#include "api/catalogapi.h"
#include "api/parameterschema.h"
#include "store/accountdatabase.h"
#include "store/outbox.h"
#include "store/outboxreplayer.h"

#include <QFont>
#include <QSet>
#include <QTimer>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
namespace RecordKey = ct::store::RecordKey;

namespace ct::models {

namespace {

const QString entity = u"sales_cycle"_s;   // the cache entity NameLookup shares
const QString idKey = u"sales_cycle_id"_s;

bool isSalesCycleKey(const QString &recordKey)
{
    return RecordKey::entityOf(recordKey) == entity;
}

// A state the cycle shows without a refusal (a new edit, or what the outbox left). failedOp is
// the caller's: a correction amends the refused entry, so it stays until the outbox settles.
void setStateWithoutError(SalesCyclesModel::Cycle &cycle, SyncState state)
{
    cycle.state = state;
    cycle.error.clear();
    cycle.errorKey.clear();
    cycle.errorCode = 0;
}

QString sortKey(const SalesCyclesModel::Cycle &cycle)
{
    return u"%1|%2|%3"_s.arg(cycle.isActive() ? u"0"_s : u"1"_s)
            .arg(cycle.order(), 9, 10, QChar(u'0'))
            .arg(cycle.name().toCaseFolded());
}

} // namespace

bool SalesCyclesModel::Cycle::isLocal() const
{
    return RecordKey::isLocal(id);
}

QString SalesCyclesModel::Cycle::contactType() const
{
    const QString type = fields.value(u"sales_cycle_contact_type"_s).toString();
    return type.isEmpty() ? u"1"_s : type;
}

SalesCyclesModel::SalesCyclesModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_refreshSoon(new QTimer(this))
{
    // Several confirmations in a row ask the server once.
    m_refreshSoon->setSingleShot(true);
    m_refreshSoon->setInterval(0);
    connect(m_refreshSoon, &QTimer::timeout, this, &SalesCyclesModel::refresh);
}

SalesCyclesModel::~SalesCyclesModel() = default;

QString SalesCyclesModel::recordKeyOf(const QString &id)
{
    return RecordKey::isLocal(id) ? id : RecordKey::make(entity, id);
}

QString SalesCyclesModel::idOfRecordKey(const QString &recordKey)
{
    return RecordKey::isLocal(recordKey) ? recordKey : RecordKey::idOf(recordKey);
}

void SalesCyclesModel::setSources(ct::store::AccountDatabase *database, ct::api::ApiClient *client)
{
    ++m_generation;
    beginResetModel();
    m_database = database;
    m_client = client;
    m_rows.clear();
    m_listNotice.clear();
    loadCache();
    endResetModel();
    Q_EMIT namesChanged();
}

void SalesCyclesModel::loadCache()
{
    if (!m_database)
        return;
    for (const auto &cached : m_database->cacheAll(entity)) {
        Cycle cycle;
        cycle.id = cached.recordId;
        cycle.fields = cached.json;
        cycle.fields.remove(idKey);
        m_rows.push_back(cycle);
    }
    std::sort(m_rows.begin(), m_rows.end(), [](const Cycle &a, const Cycle &b) { return sortKey(a) < sortKey(b); });
}

void SalesCyclesModel::refresh()
{
    if (!m_client)
        return;
    const int generation = m_generation;
    ct::api::ApiReply *reply = ct::api::SalesCyclesApi(m_client).readList();
    connect(reply, &ct::api::ApiReply::finished, this, [this, generation](const ct::api::ApiResult &result) {
        if (generation == m_generation)
            onListAnswer(result);
    });
}

void SalesCyclesModel::onListAnswer(const ct::api::ApiResult &result)
{
    if (!result.ok()) {
        Q_EMIT refreshFailed(result.message);   // the cached list stays
        return;
    }
    const ListAnswerCheck check(idKey, result.rows, result.total);
    bool namesMoved = false;
    for (const auto &[id, row] : check.records()) {
        QJsonObject fields = row;
        fields.remove(idKey);
        const int at = rowOfId(id);
        if (at < 0) {
            const int first = rowCount();
            beginInsertRows({}, first, first);
            Cycle cycle;
            cycle.id = id;
            cycle.fields = fields;
            m_rows.push_back(cycle);
            endInsertRows();
            namesMoved = true;
            continue;
        }
        Cycle &cycle = m_rows[size_t(at)];
        // The user's queued edit stays on screen until the outbox settles it.
        if (cycle.state != SyncState::Confirmed || cycle.deleting || cycle.fields == fields)
            continue;
        namesMoved = namesMoved || cycle.name() != fields.value(u"sales_cycle_name"_s).toString();
        cycle.fields = fields;
        rowChanged(at);
    }
    // Only a list that adds up is the server's whole list: confirmed rows it no longer has are
    // gone. Any other may have skipped any cycle, so every one stays.
    if (check.isConsistent()) {
        for (int row = rowCount() - 1; row >= 0; --row) {
            const Cycle &cycle = m_rows[size_t(row)];
            if (!cycle.isLocal() && !check.names(cycle.id) && cycle.state == SyncState::Confirmed) {
                removeRow(row);
                namesMoved = true;
            }
        }
    }
    if (m_database) {
        if (check.isConsistent())
            m_database->cacheClear(entity);
        m_database->cachePutMany(entity, check.records());
    }
    if (check.notice() != m_listNotice) {
        m_listNotice = check.notice();
        Q_EMIT listNoticeChanged(m_listNotice);
    }
    if (namesMoved)
        Q_EMIT namesChanged();
    Q_EMIT refreshed();
}

int SalesCyclesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SalesCyclesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SalesCyclesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Cycle &cycle = m_rows[size_t(index.row())];
    static const char *const fieldOf[] = {"sales_cycle_name", "sales_cycle_active_status", "sales_cycle_order",
                                          "sales_cycle_contact_type"};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return cycle.name();
        case PathColumn: return cycle.isActive() ? tr("Active") : tr("Inactive");
        case OrderColumn: return cycle.order();
        case ContactTypeColumn: return ct::api::ParameterSchema::labelFor(u"contact_type", cycle.contactType());
        }
        return {};
    case Qt::ToolTipRole:
        if (cycle.state == SyncState::Failed)
            return cycle.error;
        if (cycle.deleting)
            return tr("Deleting: waiting for the server");
        return cycle.state == SyncState::Pending ? tr("Waiting for the server") : QVariant();
    case Qt::FontRole: {
        if (!cycle.deleting && cycle.state != SyncState::Pending)
            return {};
        QFont font;
        font.setItalic(cycle.state == SyncState::Pending);
        font.setStrikeOut(cycle.deleting);
        return font;
    }
    case FieldRole:
        return cycle.fields.value(QLatin1StringView(fieldOf[index.column()])).toString();
    case SyncStateRole: return int(cycle.state);
    case SyncErrorRole: return cycle.error;
    case SyncErrorKeyRole: return cycle.errorKey;
    case RecordKeyRole: return recordKeyOf(cycle.id);
    case OperationIdRole: return cycle.failedOp;
    case IdRole: return cycle.id;
    case SortKeyRole: return sortKey(cycle);
    case ErrorCodeRole: return cycle.errorCode;
    case DeletingRole: return cycle.deleting;
    default: return {};
    }
}

QVariant SalesCyclesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Name");
    case PathColumn: return tr("Path");
    case OrderColumn: return tr("Order");
    case ContactTypeColumn: return tr("Contact type");
    }
    return {};
}

int SalesCyclesModel::rowOfId(const QString &id) const
{
    for (size_t row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].id == id)
            return int(row);
    }
    return -1;
}

const SalesCyclesModel::Cycle *SalesCyclesModel::cycleAt(int row) const
{
    return row >= 0 && size_t(row) < m_rows.size() ? &m_rows[size_t(row)] : nullptr;
}

const SalesCyclesModel::Cycle *SalesCyclesModel::cycleById(const QString &id) const
{
    return cycleAt(rowOfId(id));
}

QList<std::pair<QString, QString>> SalesCyclesModel::nameEntries() const
{
    QList<std::pair<QString, QString>> entries;
    for (const Cycle &cycle : m_rows) {
        if (!cycle.isLocal() && !cycle.deleting)
            entries.append({cycle.id, cycle.name()});
    }
    return entries;
}

void SalesCyclesModel::rowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void SalesCyclesModel::removeRow(int row)
{
    beginRemoveRows({}, row, row);
    m_rows.erase(m_rows.begin() + row);
    endRemoveRows();
}

void SalesCyclesModel::insertLocal(const QString &localKey, const QJsonObject &fields)
{
    if (rowOfId(localKey) >= 0)
        return;
    const int first = rowCount();
    beginInsertRows({}, first, first);
    Cycle cycle;
    cycle.id = localKey;
    cycle.fields = fields;
    cycle.state = SyncState::Pending;
    m_rows.push_back(cycle);
    endInsertRows();
}

bool SalesCyclesModel::applyLocalEdit(const QString &id, const QJsonObject &fields)
{
    const int row = rowOfId(id);
    if (row < 0)
        return false;
    Cycle &cycle = m_rows[size_t(row)];
    const QString oldName = cycle.name();
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        cycle.fields.insert(it.key(), it.value());
    setStateWithoutError(cycle, SyncState::Pending);
    rowChanged(row);
    if (oldName != cycle.name())
        Q_EMIT namesChanged();
    return true;
}

bool SalesCyclesModel::markDeleting(const QString &id)
{
    const int row = rowOfId(id);
    if (row < 0)
        return false;
    Cycle &cycle = m_rows[size_t(row)];
    cycle.deleting = true;
    setStateWithoutError(cycle, SyncState::Pending);
    rowChanged(row);
    Q_EMIT namesChanged();
    return true;
}

bool SalesCyclesModel::removeLocal(const QString &id)
{
    const int row = rowOfId(id);
    if (row < 0)
        return false;
    removeRow(row);
    return true;
}

void SalesCyclesModel::trackOutbox(ct::store::Outbox *outbox, ct::store::OutboxReplayer *replayer)
{
    if (m_outbox)
        disconnect(m_outbox, nullptr, this, nullptr);
    m_outbox = outbox;
    m_opKeys.clear();
    if (!outbox)
        return;
    // Edits queued in an earlier session show again as they were made.
    for (const auto &entry : outbox->entries()) {
        if (!isSalesCycleKey(entry.recordKey))
            continue;
        applyEntry(entry);
        m_opKeys.insert(entry.opId, entry.recordKey);
    }
    QSet<QString> keys;
    for (const QString &key : std::as_const(m_opKeys))
        keys.insert(key);
    for (const QString &key : std::as_const(keys))
        followRecord(key);
    connect(outbox, &ct::store::Outbox::entryAdded, this, &SalesCyclesModel::onEntry);
    connect(outbox, &ct::store::Outbox::entryChanged, this, &SalesCyclesModel::onEntry);
    connect(outbox, &ct::store::Outbox::entryRemoved, this, [this](const QUuid &opId) {
        const QString key = m_opKeys.take(opId);
        if (!key.isEmpty())
            followRecord(key);
    });
    if (replayer)
        connect(replayer, &ct::store::OutboxReplayer::recordCreated, this, &SalesCyclesModel::onRecordCreated);
}

void SalesCyclesModel::onEntry(const QUuid &opId)
{
    const ct::store::OutboxEntry *entry = m_outbox->find(opId);
    if (!entry || !isSalesCycleKey(entry->recordKey))
        return;
    m_opKeys.insert(opId, entry->recordKey);
    followRecord(entry->recordKey);
}

void SalesCyclesModel::applyEntry(const ct::store::OutboxEntry &entry)
{
    const QString id = idOfRecordKey(entry.recordKey);
    if (entry.isCreate())
        insertLocal(id, editedFields(entry.params, idKey));
    else if (entry.isUpdate())
        applyLocalEdit(id, editedFields(entry.params, idKey));
    else if (entry.isDelete())
        markDeleting(id);
}

void SalesCyclesModel::followRecord(const QString &recordKeyIn)
{
    QString recordKey = recordKeyIn;
    if (m_outbox && RecordKey::isLocal(recordKey)) {
        // The create was confirmed (its entry left just now): the row takes the server's id
        // before it is settled, whichever signal comes first.
        const QString serverId = m_outbox->serverIdFor(recordKey);
        if (!serverId.isEmpty()) {
            onRecordCreated(recordKey, serverId);
            recordKey = recordKeyOf(serverId);
        }
    }
    const int row = rowOfId(idOfRecordKey(recordKey));
    if (row < 0 || !m_outbox)
        return;
    Cycle &cycle = m_rows[size_t(row)];
    const ct::store::OutboxEntry *failed = nullptr;
    bool waiting = false;
    for (const auto &entry : m_outbox->entries()) {
        if (entry.recordKey != recordKey)
            continue;
        waiting = true;
        if (entry.state == ct::store::OutboxState::Failed || entry.state == ct::store::OutboxState::Conflict)
            failed = failed ? failed : &entry;
    }
    if (failed) {
        cycle.state = SyncState::Failed;
        cycle.error = failed->lastError;
        cycle.errorKey = failed->errorKey;
        cycle.errorCode = failed->errorCode;
        cycle.failedOp = failed->opId;
        if (failed->isDelete() && cycle.deleting) {
            // The delete did not happen (still in use ...): the cycle is back, marked.
            cycle.deleting = false;
            Q_EMIT namesChanged();
        }
        rowChanged(row);
        return;
    }
    if (waiting) {
        if (cycle.state != SyncState::Pending) {
            setStateWithoutError(cycle, SyncState::Pending);
            cycle.failedOp = {};
            rowChanged(row);
        }
        return;
    }
    // Nothing left in the outbox: confirmed or discarded. The server's list tells which (a
    // discarded delete brings the cycle back, a discarded rename its old name).
    const bool wasDeleting = cycle.deleting;
    const bool wasLocal = cycle.isLocal();
    const QString id = cycle.id;
    setStateWithoutError(cycle, SyncState::Confirmed);
    cycle.failedOp = {};
    if (wasDeleting) {
        removeRow(row);
        if (m_database && !wasLocal)
            m_database->cacheRemove(entity, id);
    } else if (wasLocal) {
        removeRow(row);   // a create discarded before the server made it
    } else {
        rowChanged(row);
        if (m_database) {
            QJsonObject record = cycle.fields;
            record.insert(idKey, id);
            m_database->cachePut(entity, id, record);
        }
    }
    Q_EMIT namesChanged();
    m_refreshSoon->start();
}

void SalesCyclesModel::onRecordCreated(const QString &localKey, const QString &serverId)
{
    const int row = rowOfId(localKey);
    if (row < 0 || serverId.isEmpty())
        return;
    if (rowOfId(serverId) >= 0) {
        removeRow(row);   // a refresh brought the new cycle first
    } else {
        m_rows[size_t(row)].id = serverId;
        rowChanged(row);
    }
    // Entries of the record now carry the server's key.
    for (auto it = m_opKeys.begin(); it != m_opKeys.end(); ++it) {
        if (it.value() == localKey)
            it.value() = recordKeyOf(serverId);
    }
    Q_EMIT namesChanged();
}

} // namespace ct::models
