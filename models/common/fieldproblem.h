// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace ct::models {

// A problem with what a form holds, named by the API key of its field (email_subject, event_date,
// agent_phone…) so that the form shows it at that field; the message is in words for people.
// Every checker of a form's values answers with it (messages, events, plans, sales cycles).
struct FieldProblem
{
    QString key;        // empty: the problem concerns no one field (the form says it on its own line)
    QString message;
    bool isEmpty() const { return key.isEmpty() && message.isEmpty(); }
};

} // namespace ct::models
