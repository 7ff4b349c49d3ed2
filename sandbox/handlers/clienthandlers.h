// SPDX-License-Identifier: MIT
#pragma once

#include "callcontext.h"

// The client calls: create, exist, read by id / external id, list, update, delete.
namespace ct::sandbox::ClientHandlers {

void registerAll(HandlerTable &table);

// The first client reference (lead source, sales cycle, action plan, assigned user) that does not
// name a record of the account, for a "Validation Issue" answer; empty when all are fine.
QString badReference(const CallContext &ctx);

// Adds the comma-separated tags of a client's "tag" value to the account's tag list.
void ensureTags(const CallContext &ctx, const QString &tagList);

} // namespace ct::sandbox::ClientHandlers
