// SPDX-License-Identifier: MIT
#include "backoff.h"

#include <QRandomGenerator>

#include <algorithm>

namespace ct::store {

qint64 Backoff::delayMs(int failedAttempts, qint64 retryAfterMs) const
{
    const int exponent = std::clamp(failedAttempts - 1, 0, 30);
    const qint64 ceiling = std::min<qint64>(qint64(m_baseMs) << std::min(exponent, 20), m_maxMs);
    const qint64 half = ceiling / 2;
    const qint64 delay = half + QRandomGenerator::global()->bounded(half + 1);
    return std::max(delay, retryAfterMs);
}

} // namespace ct::store
