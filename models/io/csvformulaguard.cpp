// SPDX-License-Identifier: MIT
#include "csvformulaguard.h"


namespace ct::models::CsvFormulaGuard {

namespace {

// [+-]digits[.digits]: what a spreadsheet reads as a number, never as a formula.
bool isPlainNumber(QStringView value)
{
    qsizetype i = 0;
    if (i < value.size() && (value.at(i) == u'+' || value.at(i) == u'-'))
        ++i;
    const auto digits = [&] {
        const qsizetype start = i;
        while (i < value.size() && value.at(i).unicode() >= u'0' && value.at(i).unicode() <= u'9')
            ++i;
        return i > start;
    };
    if (!digits())
        return false;
    if (i < value.size() && value.at(i) == u'.') {
        ++i;
        if (!digits())
            return false;
    }
    return i == value.size();
}

bool startsFormula(QStringView value)
{
    if (value.isEmpty())
        return false;
    switch (value.front().unicode()) {
    case u'=': case u'+': case u'-': case u'@': case u'\t': case u'\r':
        return !isPlainNumber(value);
    default:
        return false;
    }
}

} // namespace

bool needsGuard(const QString &value)
{
    // Apostrophes already in front are looked through, so that unguarded() can tell a guard
    // the writer added from one the value had.
    qsizetype start = 0;
    while (start < value.size() && value.at(start) == u'\'')
        ++start;
    return startsFormula(QStringView(value).mid(start));
}

QString guarded(const QString &value)
{
    return needsGuard(value) ? u'\'' + value : value;
}

QString unguarded(const QString &cell)
{
    if (cell.startsWith(u'\'') && needsGuard(cell.mid(1)))
        return cell.mid(1);
    return cell;
}

} // namespace ct::models::CsvFormulaGuard
