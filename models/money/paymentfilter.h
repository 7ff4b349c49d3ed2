// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QSortFilterProxyModel>

// The payments between two dates (either end open), by payday or by the date they were entered,
// sorted exactly (amounts as whole units, dates as yyyy-mm-dd). Totals, the chart and the CSV
// export all take shownPayments(), so they always agree with the table.
namespace ct::models {

class PaymentFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class DateField { Payday, Entered };

    explicit PaymentFilter(QObject *parent = nullptr);

    // An invalid date leaves that end open.
    void setRange(QDate from, QDate to);
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    void setDateField(DateField field);
    DateField dateField() const { return m_field; }
    QString dateKey() const;

    // The rows shown, in the shown order.
    QList<QJsonObject> shownPayments() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QDate m_from;
    QDate m_to;
    DateField m_field = DateField::Payday;
};

} // namespace ct::models
