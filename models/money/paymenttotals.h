// SPDX-License-Identifier: MIT
#pragma once

#include "decimalamount.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

// The sums of a list of payments (read_proposal_payments / read_all_payments rows): in all, by
// payment type and by project status, and per period for a chart; exact (DecimalAmount). A
// payment whose amount cannot be read is counted apart, never as 0.
namespace ct::models {

struct PaymentGroup
{
    QString name;        // the type or status as the server spells it
    int count = 0;
    DecimalAmount amount;
};

struct PaymentTotals
{
    int count = 0;               // every payment, readable or not
    int unreadable = 0;          // amounts that are not numbers (left out of every sum)
    DecimalAmount total;
    QList<PaymentGroup> byType;      // the document's [Cash, Card, Check, Other] first, then others
    QList<PaymentGroup> byStatus;    // [Deposit, Progress, Final] first, then others

    static PaymentTotals of(const QList<QJsonObject> &payments);
    static QStringList documentedTypes();
    static QStringList documentedStatuses();
};

// Amounts per period (a month, or a week for spans under about two months), by status, for the
// chart of amounts over time. Periods without payments between the first and the last are kept,
// so the time axis is even.
struct PaymentPeriod
{
    QDate start;
    QString label;
    QList<PaymentGroup> byStatus;   // the statuses of PaymentTimeline::statuses, in that order
    DecimalAmount total;
};

struct PaymentTimeline
{
    enum class Step { Week, Month };
    Step step = Step::Month;
    QStringList statuses;
    QList<PaymentPeriod> periods;

    // dateKey: "payday" or "created_date" (yyyy-mm-dd); rows without a readable date or amount are
    // left out.
    static PaymentTimeline of(const QList<QJsonObject> &payments, const QString &dateKey,
                              const QLocale &locale = QLocale());
};

} // namespace ct::models
