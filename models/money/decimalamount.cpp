// SPDX-License-Identifier: MIT
#include "decimalamount.h"

#include <QCoreApplication>
#include <QtNumeric>

using namespace Qt::Literals::StringLiterals;

namespace ct::models {

namespace {

// Whole part digits with a thousands separator every three from the right.
QString grouped(const QString &digits, const QString &separator)
{
    QString out;
    out.reserve(digits.size() + digits.size() / 3 * separator.size());
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out += separator;
        out += digits.at(i);
    }
    return out;
}

// Commas in the whole part are only thousands groups: "1,234", "12,345,678", never "1,23".
bool validGrouping(QStringView whole)
{
    if (!whole.contains(u','))
        return true;
    const QList<QStringView> groups = whole.split(u',');
    if (groups.first().isEmpty() || groups.first().size() > 3)
        return false;
    for (qsizetype i = 1; i < groups.size(); ++i) {
        if (groups.at(i).size() != 3)
            return false;
    }
    return true;
}

} // namespace

DecimalAmount DecimalAmount::parse(QStringView text)
{
    QStringView s = text.trimmed();
    bool negative = false;
    if (!s.isEmpty() && (s.front() == u'-' || s.front() == u'+')) {
        negative = s.front() == u'-';
        s = s.mid(1);
    }
    if (!s.isEmpty() && s.front() == u'$')
        s = s.mid(1);
    const qsizetype point = s.indexOf(u'.');
    const QStringView whole = point < 0 ? s : s.left(point);
    QStringView fraction = point < 0 ? QStringView() : s.mid(point + 1);
    if (whole.isEmpty() && fraction.isEmpty())
        return invalid();   // "", "-", ".", "$"
    if (!validGrouping(whole))
        return invalid();
    // Zeros past the fourth decimal change nothing; any other digit there would need rounding.
    while (fraction.size() > decimals && fraction.back() == u'0')
        fraction.chop(1);
    if (fraction.size() > decimals)
        return invalid();

    qint64 units = 0;
    for (QChar c : whole) {
        if (c == u',')
            continue;
        if (c < u'0' || c > u'9')
            return invalid();
        if (qMulOverflow(units, qint64(10), &units) || qAddOverflow(units, qint64(c.unicode() - u'0'), &units))
            return invalid();
    }
    for (int i = 0; i < decimals; ++i) {
        const qint64 digit = i < fraction.size() ? fraction.at(i).unicode() - u'0' : 0;
        if (digit < 0 || digit > 9)
            return invalid();
        if (qMulOverflow(units, qint64(10), &units) || qAddOverflow(units, digit, &units))
            return invalid();
    }
    return fromUnits(negative ? -units : units);
}

DecimalAmount DecimalAmount::operator+(const DecimalAmount &other) const
{
    if (m_state == State::Invalid || other.m_state == State::Invalid)
        return invalid();
    if (m_state == State::Overflow || other.m_state == State::Overflow)
        return DecimalAmount(0, State::Overflow);
    qint64 sum = 0;
    if (qAddOverflow(m_units, other.m_units, &sum))
        return DecimalAmount(0, State::Overflow);
    return fromUnits(sum);
}

DecimalAmount DecimalAmount::operator-(const DecimalAmount &other) const
{
    if (m_state == State::Invalid || other.m_state == State::Invalid)
        return invalid();
    if (m_state == State::Overflow || other.m_state == State::Overflow)
        return DecimalAmount(0, State::Overflow);
    qint64 difference = 0;
    if (qSubOverflow(m_units, other.m_units, &difference))
        return DecimalAmount(0, State::Overflow);
    return fromUnits(difference);
}

bool DecimalAmount::operator<(const DecimalAmount &other) const
{
    if (isValid() != other.isValid())
        return isValid();
    return isValid() ? m_units < other.m_units : int(m_state) < int(other.m_state);
}

QString DecimalAmount::toPlainString() const
{
    if (!isValid())
        return {};
    return toLocaleString(QLocale::c());
}

QString DecimalAmount::toLocaleString(const QLocale &locale) const
{
    if (!isValid())
        return {};
    // The magnitude as unsigned: -9223372036854775808 has no positive qint64.
    const quint64 magnitude = m_units < 0 ? quint64(0) - quint64(m_units) : quint64(m_units);
    const QString whole = QString::number(magnitude / unitsPerWhole);
    QString fraction = u"%1"_s.arg(magnitude % unitsPerWhole, decimals, 10, QLatin1Char('0'));
    while (fraction.size() > 2 && fraction.endsWith(u'0'))
        fraction.chop(1);
    const bool useGroups = !(locale.numberOptions() & QLocale::OmitGroupSeparator) && locale != QLocale::c();
    QString text = (useGroups ? grouped(whole, locale.groupSeparator()) : whole) + locale.decimalPoint() + fraction;
    if (m_units < 0)
        text.prepend(locale.negativeSign());
    return text;
}

QString DecimalAmount::displayText(const QLocale &locale) const
{
    switch (m_state) {
    case State::Valid:
        return toLocaleString(locale);
    case State::Invalid:
        return QCoreApplication::translate("ct::models::DecimalAmount", "not an amount");
    case State::Overflow:
        return QCoreApplication::translate("ct::models::DecimalAmount", "too large to add");
    }
    return {};
}

} // namespace ct::models
