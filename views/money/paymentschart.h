// SPDX-License-Identifier: MIT
#pragma once

#include "paymenttotals.h"

#include <QWidget>

class QBarCategoryAxis;
class QChart;
class QChartView;
class QValueAxis;

// Amounts over time (Qt Charts): a stacked bar per month (or week, for a short span) with one
// colour per project status, drawn from the payments the table shows. The bars are drawn from
// doubles; the exact figures are in the totals table and each bar's tooltip.
class PaymentsChart : public QWidget
{
    Q_OBJECT

public:
    explicit PaymentsChart(QWidget *parent = nullptr);

    void setPayments(const QList<QJsonObject> &payments, const QString &dateKey);
    const ct::models::PaymentTimeline &timeline() const { return m_timeline; }
    QChart *chart() const { return m_chart; }

private:
    QChartView *m_view = nullptr;
    QChart *m_chart = nullptr;
    QBarCategoryAxis *m_time = nullptr;    // kept for the chart's life: only the series is rebuilt
    QValueAxis *m_amounts = nullptr;
    ct::models::PaymentTimeline m_timeline;
};
