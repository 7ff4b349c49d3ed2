// SPDX-License-Identifier: MIT
#pragma once

#include "api/apiresult.h"
#include "outboxentry.h"

// Decides what an API answer means for the outbox entry that was sent: done, try again later,
// stop and show the user, or pause everything.
namespace ct::store {

class CreateVerifier;

class ReplayPolicy
{
public:
    enum class Verdict {
        Confirmed,     // the server has the change: the entry leaves the journal
        Retry,         // transient: back to pending with backoff (attempt counted)
        RetryNow,      // nothing was decided (canceled): back to pending, no attempt counted
        Fail,          // permanent: stop this entry with the server's message and field
        Pause,         // credentials refused: pause the replayer, entry pending, no attempt counted
        AskUser,       // may have been applied, cannot be checked and must not happen twice
                       // (an immediate call): stop the entry until the user says to send again
    };

    // `entry` as it was before this attempt (maybeApplied says whether an earlier attempt may
    // have reached the server, which turns some refusals into confirmations).
    static Verdict classify(const OutboxEntry &entry, const ct::api::ApiResult &result);
};

} // namespace ct::store
