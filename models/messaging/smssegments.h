// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// How many SMS a text body costs and how much room is left in the last one. A body written only
// in the GSM 03.38 alphabet goes as 7-bit characters (160 in one message, 153 per part when it
// must be split, the rest carrying the reassembly header); a single character outside it makes
// the whole text UCS-2 (70, then 67 per part). Characters of the GSM extension table (€ [ ] { }
// ~ ^ | \ and form feed) take two 7-bit units.
namespace ct::models {

class SmsSegments
{
public:
    enum class Encoding { Gsm7, Ucs2 };

    static SmsSegments count(QStringView text);

    Encoding encoding() const { return m_encoding; }
    int units() const { return m_units; }          // septets (GSM-7) or UTF-16 code units (UCS-2)
    int segments() const { return m_segments; }    // 0 for an empty body
    int unitsPerSegment() const;                   // 160/153 or 70/67, by the segment count
    int remainingInSegment() const;                // units left before one more segment is needed

    // True for a character of the GSM 03.38 basic table; *extended set for the escape table.
    static bool isGsm7(QChar c, bool *extended = nullptr);

private:
    Encoding m_encoding = Encoding::Gsm7;
    int m_units = 0;
    int m_segments = 0;
};

} // namespace ct::models
