// SPDX-License-Identifier: MIT
#include "paymentfilter.h"

#include "paymentsmodel.h"

#include "api/normalizer.h"

using namespace Qt::Literals::StringLiterals;

namespace ct::models {

PaymentFilter::PaymentFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(PaymentsModel::SortRole);
    setDynamicSortFilter(true);
}

void PaymentFilter::setRange(QDate from, QDate to)
{
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    invalidateFilter();
}

void PaymentFilter::setDateField(DateField field)
{
    if (field == m_field)
        return;
    m_field = field;
    invalidateFilter();
}

QString PaymentFilter::dateKey() const
{
    return m_field == DateField::Payday ? u"payday"_s : u"created_date"_s;
}

bool PaymentFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_from.isValid() && !m_to.isValid())
        return true;
    const QJsonObject payment =
        sourceModel()->index(sourceRow, 0, sourceParent).data(PaymentsModel::PaymentRole).toJsonObject();
    const QDate date = ct::api::Normalizer::fromPaymentDate(payment.value(dateKey()).toString());
    // A payment without a readable date cannot be in a range; it shows while no range is set.
    if (!date.isValid())
        return false;
    return (!m_from.isValid() || date >= m_from) && (!m_to.isValid() || date <= m_to);
}

QList<QJsonObject> PaymentFilter::shownPayments() const
{
    QList<QJsonObject> rows;
    rows.reserve(rowCount());
    for (int row = 0; row < rowCount(); ++row)
        rows.append(index(row, 0).data(PaymentsModel::PaymentRole).toJsonObject());
    return rows;
}

} // namespace ct::models
