// SPDX-License-Identifier: MIT
#include "outboxentry.h"

#include "api/enumnames.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace ct::store {

namespace {

constexpr auto StateNames = std::to_array<ct::api::NamedValue<OutboxState>>({
    {OutboxState::Pending, u"pending"},
    {OutboxState::InFlight, u"in-flight"},
    {OutboxState::Failed, u"failed"},
    {OutboxState::Conflict, u"conflict"},
});
static_assert(ct::api::namesEachInOrder(StateNames));

} // namespace

QString outboxStateName(OutboxState state)
{
    return ct::api::nameOf(StateNames, state);
}

namespace RecordKey {

static constexpr QLatin1StringView LocalMarker{":local:"};

QString make(const QString &entity, const QString &serverId)
{
    return entity + u':' + serverId;
}

QString newLocal(const QString &entity)
{
    return entity + QString(LocalMarker) + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool isLocal(const QString &key)
{
    return key.contains(LocalMarker);
}

QString entityOf(const QString &key)
{
    return key.section(u':', 0, 0);
}

QString idOf(const QString &key)
{
    return key.section(u':', 1);
}

bool referencesLocal(const ct::api::ApiParams &params)
{
    for (const QString &value : params) {
        if (isLocal(value))
            return true;
    }
    return false;
}

QString forCall(const QString &callName, const ct::api::ApiParams &params)
{
    // Everything that hangs off a client (notes, emails, texts, events) is ordered with it.
    if (params.contains(u"client_id"_s)) {
        const QString id = params.value(u"client_id"_s);
        return isLocal(id) ? id : make(u"client"_s, id);
    }
    static const QList<QPair<QString, QString>> idKeys = {
        {u"lead_source_id"_s, u"lead_source"_s}, {u"sales_cycle_id"_s, u"sales_cycle"_s},
        {u"user_id"_s, u"user"_s},               {u"account_id"_s, u"account"_s},
        {u"action_plan_id"_s, u"action_plan"_s}, {u"event_id"_s, u"event"_s},
        {u"external_id"_s, u"client_external"_s},
    };
    if (!callName.startsWith(u"create_")) {
        for (const auto &[key, entity] : idKeys) {
            if (params.contains(key)) {
                const QString id = params.value(key);
                return isLocal(id) ? id : make(entity, id);
            }
        }
    }
    const ct::api::CallSpec *spec = ct::api::findCall(callName);
    const QString entity = spec ? ct::api::entityName(spec->entity) : u"record"_s;
    return newLocal(entity);
}

} // namespace RecordKey

QString paramsToJson(const ct::api::ApiParams &params)
{
    QJsonObject object;
    for (auto it = params.cbegin(); it != params.cend(); ++it)
        object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

ct::api::ApiParams paramsFromJson(const QString &json)
{
    ct::api::ApiParams params;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        params.insert(it.key(), it.value().toString());
    return params;
}

} // namespace ct::store
