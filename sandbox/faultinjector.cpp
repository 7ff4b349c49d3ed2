// SPDX-License-Identifier: MIT
#include "faultinjector.h"

#include "listanswerfault.h"

namespace ct::sandbox {

QString FaultInjector::Decision::label() const
{
    switch (kind) {
    case Kind::None:
        if (rowsWithoutId > 0)
            return QStringLiteral("rows-without-id");
        if (rowsRepeatingId > 0)
            return QStringLiteral("rows-repeating-id");
        return staleAnswerMs > 0 ? QStringLiteral("stale") : latencyMs > 0 ? QStringLiteral("latency") : QString();
    case Kind::ServerError:
    case Kind::ServiceUnavailable: return QStringLiteral("error");
    case Kind::RateLimit: return QStringLiteral("rate-limit");
    case Kind::Drop: return QStringLiteral("drop");
    case Kind::Malformed: return QStringLiteral("malformed");
    case Kind::AnswerLost: return QStringLiteral("answer-lost");
    }
    return {};
}

void FaultInjector::setPlan(const FaultPlan &plan)
{
    m_plan = plan;
    m_random.seed(plan.seed);
}

FaultInjector::Decision FaultInjector::decide(const QString &call, bool isWrite)
{
    Decision d;
    if (!m_plan.onlyCalls.isEmpty() && !m_plan.onlyCalls.contains(call))
        return d;
    d.latencyMs = qMax(0, m_plan.latencyMs);
    d.staleAnswerMs = qMax(0, m_plan.staleAnswerMs);

    // Always draw the same number of values per request, so one rate does not shift the
    // sequence seen by another.
    const double pre = m_random.generateDouble();
    const double lost = m_random.generateDouble();
    const quint32 variant = m_random.generate();

    double edge = m_plan.dropRate;
    if (pre < edge) {
        d.kind = Kind::Drop;
        return d;
    }
    edge += m_plan.serverErrorRate;
    if (pre < edge) {
        d.kind = (variant % 2) ? Kind::ServiceUnavailable : Kind::ServerError;
        return d;
    }
    edge += m_plan.rateLimitRate;
    if (pre < edge) {
        d.kind = Kind::RateLimit;
        return d;
    }
    edge += m_plan.malformedRate;
    if (pre < edge) {
        d.kind = Kind::Malformed;
        d.malformedVariant = int(variant % 3);
        return d;
    }
    if (isWrite && lost < m_plan.answerLostRate)
        d.kind = Kind::AnswerLost;
    if (!ListAnswerFault::idKeyOf(call).isEmpty()) {
        d.rowsWithoutId = qMax(0, m_plan.listRowsWithoutId);
        d.rowsRepeatingId = qMax(0, m_plan.listRowsRepeatingId);
    }
    return d;
}

} // namespace ct::sandbox
