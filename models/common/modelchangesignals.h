// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractItemModel>

namespace ct::models {

// Calls `slot` of `receiver` whenever the rows of `model` or their data change: a reset, rows
// inserted or removed, data changed. For models that derive what they show from another model
// (counts, boards) and rebuild (or schedule a rebuild) on any change of it.
template<typename Receiver, typename Slot>
void connectRowChanges(const QAbstractItemModel *model, const Receiver *receiver, Slot slot)
{
    QObject::connect(model, &QAbstractItemModel::modelReset, receiver, slot);
    QObject::connect(model, &QAbstractItemModel::rowsInserted, receiver, slot);
    QObject::connect(model, &QAbstractItemModel::rowsRemoved, receiver, slot);
    QObject::connect(model, &QAbstractItemModel::dataChanged, receiver, slot);
}

} // namespace ct::models
