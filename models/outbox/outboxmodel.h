// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>
#include <QPointer>
#include <QUuid>

#include <functional>

namespace ct::store { class Outbox; struct OutboxEntry; }

// The outbox journal as a table: one row per queued edit, in the order it will be sent,
// with its state and the server's reason when it failed.
namespace ct::models {

class OutboxModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { StateColumn, ActionColumn, RecordColumn, CreatedColumn, AttemptsColumn, ProblemColumn, ColumnCount };

    explicit OutboxModel(ct::store::Outbox *outbox, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // How a work area names its own entries in the Action column where the call's label would
    // mislead (the calendar: the two halves of a move are one change); an empty answer leaves the
    // call's label. The outbox knows no area: each area that needs it adds its describer.
    using ActionDescriber = std::function<QString(const ct::store::Outbox &, const ct::store::OutboxEntry &)>;
    void addActionDescriber(ActionDescriber describer);

    QUuid operationAt(int row) const;
    int rowOf(const QUuid &opId) const;
    const ct::store::OutboxEntry *entryAt(int row) const;

    static QString stateText(int state);
    // Why the server refused the entry, in words, at the field it named.
    static QString problemText(const ct::store::OutboxEntry &entry);

private:
    void onAdded(const QUuid &opId);
    void onChanged(const QUuid &opId);
    void onRemoved(const QUuid &opId);
    void reload();

    QPointer<ct::store::Outbox> m_outbox;
    QList<ActionDescriber> m_describers;
    QList<QUuid> m_rows;   // mirrors the journal's order
};

} // namespace ct::models
