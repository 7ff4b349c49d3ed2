// SPDX-License-Identifier: MIT
#include "outboxmodel.h"

#include "calllabels.h"
#include "modelroles.h"

#include "api/validator.h"
#include "store/outbox.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;
using ct::store::OutboxEntry;
using ct::store::OutboxState;

namespace ct::models {

OutboxModel::OutboxModel(ct::store::Outbox *outbox, QObject *parent)
    : QAbstractTableModel(parent)
    , m_outbox(outbox)
{
    reload();
    connect(outbox, &ct::store::Outbox::entryAdded, this, &OutboxModel::onAdded);
    connect(outbox, &ct::store::Outbox::entryChanged, this, &OutboxModel::onChanged);
    connect(outbox, &ct::store::Outbox::entryRemoved, this, &OutboxModel::onRemoved);
}

void OutboxModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_outbox) {
        for (const OutboxEntry &entry : m_outbox->entries())
            m_rows.append(entry.opId);
    }
    endResetModel();
}

void OutboxModel::addActionDescriber(ActionDescriber describer)
{
    m_describers.append(std::move(describer));
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, ActionColumn), index(rowCount() - 1, ActionColumn), {Qt::DisplayRole});
}

int OutboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OutboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QUuid OutboxModel::operationAt(int row) const
{
    return m_rows.value(row);
}

int OutboxModel::rowOf(const QUuid &opId) const
{
    return int(m_rows.indexOf(opId));
}

const OutboxEntry *OutboxModel::entryAt(int row) const
{
    return m_outbox && row >= 0 && row < m_rows.size() ? m_outbox->find(m_rows.at(row)) : nullptr;
}

QString OutboxModel::stateText(int state)
{
    switch (OutboxState(state)) {
    case OutboxState::Pending: return tr("Waiting");
    case OutboxState::InFlight: return tr("Sending");
    case OutboxState::Failed: return tr("Failed");
    case OutboxState::Conflict: return tr("Conflict");
    }
    return {};
}

QString OutboxModel::problemText(const OutboxEntry &entry)
{
    if (entry.errorKey.isEmpty())
        return entry.lastError;
    // The server names only the key ("Validation Issue"); the schema says what is wrong with it.
    const auto value = entry.params.constFind(entry.errorKey);
    QString reason;
    if (value != entry.params.constEnd())
        reason = ct::api::Validator::problemWith(entry.errorKey, value.value(), true);
    if (reason.isEmpty())
        reason = entry.lastError;
    return u"%1: %2"_s.arg(CallLabels::fieldLabel(entry.errorKey), reason);
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OutboxEntry *entry = entryAt(index.row());
    if (!entry)
        return {};

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StateColumn: return stateText(int(entry->state));
        case ActionColumn:
            for (const ActionDescriber &describe : m_describers) {
                if (const QString action = describe(*m_outbox, *entry); !action.isEmpty())
                    return action;
            }
            return CallLabels::callLabel(entry->callName);
        case RecordColumn: {
            // A contact not yet created has no number to show.
            if (ct::store::RecordKey::isLocal(entry->recordKey))
                return tr("new (not yet created)");
            const QString name = (entry->params.value(u"firstName"_s) + u' ' + entry->params.value(u"lastName"_s)).trimmed();
            const QString id = ct::store::RecordKey::idOf(entry->recordKey);
            return name.isEmpty() ? id : u"%1 (%2)"_s.arg(name, id);
        }
        case CreatedColumn: return QLocale().toString(entry->createdAt.toLocalTime(), QLocale::ShortFormat);
        case AttemptsColumn: return entry->attempts;
        case ProblemColumn:
            if (entry->state == OutboxState::Conflict)
                return tr("Changed on the server since you edited it");
            return problemText(*entry);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == ProblemColumn && !entry->lastError.isEmpty())
            return problemText(*entry);
        break;
    case Qt::ForegroundRole:
        if (entry->state == OutboxState::Failed || entry->state == OutboxState::Conflict)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == AttemptsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case SyncStateRole:
        switch (entry->state) {
        case OutboxState::Pending:
        case OutboxState::InFlight: return int(SyncState::Pending);
        case OutboxState::Failed: return int(SyncState::Failed);
        case OutboxState::Conflict: return int(SyncState::Conflict);
        }
        break;
    case SyncErrorRole: return entry->lastError;
    case SyncErrorKeyRole: return entry->errorKey;
    case RecordKeyRole: return entry->recordKey;
    case OperationIdRole: return entry->opId;
    }
    return {};
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StateColumn: return tr("State");
    case ActionColumn: return tr("Change");
    case RecordColumn: return tr("Record");
    case CreatedColumn: return tr("Made");
    case AttemptsColumn: return tr("Attempts");
    case ProblemColumn: return tr("Problem");
    }
    return {};
}

void OutboxModel::onAdded(const QUuid &opId)
{
    if (!m_outbox || m_rows.contains(opId))
        return;
    // Journal order: the new entry's place among the rows already shown.
    int row = 0;
    for (const OutboxEntry &entry : m_outbox->entries()) {
        if (entry.opId == opId)
            break;
        if (m_rows.contains(entry.opId))
            ++row;
    }
    beginInsertRows({}, row, row);
    m_rows.insert(row, opId);
    endInsertRows();
}

void OutboxModel::onChanged(const QUuid &opId)
{
    const int row = rowOf(opId);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void OutboxModel::onRemoved(const QUuid &opId)
{
    const int row = rowOf(opId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

} // namespace ct::models
