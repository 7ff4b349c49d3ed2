// SPDX-License-Identifier: MIT
#include "replaypolicy.h"
#include "createverifier.h"

using ct::api::ApiStatus;

namespace ct::store {

ReplayPolicy::Verdict ReplayPolicy::classify(const OutboxEntry &entry, const ct::api::ApiResult &result)
{
    if (result.ok())
        return Verdict::Confirmed;
    if (result.status == ApiStatus::Unauthorized)
        return Verdict::Pause;
    if (result.status == ApiStatus::Canceled)
        return Verdict::RetryNow;
    if (entry.maybeApplied) {
        // The earlier attempt did it: a delete finds nothing left, a unique name is taken.
        if (entry.isDelete() && result.status == ApiStatus::ServerCode &&
            result.ctCode == ct::api::CtCode::NoRecord)
            return Verdict::Confirmed;
        if (const CreateVerifier *verifier = CreateVerifier::forCall(entry.callName);
            verifier && verifier->resendAnswerMeansApplied(result))
            return Verdict::Confirmed;
    }
    // A call that cannot be looked up and must not happen twice is never repeated on a guess.
    if (result.isAmbiguous()) {
        if (const CreateVerifier *verifier = CreateVerifier::forCall(entry.callName);
            verifier && verifier->resendNeedsConsent())
            return Verdict::AskUser;
    }
    // A malformed body may hide an applied call: retried like a transient failure (the
    // verifier looks first for creates), never shown as the user's problem.
    if (result.isTransient() || result.status == ApiStatus::Malformed)
        return Verdict::Retry;
    return Verdict::Fail;
}

} // namespace ct::store
