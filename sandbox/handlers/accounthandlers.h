// SPDX-License-Identifier: MIT
#pragma once

#include "callcontext.h"

// Accounts: an enterprise (Multi-level) account reads itself with its "SubAccounts", and may
// update itself or its sub-accounts and delete a sub-account. A standard account may not list.
namespace ct::sandbox::AccountHandlers {

void registerAll(HandlerTable &table);

} // namespace ct::sandbox::AccountHandlers
