// SPDX-License-Identifier: MIT
#pragma once

#include "cachefirstlistreader.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QJsonObject>
#include <QPointer>

#include <functional>

namespace ct::api { class ApiClient; }
namespace ct::store { class AccountDatabase; }

// Recorded payments as a table: either every payment of the account (read_all_payments) or one
// contact's payments entered on or after a date (read_proposal_payments). What was read is kept in
// the account's cache (entity "payment", one record per payment_id), so the table fills at once
// and offline; the server's answer then replaces it. Read only: the API has no payment writes.
namespace ct::models {

class PaymentsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { CreatedColumn, PaydayColumn, AmountColumn, TypeColumn, StatusColumn, ProposalColumn,
                  ContactColumn, ColumnCount };
    enum Role {
        PaymentRole = Qt::UserRole + 1,   // the row as the server sent it (QJsonObject)
        SortRole,                         // dates as yyyy-mm-dd, amounts as exact units
        DateRole,                         // the column's QDate (date columns)
    };
    enum class Scope { Account, Contact };

    PaymentsModel(Scope scope, ct::api::ApiClient *client, ct::store::AccountDatabase *database,
                  QObject *parent = nullptr);

    Scope scope() const { return m_scope; }
    // Account scope: every payment of the account, from the cache at once, then from the server.
    void loadAccount();
    // Contact scope: the contact's payments entered on or after `since`. A local key (a contact not
    // yet created) or an empty one shows nothing.
    void loadContact(const QString &clientId, QDate since);
    // Asks the server again for what is shown.
    void refresh();
    QString clientId() const { return m_clientId; }
    QDate since() const { return m_since; }
    bool isLoading() const { return m_read->isLoading(); }
    bool hasServerAnswer() const { return m_answered; }
    QString errorString() const { return m_read->errorString(); }
    // Why the last answer removed nothing from the cache (it did not add up), in words.
    QString listNotice() const { return m_read->notice(); }

    // How a contact column names a client_id (the contacts the console holds); "#id" without it.
    void setContactNames(std::function<QString(const QString &clientId)> names);
    QString contactName(const QString &clientId) const;

    QList<QJsonObject> payments() const { return m_rows; }
    QJsonObject paymentAt(int row) const { return m_rows.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The cache entity every payment is kept under.
    static QString cacheEntity();

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loaded();
    void loadFailed(const QString &message);
    void listNoticeChanged(const QString &notice);

private:
    void showCached();
    void read();
    void onRowsRead(QList<QJsonObject> rows);
    void setRows(QList<QJsonObject> rows);
    bool belongsHere(const QJsonObject &payment) const;
    CacheFirstListReader::Covers shownPayments() const;

    Scope m_scope;
    QPointer<ct::api::ApiClient> m_client;
    CacheFirstListReader *m_read;
    std::function<QString(const QString &)> m_names;
    QString m_clientId;
    QDate m_since;
    QList<QJsonObject> m_rows;
    bool m_answered = false;
};

} // namespace ct::models
