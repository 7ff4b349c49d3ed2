// SPDX-License-Identifier: MIT
#include "tagcountsmodel.h"

#include "contactsmodel.h"
#include "modelchangesignals.h"
#include "accounttags.h"

#include "api/apiresult.h"
#include "store/outbox.h"
#include "store/outboxreplayer.h"

#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using ct::store::OutboxState;

namespace ct::models {

namespace {
const QString tagKey = u"tag_value"_s;
}

TagCountsModel::TagCountsModel(AccountTags *catalog, ContactsModel *contacts, ct::store::Outbox *outbox,
                               ct::store::OutboxReplayer *replayer, QObject *parent)
    : QAbstractTableModel(parent)
    , m_catalog(catalog)
    , m_contacts(contacts)
    , m_outbox(outbox)
    , m_replayer(replayer)
    , m_recountTimer(new QTimer(this))
{
    // Contacts arrive a page at a time: count once they settle, not per page.
    m_recountTimer->setSingleShot(true);
    m_recountTimer->setInterval(150);
    connect(m_recountTimer, &QTimer::timeout, this, &TagCountsModel::recount);
    if (m_catalog) {
        connect(m_catalog, &AccountTags::changed, this, &TagCountsModel::scheduleRecount);
        connect(m_catalog, &AccountTags::noticeChanged, this, &TagCountsModel::listNoticeChanged);
    }
    if (m_contacts) {
        connectRowChanges(m_contacts, this, &TagCountsModel::scheduleRecount);
        connect(m_contacts, &ContactsModel::fullyLoadedChanged, this, &TagCountsModel::scheduleRecount);
        connect(m_contacts, &ContactsModel::loadingChanged, this, &TagCountsModel::scheduleRecount);
    }
    if (m_outbox) {
        connect(m_outbox, &ct::store::Outbox::entryAdded, this, &TagCountsModel::scheduleRecount);
        connect(m_outbox, &ct::store::Outbox::entryChanged, this, &TagCountsModel::scheduleRecount);
        connect(m_outbox, &ct::store::Outbox::entryRemoved, this, &TagCountsModel::scheduleRecount);
    }
    if (m_replayer)
        connect(m_replayer, &ct::store::OutboxReplayer::entryFailed, this, &TagCountsModel::onEntryFailed);
    recount();
}

void TagCountsModel::setWatching(bool watching)
{
    m_watching = watching;
    if (m_watching && m_stale)
        scheduleRecount();
}

void TagCountsModel::scheduleRecount()
{
    if (!m_watching) {
        m_stale = true;
        return;
    }
    // While every contact is being read, one count at the end instead of one per page.
    if (m_contacts && m_contacts->isLoading())
        return;
    m_recountTimer->start();
}

bool TagCountsModel::countsComplete() const
{
    return m_contacts && m_contacts->isFullyLoaded();
}

void TagCountsModel::recount()
{
    m_recountTimer->stop();
    m_stale = false;
    // Case-blind like the server: "hot lead" and "Hot Lead" are one tag.
    QHash<QString, Row> byKey;
    QStringList order;
    auto rowFor = [&](const QString &tag) -> Row & {
        const QString key = tag.toCaseFolded();
        if (!byKey.contains(key)) {
            byKey.insert(key, Row{tag, 0, SyncState::Confirmed, {}});
            order.append(key);
        }
        return byKey[key];
    };
    if (m_catalog) {
        for (const QString &tag : m_catalog->tags())
            rowFor(tag);
    }
    m_counted = 0;
    if (m_contacts) {
        const int size = m_contacts->storeSize();
        for (int i = 0; i < size; ++i) {
            const QJsonObject record = m_contacts->storedRecord(i);
            if (record.isEmpty())
                continue;   // removed
            ++m_counted;
            QSet<QString> seen;   // a contact counts once per tag
            for (const QString &part : record.value(u"tag"_s).toString().split(u',', Qt::SkipEmptyParts)) {
                const QString tag = part.trimmed();
                if (tag.isEmpty() || seen.contains(tag.toCaseFolded()))
                    continue;
                seen.insert(tag.toCaseFolded());
                ++rowFor(tag).count;
            }
        }
    }
    if (m_outbox) {
        for (const ct::store::OutboxEntry &e : m_outbox->entries()) {
            if (!e.is(ct::api::Call::CreateTag))
                continue;
            Row &row = rowFor(e.params.value(tagKey));
            if (e.state == OutboxState::Failed) {
                row.state = SyncState::Failed;
                row.error = e.lastError;
            } else if (row.state == SyncState::Confirmed) {
                row.state = SyncState::Pending;
            }
        }
    }

    // In place: rows that stay keep their place; new tags are appended (the view sorts).
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (byKey.contains(m_rows.at(i).tag.toCaseFolded()))
            continue;
        beginRemoveRows({}, i, i);
        m_rows.removeAt(i);
        endRemoveRows();
    }
    QSet<QString> held;
    for (int i = 0; i < m_rows.size(); ++i) {
        const QString key = m_rows.at(i).tag.toCaseFolded();
        held.insert(key);
        const Row &fresh = byKey[key];
        if (!(fresh == m_rows.at(i))) {
            m_rows[i] = fresh;
            Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
        }
    }
    QList<Row> added;
    for (const QString &key : std::as_const(order)) {
        if (!held.contains(key))
            added.append(byKey[key]);
    }
    if (!added.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + added.size()) - 1);
        m_rows.append(added);
        endInsertRows();
    }
    Q_EMIT countsChanged();
}

void TagCountsModel::onEntryFailed(const QUuid &opId, const QString &message, const QString &)
{
    const ct::store::OutboxEntry *entry = m_outbox ? m_outbox->find(opId) : nullptr;
    if (!entry || !entry->is(ct::api::Call::CreateTag))
        return;
    const QString tag = entry->params.value(tagKey);
    if (entry->errorCode == ct::api::CtCode::Duplicate) {
        // What the edit wanted is true already: the server has the tag. Keeping the entry would
        // only block the edits queued behind it (a contact's tags), so it is taken back and the
        // server's spelling is read.
        // Queued: the replayer still holds the entry while it reports the failure.
        QMetaObject::invokeMethod(this, [this, opId] {
            if (m_replayer)
                m_replayer->discard(opId);
            if (m_catalog)
                m_catalog->refresh();
        }, Qt::QueuedConnection);
        Q_EMIT createFailed(tag, tr("The server already has the tag \"%1\" (perhaps spelled differently), "
                                    "so nothing was added.").arg(tag));
    } else {
        Q_EMIT createFailed(tag, message);
    }
    scheduleRecount();
}

QString TagCountsModel::problemWithNewTag(const QString &tagIn) const
{
    const QString tag = tagIn.trimmed();
    if (tag.isEmpty())
        return tr("A tag needs a name.");
    if (tag.contains(u','))
        return tr("A tag cannot contain a comma: commas separate a contact's tags.");
    if (rowOfTag(tag) >= 0 || (m_catalog && m_catalog->contains(tag)))
        return tr("The account already has this tag.");
    return {};
}

bool TagCountsModel::create(const QString &tag)
{
    m_error.clear();
    if (const QString problem = problemWithNewTag(tag); !problem.isEmpty()) {
        m_error = problem;
        return false;
    }
    if (!m_catalog || !m_catalog->create(tag.trimmed(), {})) {
        m_error = m_catalog ? m_catalog->errorString() : tr("No account is open.");
        return false;
    }
    recount();   // shown at once, pending
    return true;
}

int TagCountsModel::countOf(const QString &tag) const
{
    const int row = rowOfTag(tag);
    return row < 0 ? 0 : m_rows.at(row).count;
}

int TagCountsModel::rowOfTag(const QString &tag) const
{
    const QString key = tag.trimmed().toCaseFolded();
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).tag.toCaseFolded() == key)
            return i;
    }
    return -1;
}

QString TagCountsModel::tagAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).tag : QString();
}

QString TagCountsModel::listNotice() const
{
    return m_catalog ? m_catalog->notice() : QString();
}

int TagCountsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TagCountsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TagCountsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TagColumn: return row.tag;
        case ContactsColumn: return row.count;   // a number, so the view sorts it as one
        case StatusColumn:
            return row.state == SyncState::Pending ? tr("Waiting to be sent") : row.error;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == ContactsColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case SyncStateRole: return int(row.state);
    case SyncErrorRole: return row.error;
    case RecordKeyRole: return QString(u"tag:"_s + row.tag);
    default: return {};
    }
}

QVariant TagCountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TagColumn: return tr("Tag");
    case ContactsColumn: return tr("Contacts");
    case StatusColumn: return tr("Status");
    }
    return {};
}

} // namespace ct::models
