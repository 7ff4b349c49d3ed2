// SPDX-License-Identifier: MIT
#pragma once

#include "api/apicall.h"
#include "sandboxstore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSqlQuery>

// Clients as stored: one JSON document of fields per client (reserved keys and custom fields),
// with the keys the API looks clients up by copied into indexed columns. Used by the client
// handlers, the plan runner, the demo data generator and Sandbox::clients().
namespace ct::sandbox::ClientRecords {

// The reserved client keys the server stores (the Client Parameters table without client_id).
const QStringList &storedKeys();

// The fields a create or update sets: reserved keys as given, custom (expansion) keys as
// strings with HTML stripped. Keys of other tables are ignored.
QJsonObject fieldsFromParams(const ct::api::ApiParams &params);
// What the server assumes for a new client when a key is not given.
QJsonObject withCreateDefaults(QJsonObject fields, const QString &today);

// The answer row: client_id, every reserved key ("" when unset), then the custom fields.
QJsonObject toRow(qint64 clientId, const QJsonObject &fields);

qint64 insert(const SandboxStore &store, qint64 accountId, const QJsonObject &fields);
bool save(const SandboxStore &store, qint64 clientId, const QJsonObject &fields);
// The stored fields of a client of this account; empty when there is none.
QJsonObject fields(const SandboxStore &store, qint64 accountId, qint64 clientId);
bool exists(const SandboxStore &store, qint64 accountId, qint64 clientId);
QList<qint64> idsByExternalId(const SandboxStore &store, qint64 accountId, const QString &externalId);
QJsonArray list(const SandboxStore &store, qint64 accountId, int limit, int offset);
qint64 count(const SandboxStore &store, qint64 accountId);
// Removes the client and everything hanging off it (notes, events, pending actions, proposals...).
void remove(const SandboxStore &store, qint64 clientId);

// Fields in the order they were set; building a QJsonObject per row costs more than the insert.
using FieldList = QList<std::pair<QString, QString>>;
// The stored JSON text of a field list (what QJsonDocument would write, compact).
QString toJsonText(const FieldList &fields);

// A prepared insert for bulk generation inside one transaction.
class BulkWriter
{
public:
    explicit BulkWriter(const SandboxStore &store);
    bool add(qint64 clientId, qint64 accountId, const FieldList &fields);
private:
    QSqlQuery m_query;
};

} // namespace ct::sandbox::ClientRecords
