// SPDX-License-Identifier: MIT
#pragma once

#include "messagesending.h"

#include <functional>

class QLabel;

// Who a message goes to, who it cannot go to and why: the lines the compose dialogs show
// before sending and the status message after.
namespace RecipientList {

struct Split
{
    QStringList accepted;
    QList<std::pair<QString, QString>> refused;   // key, reason
};

Split split(const QStringList &keys, const std::function<QString(const QString &key)> &refusal);
// "To: Jane Doe <jane@example.com>" or "To: 5 contacts: Jane Doe, …". what: "email" or "phone".
QString describe(const ct::models::MessageSending *sending, const QStringList &keys, const QString &what);
// Shows "heading" and one line per refused contact with its reason; hides the label when none.
void showRefusals(QLabel *label, const ct::models::MessageSending *sending,
                  const QList<std::pair<QString, QString>> &refused, const QString &heading);
// After sending: how many were queued and who was left out, for the status bar.
QString summary(const ct::models::MessageSending::Outcome &outcome, const QString &what);

} // namespace RecipientList
