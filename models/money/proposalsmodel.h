// SPDX-License-Identifier: MIT
#pragma once

#include "cachefirstlistreader.h"

#include <QAbstractItemModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>

namespace ct::api { class ApiClient; }
namespace ct::store { class AccountDatabase; }

// One contact's proposals (read_proposals) as a tree:
//   proposal (type and number, final price, job dates)
//   ├─ Line items (their sum)        ─ description, line price, notes
//   └─ Recommended products          ─ description, product type
// The cache (entity "proposal", one record per proposal_id) fills it at once and offline; the
// server's answer replaces it. Read only, as the API offers.
namespace ct::models {

class ProposalsModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, PriceColumn, DetailColumn, ColumnCount };
    enum class Kind { Proposal, LineItems, Products, LineItem, Product };
    enum Role {
        KindRole = Qt::UserRole + 1,   // Kind as int
        ProposalRole,                  // the proposal the index belongs to (QJsonObject)
        ItemRole,                      // a line item or product row (QJsonObject)
    };

    ProposalsModel(ct::api::ApiClient *client, ct::store::AccountDatabase *database, QObject *parent = nullptr);

    // Shows the cached proposals of the contact at once, then asks the server. A local key (a
    // contact not yet created) or an empty one shows nothing.
    void load(const QString &clientId);
    void refresh();
    QString clientId() const { return m_clientId; }
    bool isLoading() const { return m_read->isLoading(); }
    QString errorString() const { return m_read->errorString(); }
    // Why the last answer removed nothing from the cache (it did not add up), in words.
    QString listNotice() const { return m_read->notice(); }

    int proposalCount() const { return int(m_proposals.size()); }
    QJsonObject proposalAt(int row) const { return m_proposals.value(row); }

    // Every field of a proposal the document lists, with its label, in the document's order
    // (empty values included, so the form does not jump).
    struct Field
    {
        QString key;
        QString label;
        QString value;
        bool longText = false;   // a note: shown as a paragraph
    };
    static QList<Field> fieldsOf(const QJsonObject &proposal);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString cacheEntity();

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loaded();
    void loadFailed(const QString &message);
    void listNoticeChanged(const QString &notice);

private:
    void read();
    void onRowsRead(QList<QJsonObject> proposals);
    void setProposals(QList<QJsonObject> proposals);
    CacheFirstListReader::Covers contactsProposals() const;
    Kind kindOf(const QModelIndex &index) const;
    QJsonArray itemsOf(int proposal, Kind group) const;

    QPointer<ct::api::ApiClient> m_client;
    CacheFirstListReader *m_read;
    QString m_clientId;
    QList<QJsonObject> m_proposals;
};

} // namespace ct::models
