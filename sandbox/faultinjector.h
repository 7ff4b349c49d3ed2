// SPDX-License-Identifier: MIT
#pragma once

#include "sandboxtypes.h"

#include <QRandomGenerator>

// Decides, per request, which fault (if any) the sandbox injects. The draws come from a
// generator seeded by the plan, so the same plan and the same request sequence give the same
// faults.
namespace ct::sandbox {

class FaultInjector
{
public:
    enum class Kind { None, ServerError, ServiceUnavailable, RateLimit, Drop, Malformed, AnswerLost };

    struct Decision
    {
        Kind kind = Kind::None;
        int latencyMs = 0;
        int staleAnswerMs = 0;
        int malformedVariant = 0;   // which unreadable body to send
        int rowsWithoutId = 0;      // a list read: rows at the end of the answer that lose their id
        int rowsRepeatingId = 0;    // a list read: rows before those that take the first row's id
        QString label() const;      // the RecordedRequest::fault spelling
    };

    void setPlan(const FaultPlan &plan);
    const FaultPlan &plan() const { return m_plan; }

    // One decision per request that reached a known call with accepted credentials.
    Decision decide(const QString &call, bool isWrite);

private:
    FaultPlan m_plan;
    QRandomGenerator m_random{1};
};

} // namespace ct::sandbox
