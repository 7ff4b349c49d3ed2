// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// What people call each API call and each parameter: "Update contact", "First name".
namespace ct::models::CallLabels {

QString callLabel(const QString &callName);
QString fieldLabel(const QString &key);

} // namespace ct::models::CallLabels
