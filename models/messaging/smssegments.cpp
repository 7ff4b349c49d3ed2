// SPDX-License-Identifier: MIT
#include "smssegments.h"

using namespace Qt::Literals::StringLiterals;

namespace ct::models {

namespace {

constexpr int Gsm7Single = 160;
constexpr int Gsm7Part = 153;
constexpr int Ucs2Single = 70;
constexpr int Ucs2Part = 67;

// GSM 03.38 basic character set (the 128 positions, ESC excluded) and its extension table.
const QString &basicTable()
{
    static const QString table =
        u"@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
        "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"_s;
    return table;
}

const QString &extensionTable()
{
    static const QString table = u"\f^{}\\[~]|€"_s;
    return table;
}

} // namespace

bool SmsSegments::isGsm7(QChar c, bool *extended)
{
    if (extended)
        *extended = false;
    if (basicTable().contains(c))
        return true;
    if (extensionTable().contains(c)) {
        if (extended)
            *extended = true;
        return true;
    }
    return false;
}

SmsSegments SmsSegments::count(QStringView text)
{
    SmsSegments s;
    int septets = 0;
    bool gsm = true;
    for (QChar c : text) {
        bool extended = false;
        if (!isGsm7(c, &extended)) {
            gsm = false;
            break;
        }
        septets += extended ? 2 : 1;
    }
    if (gsm) {
        s.m_encoding = Encoding::Gsm7;
        s.m_units = septets;
        s.m_segments = septets == 0 ? 0 : septets <= Gsm7Single ? 1 : (septets + Gsm7Part - 1) / Gsm7Part;
    } else {
        // UTF-16 code units: a character outside the BMP (most emoji) takes two.
        s.m_encoding = Encoding::Ucs2;
        s.m_units = int(text.size());
        s.m_segments = s.m_units <= Ucs2Single ? 1 : (s.m_units + Ucs2Part - 1) / Ucs2Part;
    }
    return s;
}

int SmsSegments::unitsPerSegment() const
{
    const bool split = m_segments > 1;
    if (m_encoding == Encoding::Gsm7)
        return split ? Gsm7Part : Gsm7Single;
    return split ? Ucs2Part : Ucs2Single;
}

int SmsSegments::remainingInSegment() const
{
    if (m_segments == 0)
        return Gsm7Single;
    return m_segments * unitsPerSegment() - m_units;
}

} // namespace ct::models
