// SPDX-License-Identifier: MIT
#include "paymentschart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

PaymentsChart::PaymentsChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"paymentsChart"_s);
    setAccessibleName(tr("Payments over time"));
    m_chart = new QChart;
    m_chart->setTitle(tr("Payments over time"));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_time = new QBarCategoryAxis;
    m_chart->addAxis(m_time, Qt::AlignBottom);
    m_amounts = new QValueAxis;
    m_amounts->setLabelFormat(u"%.0f"_s);
    m_chart->addAxis(m_amounts, Qt::AlignLeft);
    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(220);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

void PaymentsChart::setPayments(const QList<QJsonObject> &payments, const QString &dateKey)
{
    m_timeline = ct::models::PaymentTimeline::of(payments, dateKey);
    m_chart->removeAllSeries();

    auto *series = new QStackedBarSeries;
    QStringList labels;
    for (const ct::models::PaymentPeriod &period : std::as_const(m_timeline.periods))
        labels.append(period.label);
    double highest = 0;
    for (qsizetype s = 0; s < m_timeline.statuses.size(); ++s) {
        auto *set = new QBarSet(m_timeline.statuses.at(s).isEmpty() ? tr("(no status)") : m_timeline.statuses.at(s));
        for (const ct::models::PaymentPeriod &period : std::as_const(m_timeline.periods))
            set->append(period.byStatus.at(s).amount.toDouble());
        series->append(set);
    }
    for (const ct::models::PaymentPeriod &period : std::as_const(m_timeline.periods))
        highest = std::max(highest, period.total.toDouble());
    // The exact figures of a bar under the pointer.
    connect(series, &QStackedBarSeries::hovered, this, [this, series](bool on, int index, QBarSet *set) {
        if (!on || index < 0 || index >= m_timeline.periods.size()) {
            QToolTip::hideText();
            return;
        }
        const ct::models::PaymentPeriod &period = m_timeline.periods.at(index);
        const int s = int(series->barSets().indexOf(set));   // the sets follow the statuses' order
        const ct::models::PaymentGroup group = period.byStatus.value(s);
        QToolTip::showText(QCursor::pos(), tr("%1, %2: %3 (%n payment(s)); period total %4", nullptr, group.count)
                                               .arg(period.label, set->label(), group.amount.displayText(),
                                                    period.total.displayText()));
    });
    m_chart->addSeries(series);

    m_time->clear();
    m_time->append(labels);
    series->attachAxis(m_time);
    m_amounts->setRange(0, highest > 0 ? highest * 1.1 : 1);
    m_amounts->applyNiceNumbers();
    series->attachAxis(m_amounts);
    m_chart->setTitle(m_timeline.periods.isEmpty() ? tr("No payments to draw")
                      : m_timeline.step == ct::models::PaymentTimeline::Step::Month ? tr("Payments per month")
                                                                                     : tr("Payments per week"));
}
