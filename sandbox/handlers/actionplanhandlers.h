// SPDX-License-Identifier: MIT
#pragma once

#include "callcontext.h"

// Action plans: create, read one (with its Action Steps), list by name prefix, update.
// The API has no call to delete a plan or to edit its steps.
namespace ct::sandbox::ActionPlanHandlers {

void registerAll(HandlerTable &table);

} // namespace ct::sandbox::ActionPlanHandlers
