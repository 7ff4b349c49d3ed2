// SPDX-License-Identifier: MIT
#include "actionplansmodel.h"

#include "listanswercheck.h"

#include "modelroles.h"
#include "namelookup.h"
#include "recordsynctracker.h"
#include "serverfieldtext.h"
#include "syncroledata.h"

#include "api/apiclient.h"
#include "api/catalogapi.h"
#include "store/accountdatabase.h"
#include "store/outbox.h"

#include <QFont>
#include <QJsonArray>
#include <QLocale>
#include <QTime>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
namespace RecordKey = ct::store::RecordKey;

namespace ct::models {

namespace {

const QString planEntity = u"action_plan"_s;   // NameLookup caches the same rows under this name
const QString stepsKey = u"Action Steps"_s;

QString keyFor(const QString &recordKeyOrId)
{
    return recordKeyOrId.contains(u':') ? recordKeyOrId : RecordKey::make(planEntity, recordKeyOrId);
}

bool matchesPrefix(const QJsonObject &plan, const QString &prefix)
{
    // The server compares like SQL's LIKE 'prefix%', which ignores case for ASCII letters.
    return prefix.isEmpty() || serverFieldText(plan, u"action_plan_name"_s).startsWith(prefix, Qt::CaseInsensitive);
}

} // namespace

ActionPlansModel::ActionPlansModel(QObject *parent)
    : TwoLevelTreeModel(parent)
    , m_sync(new RecordSyncTracker(planEntity, this))
{
    connect(m_sync, &RecordSyncTracker::statusChanged, this, &ActionPlansModel::onStatusChanged);
    connect(m_sync, &RecordSyncTracker::settled, this, &ActionPlansModel::onSettled);
    connect(m_sync, &RecordSyncTracker::created, this, &ActionPlansModel::onCreated);
}

ActionPlansModel::~ActionPlansModel() = default;

void ActionPlansModel::setNames(NameLookup *names)
{
    m_names = names;
}

void ActionPlansModel::setAccount(ct::store::AccountDatabase *database, ct::api::ApiClient *client)
{
    ++m_generation;
    m_database = database;
    m_client = client;
    m_loading = false;
    m_error.clear();
    setListNotice({});
    setPlans(cachedPlans());
}

QList<QJsonObject> ActionPlansModel::cachedPlans() const
{
    QList<QJsonObject> cached;
    if (m_database) {
        for (const auto &record : m_database->cacheAll(planEntity)) {
            if (matchesPrefix(record.json, m_prefix))
                cached.append(record.json);
        }
    }
    std::sort(cached.begin(), cached.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return serverFieldText(a, u"action_plan_id"_s).toLongLong() < serverFieldText(b, u"action_plan_id"_s).toLongLong();
    });
    return cached;
}

void ActionPlansModel::setListNotice(const QString &notice)
{
    if (notice == m_listNotice)
        return;
    m_listNotice = notice;
    Q_EMIT listNoticeChanged(notice);
}

void ActionPlansModel::trackOutbox(ct::store::Outbox *outbox, ct::store::OutboxReplayer *replayer)
{
    m_sync->track(outbox, replayer);
    // Edits queued in an earlier session show again as they were made.
    QList<QJsonObject> rows;
    for (const Plan &plan : std::as_const(m_plans)) {
        if (!RecordKey::isLocal(plan.key))
            rows.append(plan.json);
    }
    setPlans(rows);
}

void ActionPlansModel::load(const QString &namePrefix)
{
    const bool newQuery = namePrefix != m_prefix;
    m_prefix = namePrefix;
    if (newQuery)
        setAccount(m_database, m_client);   // the cached plans that match, at once
    const int generation = ++m_generation;
    m_error.clear();
    if (!m_client)
        return;
    m_loading = true;
    ct::api::ApiReply *reply = ct::api::ActionPlansApi(m_client).readList(m_prefix);
    connect(reply, &ct::api::ApiReply::finished, this,
            [this, generation](const ct::api::ApiResult &result) { onList(result, generation); });
}

void ActionPlansModel::onList(const ct::api::ApiResult &result, int generation)
{
    if (generation != m_generation)
        return;   // an earlier prefix's answer
    m_loading = false;
    if (!result.ok() && result.ctCode != ct::api::CtCode::NoRecord) {
        m_error = result.message;
        Q_EMIT loadFailed(result.message);
        return;   // what the cache showed stays
    }
    const ListAnswerCheck check(u"action_plan_id"_s, result.rows, result.total);
    QList<QJsonObject> rows = check.readable();
    if (m_database) {
        // Only the whole list, and only one that adds up, says what the server no longer has.
        if (m_prefix.isEmpty() && check.isConsistent())
            m_database->cacheClear(planEntity);
        m_database->cachePutMany(planEntity, check.records());
        if (!check.isConsistent())
            rows = cachedPlans();   // a plan the answer could not name may be any of them
    }
    setListNotice(check.notice());
    setPlans(rows);
    Q_EMIT loaded();
}

ActionPlansModel::Plan ActionPlansModel::planFromJson(const QJsonObject &json, quintptr serial)
{
    Plan plan;
    plan.serial = serial;
    plan.key = RecordKey::make(planEntity, serverFieldText(json, u"action_plan_id"_s));
    plan.json = json;
    for (const QJsonValue &step : json.value(stepsKey).toArray())
        plan.steps.append(step.toObject());
    std::stable_sort(plan.steps.begin(), plan.steps.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return serverFieldText(a, u"Order"_s).toInt() < serverFieldText(b, u"Order"_s).toInt();
    });
    return plan;
}

void ActionPlansModel::setPlans(const QList<QJsonObject> &rows)
{
    beginResetModel();
    m_plans.clear();
    for (const QJsonObject &row : rows)
        m_plans.append(planFromJson(row, m_nextSerial++));
    overlayOutbox(m_plans);
    endResetModel();
}

void ActionPlansModel::overlayOutbox(QList<Plan> &plans, bool withNewPlans) const
{
    for (const ct::store::OutboxEntry &entry : m_sync->entries()) {
        QJsonObject fields;
        for (auto it = entry.params.cbegin(); it != entry.params.cend(); ++it) {
            if (it.key() != u"action_plan_id")
                fields.insert(it.key(), it.value());
        }
        if (entry.is(ct::api::Call::CreateActionPlan) && RecordKey::isLocal(entry.recordKey)) {
            if (!withNewPlans || !matchesPrefix(fields, m_prefix))
                continue;
            if (std::any_of(plans.cbegin(), plans.cend(), [&](const Plan &p) { return p.key == entry.recordKey; }))
                continue;
            Plan plan;
            plan.serial = m_nextSerial++;
            plan.key = entry.recordKey;
            plan.json = fields;
            fillNames(plan.json, fields);
            plans.append(plan);
        } else if (entry.is(ct::api::Call::UpdateActionPlanById)) {
            for (Plan &plan : plans) {
                if (plan.key != entry.recordKey)
                    continue;
                for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
                    plan.json.insert(it.key(), it.value());
                fillNames(plan.json, fields);
            }
        }
    }
}

void ActionPlansModel::fillNames(QJsonObject &json, const QJsonObject &fields) const
{
    // The server names links in its answers; an edit not yet sent is named here.
    const QString type = serverFieldText(json, u"action_plan_type"_s);
    if (fields.contains(u"action_plan_link_id"_s) || fields.contains(u"action_plan_type"_s)) {
        const QString link = serverFieldText(json, u"action_plan_link_id"_s);
        QString name;
        if (!link.isEmpty() && link != u"0" && m_names) {
            if (type == u"Connection")
                name = m_names->name(NameLookup::LeadSource, link.toUtf8());
            else if (type == u"Conversion")
                name = m_names->name(NameLookup::SalesCycle, link.toUtf8());
        }
        json.insert(u"action_plan_link_name"_s, name);
    }
    if (fields.contains(u"action_plan_next_plan_id"_s)) {
        const QString next = serverFieldText(json, u"action_plan_next_plan_id"_s);
        QString name;
        if (!next.isEmpty() && next != u"0") {
            const int row = rowOfKey(next);
            name = row >= 0 ? serverFieldText(m_plans.at(row).json, u"action_plan_name"_s)
                            : (m_names ? m_names->name(NameLookup::ActionPlan, next.toUtf8()) : next);
        }
        json.insert(u"action_plan_next_plan_name"_s, name);
    }
}

void ActionPlansModel::refreshPlan(const QString &actionPlanId)
{
    if (!m_client || actionPlanId.isEmpty() || RecordKey::isLocal(actionPlanId))
        return;
    const int generation = m_generation;
    ct::api::ApiReply *reply = ct::api::ActionPlansApi(m_client).readById(actionPlanId);
    connect(reply, &ct::api::ApiReply::finished, this, [this, generation, actionPlanId](const ct::api::ApiResult &result) {
        if (generation != m_generation || !result.ok() || result.rows.isEmpty())
            return;
        const QJsonObject row = result.rows.first().toObject();
        if (m_database)
            m_database->cachePut(planEntity, actionPlanId, row);
        const int at = rowOfKey(actionPlanId);
        if (at >= 0) {
            replacePlan(at, row);
        } else if (matchesPrefix(row, m_prefix)) {
            QList<Plan> one{planFromJson(row, m_nextSerial++)};
            overlayOutbox(one, false);
            beginInsertRows({}, int(m_plans.size()), int(m_plans.size()));
            m_plans.append(one.first());
            endInsertRows();
        }
    });
}

void ActionPlansModel::replacePlan(int row, const QJsonObject &json)
{
    QList<Plan> one{planFromJson(json, m_plans.at(row).serial)};
    overlayOutbox(one, false);   // edits still queued stay visible over the server's copy
    Plan &plan = m_plans[row];
    const QModelIndex parentIndex = index(row, 0);
    if (!plan.steps.isEmpty()) {
        beginRemoveRows(parentIndex, 0, int(plan.steps.size()) - 1);
        plan.steps.clear();
        endRemoveRows();
    }
    plan.json = one.first().json;
    if (!one.first().steps.isEmpty()) {
        beginInsertRows(parentIndex, 0, int(one.first().steps.size()) - 1);
        plan.steps = one.first().steps;
        endInsertRows();
    }
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ActionPlansModel::insertLocalPlan(const QString &localKey, const QJsonObject &fields)
{
    if (rowOfKey(localKey) >= 0)
        return;
    Plan plan;
    plan.serial = m_nextSerial++;
    plan.key = localKey;
    plan.json = fields;
    fillNames(plan.json, fields);
    beginInsertRows({}, int(m_plans.size()), int(m_plans.size()));
    m_plans.append(plan);
    endInsertRows();
}

void ActionPlansModel::applyLocalEdit(const QString &recordKeyOrId, const QJsonObject &fields)
{
    const int row = rowOfKey(recordKeyOrId);
    if (row < 0)
        return;
    QJsonObject &json = m_plans[row].json;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        json.insert(it.key(), it.value());
    fillNames(json, fields);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ActionPlansModel::onStatusChanged(const QString &recordKey)
{
    const int row = rowOfKey(recordKey);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ActionPlansModel::onSettled(const QString &recordKey)
{
    if (!RecordKey::isLocal(recordKey)) {
        const QString id = RecordKey::idOf(recordKey);
        refreshPlan(id);   // the server's copy, with the names and steps it keeps
        Q_EMIT planConfirmed(id);
        return;
    }
    // A local plan with nothing queued: either its create was confirmed (created() follows at
    // once) or the user discarded it in the outbox, and then it never existed.
    QMetaObject::invokeMethod(this, [this, recordKey] {
        const int row = rowOfKey(recordKey);
        if (row < 0 || m_sync->status(recordKey).state != SyncState::Confirmed)
            return;
        beginRemoveRows({}, row, row);
        m_plans.removeAt(row);
        endRemoveRows();
    }, Qt::QueuedConnection);
}

void ActionPlansModel::onCreated(const QString &localKey, const QString &serverId)
{
    const int row = rowOfKey(localKey);
    if (row < 0)
        return;
    const QString serverKey = RecordKey::make(planEntity, serverId);
    if (const int existing = rowOfKey(serverKey); existing >= 0) {
        // A list read already brought the new plan: the local row goes.
        beginRemoveRows({}, row, row);
        m_plans.removeAt(row);
        endRemoveRows();
    } else {
        m_plans[row].key = serverKey;
        m_plans[row].json.insert(u"action_plan_id"_s, serverId);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    if (m_sync->status(serverKey).state == SyncState::Confirmed) {
        refreshPlan(serverId);
        Q_EMIT planConfirmed(serverId);
    }
}

QJsonObject ActionPlansModel::plan(int row) const
{
    return row >= 0 && row < m_plans.size() ? m_plans.at(row).json : QJsonObject();
}

QString ActionPlansModel::planKey(int row) const
{
    return row >= 0 && row < m_plans.size() ? m_plans.at(row).key : QString();
}

int ActionPlansModel::rowOfKey(const QString &recordKeyOrId) const
{
    const QString key = keyFor(recordKeyOrId);
    for (int i = 0; i < m_plans.size(); ++i) {
        if (m_plans.at(i).key == key)
            return i;
    }
    return -1;
}

QModelIndex ActionPlansModel::indexOfPlan(const QString &recordKeyOrId, int column) const
{
    const int row = rowOfKey(recordKeyOrId);
    return row < 0 ? QModelIndex() : index(row, column);
}

QList<std::pair<QString, QString>> ActionPlansModel::planChoices() const
{
    QList<std::pair<QString, QString>> out;
    for (const Plan &plan : m_plans) {
        const QString id = RecordKey::isLocal(plan.key) ? plan.key : RecordKey::idOf(plan.key);
        out.append({id, serverFieldText(plan.json, u"action_plan_name"_s)});
    }
    return out;
}

QString ActionPlansModel::otherPlanLinkedTo(const QString &type, const QString &linkId, const QString &exceptKey) const
{
    if (linkId.isEmpty() || linkId == u"0")
        return {};
    for (const Plan &plan : m_plans) {
        if (plan.key != exceptKey && serverFieldText(plan.json, u"action_plan_type"_s) == type
            && serverFieldText(plan.json, u"action_plan_link_id"_s) == linkId)
            return serverFieldText(plan.json, u"action_plan_name"_s);
    }
    return {};
}

int ActionPlansModel::rowOfSerial(quintptr serial) const
{
    for (int i = 0; i < m_plans.size(); ++i) {
        if (m_plans.at(i).serial == serial)
            return i;
    }
    return -1;
}

int ActionPlansModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_plans.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;   // steps have no children
    return int(m_plans.at(parent.row()).steps.size());
}

int ActionPlansModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ActionPlansModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0)
        return planData(m_plans.at(index.row()), index.column(), role);
    const int planRow = rowOfSerial(index.internalId());
    if (planRow < 0)
        return {};
    return stepData(m_plans.at(planRow).steps.at(index.row()), index.column(), role);
}

QVariant ActionPlansModel::planData(const Plan &plan, int column, int role) const
{
    const RecordSyncTracker::Status status = m_sync->status(plan.key);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn: return serverFieldText(plan.json, u"action_plan_name"_s);
        case TypeColumn: return serverFieldText(plan.json, u"action_plan_type"_s);
        case LinkColumn: return serverFieldText(plan.json, u"action_plan_link_name"_s);
        case NextPlanColumn: return serverFieldText(plan.json, u"action_plan_next_plan_name"_s);
        case BodyColumn:
            return plan.steps.isEmpty() ? QString() : tr("%n step(s)", nullptr, int(plan.steps.size()));
        }
        return {};
    case Qt::ToolTipRole:
        if (status.state == SyncState::Pending)
            return tr("Waiting to be sent");
        if (status.state != SyncState::Confirmed)
            return status.error;
        return {};
    case Qt::FontRole:
        if (status.state == SyncState::Pending) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    }
    return syncRoleData(status, plan.key, role);
}

QVariant ActionPlansModel::stepData(const QJsonObject &step, int column, int role) const
{
    if (role == Qt::DisplayRole) {
        switch (column) {
        case NameColumn: return u"%1. %2"_s.arg(serverFieldText(step, u"Order"_s), serverFieldText(step, u"Subject"_s));
        case TypeColumn: return serverFieldText(step, u"Type"_s);
        case DayColumn: return tr("Day %1").arg(serverFieldText(step, u"Date"_s));
        case TimeColumn: {
            const QTime time = QTime::fromString(serverFieldText(step, u"Time"_s), u"HH:mm:ss"_s);
            return time.isValid() ? QLocale().toString(time, QLocale::ShortFormat) : serverFieldText(step, u"Time"_s);
        }
        case BodyColumn: return serverFieldText(step, u"Body"_s).section(u'\n', 0, 0);
        }
    } else if (role == Qt::ToolTipRole && column == BodyColumn) {
        return serverFieldText(step, u"Body"_s);
    } else if (role == SyncStateRole) {
        return int(SyncState::Confirmed);
    }
    return {};
}

QVariant ActionPlansModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Plan / step");
    case TypeColumn: return tr("Type");
    case LinkColumn: return tr("Linked to");
    case NextPlanColumn: return tr("Next plan");
    case DayColumn: return tr("Day");
    case TimeColumn: return tr("Time");
    case BodyColumn: return tr("Message");
    }
    return {};
}

} // namespace ct::models
