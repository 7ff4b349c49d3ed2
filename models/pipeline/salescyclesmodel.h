// SPDX-License-Identifier: MIT
#pragma once

#include "modelroles.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QUuid>

#include <vector>

class QTimer;
namespace ct::api { class ApiClient; struct ApiResult; }
namespace ct::store { class AccountDatabase; class Outbox; class OutboxReplayer; struct OutboxEntry; }

// The account's sales cycles (pipeline stages) as a table: the cache at once, the server's list
// (read_sales_cycle_list) when it answers, and queued creates, updates and deletes shown at once,
// marked pending, until the outbox settles them.
namespace ct::models {

class SalesCyclesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, PathColumn, OrderColumn, ContactTypeColumn, ColumnCount };
    enum Role {
        // The value a sales_cycle_id parameter takes: the server's id, or the local key of a
        // cycle whose create is still queued.
        IdRole = OperationIdRole + 1,
        // Active path first, then by order and name: how the list and the pipeline are ordered.
        SortKeyRole,
        // The CT code of the failed edit (512 "still in use", 520 "duplicate"), 0 otherwise.
        ErrorCodeRole,
        // True while a delete waits in the outbox.
        DeletingRole,
        // The raw field (sales_cycle_name ...) of the column, for editors.
        FieldRole,
    };

    struct Cycle
    {
        QString id;                   // server id or "sales_cycle:local:<uuid>"
        QJsonObject fields;           // sales_cycle_name, _active_status, _order, _contact_type
        SyncState state = SyncState::Confirmed;
        QString error;
        QString errorKey;
        int errorCode = 0;
        QUuid failedOp;               // the outbox entry that failed, to retry or discard
        bool deleting = false;

        bool isLocal() const;
        bool isActive() const { return fields.value(QLatin1StringView("sales_cycle_active_status")).toString() == u"1"; }
        QString name() const { return fields.value(QLatin1StringView("sales_cycle_name")).toString(); }
        int order() const { return fields.value(QLatin1StringView("sales_cycle_order")).toString().toInt(); }
        // "1" (Client) when the server left it empty, as the document says.
        QString contactType() const;
    };

    explicit SalesCyclesModel(QObject *parent = nullptr);
    ~SalesCyclesModel() override;

    // A new account: one reset, the cached list shown before it returns.
    void setSources(ct::store::AccountDatabase *database, ct::api::ApiClient *client);
    // Queued edits of sales cycles show here (also those left from an earlier session).
    void trackOutbox(ct::store::Outbox *outbox, ct::store::OutboxReplayer *replayer);
    // Reads the list from the server; rows with a queued edit keep what the user made.
    void refresh();
    // Why the last read removed nothing (the server's list did not add up), in words; empty
    // after a read that did.
    QString listNotice() const { return m_listNotice; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int rowOfId(const QString &id) const;
    const Cycle *cycleAt(int row) const;
    const Cycle *cycleById(const QString &id) const;
    const std::vector<Cycle> &cycles() const { return m_rows; }
    // (id, name) of every cycle the server has (not local, not being deleted), for the name
    // lookups of the contact screens.
    QList<std::pair<QString, QString>> nameEntries() const;

    // What edits show at once (the outbox holds the truth).
    void insertLocal(const QString &localKey, const QJsonObject &fields);
    bool applyLocalEdit(const QString &id, const QJsonObject &fields);
    bool markDeleting(const QString &id);
    // A queued create was cancelled with its delete: the row goes.
    bool removeLocal(const QString &id);

    static QString recordKeyOf(const QString &id);
    static QString idOfRecordKey(const QString &recordKey);

Q_SIGNALS:
    // Names or the set of cycles changed (a rename, a create, a delete, a new list).
    void namesChanged();
    void refreshFailed(const QString &message);
    void refreshed();
    void listNoticeChanged(const QString &notice);

private:
    void loadCache();
    void onListAnswer(const ct::api::ApiResult &result);
    void onRecordCreated(const QString &localKey, const QString &serverId);
    // An entry added or changed: follows it (by its record key) if it is a sales cycle's.
    void onEntry(const QUuid &opId);
    // Settles the row of a record from what the outbox still holds for it.
    void followRecord(const QString &recordKey);
    void applyEntry(const ct::store::OutboxEntry &entry);
    void rowChanged(int row);
    void removeRow(int row);

    ct::store::AccountDatabase *m_database = nullptr;
    QPointer<ct::api::ApiClient> m_client;
    QPointer<ct::store::Outbox> m_outbox;
    std::vector<Cycle> m_rows;
    QHash<QUuid, QString> m_opKeys;   // outbox entry -> record key, to follow removals
    QTimer *m_refreshSoon;
    QString m_listNotice;
    int m_generation = 0;
};

} // namespace ct::models
