// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// Keeps a CSV cell from running as a spreadsheet formula (CSV injection): a value starting with
// =, +, -, @, tab or carriage return is written with a leading apostrophe, which spreadsheets
// read as "this is text". Plain numbers ("-12.50", "+15") cannot be formulas and stay as they
// are. The guard is reversible: a value already starting with apostrophes before such a
// character gets one more, so the reader strips exactly one apostrophe from exactly the values
// the writer guarded, and the console reads its own exports back unchanged.
namespace ct::models::CsvFormulaGuard {

// Whether the writer puts an apostrophe before this value.
bool needsGuard(const QString &value);
// The value as the writer puts it in the file.
QString guarded(const QString &value);
// The value as it was before guarded() (anything guarded() cannot have written is returned as is).
QString unguarded(const QString &cell);

} // namespace ct::models::CsvFormulaGuard
