// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractItemModel>

namespace ct::models {

// The index/parent bookkeeping of a tree two levels deep (top rows, each with rows of its own
// below it) that stores no nodes: a top row's index has internal id 0, a child's a non-zero id
// that names its top row. The subclass chooses that id; one that stays with the top row while
// rows move (rather than the row number) keeps child indexes pointing at the right parent.
class TwoLevelTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    using QAbstractItemModel::QAbstractItemModel;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;

protected:
    static bool isTopRow(const QModelIndex &index) { return index.internalId() == 0; }
    // The non-zero internal id the children of top row `topRow` carry.
    virtual quintptr childIdOf(int topRow) const = 0;
    // The top row whose children carry `childId`; -1 when there is none any more.
    virtual int topRowOfChildId(quintptr childId) const = 0;
};

} // namespace ct::models
