// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>

// The list faults (FaultPlan::listRowsWithoutId, listRowsRepeatingId): which calls answer a list
// a client caches, which key names a row of each, and the answer spoilt as a server with a
// broken export would send it: well-formed, TotalRecord unchanged, some rows unreadable.
namespace ct::sandbox::ListAnswerFault {

// The key that names a row of the call's list; empty for a call that answers no list.
QString idKeyOf(const QString &call);

// The last `withoutId` rows lose their id; the `repeating` rows before those carry the first
// row's id instead of their own. read_account_list lists its one row's SubAccounts, so those
// are the rows it spoils.
QJsonObject apply(const QString &call, QJsonObject body, int withoutId, int repeating);

} // namespace ct::sandbox::ListAnswerFault
