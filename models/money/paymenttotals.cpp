// SPDX-License-Identifier: MIT
#include "paymenttotals.h"

#include "api/normalizer.h"

#include <QMap>

using namespace Qt::Literals::StringLiterals;

namespace ct::models {

namespace {

// Groups in a stable order: the documented names first (even when empty, so a table or a
// legend does not jump), then whatever else the server sent, alphabetically.
QList<PaymentGroup> groupsFor(const QStringList &documented, const QMap<QString, PaymentGroup> &found)
{
    QList<PaymentGroup> groups;
    for (const QString &name : documented)
        groups.append(found.value(name, PaymentGroup{name, 0, {}}));
    for (auto it = found.cbegin(); it != found.cend(); ++it) {
        if (!documented.contains(it.key()))
            groups.append(it.value());
    }
    return groups;
}

void addTo(QMap<QString, PaymentGroup> &groups, const QString &name, const DecimalAmount &amount)
{
    PaymentGroup &group = groups[name];
    group.name = name;
    ++group.count;
    group.amount += amount;
}

} // namespace

QStringList PaymentTotals::documentedTypes()
{
    return {u"Cash"_s, u"Card"_s, u"Check"_s, u"Other"_s};
}

QStringList PaymentTotals::documentedStatuses()
{
    return {u"Deposit"_s, u"Progress"_s, u"Final"_s};
}

PaymentTotals PaymentTotals::of(const QList<QJsonObject> &payments)
{
    PaymentTotals totals;
    QMap<QString, PaymentGroup> types;
    QMap<QString, PaymentGroup> statuses;
    for (const QJsonObject &payment : payments) {
        ++totals.count;
        const DecimalAmount amount = DecimalAmount::parse(payment.value(u"amount"_s).toString());
        if (!amount.isValid()) {
            ++totals.unreadable;
            continue;
        }
        totals.total += amount;
        addTo(types, payment.value(u"type"_s).toString(), amount);
        addTo(statuses, payment.value(u"status"_s).toString(), amount);
    }
    totals.byType = groupsFor(documentedTypes(), types);
    totals.byStatus = groupsFor(documentedStatuses(), statuses);
    return totals;
}

PaymentTimeline PaymentTimeline::of(const QList<QJsonObject> &payments, const QString &dateKey, const QLocale &locale)
{
    PaymentTimeline timeline;
    QList<std::pair<QDate, QJsonObject>> dated;
    QDate first, last;
    QStringList extraStatuses;
    for (const QJsonObject &payment : payments) {
        const QDate date = ct::api::Normalizer::fromPaymentDate(payment.value(dateKey).toString());
        if (!date.isValid() || !DecimalAmount::parse(payment.value(u"amount"_s).toString()).isValid())
            continue;
        dated.append({date, payment});
        first = first.isValid() ? std::min(first, date) : date;
        last = last.isValid() ? std::max(last, date) : date;
        const QString status = payment.value(u"status"_s).toString();
        if (!PaymentTotals::documentedStatuses().contains(status) && !extraStatuses.contains(status))
            extraStatuses.append(status);
    }
    extraStatuses.sort();
    timeline.statuses = PaymentTotals::documentedStatuses() + extraStatuses;
    if (dated.isEmpty())
        return timeline;

    timeline.step = first.daysTo(last) < 62 ? Step::Week : Step::Month;
    const auto periodStart = [&timeline](QDate date) {
        return timeline.step == Step::Month ? QDate(date.year(), date.month(), 1)
                                            : date.addDays(1 - date.dayOfWeek());   // Monday
    };
    const auto next = [&timeline](QDate start) {
        return timeline.step == Step::Month ? start.addMonths(1) : start.addDays(7);
    };
    for (QDate start = periodStart(first); start <= last; start = next(start)) {
        PaymentPeriod period;
        period.start = start;
        period.label = timeline.step == Step::Month ? locale.toString(start, u"MMM yyyy"_s)
                                                    : locale.toString(start, QLocale::ShortFormat);
        for (const QString &status : std::as_const(timeline.statuses))
            period.byStatus.append(PaymentGroup{status, 0, {}});
        timeline.periods.append(period);
    }
    for (const auto &[date, payment] : std::as_const(dated)) {
        const QDate start = periodStart(date);
        auto period = std::find_if(timeline.periods.begin(), timeline.periods.end(),
                                   [start](const PaymentPeriod &p) { return p.start == start; });
        const DecimalAmount amount = DecimalAmount::parse(payment.value(u"amount"_s).toString());
        PaymentGroup &group = period->byStatus[timeline.statuses.indexOf(payment.value(u"status"_s).toString())];
        ++group.count;
        group.amount += amount;
        period->total += amount;
    }
    return timeline;
}

} // namespace ct::models
