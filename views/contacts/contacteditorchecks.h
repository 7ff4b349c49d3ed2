// SPDX-License-Identifier: MIT
#pragma once

#include "api/apicall.h"

#include <QString>
#include <QStringList>

// The contact editor's verdict on one value, in words for the field: the schema's rules
// (Validator::problemWith), a name the contact must have, and the zip against the chosen
// state or province, which the API checks separately and the user cannot see apart.
namespace ContactEditorChecks {

// context: the other values of the form (the zip is judged against "state").
QString problemWith(const QString &key, const QString &value, const ct::api::ApiParams &context,
                    bool required);

// Empty when the zip's form fits the country of the state (or either is empty or unknown).
QString zipProblemForState(const QString &zip, const QString &state);

// The keys create_client requires, from the call table.
QStringList requiredForCreate();

} // namespace ContactEditorChecks
