// SPDX-License-Identifier: MIT
#include "namelookup.h"

#include "listanswercheck.h"

#include "api/adminapi.h"
#include "api/apicall.h"
#include "api/apiclient.h"
#include "api/catalogapi.h"
#include "store/accountdatabase.h"

#include <QJsonObject>

namespace ct::models {

namespace {

struct KindSpec
{
    ct::api::Entity entity;
    const char *idKey;
    const char *nameKey;       // users: first name, with the last name appended
};
const KindSpec specs[NameLookup::KindCount] = {
    {ct::api::Entity::SalesCycle, "sales_cycle_id", "sales_cycle_name"},
    {ct::api::Entity::LeadSource, "lead_source_id", "lead_source_name"},
    {ct::api::Entity::User, "user_id", "user_first_name"},
    {ct::api::Entity::ActionPlan, "action_plan_id", "action_plan_name"},
};

QString nameOf(NameLookup::Kind kind, const QJsonObject &row)
{
    QString name = row.value(QLatin1StringView(specs[kind].nameKey)).toString();
    if (kind == NameLookup::User) {
        const QString last = row.value(u"user_last_name").toString();
        name = QStringList({name, last}).join(u' ').trimmed();
    }
    return name;
}

} // namespace

NameLookup::NameLookup(QObject *parent) : QObject(parent) {}

void NameLookup::setSources(ct::store::AccountDatabase *database, ct::api::ApiClient *client)
{
    ++m_generation;
    m_database = database;
    m_client = client;
    for (int k = 0; k < KindCount; ++k) {
        m_names[k].clear();
        if (!m_database)
            continue;
        const QString entity = ct::api::entityName(specs[k].entity);
        for (const auto &cached : m_database->cacheAll(entity))
            m_names[k].insert(cached.recordId.toUtf8(), nameOf(Kind(k), cached.json));
    }
}

void NameLookup::refresh()
{
    if (!m_client)
        return;
    const int generation = m_generation;
    auto watch = [this, generation](Kind kind, ct::api::ApiReply *reply) {
        connect(reply, &ct::api::ApiReply::finished, this,
                [this, generation, kind](const ct::api::ApiResult &result) {
                    if (generation == m_generation)
                        onAnswer(kind, result);
                });
    };
    watch(SalesCycle, ct::api::SalesCyclesApi(m_client).readList());
    watch(LeadSource, ct::api::LeadSourcesApi(m_client).readList());
    watch(User, ct::api::UsersApi(m_client).readList());
    watch(ActionPlan, ct::api::ActionPlansApi(m_client).readList());
}

void NameLookup::onAnswer(Kind kind, const ct::api::ApiResult &result)
{
    if (!result.ok())
        return;   // the cached names stay; the list is only a label source
    const ListAnswerCheck check(QLatin1StringView(specs[kind].idKey), result.rows, result.total);
    // Only a list that adds up says which names are gone; any other only adds and renames (the
    // page that owns the list says what was skipped).
    QHash<QByteArray, QString> names = check.isConsistent() ? QHash<QByteArray, QString>() : m_names[kind];
    for (const auto &[id, row] : check.records())
        names.insert(id.toUtf8(), nameOf(kind, row));
    if (m_database) {
        const QString entity = ct::api::entityName(specs[kind].entity);
        if (check.isConsistent())
            m_database->cacheClear(entity);
        m_database->cachePutMany(entity, check.records());
    }
    replaceNames(kind, std::move(names));
}

void NameLookup::replaceNames(Kind kind, QHash<QByteArray, QString> names)
{
    // Views refill their lists on changed(): only when something did change.
    if (names == m_names[kind])
        return;
    m_names[kind] = std::move(names);
    Q_EMIT changed(kind);
}

void NameLookup::setRows(Kind kind, const QList<QJsonObject> &rows)
{
    QHash<QByteArray, QString> names;
    for (const QJsonObject &row : rows) {
        const QString id = row.value(QLatin1StringView(specs[kind].idKey)).toString();
        if (!id.isEmpty())
            names.insert(id.toUtf8(), nameOf(kind, row));
    }
    replaceNames(kind, std::move(names));
}

void NameLookup::setNames(Kind kind, const QList<std::pair<QString, QString>> &entries)
{
    QHash<QByteArray, QString> names;
    for (const auto &[id, name] : entries)
        names.insert(id.toUtf8(), name);
    replaceNames(kind, std::move(names));
}

QString NameLookup::name(Kind kind, QByteArrayView id) const
{
    if (id.isEmpty() || id == "0")
        return {};
    const auto it = m_names[kind].constFind(QByteArray::fromRawData(id.data(), id.size()));
    return it != m_names[kind].constEnd() ? it.value() : QString::fromUtf8(id);
}

QList<std::pair<QString, QString>> NameLookup::entries(Kind kind) const
{
    QList<std::pair<QString, QString>> out;
    for (auto it = m_names[kind].cbegin(); it != m_names[kind].cend(); ++it)
        out.append({QString::fromUtf8(it.key()), it.value()});
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.second < b.second; });
    return out;
}

} // namespace ct::models
