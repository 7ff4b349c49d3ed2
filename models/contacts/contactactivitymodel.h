// SPDX-License-Identifier: MIT
#pragma once

#include "api/apicall.h"

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>

namespace ct::api { class ApiClient; class ApiReply; struct ApiResult; }

// The rows one read call answers for one contact (its history notes, its pending actions) as a
// table, newest first, with the contact's own queued additions shown on top until confirmed.
namespace ct::models {

class ContactActivityModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    struct ColumnSpec
    {
        QString title;
        QStringList keys;     // joined with a space (date and time)
    };

    static ContactActivityModel *historyNotes(QObject *parent = nullptr);
    static ContactActivityModel *pendingActions(QObject *parent = nullptr);

    // Starts the read of one contact's rows, through ContactsApi.
    using RowsRead = ct::api::ApiReply *(*)(ct::api::ApiClient *client, const QString &clientId);

    ContactActivityModel(RowsRead read, const QList<ColumnSpec> &columns,
                         const QStringList &newestFirstKeys, QObject *parent = nullptr);

    void setClient(ct::api::ApiClient *client);
    // Reads the contact's rows; an empty or local id (not yet created) shows only queued rows.
    void load(const QString &clientId);
    QString clientId() const { return m_clientId; }
    bool isLoading() const { return m_loading; }
    QString errorString() const { return m_error; }

    // A row the user just queued (a note), shown as pending until the next load.
    void addPendingRow(const QJsonObject &row);
    // The server confirmed a queued row whose own copy may be worded differently (an email's
    // history note): the pending row goes at the next load whatever the server's wording.
    void forgetPendingRow(const QJsonObject &row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QJsonObject rowAt(int row) const { return m_rows.at(row).toObject(); }

Q_SIGNALS:
    void loaded();
    void loadFailed(const QString &message);

private:
    void onResult(const ct::api::ApiResult &result, int generation);

    RowsRead m_read;
    QList<ColumnSpec> m_columns;
    QStringList m_orderKeys;
    QPointer<ct::api::ApiClient> m_client;
    QString m_clientId;
    QJsonArray m_rows;
    QList<QJsonObject> m_pendingRows;
    int m_generation = 0;
    bool m_loading = false;
    QString m_error;
};

} // namespace ct::models
