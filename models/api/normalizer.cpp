// SPDX-License-Identifier: MIT
#include "normalizer.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace ct::api::Normalizer {

QString phone(QStringView typed)
{
    QString kept;   // everything but the usual separators
    for (QChar c : typed) {
        if (!(c.isSpace() || c == u'(' || c == u')' || c == u'-' || c == u'.' || c == u'+'))
            kept.append(c);
    }
    const bool onlyDigits = std::all_of(kept.cbegin(), kept.cend(),
                                        [](QChar c) { return c >= u'0' && c <= u'9'; });
    // A leading country code 1 (NANP) is not part of the ten digits.
    if (onlyDigits && kept.size() == 11 && kept.startsWith(u'1'))
        kept.remove(0, 1);
    return kept;
}

namespace {

QDate parseDate(QStringView text, QChar sep)
{
    static const QRegularExpression colon(u"^(\\d{4}):(\\d{2}):(\\d{2})\\z"_s);
    static const QRegularExpression dash(u"^(\\d{4})-(\\d{2})-(\\d{2})\\z"_s);
    const auto m = (sep == u':' ? colon : dash).match(text);
    if (!m.hasMatch())
        return {};
    return QDate(m.capturedView(1).toInt(), m.capturedView(2).toInt(), m.capturedView(3).toInt());
}

} // namespace

QString toApiDate(QDate date)
{
    return date.isValid() ? date.toString(u"yyyy:MM:dd"_s) : QString();
}

QDate fromApiDate(QStringView text)
{
    return parseDate(text, u':');
}

QString toApiTime(QTime time)
{
    return time.isValid() ? time.toString(u"HH:mm:ss"_s) : QString();
}

QTime fromApiTime(QStringView text)
{
    static const QRegularExpression re(u"^(\\d{2}):(\\d{2}):(\\d{2})\\z"_s);
    const auto m = re.match(text);
    if (!m.hasMatch())
        return {};
    return QTime(m.capturedView(1).toInt(), m.capturedView(2).toInt(), m.capturedView(3).toInt());
}

QString toPaymentDate(QDate date)
{
    return date.isValid() ? date.toString(u"yyyy-MM-dd"_s) : QString();
}

QDate fromPaymentDate(QStringView text)
{
    return parseDate(text, u'-');
}

QString stripHtml(const QString &text)
{
    static const QRegularExpression tags(u"<[^>]*>"_s);
    QString out = text;
    out.remove(tags);
    return out;
}

} // namespace ct::api::Normalizer
