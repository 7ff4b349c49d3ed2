// SPDX-License-Identifier: MIT
#include "paymenttotalsmodel.h"

#include <QFont>
#include <QLocale>

namespace ct::models {

PaymentTotalsModel::PaymentTotalsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    setTotals(PaymentTotals::of({}));   // every documented group, at zero
}

void PaymentTotalsModel::setTotals(const PaymentTotals &totals)
{
    QList<Line> lines;
    lines.append({tr("All payments"), totals.count - totals.unreadable, totals.total, false, true});
    for (const PaymentGroup &group : totals.byType)
        lines.append({tr("Type: %1").arg(group.name.isEmpty() ? tr("(none)") : group.name), group.count, group.amount});
    for (const PaymentGroup &group : totals.byStatus)
        lines.append({tr("Status: %1").arg(group.name.isEmpty() ? tr("(none)") : group.name), group.count, group.amount});
    if (totals.unreadable > 0)
        lines.append({tr("Amount not readable (left out)"), totals.unreadable, DecimalAmount::invalid(), true});
    beginResetModel();
    m_totals = totals;
    m_lines = lines;
    endResetModel();
}

int PaymentTotalsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int PaymentTotalsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PaymentTotalsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Line &line = m_lines.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case GroupColumn: return line.label;
        case CountColumn: return QLocale().toString(line.count);
        case AmountColumn: return line.unreadable ? QString() : line.amount.displayText();
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() != GroupColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::FontRole:
        if (line.total) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case AmountRole:
        return QVariant::fromValue(line.amount);
    }
    return {};
}

QVariant PaymentTotalsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case GroupColumn: return tr("Payments");
    case CountColumn: return tr("Count");
    case AmountColumn: return tr("Amount");
    }
    return {};
}

} // namespace ct::models
