// SPDX-License-Identifier: MIT
#include "pipelinemodel.h"

#include "contactediting.h"
#include "contactsmodel.h"
#include "modelchangesignals.h"
#include "salescyclesmodel.h"
#include "accounttags.h"   // ContactEditing keeps a QPointer to it

#include "store/outbox.h"

#include <QBrush>
#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeData>
#include <QPalette>
#include <QTimer>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
namespace RecordKey = ct::store::RecordKey;

namespace ct::models {

namespace {

// While pages arrive, cards are put on their stages at most this often.
constexpr int SyncDelayMs = 100;
constexpr int SyncWhileLoadingMs = 400;
constexpr quintptr StageLevel = 0;   // internalId of stages; cards carry their stage row + 1

QString contactTypeOf(const QJsonObject &record)
{
    const QString type = record.value(u"contact_type"_s).toString();
    return type.isEmpty() ? u"1"_s : type;
}

QString cardTitle(const QJsonObject &record)
{
    const QString name = QStringList{record.value(u"firstName"_s).toString(), record.value(u"lastName"_s).toString()}
                                 .join(u' ').trimmed();
    return name.isEmpty() ? record.value(u"email"_s).toString() : name;
}

QString cardDetail(const QJsonObject &record)
{
    for (const char *key : {"company", "email", "phone"}) {
        const QString value = record.value(QLatin1StringView(key)).toString();
        if (!value.isEmpty())
            return value;
    }
    return {};
}

} // namespace

PipelineModel::PipelineModel(ContactsModel *contacts, SalesCyclesModel *cycles, ContactEditing *editing,
                             ct::store::Outbox *outbox, QObject *parent)
    : QAbstractItemModel(parent)
    , m_contacts(contacts)
    , m_cycles(cycles)
    , m_editing(editing)
    , m_outbox(outbox)
    , m_syncSoon(new QTimer(this))
{
    m_syncSoon->setSingleShot(true);
    m_syncSoon->setInterval(SyncDelayMs);
    connect(m_syncSoon, &QTimer::timeout, this, &PipelineModel::syncCards);

    connectRowChanges(cycles, this, &PipelineModel::rebuildStages);

    // The contacts model signals only what its own view shows; its load signals cover pages
    // that land behind a search or filter.
    connectRowChanges(contacts, this, &PipelineModel::scheduleSync);
    connect(contacts, &QAbstractItemModel::layoutChanged, this, &PipelineModel::scheduleSync);
    connect(contacts, &ContactsModel::loadProgress, this, &PipelineModel::scheduleSync);
    connect(contacts, &ContactsModel::loadingChanged, this, &PipelineModel::scheduleSync);
    connect(contacts, &ContactsModel::fullyLoadedChanged, this, &PipelineModel::scheduleSync);

    if (outbox) {
        for (const auto &entry : outbox->entries()) {
            if (RecordKey::entityOf(entry.recordKey) == u"client"_s) {
                m_opKeys.insert(entry.opId, entry.recordKey);
                followOutbox(entry.recordKey);
            }
        }
        const auto follow = [this](const QUuid &opId) {
            const ct::store::OutboxEntry *entry = m_outbox->find(opId);
            if (entry && RecordKey::entityOf(entry->recordKey) == u"client"_s) {
                m_opKeys.insert(opId, entry->recordKey);
                followOutbox(entry->recordKey);
            }
        };
        connect(outbox, &ct::store::Outbox::entryAdded, this, follow);
        connect(outbox, &ct::store::Outbox::entryChanged, this, follow);
        connect(outbox, &ct::store::Outbox::entryRemoved, this, [this](const QUuid &opId) {
            const QString key = m_opKeys.take(opId);
            if (!key.isEmpty())
                followOutbox(key);
        });
    }
    rebuildStages();
}

PipelineModel::~PipelineModel() = default;

void PipelineModel::setContactType(const QString &contactType)
{
    const QString type = contactType.isEmpty() ? u"1"_s : contactType;
    if (type == m_contactType)
        return;
    m_contactType = type;
    beginResetModel();
    m_stages.clear();
    m_stageOfCard.clear();
    endResetModel();
    rebuildStages();
}

std::vector<PipelineModel::Stage> PipelineModel::stagesFromCycles() const
{
    std::vector<Stage> stages;
    if (!m_cycles)
        return stages;
    std::vector<const SalesCyclesModel::Cycle *> active;
    for (const auto &cycle : m_cycles->cycles()) {
        // A cycle still being created has no id a contact could carry yet.
        if (cycle.isActive() && !cycle.isLocal() && !cycle.deleting && cycle.contactType() == m_contactType)
            active.push_back(&cycle);
    }
    std::stable_sort(active.begin(), active.end(), [](const auto *a, const auto *b) {
        return a->order() != b->order() ? a->order() < b->order() : a->name().localeAwareCompare(b->name()) < 0;
    });
    for (const auto *cycle : active)
        stages.push_back(Stage{cycle->id, cycle->name(), {}});
    return stages;
}

void PipelineModel::rebuildStages()
{
    std::vector<Stage> stages = stagesFromCycles();
    const bool sameStages = std::equal(stages.begin(), stages.end(), m_stages.begin(), m_stages.end(),
                                       [](const Stage &a, const Stage &b) { return a.id == b.id; });
    if (sameStages) {
        // Renames only: the columns stay.
        for (size_t row = 0; row < stages.size(); ++row) {
            if (m_stages[row].name != stages[row].name) {
                m_stages[row].name = stages[row].name;
                Q_EMIT dataChanged(index(int(row), 0), index(int(row), 0));
            }
        }
        return;
    }
    // Stages came, went or changed order: the board is laid out again.
    beginResetModel();
    m_stages = std::move(stages);
    m_stageOfCard.clear();
    endResetModel();
    if (m_live)
        syncCards();
    else
        m_stale = true;
}

void PipelineModel::scheduleSync()
{
    if (!m_live) {
        m_stale = true;
        return;
    }
    // Less often while pages pour in: each pass walks every held contact.
    m_syncSoon->setInterval(m_contacts && m_contacts->isLoading() ? SyncWhileLoadingMs : SyncDelayMs);
    if (!m_syncSoon->isActive())
        m_syncSoon->start();
}

void PipelineModel::setLive(bool live)
{
    if (m_live == live)
        return;
    m_live = live;
    if (!live && m_syncSoon->isActive()) {
        m_syncSoon->stop();
        m_stale = true;
    }
    if (live && m_stale) {
        m_stale = false;
        syncCards();
    }
}

void PipelineModel::syncCards()
{
    m_syncSoon->stop();
    if (!m_contacts)
        return;
    QHash<QString, int> stageRowOfId;
    for (size_t row = 0; row < m_stages.size(); ++row)
        stageRowOfId.insert(m_stages[row].id, int(row));

    QHash<QString, int> stageOf;
    std::vector<QStringList> arriving(m_stages.size());
    int held = 0;
    int offBoard = 0;
    for (int storeRow = 0; storeRow < m_contacts->storeSize(); ++storeRow) {
        const QJsonObject record = m_contacts->storedRecord(storeRow);
        const QString id = record.value(u"client_id"_s).toString();
        // A contact still being created has no id to send a move with.
        if (id.isEmpty() || contactTypeOf(record) != m_contactType)
            continue;
        ++held;
        const int stage = stageRowOfId.value(record.value(u"sales_cycle_id"_s).toString(), -1);
        if (stage < 0) {
            ++offBoard;
            continue;
        }
        stageOf.insert(id, stage);
        if (m_stageOfCard.value(id, -1) != stage)
            arriving[size_t(stage)].append(id);
    }

    bool moved = false;
    for (size_t s = 0; s < m_stages.size(); ++s) {
        QStringList &cards = m_stages[s].cards;
        const QModelIndex parent = index(int(s), 0);
        // Leaving cards go in blocks from the end, so earlier rows keep their numbers.
        int last = int(cards.size()) - 1;
        while (last >= 0) {
            if (stageOf.value(cards.at(last), -1) == int(s)) {
                --last;
                continue;
            }
            int first = last;
            while (first > 0 && stageOf.value(cards.at(first - 1), -1) != int(s))
                --first;
            beginRemoveRows(parent, first, last);
            cards.remove(first, last - first + 1);
            endRemoveRows();
            moved = true;
            last = first - 1;
        }
    }
    for (size_t s = 0; s < m_stages.size(); ++s) {
        const QStringList &incoming = arriving[s];
        QStringList &cards = m_stages[s].cards;
        const QModelIndex parent = index(int(s), 0);
        // Cards the user just dropped go on top, where the user looks; others at the end.
        QStringList onTop;
        QStringList atEnd;
        for (const QString &id : incoming)
            (m_movedHere.contains(id) ? onTop : atEnd).append(id);
        if (!onTop.isEmpty()) {
            beginInsertRows(parent, 0, int(onTop.size()) - 1);
            cards = onTop + cards;
            endInsertRows();
            moved = true;
        }
        if (!atEnd.isEmpty()) {
            beginInsertRows(parent, int(cards.size()), int(cards.size() + atEnd.size()) - 1);
            cards.append(atEnd);
            endInsertRows();
            moved = true;
        }
        // Names, companies and sync marks of cards that stayed may have changed too.
        if (!cards.isEmpty())
            Q_EMIT dataChanged(index(0, 0, parent), index(int(cards.size()) - 1, 0, parent));
    }
    m_stageOfCard = std::move(stageOf);
    m_movedHere.clear();
    if (moved && !m_stages.empty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_stages.size()) - 1, 0));
    if (moved || held != m_held || offBoard != m_offBoard) {
        m_held = held;
        m_offBoard = offBoard;
        Q_EMIT cardsChanged();
    }
}

QModelIndex PipelineModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return size_t(row) < m_stages.size() ? createIndex(row, 0, StageLevel) : QModelIndex();
    if (parent.internalId() != StageLevel || parent.model() != this || size_t(parent.row()) >= m_stages.size())
        return {};
    if (row >= m_stages[size_t(parent.row())].cards.size())
        return {};
    return createIndex(row, 0, quintptr(parent.row()) + 1);
}

QModelIndex PipelineModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == StageLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, StageLevel);
}

int PipelineModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_stages.size());
    if (parent.column() != 0 || parent.internalId() != StageLevel || size_t(parent.row()) >= m_stages.size())
        return 0;
    return int(m_stages[size_t(parent.row())].cards.size());
}

int PipelineModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant PipelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == StageLevel) {
        const Stage &stage = m_stages[size_t(index.row())];
        switch (role) {
        case Qt::DisplayRole: return stage.name;
        case Qt::ToolTipRole: return tr("%n contact(s) in %1", nullptr, int(stage.cards.size())).arg(stage.name);
        case SalesCycleIdRole: return stage.id;
        case CardCountRole: return int(stage.cards.size());
        case RecordKeyRole: return SalesCyclesModel::recordKeyOf(stage.id);
        default: return {};
        }
    }
    const Stage &stage = m_stages[size_t(index.internalId() - 1)];
    const QString id = stage.cards.at(index.row());
    const SyncState state = m_sync.value(id, SyncState::Confirmed);
    switch (role) {
    case Qt::DisplayRole: {
        const QJsonObject record = m_contacts ? m_contacts->recordById(id) : QJsonObject();
        QStringList lines{cardTitle(record)};
        const QString detail = cardDetail(record);
        if (!detail.isEmpty())
            lines.append(detail);
        if (state == SyncState::Pending)
            lines.append(tr("Waiting for the server"));
        else if (state == SyncState::Failed || state == SyncState::Conflict)
            lines.append(tr("Refused: %1").arg(m_syncError.value(id)));
        return lines.join(u'\n');
    }
    case Qt::ToolTipRole:
        return state == SyncState::Confirmed ? QVariant() : QVariant(m_syncError.value(id));
    case Qt::FontRole: {
        if (state != SyncState::Pending)
            return {};
        QFont font;
        font.setItalic(true);
        return font;
    }
    case Qt::ForegroundRole:
        if (state == SyncState::Failed || state == SyncState::Conflict)
            return QBrush(Qt::darkRed);
        return state == SyncState::Pending ? QVariant(QPalette().brush(QPalette::Disabled, QPalette::Text)) : QVariant();
    case ClientIdRole: return id;
    case SalesCycleIdRole: return stage.id;
    case SyncStateRole: return int(state);
    case SyncErrorRole: return m_syncError.value(id);
    case RecordKeyRole: return RecordKey::make(u"client"_s, id);
    default: return {};
    }
}

Qt::ItemFlags PipelineModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == StageLevel)
        return Qt::ItemIsEnabled | Qt::ItemIsDropEnabled;
    // Cards take no drops of their own: a card dropped on a card lands on its stage.
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

QStringList PipelineModel::mimeTypes() const
{
    return {mimeType};
}

QMimeData *PipelineModel::mimeData(const QModelIndexList &indexes) const
{
    QJsonArray ids;
    QStringList names;
    for (const QModelIndex &index : indexes) {
        if (!index.isValid() || index.internalId() == StageLevel)
            continue;
        const QString id = index.data(ClientIdRole).toString();
        if (ids.contains(id))
            continue;
        ids.append(id);
        names.append(index.data(Qt::DisplayRole).toString().section(u'\n', 0, 0));
    }
    if (ids.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(mimeType, QJsonDocument(ids).toJson(QJsonDocument::Compact));
    mime->setText(names.join(u'\n'));
    return mime;
}

bool PipelineModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                    const QModelIndex &parent) const
{
    return data && data->hasFormat(mimeType) && (action == Qt::MoveAction || action == Qt::CopyAction) &&
           parent.isValid() && parent.model() == this;
}

bool PipelineModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                 const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const int stage = parent.internalId() == StageLevel ? parent.row() : int(parent.internalId() - 1);
    if (stage < 0 || size_t(stage) >= m_stages.size())
        return false;
    QStringList ids;
    for (const QJsonValue &id : QJsonDocument::fromJson(data->data(mimeType)).array())
        ids.append(id.toString());
    return moveContacts(ids, m_stages[size_t(stage)].id);
}

Qt::DropActions PipelineModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions PipelineModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

bool PipelineModel::moveContacts(const QStringList &clientIds, const QString &salesCycleId)
{
    m_error.clear();
    if (!m_editing || !m_contacts)
        return false;
    int accepted = 0;
    for (const QString &id : clientIds) {
        const QJsonObject record = m_contacts->recordById(id);
        if (record.isEmpty()) {
            m_error = tr("That contact is no longer in the list.");
            continue;
        }
        const QString current = record.value(u"sales_cycle_id"_s).toString();
        if (current == salesCycleId) {
            ++accepted;   // already there: nothing to send
            continue;
        }
        // The base value lets the replay notice a move made elsewhere meanwhile.
        if (m_editing->saveChanges(id, {{u"sales_cycle_id"_s, salesCycleId}}, {{u"sales_cycle_id"_s, current}})) {
            ++accepted;
            m_movedHere.insert(id);
        }
        else
            m_error = m_editing->errorString();
    }
    // The card moves now, not at the next page.
    syncCards();
    if (!m_error.isEmpty())
        Q_EMIT moveRefused(m_error);
    return accepted > 0;
}

QModelIndex PipelineModel::stageIndex(const QString &salesCycleId) const
{
    for (size_t row = 0; row < m_stages.size(); ++row) {
        if (m_stages[row].id == salesCycleId)
            return index(int(row), 0);
    }
    return {};
}

QModelIndex PipelineModel::cardIndex(const QString &clientId) const
{
    const int stage = m_stageOfCard.value(clientId, -1);
    if (stage < 0)
        return {};
    const int row = int(m_stages[size_t(stage)].cards.indexOf(clientId));
    return row < 0 ? QModelIndex() : index(row, 0, index(stage, 0));
}

void PipelineModel::followOutbox(const QString &recordKey)
{
    const QString id = RecordKey::idOf(recordKey);
    if (id.isEmpty() || RecordKey::isLocal(recordKey))
        return;
    SyncState state = SyncState::Confirmed;
    QString error;
    if (m_outbox) {
        for (const auto &entry : m_outbox->entries()) {
            if (entry.recordKey != recordKey)
                continue;
            if (entry.state == ct::store::OutboxState::Failed || entry.state == ct::store::OutboxState::Conflict) {
                state = entry.state == ct::store::OutboxState::Failed ? SyncState::Failed : SyncState::Conflict;
                error = entry.lastError.isEmpty() ? tr("changed on the server meanwhile") : entry.lastError;
                break;
            }
            state = SyncState::Pending;
        }
    }
    if (state == SyncState::Confirmed) {
        if (!m_sync.remove(id))
            return;
        m_syncError.remove(id);
    } else {
        m_sync.insert(id, state);
        m_syncError.insert(id, error);
    }
    cardChanged(id);
}

void PipelineModel::cardChanged(const QString &clientId)
{
    const QModelIndex card = cardIndex(clientId);
    if (card.isValid())
        Q_EMIT dataChanged(card, card);
}

} // namespace ct::models
