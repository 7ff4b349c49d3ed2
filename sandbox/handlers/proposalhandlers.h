// SPDX-License-Identifier: MIT
#pragma once

#include "callcontext.h"

// Proposals and their payments (read only in the API).
namespace ct::sandbox::ProposalHandlers {

void registerAll(HandlerTable &table);

} // namespace ct::sandbox::ProposalHandlers
