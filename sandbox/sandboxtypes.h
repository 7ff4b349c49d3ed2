// SPDX-License-Identifier: MIT
#pragma once

#include "api/apicall.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

// The plain values of the sandbox's public interface: how to build it, which faults to inject,
// and what a request looked like (for tests that check what the client sent).
namespace ct::sandbox {

// Faults are drawn per request from a generator seeded with `seed`, so a run is repeatable.
// The rates are shares in [0, 1] and are tried in this order: drop, server error (500/503),
// rate limit (429), malformed body; answer-lost is drawn separately and only applies to writes.
struct FaultPlan
{
    int latencyMs = 0;              // added before every answer (and before a drop)
    int staleAnswerMs = 0;          // the call is performed at once, its answer delivered this much
                                    // later: a read shows the data as it was when asked
    double serverErrorRate = 0;     // HTTP 500 or 503, call not performed
    double rateLimitRate = 0;       // HTTP 429 with Retry-After, call not performed
    int retryAfterSeconds = 1;
    double dropRate = 0;            // connection aborted without answer, call not performed
    double malformedRate = 0;       // HTTP 200 with an unreadable body, call not performed
    double answerLostRate = 0;      // writes: the call is performed, then the connection aborted
    int listRowsWithoutId = 0;      // list reads (read_*_list, proposals, payments, appointments): the last n rows
                                    // of each answer arrive without their id (client_id, lead_source_id
                                    // ...), TotalRecord unchanged (well-formed, unreadable)
    int listRowsRepeatingId = 0;    // list reads: n rows (before those without id) carry the first
                                    // row's id instead of their own, TotalRecord unchanged
    QStringList onlyCalls;          // non-empty: faults and latency only for these calls
    quint32 seed = 1;
};

struct RecordedRequest
{
    QString method;                 // GET, POST, DELETE ...
    QString call;                   // the path segment after /v2/api/ ("" when none)
    QString path;                   // the URL path, without the query
    QByteArray contentType;
    bool hadAccessToken = false;    // header present (its value is never recorded)
    bool hadWebKey = false;
    bool credentialsAccepted = false;
    ct::api::ApiParams params;      // query, body and path value merged
    QString fault;                  // "", "error", "rate-limit", "drop", "malformed", "answer-lost", "stale", "latency",
                                    // "rows-without-id", "rows-repeating-id"
};

struct SandboxOptions
{
    QString databasePath;           // empty: in memory
    quint32 seed = 1;
    int contacts = 1000;            // contacts of the enterprise (demo) account
};

} // namespace ct::sandbox
