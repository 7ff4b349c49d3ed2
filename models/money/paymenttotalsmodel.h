// SPDX-License-Identifier: MIT
#pragma once

#include "paymenttotals.h"

#include <QAbstractTableModel>

// PaymentTotals as a small table: every payment, then each type, then each status, and the
// payments whose amount could not be read, when there are any.
namespace ct::models {

class PaymentTotalsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { GroupColumn, CountColumn, AmountColumn, ColumnCount };
    enum Role { AmountRole = Qt::UserRole + 1 };   // the exact DecimalAmount

    explicit PaymentTotalsModel(QObject *parent = nullptr);

    void setTotals(const PaymentTotals &totals);
    const PaymentTotals &totals() const { return m_totals; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Line
    {
        QString label;
        int count = 0;
        DecimalAmount amount;
        bool unreadable = false;
        bool total = false;
    };
    QList<Line> m_lines;
    PaymentTotals m_totals;
};

} // namespace ct::models
