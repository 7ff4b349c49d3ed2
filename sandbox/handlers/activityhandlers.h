// SPDX-License-Identifier: MIT
#pragma once

#include "callcontext.h"

// What happens around a client: manual emails and texts, history notes, events and
// appointments, pending actions of running plans, immediate calls.
namespace ct::sandbox::ActivityHandlers {

void registerAll(HandlerTable &table);

} // namespace ct::sandbox::ActivityHandlers
