// SPDX-License-Identifier: MIT
#pragma once

#include "apicall.h"
#include "apiresult.h"

// Checks a call's parameters against the call table and the parameter schema before anything
// is sent, and answers the way the server does: missing required keys give CT501, otherwise
// the first key outside its limits is named with "Validation Issue". The sandbox uses the same
// checks, so client and stand-in server cannot disagree.
namespace ct::api::Validator {

ApiResult check(const CallSpec &call, const ApiParams &params);

// The reason a value is not acceptable for a key, for showing at the field; empty when it is.
// When expansionAllowed (client create and update), every key outside the Client Parameters
// table is judged as an expansion field; otherwise keys the schema does not know are accepted.
QString problemWith(const QString &key, const QString &value, bool expansionAllowed = false);

// The required keys the parameters lack (including "one of" groups and conditional keys,
// a group reported as "a|b|c").
QStringList missingKeys(const CallSpec &call, const ApiParams &params);

bool isValidEmail(QStringView text);
bool isStateCode(QStringView text);
bool isCanadianProvince(QStringView code);

// The API takes either zip form with any state, but a Canadian postal code with a US state (or
// the other way round) is a typo: the reason, for showing at the zip field; empty when it fits
// or when either value is missing or not a state code.
QString zipProblemForState(const QString &zip, const QString &state);

} // namespace ct::api::Validator
