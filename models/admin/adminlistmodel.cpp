// SPDX-License-Identifier: MIT
#include "adminlistmodel.h"

#include "listanswercheck.h"
#include "namelookup.h"
#include "outboxediting.h"

#include "api/apiclient.h"
#include "api/apiresult.h"
#include "api/parameterschema.h"
#include "store/accountdatabase.h"
#include "store/outbox.h"
#include "store/outboxreplayer.h"

#include <QFont>
#include <QJsonArray>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
namespace RecordKey = ct::store::RecordKey;
using ct::store::OutboxState;

namespace ct::models {

AdminListModel::AdminListModel(QString entity, QString idKey, ListRead readList, QObject *parent)
    : QAbstractTableModel(parent)
    , m_entity(std::move(entity))
    , m_idKey(std::move(idKey))
    , m_readList(readList)
{
}

void AdminListModel::setSources(ct::store::AccountDatabase *database, ct::api::ApiClient *client,
                              ct::store::Outbox *outbox, ct::store::OutboxReplayer *replayer)
{
    beginResetModel();
    ++m_generation;
    m_loading = false;
    if (m_outbox)
        disconnect(m_outbox, nullptr, this, nullptr);
    if (m_replayer)
        disconnect(m_replayer, nullptr, this, nullptr);
    m_database = database;
    m_client = client;
    m_outbox = outbox;
    m_replayer = replayer;
    m_serverRows.clear();
    m_sending.clear();
    m_notes.clear();
    m_inFlight.clear();
    m_listNotice.clear();
    loadCache();
    m_rows = derivedRows();
    endResetModel();
    if (m_outbox) {
        // Queued: a confirmed create is removed from the journal before the replayer names its
        // server id, and the row should change its key, not vanish and come back.
        auto later = [this] { QMetaObject::invokeMethod(this, &AdminListModel::rebuild, Qt::QueuedConnection); };
        connect(m_outbox, &ct::store::Outbox::entryAdded, this, later);
        connect(m_outbox, &ct::store::Outbox::entryChanged, this, later);
        connect(m_outbox, &ct::store::Outbox::entryChanged, this, &AdminListModel::onEntryChanged);
        connect(m_outbox, &ct::store::Outbox::entryRemoved, this, &AdminListModel::onEntryRemoved);
    }
    if (m_replayer) {
        connect(m_replayer, &ct::store::OutboxReplayer::entryFailed, this, &AdminListModel::onEntryFailed);
        connect(m_replayer, &ct::store::OutboxReplayer::recordCreated, this, &AdminListModel::onRecordCreated);
    }
    publishNames();
}

ct::api::ApiClient *AdminListModel::client() const
{
    return m_client;
}

ct::store::Outbox *AdminListModel::outbox() const
{
    return m_outbox;
}

void AdminListModel::setNameLookup(NameLookup *names, int kind)
{
    m_names = names;
    m_nameKind = kind;
    publishNames();
}

bool AdminListModel::concerns(const QString &recordKey) const
{
    return RecordKey::entityOf(recordKey) == m_entity;
}

QJsonObject AdminListModel::withoutSecrets(QJsonObject row)
{
    // A server that echoed a write-only value (a password) must not get it into the cache.
    for (const QString &key : row.keys()) {
        const ct::api::ParameterSpec *spec = ct::api::ParameterSchema::find(key);
        if (spec && spec->writeOnly)
            row.remove(key);
    }
    return row;
}

void AdminListModel::loadCache()
{
    if (!m_database)
        return;
    for (const auto &cached : m_database->cacheAll(m_entity))
        m_serverRows.append(cached.json);
    sortServerRows();
}

void AdminListModel::sortServerRows()
{
    // The server lists in id order; the cache keeps no order.
    std::sort(m_serverRows.begin(), m_serverRows.end(), [this](const QJsonObject &a, const QJsonObject &b) {
        return a.value(m_idKey).toString().toLongLong() < b.value(m_idKey).toString().toLongLong();
    });
}

void AdminListModel::setListNotice(const QString &notice)
{
    if (notice == m_listNotice)
        return;
    m_listNotice = notice;
    Q_EMIT listNoticeChanged(notice);
}

void AdminListModel::refresh()
{
    if (!m_client)
        return;
    if (m_loading) {
        m_refreshAgain = true;   // an edit landed while reading: read once more afterwards
        return;
    }
    m_loading = true;
    m_refreshAgain = false;
    const int generation = m_generation;
    ct::api::ApiReply *reply = m_readList(m_client);
    connect(reply, &ct::api::ApiReply::finished, this,
            [this, generation](const ct::api::ApiResult &result) { onListRead(result, generation); });
}

void AdminListModel::onListRead(const ct::api::ApiResult &result, int generation)
{
    if (generation != m_generation)
        return;   // another account's answer
    m_loading = false;
    if (!result.ok() && !(result.status == ct::api::ApiStatus::ServerCode && result.ctCode == ct::api::CtCode::NoRecord)) {
        m_loadError = result.message.isEmpty() ? ct::api::ctCodeMessage(result.ctCode) : result.message;
        Q_EMIT loadFailed(m_loadError);   // the cached rows stay
    } else {
        m_loadError.clear();
        QList<QJsonObject> rows;
        for (const QJsonValue &value : result.rows)
            rows.append(withoutSecrets(value.toObject()));
        const ListAnswerCheck check(m_idKey, rows, result.total);
        if (check.isConsistent()) {
            // The server's list is whole: what it no longer has leaves the cache too.
            m_serverRows = check.readable();
            if (m_database)
                m_database->cacheClear(m_entity);
        } else {
            // A row the answer could not name may be any held one: keep them all, update the rest.
            for (const QJsonObject &row : check.readable()) {
                const QString id = row.value(m_idKey).toString();
                const auto held = std::find_if(m_serverRows.begin(), m_serverRows.end(),
                                               [&](const QJsonObject &r) { return r.value(m_idKey).toString() == id; });
                if (held != m_serverRows.end())
                    *held = row;
                else
                    m_serverRows.append(row);
            }
            sortServerRows();
        }
        if (m_database)
            m_database->cachePutMany(m_entity, check.records());
        setListNotice(check.notice());
        rebuild();
        Q_EMIT loaded();
    }
    if (m_refreshAgain)
        refresh();
}

QList<AdminListModel::Row> AdminListModel::derivedRows() const
{
    QList<Row> rows;
    QHash<QString, int> index;
    auto add = [&](const QString &key, const QJsonObject &values, SyncState state) -> Row & {
        index.insert(key, int(rows.size()));
        rows.append(Row{key, values, state, {}, {}, false});
        return rows.last();
    };
    for (const QJsonObject &row : m_serverRows)
        add(recordKeyFor(row.value(m_idKey).toString()), row, SyncState::Confirmed);
    for (const auto &[key, values] : m_sending)
        add(key, values, SyncState::Pending);
    if (m_outbox) {
        for (const ct::store::OutboxEntry &e : m_outbox->entries()) {
            if (!concerns(e.recordKey))
                continue;
            int i = int(index.value(e.recordKey, -1));
            if (e.isCreate() && i < 0) {
                add(e.recordKey, withoutSecrets(editedFields(e.params)), SyncState::Pending);
                i = int(rows.size()) - 1;
            }
            if (i < 0)
                continue;   // an edit of a record the list no longer has: the Outbox area shows it
            Row &row = rows[i];
            if (e.isUpdate()) {
                for (auto it = e.params.constBegin(); it != e.params.constEnd(); ++it) {
                    if (it.key() != m_idKey)
                        row.values.insert(it.key(), it.value());
                }
            }
            // A delete refused because the record is in use is about to be taken back: the row stays.
            if (e.isDelete() && !(e.state == OutboxState::Failed && e.errorCode == ct::api::CtCode::StillInUse))
                row.removing = true;
            if (e.state == OutboxState::Failed) {
                row.state = SyncState::Failed;
                row.error = failureText(e.callName, e.errorCode, e.lastError);
                row.errorKey = fieldForFailure(e.callName, e.errorCode, e.errorKey);
            } else if (e.state == OutboxState::Conflict && row.state != SyncState::Failed) {
                row.state = SyncState::Conflict;
            } else if (row.state == SyncState::Confirmed) {
                row.state = SyncState::Pending;
            }
        }
    }
    for (auto it = m_notes.constBegin(); it != m_notes.constEnd(); ++it) {
        const int i = int(index.value(it.key(), -1));
        if (i >= 0 && rows.at(i).state == SyncState::Confirmed) {
            rows[i].state = SyncState::Failed;
            rows[i].error = it.value();
        }
    }
    return rows;
}

void AdminListModel::rebuild()
{
    applyRows(derivedRows());
    publishNames();
}

void AdminListModel::applyRows(const QList<Row> &rows)
{
    QHash<QString, int> newIndex;
    for (int i = 0; i < rows.size(); ++i)
        newIndex.insert(rows.at(i).key, i);
    // Rows gone, from the end so the positions ahead stay right.
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (newIndex.contains(m_rows.at(i).key))
            continue;
        beginRemoveRows({}, i, i);
        m_rows.removeAt(i);
        endRemoveRows();
    }
    // Rows that stay change in place, so selections stay on them.
    QSet<QString> held;
    for (int i = 0; i < m_rows.size(); ++i) {
        held.insert(m_rows.at(i).key);
        const Row &fresh = rows.at(newIndex.value(m_rows.at(i).key));
        if (fresh == m_rows.at(i))
            continue;
        m_rows[i] = fresh;
        Q_EMIT dataChanged(index(i, 0), index(i, columnCount() - 1));
    }
    QList<Row> added;
    for (const Row &row : rows) {
        if (!held.contains(row.key))
            added.append(row);
    }
    if (added.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + added.size()) - 1);
    m_rows.append(added);
    endInsertRows();
}

void AdminListModel::publishNames()
{
    if (!m_names || m_nameKind < 0)
        return;
    QList<QJsonObject> named;
    for (const Row &row : std::as_const(m_rows)) {
        if (!row.values.value(m_idKey).toString().isEmpty() && !RecordKey::isLocal(row.key))
            named.append(row.values);
    }
    m_names->setRows(NameLookup::Kind(m_nameKind), named);
}

void AdminListModel::onEntryChanged(const QUuid &opId)
{
    const ct::store::OutboxEntry *entry = m_outbox ? m_outbox->find(opId) : nullptr;
    if (entry && concerns(entry->recordKey) && entry->state == OutboxState::InFlight)
        m_inFlight.insert(opId, *entry);
    else
        m_inFlight.remove(opId);
}

void AdminListModel::applyConfirmed(const ct::store::OutboxEntry &entry)
{
    // A create arrives through recordCreated (it names the server's id).
    if (entry.isCreate())
        return;
    const QString id = RecordKey::idOf(entry.recordKey);
    const auto it = std::find_if(m_serverRows.begin(), m_serverRows.end(),
                                 [&](const QJsonObject &r) { return r.value(m_idKey).toString() == id; });
    if (it == m_serverRows.end())
        return;
    if (entry.isDelete()) {
        m_serverRows.erase(it);
        if (m_database)
            m_database->cacheRemove(m_entity, id);
        return;
    }
    for (auto p = entry.params.constBegin(); p != entry.params.constEnd(); ++p)
        it->insert(p.key(), p.value());
    *it = withoutSecrets(*it);
    if (m_database)
        m_database->cachePut(m_entity, id, *it);
}

void AdminListModel::onEntryRemoved(const QUuid &opId)
{
    // Removed while being sent: the server confirmed it (a discard never takes an entry in flight).
    if (const auto sent = m_inFlight.constFind(opId); sent != m_inFlight.cend()) {
        applyConfirmed(sent.value());
        m_inFlight.erase(sent);
    }
    QMetaObject::invokeMethod(this, &AdminListModel::rebuild, Qt::QueuedConnection);
    if (!m_outbox)
        return;
    // When this list's last queued edit is settled, read the server's truth once (a new lead
    // source's generated web key comes only from the server).
    const bool mineLeft = std::any_of(m_outbox->entries().cbegin(), m_outbox->entries().cend(),
                                      [this](const ct::store::OutboxEntry &e) { return concerns(e.recordKey); });
    const bool hadMine = std::any_of(m_rows.cbegin(), m_rows.cend(),
                                     [](const Row &r) { return r.state == SyncState::Pending || r.removing; });
    if (!mineLeft && hadMine && !m_refreshQueued) {
        m_refreshQueued = true;
        QMetaObject::invokeMethod(this, [this] {
            m_refreshQueued = false;
            refresh();
        }, Qt::QueuedConnection);
    }
}

void AdminListModel::onRecordCreated(const QString &localKey, const QString &serverId)
{
    if (!concerns(localKey))
        return;
    const int row = rowOfKey(localKey);
    if (row < 0)
        return;
    // Until the next read, the row as it was sent is the record; it keeps its place.
    QJsonObject values = m_rows.at(row).values;
    values.insert(m_idKey, serverId);
    putServerRow(values, localKey);
}

void AdminListModel::putServerRow(const QJsonObject &rowIn, const QString &replacingKey)
{
    const QJsonObject row = withoutSecrets(rowIn);
    const QString id = row.value(m_idKey).toString();
    if (id.isEmpty())
        return;
    const QString key = recordKeyFor(id);
    const int existing = int(std::find_if(m_serverRows.cbegin(), m_serverRows.cend(), [&](const QJsonObject &r) {
                                 return r.value(m_idKey).toString() == id;
                             }) - m_serverRows.cbegin());
    if (existing < m_serverRows.size())
        m_serverRows[existing] = row;
    else
        m_serverRows.append(row);
    if (m_database)
        m_database->cachePut(m_entity, id, row);
    if (!replacingKey.isEmpty()) {
        dropSendingRow(replacingKey);
        const int at = rowOfKey(replacingKey);
        if (at >= 0 && rowOfKey(key) < 0) {
            m_rows[at].key = key;   // same row, now under the server's id
            m_rows[at].values = row;
            Q_EMIT dataChanged(index(at, 0), index(at, columnCount() - 1));
        }
    }
    rebuild();
}

void AdminListModel::putSendingRow(const QString &key, const QJsonObject &values)
{
    m_sending.append({key, withoutSecrets(values)});
    rebuild();
}

void AdminListModel::dropSendingRow(const QString &key)
{
    m_sending.erase(std::remove_if(m_sending.begin(), m_sending.end(), [&](const auto &s) { return s.first == key; }),
                    m_sending.end());
}

void AdminListModel::onEntryFailed(const QUuid &opId, const QString &, const QString &)
{
    const ct::store::OutboxEntry *entry = m_outbox ? m_outbox->find(opId) : nullptr;
    if (!entry || !concerns(entry->recordKey))
        return;
    const QString key = entry->recordKey;
    const QString text = failureText(entry->callName, entry->errorCode, entry->lastError);
    const QString field = fieldForFailure(entry->callName, entry->errorCode, entry->errorKey);
    if (entry->isDelete() && entry->errorCode == ct::api::CtCode::StillInUse) {
        // Nothing to correct: the record stays as the server has it, so the delete is taken
        // back instead of waiting in the Outbox; the row keeps the reason until the next edit.
        m_notes.insert(key, text);
        // Queued: the replayer still holds the entry while it reports the failure.
        QMetaObject::invokeMethod(this, [this, opId] {
            if (m_replayer)
                m_replayer->discard(opId);
        }, Qt::QueuedConnection);
    }
    rebuild();
    Q_EMIT editFailed(key, text, field);
}

QString AdminListModel::fieldForFailure(const QString &, int, const QString &errorKey) const
{
    return errorKey;
}

QString AdminListModel::failureText(const QString &, int ctCode, const QString &message) const
{
    if (ctCode == ct::api::CtCode::StillInUse)
        return tr("Still used by contacts, so the server kept it.");
    if (ctCode == ct::api::CtCode::Duplicate)
        return tr("The server already has one with this name.");
    return message.isEmpty() ? ct::api::ctCodeMessage(ctCode) : message;
}

bool AdminListModel::fail(const QString &message)
{
    m_error = message;
    return false;
}

QString AdminListModel::enqueueCreate(ct::api::Call call, const ct::api::ApiParams &fields)
{
    m_error.clear();
    if (!m_outbox) {
        fail(tr("No account is open."));
        return {};
    }
    const QString localKey = RecordKey::newLocal(m_entity);
    const auto result = m_outbox->enqueue(ct::api::callName(call), fields, localKey);
    if (!result.accepted()) {
        fail(result.errorString);
        return {};
    }
    rebuild();
    return localKey;
}

bool AdminListModel::enqueueUpdate(ct::api::Call call, const QString &recordKey, const ct::api::ApiParams &changed,
                                 const ct::api::ApiParams &base)
{
    m_error.clear();
    if (!m_outbox)
        return fail(tr("No account is open."));
    if (changed.isEmpty())
        return true;
    m_notes.remove(recordKey);
    // A refused update blocks the record's later edits: the new values are its correction.
    for (const ct::store::OutboxEntry &e : m_outbox->entries()) {
        if (e.recordKey == recordKey && e.is(call) && e.state == OutboxState::Failed) {
            ct::api::ApiParams merged = e.params;
            for (auto it = changed.constBegin(); it != changed.constEnd(); ++it)
                merged.insert(it.key(), it.value());
            const bool ok = m_replayer ? m_replayer->edit(e.opId, merged) : m_outbox->edit(e.opId, merged);
            if (!ok)
                return fail(m_outbox->errorString());
            rebuild();
            return true;
        }
    }
    ct::api::ApiParams params = changed;
    params.insert(m_idKey, RecordKey::isLocal(recordKey) ? recordKey : RecordKey::idOf(recordKey));
    const auto result = m_outbox->enqueue(ct::api::callName(call), params, recordKey, base);
    if (!result.accepted())
        return fail(result.errorString);
    rebuild();
    return true;
}

bool AdminListModel::enqueueDelete(ct::api::Call call, const QString &recordKey)
{
    m_error.clear();
    if (!m_outbox)
        return fail(tr("No account is open."));
    m_notes.remove(recordKey);
    const QString id = RecordKey::isLocal(recordKey) ? recordKey : RecordKey::idOf(recordKey);
    const auto result = m_outbox->enqueue(ct::api::callName(call), {{m_idKey, id}}, recordKey);
    if (!result.accepted())
        return fail(result.errorString);
    rebuild();
    return true;
}

int AdminListModel::rowOfKey(const QString &recordKey) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).key == recordKey)
            return i;
    }
    return -1;
}

QString AdminListModel::keyAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).key : QString();
}

QString AdminListModel::idAt(int row) const
{
    const QString key = keyAt(row);
    return key.isEmpty() || RecordKey::isLocal(key) || !concerns(key) ? QString() : RecordKey::idOf(key);
}

QJsonObject AdminListModel::recordAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).values : QJsonObject();
}

SyncState AdminListModel::stateAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).state : SyncState::Confirmed;
}

bool AdminListModel::isRemovalPending(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).removing;
}

int AdminListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AdminListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size()) + 1;
}

QString AdminListModel::displayText(const QJsonObject &record, const QString &key) const
{
    return record.value(key).toString();
}

QVariant AdminListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (index.column() < m_columns.size()) {
            const QString key = m_columns.at(index.column()).key;
            return role == Qt::EditRole ? row.values.value(key).toString() : displayText(row.values, key);
        }
        switch (row.state) {
        case SyncState::Confirmed: return QString();
        case SyncState::Pending: return row.removing ? tr("Delete waiting to be sent") : tr("Waiting to be sent");
        case SyncState::Failed: return row.error;
        case SyncState::Conflict: return tr("Changed on the server meanwhile: see the Outbox");
        }
        return {};
    case Qt::ToolTipRole:
        return row.error.isEmpty() ? QVariant() : QVariant(row.error);
    case Qt::FontRole:
        if (row.removing) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return {};
    case SyncStateRole: return int(row.state);
    case SyncErrorRole: return row.error;
    case SyncErrorKeyRole: return row.errorKey;
    case RecordKeyRole: return row.key;
    default: return {};
    }
}

QVariant AdminListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section > m_columns.size())
        return {};
    return section < m_columns.size() ? m_columns.at(section).title : tr("Status");
}

} // namespace ct::models
