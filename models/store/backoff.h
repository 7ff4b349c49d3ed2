// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

// How long a transiently failing outbox entry waits before its next attempt.
namespace ct::store {

class Backoff
{
public:
    Backoff(int baseMs = 2000, int maxMs = 5 * 60 * 1000) : m_baseMs(baseMs), m_maxMs(maxMs) {}

    int baseMs() const { return m_baseMs; }
    int maxMs() const { return m_maxMs; }

    // Exponential in the number of failed attempts (1 = first failure), with "equal jitter"
    // (half fixed, half random) so entries that failed together do not return together;
    // never shorter than the server's Retry-After.
    qint64 delayMs(int failedAttempts, qint64 retryAfterMs = -1) const;

private:
    int m_baseMs;
    int m_maxMs;
};

} // namespace ct::store
