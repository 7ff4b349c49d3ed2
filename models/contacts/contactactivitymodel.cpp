// SPDX-License-Identifier: MIT
#include "contactactivitymodel.h"

#include "modelroles.h"

#include "api/apiclient.h"
#include "api/contactsapi.h"
#include "api/normalizer.h"

#include <QLocale>

#include <QFont>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace ct::models {

namespace {
const QString pendingKey = u"__pending"_s;
}

ContactActivityModel *ContactActivityModel::historyNotes(QObject *parent)
{
    return new ContactActivityModel([](ct::api::ApiClient *client, const QString &clientId) {
                                        return ct::api::ContactsApi(client).historyNotes(clientId);
                                    },
                                    {{tr("When"), {u"note_date"_s, u"note_time"_s}},
                                     {tr("Type"), {u"note_type"_s}},
                                     {tr("From"), {u"note_source"_s}},
                                     {tr("Note"), {u"note_body"_s}}},
                                    {u"note_date"_s, u"note_time"_s, u"note_id"_s}, parent);
}

ContactActivityModel *ContactActivityModel::pendingActions(QObject *parent)
{
    return new ContactActivityModel([](ct::api::ApiClient *client, const QString &clientId) {
                                        return ct::api::ContactsApi(client).pendingActions(clientId);
                                    },
                                    {{tr("Due"), {u"action_date"_s, u"action_time"_s}},
                                     {tr("Type"), {u"action_type"_s}},
                                     {tr("Subject"), {u"subject"_s}},
                                     {tr("Action plan"), {u"action_plan_name"_s}}},
                                    {}, parent);
}

ContactActivityModel::ContactActivityModel(RowsRead read, const QList<ColumnSpec> &columns,
                                           const QStringList &newestFirstKeys, QObject *parent)
    : QAbstractTableModel(parent)
    , m_read(read)
    , m_columns(columns)
    , m_orderKeys(newestFirstKeys)
{
}

void ContactActivityModel::setClient(ct::api::ApiClient *client)
{
    m_client = client;
}

void ContactActivityModel::load(const QString &clientId)
{
    const int generation = ++m_generation;   // answers for an earlier contact are dropped
    beginResetModel();
    if (clientId != m_clientId)
        m_pendingRows.clear();
    m_clientId = clientId;
    m_rows = {};
    m_error.clear();
    endResetModel();
    const bool local = clientId.isEmpty() || !std::all_of(clientId.cbegin(), clientId.cend(),
                                                         [](QChar c) { return c.isDigit(); });
    if (local || !m_client) {
        if (!m_pendingRows.isEmpty()) {
            beginResetModel();
            for (const QJsonObject &row : std::as_const(m_pendingRows))
                m_rows.append(row);
            endResetModel();
        }
        return;
    }
    m_loading = true;
    ct::api::ApiReply *reply = m_read(m_client, clientId);
    connect(reply, &ct::api::ApiReply::finished, this,
            [this, generation](const ct::api::ApiResult &result) { onResult(result, generation); });
}

void ContactActivityModel::onResult(const ct::api::ApiResult &result, int generation)
{
    if (generation != m_generation)
        return;
    m_loading = false;
    // "No Record Found" is an empty list here, not a failure.
    if (!result.ok() && result.ctCode != ct::api::CtCode::NoRecord) {
        m_error = result.message;
        Q_EMIT loadFailed(result.message);
        return;
    }
    QList<QJsonObject> rows;
    for (const QJsonValue &v : result.rows)
        rows.append(v.toObject());
    if (!m_orderKeys.isEmpty()) {
        std::stable_sort(rows.begin(), rows.end(), [this](const QJsonObject &a, const QJsonObject &b) {
            // Dates and times in the API's forms sort as they read; ids sort as numbers.
            for (const QString &key : std::as_const(m_orderKeys)) {
                const QString x = a.value(key).toString(), y = b.value(key).toString();
                if (x == y)
                    continue;
                return key.endsWith(u"_id"_s) ? x.toLongLong() > y.toLongLong() : x > y;
            }
            return false;
        });
    }
    // A queued row the server now reports is no longer pending: its server copy replaces it.
    m_pendingRows.erase(std::remove_if(m_pendingRows.begin(), m_pendingRows.end(),
                                       [&rows](const QJsonObject &pending) {
                                           return std::any_of(rows.cbegin(), rows.cend(), [&](const QJsonObject &row) {
                                               return row.value(u"note_body"_s) == pending.value(u"note_body"_s);
                                           });
                                       }),
                        m_pendingRows.end());
    beginResetModel();
    m_rows = {};
    // Queued rows not yet on the server stay on top.
    for (const QJsonObject &pending : std::as_const(m_pendingRows))
        m_rows.append(pending);
    for (const QJsonObject &row : std::as_const(rows))
        m_rows.append(row);
    endResetModel();
    Q_EMIT loaded();
}

void ContactActivityModel::addPendingRow(const QJsonObject &row)
{
    QJsonObject marked = row;
    marked.insert(pendingKey, true);
    m_pendingRows.prepend(marked);
    beginInsertRows({}, 0, 0);
    m_rows.prepend(marked);
    endInsertRows();
}

void ContactActivityModel::forgetPendingRow(const QJsonObject &row)
{
    QJsonObject marked = row;
    marked.insert(pendingKey, true);
    m_pendingRows.removeOne(marked);
}

int ContactActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ContactActivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant ContactActivityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject row = m_rows.at(index.row()).toObject();
    const bool pending = row.value(pendingKey).toBool();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: {
        const QStringList &keys = m_columns.at(index.column()).keys;
        QString text;
        // A date and time column shows as the user's locale writes it.
        if (keys.size() == 2 && keys.at(0).endsWith(u"_date"_s)) {
            const QDate date = ct::api::Normalizer::fromApiDate(row.value(keys.at(0)).toString());
            const QTime time = ct::api::Normalizer::fromApiTime(row.value(keys.at(1)).toString());
            if (date.isValid())
                text = time.isValid() ? QLocale().toString(QDateTime(date, time), QLocale::ShortFormat)
                                      : QLocale().toString(date, QLocale::ShortFormat);
        }
        if (text.isEmpty()) {
            QStringList parts;
            for (const QString &key : keys) {
                const QString value = row.value(key).toString();
                if (!value.isEmpty())
                    parts.append(value);
            }
            text = parts.join(u' ');
        }
        if (pending && index.column() == 0)
            text = tr("waiting to be sent");
        return text;
    }
    case Qt::FontRole:
        if (pending) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        break;
    case SyncStateRole:
        return int(pending ? SyncState::Pending : SyncState::Confirmed);
    }
    return {};
}

QVariant ContactActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_columns.size())
        return m_columns.at(section).title;
    return {};
}

} // namespace ct::models
