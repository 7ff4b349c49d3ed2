// SPDX-License-Identifier: MIT
#include "clientrecords.h"

#include "api/normalizer.h"
#include "api/parameterschema.h"
#include "sandboxlogging.h"

#include <QJsonDocument>
#include <QSqlError>

using namespace Qt::Literals::StringLiterals;
using ct::api::ParameterGroup;
using ct::api::ParameterSchema;

namespace ct::sandbox::ClientRecords {

namespace {

const QString insertSql = u"INSERT INTO clients (client_id, account_id, external_id, first_name,"
                          " last_name, phone, email, lead_source_id, sales_cycle_id, action_plan_id,"
                          " assigned_user_id, fields) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"_s;

QVariant idOrNull(const QJsonObject &fields, const QString &key)
{
    const QString v = fields.value(key).toString();
    return v.isEmpty() ? QVariant() : QVariant(v.toLongLong());
}

QVariantList columnValues(const QJsonObject &fields)
{
    return {fields.value(u"external_id"_s).toString(), fields.value(u"firstName"_s).toString(),
            fields.value(u"lastName"_s).toString(), fields.value(u"phone"_s).toString(),
            fields.value(u"email"_s).toString(), idOrNull(fields, u"lead_source_id"_s),
            idOrNull(fields, u"sales_cycle_id"_s), idOrNull(fields, u"action_plan_id"_s),
            idOrNull(fields, u"assigned_user_id"_s),
            QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact))};
}

QJsonObject parseFields(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

} // namespace

const QStringList &storedKeys()
{
    static const QStringList keys = [] {
        QStringList k;
        for (const auto &spec : ParameterSchema::group(ParameterGroup::Client)) {
            if (spec.key != u"client_id")
                k.append(spec.key);
        }
        return k;
    }();
    return keys;
}

QJsonObject fieldsFromParams(const ct::api::ApiParams &params)
{
    QJsonObject fields;
    for (auto it = params.cbegin(); it != params.cend(); ++it) {
        if (it.key() == u"client_id")
            continue;
        if (ParameterSchema::isReservedClientKey(it.key()))
            fields.insert(it.key(), it.value());
        else if (ParameterSchema::isValidExpansionKey(it.key()))   // any other table's key is a custom field here
            fields.insert(it.key(), ct::api::Normalizer::stripHtml(it.value()));
    }
    return fields;
}

QJsonObject withCreateDefaults(QJsonObject fields, const QString &today)
{
    for (const auto &spec : ParameterSchema::group(ParameterGroup::Client)) {
        if (!spec.defaultValue.isEmpty() && fields.value(spec.key).toString().isEmpty())
            fields.insert(spec.key, spec.defaultValue);
    }
    if (fields.value(u"creation_date"_s).toString().isEmpty())
        fields.insert(u"creation_date"_s, today);
    return fields;
}

QJsonObject toRow(qint64 clientId, const QJsonObject &fields)
{
    QJsonObject row;
    row.insert(u"client_id"_s, QString::number(clientId));
    for (const QString &key : storedKeys())
        row.insert(key, fields.value(key).toString());
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (!row.contains(it.key()))
            row.insert(it.key(), it.value().toString());
    }
    return row;
}

qint64 insert(const SandboxStore &store, qint64 accountId, const QJsonObject &fields)
{
    QVariantList binds = {QVariant(), accountId};
    binds.append(columnValues(fields));
    return store.insert(insertSql, binds);
}

bool save(const SandboxStore &store, qint64 clientId, const QJsonObject &fields)
{
    QVariantList binds = columnValues(fields);
    binds.append(clientId);
    return store.ok(u"UPDATE clients SET external_id=?, first_name=?, last_name=?, phone=?, email=?,"
                    " lead_source_id=?, sales_cycle_id=?, action_plan_id=?, assigned_user_id=?,"
                    " fields=? WHERE client_id=?"_s,
                    binds);
}

QJsonObject fields(const SandboxStore &store, qint64 accountId, qint64 clientId)
{
    const QVariant json = store.scalar(
        u"SELECT fields FROM clients WHERE client_id=? AND account_id=?"_s, {clientId, accountId});
    return json.isNull() ? QJsonObject() : parseFields(json.toString());
}

bool exists(const SandboxStore &store, qint64 accountId, qint64 clientId)
{
    return store.scalar(u"SELECT 1 FROM clients WHERE client_id=? AND account_id=?"_s,
                        {clientId, accountId}).isValid();
}

QList<qint64> idsByExternalId(const SandboxStore &store, qint64 accountId, const QString &externalId)
{
    QList<qint64> ids;
    QSqlQuery q = store.exec(
        u"SELECT client_id FROM clients WHERE account_id=? AND external_id=? ORDER BY client_id"_s,
        {accountId, externalId});
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

QJsonArray list(const SandboxStore &store, qint64 accountId, int limit, int offset)
{
    QJsonArray out;
    QSqlQuery q = store.exec(u"SELECT client_id, fields FROM clients WHERE account_id=?"
                             " ORDER BY client_id LIMIT ? OFFSET ?"_s,
                             {accountId, limit, offset});
    while (q.next())
        out.append(toRow(q.value(0).toLongLong(), parseFields(q.value(1).toString())));
    return out;
}

qint64 count(const SandboxStore &store, qint64 accountId)
{
    return store.scalar(u"SELECT COUNT(*) FROM clients WHERE account_id=?"_s, {accountId}).toLongLong();
}

void remove(const SandboxStore &store, qint64 clientId)
{
    static const char *const dependants[] = {"history_notes", "events", "pending_actions",
                                             "messages", "payments", "proposals"};
    for (const char *table : dependants)
        store.ok(u"DELETE FROM %1 WHERE client_id=?"_s.arg(QLatin1String(table)), {clientId});
    store.ok(u"DELETE FROM clients WHERE client_id=?"_s, {clientId});
}

BulkWriter::BulkWriter(const SandboxStore &store)
    : m_query(store.database())
{
    m_query.prepare(insertSql);
}

QString toJsonText(const FieldList &fields)
{
    QString out;
    out.reserve(1024);
    auto append = [&out](const QString &text) {
        out.append(u'"');
        for (QChar c : text) {
            if (c == u'"' || c == u'\\') {
                out.append(u'\\');
                out.append(c);
            } else if (c.unicode() < 0x20) {
                out.append(u"\\u%1"_s.arg(c.unicode(), 4, 16, QLatin1Char('0')));
            } else {
                out.append(c);
            }
        }
        out.append(u'"');
    };
    out.append(u'{');
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i)
            out.append(u',');
        append(fields.at(i).first);
        out.append(u':');
        append(fields.at(i).second);
    }
    out.append(u'}');
    return out;
}

bool BulkWriter::add(qint64 clientId, qint64 accountId, const FieldList &fields)
{
    auto value = [&fields](QStringView key) {
        for (const auto &[k, v] : fields) {
            if (k == key)
                return v;
        }
        return QString();
    };
    auto id = [&value](QStringView key) {
        const QString v = value(key);
        return v.isEmpty() ? QVariant() : QVariant(v.toLongLong());
    };
    const QVariant values[] = {clientId, accountId, value(u"external_id"), value(u"firstName"),
                               value(u"lastName"), value(u"phone"), value(u"email"),
                               id(u"lead_source_id"), id(u"sales_cycle_id"), id(u"action_plan_id"),
                               id(u"assigned_user_id"), toJsonText(fields)};
    for (int i = 0; i < int(std::size(values)); ++i)
        m_query.bindValue(i, values[i]);
    if (!m_query.exec()) {
        qCWarning(lcSandbox) << "bulk client insert failed:" << m_query.lastError().text();
        return false;
    }
    return true;
}

} // namespace ct::sandbox::ClientRecords
