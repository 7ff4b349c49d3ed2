// SPDX-License-Identifier: MIT
#include "accountsmodel.h"

#include "listanswercheck.h"

#include "modelroles.h"
#include "recordsynctracker.h"
#include "serverfieldtext.h"
#include "syncroledata.h"

#include "api/adminapi.h"
#include "api/apiclient.h"
#include "store/accountdatabase.h"
#include "store/outbox.h"

#include <QFont>
#include <QJsonArray>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
namespace RecordKey = ct::store::RecordKey;

namespace ct::models {

namespace {

const QString accountEntity = u"account"_s;
const QString treeRecord = u"tree"_s;
const QString availabilityValue = u"accounts.availability"_s;
const QString reasonValue = u"accounts.unavailableReason"_s;
const QString subAccountsKey = u"SubAccounts"_s;

QString keyFor(const QString &idOrKey)
{
    return idOrKey.contains(u':') ? idOrKey : RecordKey::make(accountEntity, idOrKey);
}

// A web key is the account's credential (with the access token): it never reaches the cache.
QJsonObject withoutCredentials(QJsonObject account)
{
    account.remove(u"account_web_key"_s);
    QJsonArray subs;
    for (const QJsonValue &sub : account.value(subAccountsKey).toArray()) {
        QJsonObject o = sub.toObject();
        o.remove(u"account_web_key"_s);
        subs.append(o);
    }
    if (account.contains(subAccountsKey))
        account.insert(subAccountsKey, subs);
    return account;
}

} // namespace

AccountsModel::AccountsModel(QObject *parent)
    : TwoLevelTreeModel(parent)
    , m_sync(new RecordSyncTracker(accountEntity, this))
{
    connect(m_sync, &RecordSyncTracker::statusChanged, this, &AccountsModel::onStatusChanged);
    // Whether a queued edit or delete went through or was discarded, the server's list says.
    connect(m_sync, &RecordSyncTracker::settled, this, [this] { load(); });
}

AccountsModel::~AccountsModel() = default;

QString AccountsModel::displayName(const QJsonObject &account)
{
    for (const QString &key : {u"account_company_name"_s, u"account_owner_name"_s}) {
        const QString name = serverFieldText(account, key).trimmed();
        if (!name.isEmpty())
            return name;
    }
    const QString person = (serverFieldText(account, u"account_first_name"_s) + u' ' + serverFieldText(account, u"account_last_name"_s)).trimmed();
    return person.isEmpty() ? tr("Account %1").arg(serverFieldText(account, u"account_id"_s)) : person;
}

void AccountsModel::setAccount(ct::store::AccountDatabase *database, ct::api::ApiClient *client)
{
    ++m_generation;
    m_database = database;
    m_client = client;
    m_loading = false;
    m_error.clear();
    m_listNotice.clear();
    QJsonObject root;
    Availability availability = Availability::Unknown;
    QString reason;
    if (m_database) {
        if (const auto cached = m_database->cacheGet(accountEntity, treeRecord))
            root = cached->json;
        const QString known = m_database->value(availabilityValue);
        if (known == u"available")
            availability = Availability::Available;
        else if (known == u"unavailable")
            availability = Availability::Unavailable;
        reason = m_database->value(reasonValue);
    }
    setTree(root);
    setAvailability(availability, reason);
}

void AccountsModel::trackOutbox(ct::store::Outbox *outbox, ct::store::OutboxReplayer *replayer)
{
    m_sync->track(outbox, replayer);
    beginResetModel();
    overlayOutbox();
    endResetModel();
}

void AccountsModel::load()
{
    const int generation = ++m_generation;
    if (!m_client)
        return;
    m_loading = true;
    m_error.clear();
    ct::api::ApiReply *reply = ct::api::AccountsApi(m_client).readList();
    connect(reply, &ct::api::ApiReply::finished, this,
            [this, generation](const ct::api::ApiResult &result) { onList(result, generation); });
}

void AccountsModel::onList(const ct::api::ApiResult &result, int generation)
{
    if (generation != m_generation)
        return;
    m_loading = false;
    if (result.status == ct::api::ApiStatus::ServerCode || result.status == ct::api::ApiStatus::ValidationIssue) {
        // The server answered, and its answer is "not for this key": a standard account (or a
        // sub-account's key) has no accounts to list. Not an error the user can fix here.
        const QString reason =
            tr("Accounts are only for a Multi-level or Enterprise web key. This account signed in with a "
               "standard (or sub-account) key, so the server does not list accounts for it. Sign in with "
               "the enterprise account's web key to see and manage its sub-accounts.\n\nThe server "
               "answered: %1").arg(result.message);
        if (m_database) {
            m_database->cacheClear(accountEntity);
            m_database->setValue(availabilityValue, u"unavailable"_s);
            m_database->setValue(reasonValue, reason);
        }
        setTree({});
        setAvailability(Availability::Unavailable, reason);
        Q_EMIT loaded();
        return;
    }
    if (!result.ok()) {
        m_error = result.message;
        Q_EMIT loadFailed(result.message);
        return;   // offline or a server fault: the cached tree stays
    }
    const QJsonObject root = checkedTree(result);
    if (m_database) {
        m_database->cachePut(accountEntity, treeRecord, root);
        m_database->setValue(availabilityValue, u"available"_s);
        m_database->setValue(reasonValue, {});
    }
    setTree(root);
    setAvailability(Availability::Available, {});
    Q_EMIT loaded();
}

QJsonObject AccountsModel::checkedTree(const ct::api::ApiResult &result)
{
    // The answer's one row is the signed-in account; the list is its SubAccounts.
    const ListAnswerCheck top(u"account_id"_s, result.rows, result.total);
    const QJsonObject answered = result.rows.isEmpty() ? QJsonObject() : withoutCredentials(result.rows.first().toObject());
    const ListAnswerCheck subs(u"account_id"_s, answered.value(subAccountsKey).toArray());
    const QStringList problems = top.problems() + subs.problems();
    setListNotice(problems.isEmpty() ? QString() : ListAnswerCheck::noticeText(problems));
    if (problems.isEmpty())
        return answered;   // the server's whole tree: a sub-account it no longer lists is gone
    // A sub-account the answer could not name may be any cached one: every one stays, the
    // readable ones as the server has them now.
    const auto cached = m_database ? m_database->cacheGet(accountEntity, treeRecord) : std::nullopt;
    const QJsonObject before = cached ? cached->json : QJsonObject();
    QJsonObject root = top.readable().isEmpty() ? before : answered;
    QJsonArray merged;
    for (const QJsonObject &o : subs.readable())
        merged.append(o);
    for (const QJsonValue &v : before.value(subAccountsKey).toArray()) {
        if (!subs.names(serverFieldText(v.toObject(), u"account_id"_s)))
            merged.append(v);
    }
    QList<QJsonValue> ordered(merged.cbegin(), merged.cend());
    std::stable_sort(ordered.begin(), ordered.end(), [](const QJsonValue &a, const QJsonValue &b) {
        return serverFieldText(a.toObject(), u"account_id"_s).toLongLong() < serverFieldText(b.toObject(), u"account_id"_s).toLongLong();
    });
    QJsonArray out;
    for (const QJsonValue &v : ordered)
        out.append(v);
    root.insert(subAccountsKey, out);
    return root;
}

void AccountsModel::setListNotice(const QString &notice)
{
    if (notice == m_listNotice)
        return;
    m_listNotice = notice;
    Q_EMIT listNoticeChanged(notice);
}

void AccountsModel::setAvailability(Availability availability, const QString &reason)
{
    m_unavailableReason = availability == Availability::Unavailable ? reason : QString();
    if (availability == m_availability)
        return;
    m_availability = availability;
    Q_EMIT availabilityChanged(availability);
}

void AccountsModel::setTree(const QJsonObject &root)
{
    beginResetModel();
    m_subs.clear();
    m_hasRoot = !root.isEmpty();
    m_root = {};
    if (m_hasRoot) {
        QJsonObject self = root;
        self.remove(subAccountsKey);
        m_root = {keyFor(serverFieldText(self, u"account_id"_s)), self, false};
        for (const QJsonValue &sub : root.value(subAccountsKey).toArray()) {
            const QJsonObject o = sub.toObject();
            m_subs.append({keyFor(serverFieldText(o, u"account_id"_s)), o, false});
        }
    }
    overlayOutbox();
    endResetModel();
}

void AccountsModel::overlayOutbox()
{
    for (const ct::store::OutboxEntry &entry : m_sync->entries()) {
        Node *node = nullptr;
        if (m_hasRoot && m_root.key == entry.recordKey)
            node = &m_root;
        for (Node &sub : m_subs) {
            if (sub.key == entry.recordKey)
                node = &sub;
        }
        if (!node)
            continue;
        if (entry.is(ct::api::Call::DeleteAccountById)) {
            node->removed = true;
        } else if (entry.is(ct::api::Call::UpdateAccountById)) {
            for (auto it = entry.params.cbegin(); it != entry.params.cend(); ++it) {
                if (it.key() != u"account_id")
                    node->json.insert(it.key(), it.value());
            }
        }
    }
}

void AccountsModel::applyLocalEdit(const QString &idOrKey, const QJsonObject &fields)
{
    const QModelIndex at = indexOfAccount(idOrKey);
    Node *node = nodeOf(at);
    if (!node)
        return;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        node->json.insert(it.key(), it.value());
    Q_EMIT dataChanged(at.siblingAtColumn(0), at.siblingAtColumn(ColumnCount - 1));
}

void AccountsModel::markRemoved(const QString &idOrKey)
{
    const QModelIndex at = indexOfAccount(idOrKey);
    Node *node = nodeOf(at);
    if (!node)
        return;
    node->removed = true;
    Q_EMIT dataChanged(at.siblingAtColumn(0), at.siblingAtColumn(ColumnCount - 1));
}

void AccountsModel::onStatusChanged(const QString &recordKey)
{
    const QModelIndex at = indexOfAccount(recordKey);
    if (at.isValid())
        Q_EMIT dataChanged(at.siblingAtColumn(0), at.siblingAtColumn(ColumnCount - 1));
}

QJsonObject AccountsModel::account(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    return node ? node->json : QJsonObject();
}

QString AccountsModel::accountKey(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    return node ? node->key : QString();
}

bool AccountsModel::isOwnAccount(const QModelIndex &index) const
{
    return index.isValid() && index.internalId() == 0;
}

bool AccountsModel::isRemoved(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    return node && node->removed;
}

QModelIndex AccountsModel::indexOfAccount(const QString &idOrKey, int column) const
{
    return indexOfKey(keyFor(idOrKey), column);
}

QModelIndex AccountsModel::indexOfKey(const QString &key, int column) const
{
    if (!m_hasRoot)
        return {};
    if (m_root.key == key)
        return index(0, column);
    for (int i = 0; i < m_subs.size(); ++i) {
        if (m_subs.at(i).key == key)
            return index(i, column, index(0, 0));
    }
    return {};
}

AccountsModel::Node *AccountsModel::nodeOf(const QModelIndex &index)
{
    return const_cast<Node *>(std::as_const(*this).nodeOf(index));
}

const AccountsModel::Node *AccountsModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || !m_hasRoot)
        return nullptr;
    if (index.internalId() == 0)
        return index.row() == 0 ? &m_root : nullptr;
    return index.row() < m_subs.size() ? &m_subs.at(index.row()) : nullptr;
}

int AccountsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_hasRoot ? 1 : 0;
    if (parent.internalId() == 0 && parent.column() == 0)
        return int(m_subs.size());
    return 0;
}

int AccountsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant AccountsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeOf(index);
    if (!node)
        return {};
    const RecordSyncTracker::Status status = m_sync->status(node->key);
    const QJsonObject &a = node->json;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return displayName(a);
        case OwnerColumn: {
            const QString owner = serverFieldText(a, u"account_owner_name"_s);
            return owner.isEmpty() ? (serverFieldText(a, u"account_first_name"_s) + u' ' + serverFieldText(a, u"account_last_name"_s)).trimmed()
                                   : owner;
        }
        case TypeColumn: return serverFieldText(a, u"account_type"_s);
        case EmailColumn: return serverFieldText(a, u"account_email"_s);
        case PhoneColumn: {
            const QString office = serverFieldText(a, u"account_office_phone"_s);
            return office.isEmpty() ? serverFieldText(a, u"account_phone"_s) : office;
        }
        case IdColumn: return serverFieldText(a, u"account_id"_s);
        }
        return {};
    case Qt::ToolTipRole:
        if (status.state == SyncState::Failed || status.state == SyncState::Conflict)
            return status.error;
        if (node->removed)
            return tr("Deletion waiting to be sent");
        if (status.state == SyncState::Pending)
            return tr("Changes waiting to be sent");
        return {};
    case Qt::FontRole:
        if (status.state == SyncState::Pending || node->removed) {
            QFont font;
            font.setItalic(status.state == SyncState::Pending);
            font.setStrikeOut(node->removed);
            return font;
        }
        return {};
    }
    return syncRoleData(status, node->key, role);
}

QVariant AccountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Account");
    case OwnerColumn: return tr("Owner");
    case TypeColumn: return tr("Type");
    case EmailColumn: return tr("Email");
    case PhoneColumn: return tr("Phone");
    case IdColumn: return tr("Account ID");
    }
    return {};
}

} // namespace ct::models
