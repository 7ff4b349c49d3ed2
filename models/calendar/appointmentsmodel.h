// SPDX-License-Identifier: MIT
#pragma once

#include "calendarevent.h"
#include "modelroles.h"

#include "api/apicall.h"
#include "store/outboxentry.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QSet>
#include <QUuid>

class QTimer;
namespace ct::api { class ApiClient; struct ApiResult; }
namespace ct::store { class AccountDatabase; class Outbox; class OutboxReplayer; }

namespace ct::models {

class ContactsModel;


// The events of the users the calendar shows (read_appts_by_user_id per user), merged with the
// events this console created and the edits waiting in the outbox, ordered by start. Reads land
// in the account's cache so the calendar opens instantly and offline; the server only answers
// the seven days from today, so other dates show what the cache and the outbox know.
class AppointmentsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { StartColumn, TypeColumn, ContactColumn, NoteColumn, UserColumn, ColumnCount };
    enum Role {
        StartRole = Qt::UserRole + 200,   // QDateTime
        EndRole,                          // QDateTime
        EventTypeRole,
        ClientIdRole,
        UserIdRole,
        NoteRole,
        ContactNameRole,
        EventIdRole,
        UserColorRole,                    // QColor: the user's colour in the calendar
    };

    explicit AppointmentsModel(QObject *parent = nullptr);
    ~AppointmentsModel() override;

    // Reads the cache at once; the outbox's entries show as pending events.
    void setSources(ct::store::AccountDatabase *database, ct::api::ApiClient *client,
                    ct::store::Outbox *outbox, ct::store::OutboxReplayer *replayer);
    // Where contact names of queued events come from (the server names them in its rows).
    void setContacts(ContactsModel *contacts);

    // The users whose events are shown (and read by refresh()), in colour order.
    void setUsers(const QStringList &userIds);
    QStringList users() const { return m_users; }
    QColor colorForUser(const QString &userId) const;
    static QColor userColor(int index);

    // Only this contact's events (a contact's Events tab); empty: every contact.
    void setClientFilter(const QString &clientId);
    QString clientFilter() const { return m_clientFilter; }

    // Reads every shown user's appointments now; a timer repeats it (0 ms: never).
    void refresh();
    void setRefreshInterval(int ms);
    bool isLoading() const { return m_pendingReads > 0; }
    QString errorString() const { return m_error; }
    // Why the last refresh removed no appointment of some user (the server's list for them did
    // not add up), in words; empty when every answer added up.
    QString listNotice() const { return m_listNotice; }
    QDateTime lastRefreshed() const { return m_lastRefreshed; }

    // The dates the server answers for (today and the six days after it).
    static QDate serverWindowFirst();
    static QDate serverWindowLast();
    static bool isServerCovered(QDate date);
    // Hours and minutes as the user's locale writes them (the short format of some locales
    // carries seconds, which a calendar never needs).
    static QString timeFormat();
    // event_type in the user's language.
    static QString typeLabel(const QString &type);
    static QString timeText(QTime time);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const CalendarEvent &eventAt(int row) const { return m_rows.at(row); }
    int rowOfKey(const QString &key) const;
    CalendarEvent eventByKey(const QString &key) const;
    const QList<CalendarEvent> &events() const { return m_rows; }

    // The cache entities: server reads, and events confirmed to this console.
    static QString appointmentEntity();
    static QString createdEventEntity();

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loadFailed(const QString &message);
    // Every shown user has answered (or failed) since refresh().
    void refreshed();

private:
    void onAnswer(const QString &userId, const ct::api::ApiResult &result, int generation,
                  const QDateTime &askedAt);
    void loadCache();
    void scheduleRebuild();
    void rebuild();
    QString contactNameFor(const QString &clientId) const;
    void track(const QUuid &opId);
    void onEntryRemoved(const QUuid &opId);
    void onRecordCreated(const QString &localKey, const QString &serverId);
    void forgetServerEvent(const QString &eventId);

    QPointer<ct::api::ApiClient> m_client;
    ct::store::AccountDatabase *m_database = nullptr;
    QPointer<ct::store::Outbox> m_outbox;
    QPointer<ContactsModel> m_contacts;
    QStringList m_users;
    QString m_clientFilter;
    QHash<QString, QJsonObject> m_serverRows;    // event_id -> row read from the server
    QHash<QString, QJsonObject> m_createdRows;   // event_id -> row of a create confirmed here
    QHash<QUuid, ct::store::OutboxEntry> m_tracked;          // event entries as last seen
    QHash<QString, ct::store::OutboxEntry> m_confirmedCreates;   // local key -> its create, until the id arrives
    QList<CalendarEvent> m_rows;
    QTimer *m_timer;
    int m_generation = 0;
    int m_pendingReads = 0;
    bool m_rebuildQueued = false;
    QString m_error;
    QString m_listNotice;
    QDateTime m_lastRefreshed;
};

} // namespace ct::models
