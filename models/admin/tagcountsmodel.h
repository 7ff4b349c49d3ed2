// SPDX-License-Identifier: MIT
#pragma once

#include "modelroles.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QUuid>

class QTimer;
namespace ct::store { class Outbox; class OutboxReplayer; }

// The account's tags with the number of contacts carrying each. The API has no count (read_tags_list
// answers names only, and no call filters clients by tag), so the counts come from the contacts
// this console holds: complete once every contact is loaded, and the view says so until then.
// New tags go through the AccountTags (create_tag, queued in the outbox) and show pending.
namespace ct::models {

class ContactsModel;
class AccountTags;

class TagCountsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TagColumn, ContactsColumn, StatusColumn, ColumnCount };

    TagCountsModel(AccountTags *catalog, ContactsModel *contacts, ct::store::Outbox *outbox,
                   ct::store::OutboxReplayer *replayer, QObject *parent = nullptr);

    // Counting walks every contact held: it is done while someone looks (the Tags tab is shown);
    // changes meanwhile are counted when watching starts again.
    void setWatching(bool watching);
    bool isWatching() const { return m_watching; }

    // True when the counts cover every contact of the account.
    bool countsComplete() const;
    int contactsCounted() const { return m_counted; }
    int countOf(const QString &tag) const;
    int rowOfTag(const QString &tag) const;
    QString tagAt(int row) const;

    // The reason a new tag cannot be added, for showing at the field; empty when it can.
    QString problemWithNewTag(const QString &tag) const;
    // Queues create_tag through the catalog. False: errorString().
    bool create(const QString &tag);
    QString errorString() const { return m_error; }
    // Why the last read of the account's tags removed none (their list did not add up), in words.
    QString listNotice() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public Q_SLOTS:
    // Counts again now (normally it follows the contacts model by itself, a moment later).
    void recount();

Q_SIGNALS:
    void countsChanged();
    // A queued tag the server refused (CT520: it had the tag already, perhaps spelled differently).
    void createFailed(const QString &tag, const QString &message);
    void listNoticeChanged(const QString &notice);

private:
    struct Row
    {
        QString tag;
        int count = 0;
        SyncState state = SyncState::Confirmed;
        QString error;
        bool operator==(const Row &o) const
        {
            return tag == o.tag && count == o.count && state == o.state && error == o.error;
        }
    };

    void scheduleRecount();
    void onEntryFailed(const QUuid &opId, const QString &message, const QString &errorKey);

    QPointer<AccountTags> m_catalog;
    QPointer<ContactsModel> m_contacts;
    QPointer<ct::store::Outbox> m_outbox;
    QPointer<ct::store::OutboxReplayer> m_replayer;
    QTimer *m_recountTimer;
    QList<Row> m_rows;
    int m_counted = 0;
    bool m_watching = true;
    bool m_stale = false;
    QString m_error;
};

} // namespace ct::models
