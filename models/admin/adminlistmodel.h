// SPDX-License-Identifier: MIT
#pragma once

#include "api/apicall.h"
#include "store/outboxentry.h"
#include "modelroles.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QUuid>

namespace ct::api { class ApiClient; class ApiReply; struct ApiResult; }
namespace ct::store { class AccountDatabase; class Outbox; class OutboxReplayer; }

// One of the account's lists that an administrator edits (lead sources, users) as a table: the
// server's rows (cached, so the list shows at once and offline) with the outbox's queued edits of
// that entity laid over them. The outbox is the truth for what is pending: a create shows as a
// new row, a rename shows the new name, a delete marks the row, a failure shows its message, and
// all of it survives a restart because it is read back from the journal.
namespace ct::models {

class NameLookup;

class AdminListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    struct Column
    {
        QString key;      // the record's key shown in the column
        QString title;
    };

    // Starts the read of the list, through the entity's typed API (LeadSourcesApi::readList).
    using ListRead = ct::api::ApiReply *(*)(ct::api::ApiClient *client);

    // The record's keys: entity "lead_source" with id key "lead_source_id"; readList lists them.
    AdminListModel(QString entity, QString idKey, ListRead readList, QObject *parent = nullptr);

    // One model reset: the cached rows and the journal's edits show before this returns.
    void setSources(ct::store::AccountDatabase *database, ct::api::ApiClient *client, ct::store::Outbox *outbox,
                    ct::store::OutboxReplayer *replayer);
    // Names of this list used elsewhere (contact editor, filters) follow every change here.
    void setNameLookup(NameLookup *names, int kind);

    // Reads the server's list; the rows change in place (no reset).
    void refresh();
    bool isLoading() const { return m_loading; }
    QString loadError() const { return m_loadError; }
    // Why the last read removed nothing (the server's list did not add up), in words; empty
    // after a read that did.
    QString listNotice() const { return m_listNotice; }

    QString entity() const { return m_entity; }
    int rowOfKey(const QString &recordKey) const;
    QString keyAt(int row) const;            // "lead_source:12" or "lead_source:local:<uuid>"
    QString idAt(int row) const;             // the server id, empty before the create is confirmed
    QJsonObject recordAt(int row) const;     // the values shown: the server's with queued edits on top
    SyncState stateAt(int row) const;
    bool isRemovalPending(int row) const;
    QString errorString() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The last column says how far the row is from the server (waiting, failed and why).
    int statusColumn() const { return int(m_columns.size()); }

Q_SIGNALS:
    void loaded();
    void loadFailed(const QString &message);
    void listNoticeChanged(const QString &notice);
    // The server refused an edit of a row; errorKey names the field when known.
    void editFailed(const QString &recordKey, const QString &message, const QString &errorKey);

protected:
    void setColumns(const QList<Column> &columns) { m_columns = columns; }
    virtual QString displayText(const QJsonObject &record, const QString &key) const;
    // The field a refusal concerns (a CT code often names none): users map CT520 to the username.
    virtual QString fieldForFailure(const QString &callName, int ctCode, const QString &errorKey) const;
    // Text for a refusal shown at the row and the field.
    virtual QString failureText(const QString &callName, int ctCode, const QString &message) const;

    // Edits, committed to the outbox before they return (false/empty: errorString()).
    QString enqueueCreate(ct::api::Call call, const ct::api::ApiParams &fields);
    // Replaces a failed update of the record (its correction) instead of queueing behind it.
    bool enqueueUpdate(ct::api::Call call, const QString &recordKey, const ct::api::ApiParams &changed,
                       const ct::api::ApiParams &base = {});
    bool enqueueDelete(ct::api::Call call, const QString &recordKey);
    bool fail(const QString &message);

    // Rows a subclass sends itself (a user create carries a password, which never enters the
    // journal): shown as pending until the answer.
    void putSendingRow(const QString &key, const QJsonObject &values);
    void dropSendingRow(const QString &key);
    // A record the server confirmed outside a list read: held and cached until the next read.
    void putServerRow(const QJsonObject &row, const QString &replacingKey = {});
    QList<QJsonObject> serverRows() const { return m_serverRows; }
    QString recordKeyFor(const QString &id) const { return m_entity + u':' + id; }

    // Derives the rows from the server's list and the journal and applies the difference.
    void rebuild();
    ct::api::ApiClient *client() const;
    ct::store::Outbox *outbox() const;

private:
    struct Row
    {
        QString key;
        QJsonObject values;
        SyncState state = SyncState::Confirmed;
        QString error;
        QString errorKey;
        bool removing = false;

        bool operator==(const Row &o) const
        {
            return key == o.key && values == o.values && state == o.state && error == o.error &&
                   errorKey == o.errorKey && removing == o.removing;
        }
    };

    bool concerns(const QString &recordKey) const;
    void loadCache();
    void sortServerRows();
    void setListNotice(const QString &notice);
    void onListRead(const ct::api::ApiResult &result, int generation);
    void onEntryFailed(const QUuid &opId, const QString &message, const QString &errorKey);
    void onRecordCreated(const QString &localKey, const QString &serverId);
    void onEntryChanged(const QUuid &opId);
    void onEntryRemoved(const QUuid &opId);
    // An edit the server confirmed: the held server row takes it until the next read.
    void applyConfirmed(const ct::store::OutboxEntry &entry);
    QList<Row> derivedRows() const;
    void applyRows(const QList<Row> &rows);
    void publishNames();
    static QJsonObject withoutSecrets(QJsonObject row);

    QString m_entity;
    QString m_idKey;
    ListRead m_readList;
    QList<Column> m_columns;
    ct::store::AccountDatabase *m_database = nullptr;
    QPointer<ct::api::ApiClient> m_client;
    QPointer<ct::store::Outbox> m_outbox;
    QPointer<ct::store::OutboxReplayer> m_replayer;
    QPointer<NameLookup> m_names;
    int m_nameKind = -1;
    QList<QJsonObject> m_serverRows;
    QList<std::pair<QString, QJsonObject>> m_sending;
    QHash<QUuid, ct::store::OutboxEntry> m_inFlight;   // this list's entries being sent now
    QHash<QString, QString> m_notes;     // record key -> refusal kept after its entry was taken back
    QList<Row> m_rows;
    int m_generation = 0;
    bool m_loading = false;
    bool m_refreshAgain = false;
    bool m_refreshQueued = false;
    QString m_loadError;
    QString m_listNotice;
    QString m_error;
};

} // namespace ct::models
