// SPDX-License-Identifier: MIT
#pragma once

#include "twoleveltreemodel.h"

#include <QJsonObject>
#include <QPointer>

namespace ct::api { class ApiClient; struct ApiResult; }
namespace ct::store { class AccountDatabase; class Outbox; class OutboxReplayer; }

// The multi-level (enterprise) account as a tree: the signed-in account with its SubAccounts
// (read_account_list), cached for offline use (without web keys: they are credentials), with
// queued edits and deletes shown at once as pending. A standard key cannot list accounts: the
// model then says why instead of holding rows.
namespace ct::models {

class RecordSyncTracker;

class AccountsModel : public TwoLevelTreeModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, OwnerColumn, TypeColumn, EmailColumn, PhoneColumn, IdColumn, ColumnCount };
    enum class Availability { Unknown, Available, Unavailable };

    explicit AccountsModel(QObject *parent = nullptr);
    ~AccountsModel() override;

    // Shows what the cache holds before it returns.
    void setAccount(ct::store::AccountDatabase *database, ct::api::ApiClient *client);
    void trackOutbox(ct::store::Outbox *outbox, ct::store::OutboxReplayer *replayer);
    void load();
    bool isLoading() const { return m_loading; }
    QString errorString() const { return m_error; }
    // Why the last read removed no account (the server's list did not add up), in words; empty
    // after a read that did.
    QString listNotice() const { return m_listNotice; }

    Availability availability() const { return m_availability; }
    // Why this key cannot list accounts, in words (empty while they are available).
    QString unavailableReason() const { return m_unavailableReason; }

    QJsonObject account(const QModelIndex &index) const;
    QString accountKey(const QModelIndex &index) const;   // "account:<id>"
    // The signed-in account itself (the top row); it may be edited but not deleted.
    bool isOwnAccount(const QModelIndex &index) const;
    bool isRemoved(const QModelIndex &index) const;       // a delete is queued
    QModelIndex indexOfAccount(const QString &idOrKey, int column = 0) const;
    // The name people know the account by (company, else owner, else its id).
    static QString displayName(const QJsonObject &account);

    // Optimistic edits (the outbox holds the truth; these only show it).
    void applyLocalEdit(const QString &idOrKey, const QJsonObject &fields);
    void markRemoved(const QString &idOrKey);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loaded();
    void loadFailed(const QString &message);
    void listNoticeChanged(const QString &notice);
    void availabilityChanged(ct::models::AccountsModel::Availability availability);

private:
    struct Node
    {
        QString key;
        QJsonObject json;
        bool removed = false;
    };

    void setTree(const QJsonObject &root);
    void overlayOutbox();
    void setAvailability(Availability availability, const QString &reason);
    void onList(const ct::api::ApiResult &result, int generation);
    // The tree to show and cache for a read: the answer's when it adds up, else the cached tree
    // with the answer's readable accounts laid over it (listNotice() says what was skipped).
    QJsonObject checkedTree(const ct::api::ApiResult &result);
    void setListNotice(const QString &notice);
    void onStatusChanged(const QString &recordKey);
    Node *nodeOf(const QModelIndex &index);
    const Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOfKey(const QString &key, int column) const;
    // The own account is the one top row; its sub-accounts all carry id 1.
    quintptr childIdOf(int) const override { return 1; }
    int topRowOfChildId(quintptr) const override { return 0; }

    ct::store::AccountDatabase *m_database = nullptr;
    QPointer<ct::api::ApiClient> m_client;
    RecordSyncTracker *m_sync;
    bool m_hasRoot = false;
    Node m_root;
    QList<Node> m_subs;
    Availability m_availability = Availability::Unknown;
    QString m_unavailableReason;
    QString m_listNotice;
    int m_generation = 0;
    bool m_loading = false;
    QString m_error;
};

} // namespace ct::models
