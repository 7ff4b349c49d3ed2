// SPDX-License-Identifier: MIT
#include "twoleveltreemodel.h"

namespace ct::models {

QModelIndex TwoLevelTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, childIdOf(parent.row()));
}

QModelIndex TwoLevelTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || isTopRow(child))
        return {};
    const int row = topRowOfChildId(child.internalId());
    return row < 0 ? QModelIndex() : createIndex(row, 0, quintptr(0));
}

} // namespace ct::models
