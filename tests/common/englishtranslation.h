// SPDX-License-Identifier: MIT
#pragma once

// For the suites that check text with a count in it: the console's source strings say
// "%n row(s)" and its English translation (translations/ctconsole_en.ts) gives the English forms
// ("1 row", "107 rows"), as for every English user of the console. Needs ctenglish.
namespace ct::testsupport {

// Installs that translation for the rest of the run, as main() does; false when it is missing.
bool installEnglishTranslation();

} // namespace ct::testsupport
