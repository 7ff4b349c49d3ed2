// SPDX-License-Identifier: MIT
#pragma once

#include "messagesending.h"

class FieldProblemLabels;
class QLabel;

// What the compose and call dialogs show when Send queued nothing for the whole form.
namespace SendOutcomeStatus {

// Shows the draft's problems at their fields (clearing the old ones) with a line saying so in status,
// or the outbox's error there. False when neither stopped the send: the caller goes on.
bool showWhyNotQueued(const ct::models::MessageSending::Outcome &outcome, FieldProblemLabels &problems,
                      QLabel *status);

} // namespace SendOutcomeStatus
