// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>
#include <QMetaType>
#include <QString>

// An exact money amount as the API transports it (a decimal in a string): whole ten-thousandths in
// a 64-bit integer, so 0.10 + 0.20 is 0.30 and sums never drift the way binary floating point does.
// Four decimals are what the parameter schema allows for a decimal; ±922,337,203,685,477.5807 is
// the range. A string that is not an amount, or a sum that leaves the range, is not a number and
// says which (shown as such, never as 0).
namespace ct::models {

class DecimalAmount
{
public:
    enum class State { Valid, Invalid, Overflow };
    static constexpr int decimals = 4;
    static constexpr qint64 unitsPerWhole = 10000;

    // Zero.
    constexpr DecimalAmount() = default;

    // Reads "1234.56", "-0.10", "+7", ".5", "1,234.50" (commas only as thousands groups), " 12 ",
    // "$12.00" and "-$12.00". More than four decimals is accepted only when the extra digits are
    // zeros: anything else would have to be rounded. Empty text is Invalid.
    static DecimalAmount parse(QStringView text);
    static DecimalAmount fromUnits(qint64 units) { return DecimalAmount(units, State::Valid); }
    static DecimalAmount invalid() { return DecimalAmount(0, State::Invalid); }

    State state() const { return m_state; }
    bool isValid() const { return m_state == State::Valid; }
    qint64 units() const { return m_units; }
    bool isZero() const { return isValid() && m_units == 0; }
    bool isNegative() const { return isValid() && m_units < 0; }

    // Exact; Overflow when the result leaves the range, and an invalid operand spoils the result.
    DecimalAmount operator+(const DecimalAmount &other) const;
    DecimalAmount operator-(const DecimalAmount &other) const;
    DecimalAmount &operator+=(const DecimalAmount &other) { return *this = *this + other; }
    DecimalAmount &operator-=(const DecimalAmount &other) { return *this = *this - other; }
    bool operator==(const DecimalAmount &other) const = default;
    // Valid amounts by value; not-a-number sorts after every number.
    bool operator<(const DecimalAmount &other) const;

    // "1234.50", "-0.10", "0.1250": at least two decimals, more only when they are not zero.
    // The machine form (CSV files, tests); empty when not valid.
    QString toPlainString() const;
    // As the locale writes it, with group separators: "1,234.50", "1.234,50", "1 234,50".
    QString toLocaleString(const QLocale &locale = QLocale()) const;
    // What a person sees for any state: the number, or why there is none.
    QString displayText(const QLocale &locale = QLocale()) const;
    // Approximate, for drawing a chart only; never for adding.
    double toDouble() const { return double(m_units) / double(unitsPerWhole); }

private:
    constexpr DecimalAmount(qint64 units, State state) : m_units(units), m_state(state) {}

    qint64 m_units = 0;
    State m_state = State::Valid;
};

} // namespace ct::models

Q_DECLARE_METATYPE(ct::models::DecimalAmount)
