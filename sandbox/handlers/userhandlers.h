// SPDX-License-Identifier: MIT
#pragma once

#include "callcontext.h"

// The account's users. Passwords are taken on create and never reported; usernames are
// unique (CT520), as login names are.
namespace ct::sandbox::UserHandlers {

void registerAll(HandlerTable &table);

} // namespace ct::sandbox::UserHandlers
