// SPDX-License-Identifier: MIT
#include "sendoutcomestatus.h"

#include "fieldproblemlabels.h"

#include <QCoreApplication>
#include <QLabel>

namespace SendOutcomeStatus {

bool showWhyNotQueued(const ct::models::MessageSending::Outcome &outcome, FieldProblemLabels &problems,
                      QLabel *status)
{
    problems.show(outcome.problems);
    if (!outcome.problems.isEmpty()) {
        status->setText(QCoreApplication::translate("SendOutcomeStatus", "Correct the marked fields."));
        return true;
    }
    if (!outcome.error.isEmpty()) {
        status->setText(QCoreApplication::translate("SendOutcomeStatus", "Not queued: %1").arg(outcome.error));
        return true;
    }
    return false;
}

} // namespace SendOutcomeStatus
