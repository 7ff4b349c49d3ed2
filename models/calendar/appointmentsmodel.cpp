// SPDX-License-Identifier: MIT
#include "appointmentsmodel.h"

#include "listanswercheck.h"

#include "calendarmerge.h"
#include "contactsmodel.h"
#include "namelookup.h"
#include "serverfieldtext.h"

#include "api/activityapi.h"
#include "api/apiclient.h"
#include "api/normalizer.h"
#include "store/accountdatabase.h"
#include "store/outbox.h"
#include "store/outboxreplayer.h"

#include <QBrush>
#include <QFont>
#include <QLocale>
#include <QTimer>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using ct::store::OutboxEntry;
using ct::store::OutboxState;
namespace RecordKey = ct::store::RecordKey;

namespace ct::models {

namespace {

const QString confirmedAtKey = u"__confirmed_at"_s;

} // namespace

AppointmentsModel::AppointmentsModel(QObject *parent)
    : QAbstractTableModel(parent), m_timer(new QTimer(this))
{
    connect(m_timer, &QTimer::timeout, this, &AppointmentsModel::refresh);
}

AppointmentsModel::~AppointmentsModel() = default;

QString AppointmentsModel::appointmentEntity()
{
    return ct::api::entityName(ct::api::Entity::Appointment);
}

QString AppointmentsModel::createdEventEntity()
{
    return ct::api::entityName(ct::api::Entity::Event);
}

QDate AppointmentsModel::serverWindowFirst()
{
    return QDate::currentDate();
}

QDate AppointmentsModel::serverWindowLast()
{
    // "7 days from today's date": today and the six days after it.
    return QDate::currentDate().addDays(6);
}

bool AppointmentsModel::isServerCovered(QDate date)
{
    return date >= serverWindowFirst() && date <= serverWindowLast();
}

QString AppointmentsModel::typeLabel(const QString &type)
{
    if (type == u"Call")
        return tr("Call");
    if (type == u"Contact Reminder")
        return tr("Contact Reminder");
    if (type == u"Appointment")
        return tr("Appointment");
    return type;   // a type a newer server added: shown as it came
}

QString AppointmentsModel::timeFormat()
{
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(u":ss"_s);
    format.remove(u".ss"_s);
    return format;
}

QString AppointmentsModel::timeText(QTime time)
{
    return QLocale().toString(time, timeFormat());
}

QColor AppointmentsModel::userColor(int index)
{
    // Distinct hues that stay readable with dark text on a light tint.
    static const QList<QColor> palette = {QColor(0x1f, 0x77, 0xb4), QColor(0x2c, 0xa0, 0x2c),
                                          QColor(0xd6, 0x27, 0x28), QColor(0x94, 0x67, 0xbd),
                                          QColor(0xff, 0x7f, 0x0e), QColor(0x17, 0xbe, 0xcf),
                                          QColor(0x8c, 0x56, 0x4b), QColor(0xe3, 0x77, 0xc2)};
    return palette.at(qMax(0, index) % palette.size());
}

QColor AppointmentsModel::colorForUser(const QString &userId) const
{
    const int i = int(m_users.indexOf(userId));
    return i < 0 ? QColor(Qt::gray) : userColor(i);
}

void AppointmentsModel::setSources(ct::store::AccountDatabase *database, ct::api::ApiClient *client,
                                   ct::store::Outbox *outbox, ct::store::OutboxReplayer *replayer)
{
    if (m_outbox)
        disconnect(m_outbox, nullptr, this, nullptr);
    m_database = database;
    m_client = client;
    m_outbox = outbox;
    ++m_generation;
    m_tracked.clear();
    if (m_outbox) {
        for (const OutboxEntry &e : m_outbox->entries())
            track(e.opId);
        connect(m_outbox, &ct::store::Outbox::entryAdded, this, [this](const QUuid &id) { track(id); });
        connect(m_outbox, &ct::store::Outbox::entryChanged, this, [this](const QUuid &id) { track(id); });
        connect(m_outbox, &ct::store::Outbox::entryRemoved, this, &AppointmentsModel::onEntryRemoved);
    }
    if (replayer)
        connect(replayer, &ct::store::OutboxReplayer::recordCreated, this, &AppointmentsModel::onRecordCreated,
                Qt::UniqueConnection);
    loadCache();
    rebuild();
}

void AppointmentsModel::setContacts(ContactsModel *contacts)
{
    m_contacts = contacts;
    scheduleRebuild();
}

void AppointmentsModel::loadCache()
{
    m_serverRows.clear();
    m_createdRows.clear();
    if (!m_database)
        return;
    for (const auto &cached : m_database->cacheAll(appointmentEntity()))
        m_serverRows.insert(cached.recordId, cached.json);
    for (const auto &cached : m_database->cacheAll(createdEventEntity()))
        m_createdRows.insert(cached.recordId, cached.json);
}

void AppointmentsModel::setUsers(const QStringList &userIds)
{
    if (userIds == m_users)
        return;
    m_users = userIds;
    rebuild();
}

void AppointmentsModel::setClientFilter(const QString &clientId)
{
    if (clientId == m_clientFilter)
        return;
    m_clientFilter = clientId;
    rebuild();
}

void AppointmentsModel::setRefreshInterval(int ms)
{
    if (ms <= 0)
        m_timer->stop();
    else
        m_timer->start(ms);
}

void AppointmentsModel::refresh()
{
    if (!m_client || m_users.isEmpty())
        return;
    const int generation = ++m_generation;   // answers of an earlier refresh are dropped
    const bool wasLoading = isLoading();
    m_pendingReads = int(m_users.size());
    m_error.clear();
    m_listNotice.clear();
    const QDateTime askedAt = QDateTime::currentDateTimeUtc();
    ct::api::EventsApi api(m_client);
    for (const QString &user : std::as_const(m_users)) {
        ct::api::ApiReply *reply = api.appointmentsForUser(user);
        connect(reply, &ct::api::ApiReply::finished, this,
                [this, user, generation, askedAt](const ct::api::ApiResult &r) { onAnswer(user, r, generation, askedAt); });
    }
    if (!wasLoading)
        Q_EMIT loadingChanged(true);
}

void AppointmentsModel::onAnswer(const QString &userId, const ct::api::ApiResult &result, int generation,
                                 const QDateTime &askedAt)
{
    if (generation != m_generation)
        return;
    // CT515: the server knows no such user; nothing of theirs can be shown as current.
    const bool noRecord = result.status == ct::api::ApiStatus::ServerCode && result.ctCode == ct::api::CtCode::NoRecord;
    if (result.ok() || noRecord) {
        // Only an answer that adds up is the whole truth about the user's window (ListAnswerCheck).
        const ListAnswerCheck check(u"event_id"_s, result.rows, result.total);
        QSet<QString> answered;
        QList<QPair<QString, QJsonObject>> fresh;
        for (QJsonObject row : check.readable()) {
            const QString id = serverFieldText(row, u"event_id"_s);
            if (serverFieldText(row, u"user_id"_s).isEmpty())
                row.insert(u"user_id"_s, userId);   // the answer is this user's, whatever it omits
            answered.insert(id);
            fresh.append({id, row});
            m_serverRows.insert(id, row);
        }
        // Within the window an answer that adds up is the whole truth about this user's appointments.
        const auto inWindow = [&userId](const QJsonObject &row) {
            return serverFieldText(row, u"user_id"_s) == userId
                   && isServerCovered(ct::api::Normalizer::fromApiDate(serverFieldText(row, u"event_date"_s)));
        };
        if (!check.isConsistent())
            m_listNotice = check.notice();   // nothing of this user's window is removed
        for (auto it = m_serverRows.begin(); it != m_serverRows.end();) {
            if (check.isConsistent() && !answered.contains(it.key()) && inWindow(it.value())) {
                if (m_database)
                    m_database->cacheRemove(appointmentEntity(), it.key());
                it = m_serverRows.erase(it);
            } else {
                ++it;
            }
        }
        // An appointment confirmed here before the read was asked, and not in its answer, is
        // gone from the server (cancelled elsewhere).
        for (auto it = m_createdRows.begin(); it != m_createdRows.end();) {
            const QJsonObject &row = it.value();
            const bool stale = check.isConsistent() && serverFieldText(row, u"event_type"_s) == u"Appointment" && inWindow(row)
                               && !answered.contains(it.key())
                               && QDateTime::fromString(serverFieldText(row, confirmedAtKey), Qt::ISODate) < askedAt;
            if (stale) {
                if (m_database)
                    m_database->cacheRemove(createdEventEntity(), it.key());
                it = m_createdRows.erase(it);
            } else {
                ++it;
            }
        }
        if (m_database && !fresh.isEmpty())
            m_database->cachePutMany(appointmentEntity(), fresh);
        if (noRecord)
            m_error = tr("The server does not know user %1.").arg(userId);
    } else {
        m_error = result.message;
        Q_EMIT loadFailed(result.message);
    }
    if (--m_pendingReads > 0) {
        scheduleRebuild();
    } else {
        rebuild();   // shown before anyone hears it was refreshed
        m_lastRefreshed = QDateTime::currentDateTime();
        Q_EMIT loadingChanged(false);
        Q_EMIT refreshed();
    }
}

void AppointmentsModel::track(const QUuid &opId)
{
    const OutboxEntry *e = m_outbox ? m_outbox->find(opId) : nullptr;
    if (!e || !CalendarMerge::isEventCall(e->callName))
        return;
    m_tracked.insert(opId, *e);
    scheduleRebuild();
}

void AppointmentsModel::onEntryRemoved(const QUuid &opId)
{
    const auto it = m_tracked.constFind(opId);
    if (it == m_tracked.cend())
        return;
    const OutboxEntry e = it.value();
    m_tracked.erase(it);
    // The outbox lets an entry go from "in flight" only when the server confirmed it (a user
    // can discard only what is not in flight).
    if (e.state == OutboxState::InFlight) {
        if (e.callName == CalendarMerge::deleteCall)
            forgetServerEvent(e.params.value(u"event_id"_s));
        else if (RecordKey::isLocal(e.recordKey))
            m_confirmedCreates.insert(e.recordKey, e);   // its id arrives with recordCreated()
    }
    scheduleRebuild();
}

void AppointmentsModel::onRecordCreated(const QString &localKey, const QString &serverId)
{
    const auto it = m_confirmedCreates.constFind(localKey);
    if (it == m_confirmedCreates.cend())
        return;
    QJsonObject row;
    for (auto p = it->params.cbegin(); p != it->params.cend(); ++p)
        row.insert(p.key(), p.value());
    m_confirmedCreates.erase(it);
    row.insert(u"event_id"_s, serverId);
    // The contact's name, so the event reads well offline and after the contact list changes.
    const QString name = contactNameFor(serverFieldText(row, u"client_id"_s));
    if (!name.isEmpty())
        row.insert(u"firstName"_s, name);
    row.insert(confirmedAtKey, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    m_createdRows.insert(serverId, row);
    if (m_database)
        m_database->cachePut(createdEventEntity(), serverId, row);
    scheduleRebuild();
}

void AppointmentsModel::forgetServerEvent(const QString &eventId)
{
    if (eventId.isEmpty())
        return;
    m_serverRows.remove(eventId);
    m_createdRows.remove(eventId);
    if (m_database) {
        m_database->cacheRemove(appointmentEntity(), eventId);
        m_database->cacheRemove(createdEventEntity(), eventId);
    }
}

QString AppointmentsModel::contactNameFor(const QString &clientId) const
{
    if (!m_contacts || clientId.isEmpty())
        return {};
    const QJsonObject record = m_contacts->recordById(clientId);
    return QStringList({serverFieldText(record, u"firstName"_s), serverFieldText(record, u"lastName"_s)}).join(u' ').trimmed();
}

void AppointmentsModel::scheduleRebuild()
{
    if (m_rebuildQueued)
        return;
    m_rebuildQueued = true;
    QMetaObject::invokeMethod(this, &AppointmentsModel::rebuild, Qt::QueuedConnection);
}

void AppointmentsModel::rebuild()
{
    m_rebuildQueued = false;
    QList<CalendarEvent> rows = CalendarMerge::merge(
            m_createdRows, m_serverRows, m_outbox ? m_outbox->entries() : QList<OutboxEntry>(), {m_users, m_clientFilter},
            [this](const QString &clientId) { return contactNameFor(clientId); });
    const bool sameKeys = rows.size() == m_rows.size()
                          && std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(),
                                        [](const CalendarEvent &a, const CalendarEvent &b) { return a.key == b.key; });
    if (sameKeys) {
        m_rows = std::move(rows);
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int AppointmentsModel::rowOfKey(const QString &key) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).key == key)
            return i;
    }
    return -1;
}

CalendarEvent AppointmentsModel::eventByKey(const QString &key) const
{
    const int row = rowOfKey(key);
    return row < 0 ? CalendarEvent() : m_rows.at(row);
}

int AppointmentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AppointmentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AppointmentsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CalendarEvent &e = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StartColumn: {
            const QLocale locale;
            const QString day = locale.toString(e.start.date(), QLocale::ShortFormat);
            return tr("%1 %2–%3").arg(day, timeText(e.start.time()), timeText(e.end.time()));
        }
        case TypeColumn: {
            if (e.sync == SyncState::Pending)
                return e.movedFromId.isEmpty() ? tr("%1 (waiting to be sent)").arg(typeLabel(e.type))
                                               : tr("%1 (moving, waiting to be sent)").arg(typeLabel(e.type));
            if (e.sync == SyncState::Failed)
                return tr("%1 (failed)").arg(typeLabel(e.type));
            return typeLabel(e.type);
        }
        case ContactColumn: return e.contactName.isEmpty() ? e.clientId : e.contactName;
        case NoteColumn: return e.note;
        case UserColumn:
            return m_contacts && m_contacts->names() ? m_contacts->names()->name(NameLookup::User, e.userId.toUtf8())
                                                     : e.userId;
        }
        break;
    case Qt::ToolTipRole:
        return e.error.isEmpty() ? QVariant(e.note) : QVariant(e.error);
    case Qt::FontRole:
        if (e.sync == SyncState::Pending) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        break;
    case Qt::ForegroundRole:
        if (e.sync == SyncState::Failed)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        break;
    case Qt::DecorationRole:
        if (index.column() == StartColumn)
            return colorForUser(e.userId);
        break;
    case StartRole: return e.start;
    case EndRole: return e.end;
    case EventTypeRole: return e.type;
    case ClientIdRole: return e.clientId;
    case UserIdRole: return e.userId;
    case NoteRole: return e.note;
    case ContactNameRole: return e.contactName;
    case EventIdRole: return e.eventId;
    case UserColorRole: return colorForUser(e.userId);
    case SyncStateRole: return int(e.sync);
    case SyncErrorRole: return e.error;
    case RecordKeyRole: return e.key;
    case OperationIdRole: return e.opId;
    }
    return {};
}

QVariant AppointmentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StartColumn: return tr("When");
    case TypeColumn: return tr("Type");
    case ContactColumn: return tr("Contact");
    case NoteColumn: return tr("Note");
    case UserColumn: return tr("User");
    }
    return {};
}

} // namespace ct::models
