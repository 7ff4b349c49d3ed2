// SPDX-License-Identifier: MIT
#pragma once

#include "callcontext.h"

// The account's simple catalogs: tags, lead sources and sales cycles.
namespace ct::sandbox::CatalogHandlers {

void registerAll(HandlerTable &table);

// Copies the given keys of `keys` from the parameters into an UPDATE of one row; false when
// nothing was given. Shared by the catalog, plan, user and account handlers.
bool updateColumns(const CallContext &ctx, const QString &table, const QString &idColumn,
                   qint64 id, const QStringList &keys);

} // namespace ct::sandbox::CatalogHandlers
