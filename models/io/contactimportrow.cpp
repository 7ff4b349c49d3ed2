// SPDX-License-Identifier: MIT
#include "contactimportrow.h"

#include "api/normalizer.h"
#include "api/parameterschema.h"
#include "api/validator.h"

#include <QDate>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;
using ct::api::ApiParams;
using ct::api::ParameterSchema;
using ct::api::ValueType;
namespace Normalizer = ct::api::Normalizer;

namespace ct::models {

ContactRowChecker::ContactRowChecker(const QStringList &mapping, const QLocale &locale, const QString &callName)
    : m_mapping(mapping)
    , m_locale(locale)
    , m_callName(callName)
{
    // The locale's short format often has a two-digit year ("M/d/yy"); spreadsheets write four.
    const QString shortFormat = locale.dateFormat(QLocale::ShortFormat);
    QString fourDigits = shortFormat;
    if (!fourDigits.contains(u"yyyy"_s))
        fourDigits.replace(u"yy"_s, u"yyyy"_s);
    m_localDateFormats = {fourDigits, shortFormat};
}

QString ContactRowChecker::zipProblemForState(const QString &zip, const QString &state)
{
    // The same rule as the contact editor's, from the validator.
    return ct::api::Validator::zipProblemForState(zip, state);
}

QString ContactRowChecker::normaliseDate(const QString &text) const
{
    if (Normalizer::fromApiDate(text).isValid())
        return text;
    // Unambiguous forms first (ISO, year first), then the user's own way of writing dates.
    QDate date = QDate::fromString(text, u"yyyy-MM-dd"_s);
    if (!date.isValid())
        date = QDate::fromString(text, u"yyyy/MM/dd"_s);
    if (!date.isValid())
        date = QDate::fromString(text, u"yyyy-M-d"_s);
    for (const QString &format : m_localDateFormats) {
        if (date.isValid())
            break;
        date = m_locale.toDate(text, format);
    }
    return date.isValid() ? Normalizer::toApiDate(date) : text;
}

QString ContactRowChecker::normalise(const QString &key, const QString &value) const
{
    const QString text = value.trimmed();
    if (text.isEmpty())
        return text;
    const auto *spec = ParameterSchema::find(key);
    if (!spec || !ParameterSchema::isReservedClientKey(key))
        return Normalizer::stripHtml(text).trimmed();   // as the editor's custom fields do
    switch (spec->type) {
    case ValueType::Phone:
        return Normalizer::phone(text);
    case ValueType::Date:
        return normaliseDate(text);
    case ValueType::State:
        return text.toUpper();
    case ValueType::Zip: {
        static const QRegularExpression compactCanadian(u"^[A-Za-z]\\d[A-Za-z]\\d[A-Za-z]\\d\\z"_s);
        // A spreadsheet that took "02134" for a number saved it as "2134"; no zip has four digits.
        static const QRegularExpression lostZero(u"^\\d{4}(-\\d{4}(-\\d{2})?)?\\z"_s);
        QString zip = text.toUpper();
        if (compactCanadian.match(zip).hasMatch())
            zip.insert(3, u' ');
        else if (lostZero.match(zip).hasMatch())
            zip.prepend(u'0');
        return zip;
    }
    case ValueType::WholeNumber: {
        // "250,000" as a spreadsheet formats it.
        static const QRegularExpression grouped(u"^\\d{1,3}([, ]\\d{3})+\\z"_s);
        if (grouped.match(text).hasMatch())
            return QString(text).remove(u',').remove(u' ');
        return text;
    }
    case ValueType::Enumeration:
        if (spec->allowedValues.contains(text))
            return text;
        for (qsizetype i = 0; i < spec->allowedValues.size(); ++i) {
            if (spec->allowedValues.at(i).compare(text, Qt::CaseInsensitive) == 0
                || spec->valueLabels.value(i).compare(text, Qt::CaseInsensitive) == 0)
                return spec->allowedValues.at(i);
        }
        return text;
    default:
        return text;
    }
}

ApiParams ContactRowChecker::check(const QStringList &fields, QList<ImportProblem> *problems) const
{
    ApiParams params;
    const qsizetype before = problems->size();
    QHash<QString, int> columnOf;
    for (qsizetype column = 0; column < fields.size(); ++column) {
        const QString key = m_mapping.value(column);
        const QString raw = fields.at(column);
        if (key.isEmpty()) {
            if (column >= m_mapping.size() && !raw.trimmed().isEmpty()) {
                ImportProblem p;
                p.column = int(column);
                p.value = raw;
                p.reason = tr("The row has more values than the file has columns.");
                problems->append(p);
            }
            continue;
        }
        const QString value = normalise(key, raw);
        if (value.isEmpty())
            continue;
        columnOf.insert(key, int(column));
        const QString problem = ct::api::Validator::problemWith(key, value, true);
        if (!problem.isEmpty())
            problems->append({0, 0, int(column), key, raw, problem});
        params.insert(key, value);
    }
    if (const QString zip = params.value(u"zip"_s), state = params.value(u"state"_s);
        !zip.isEmpty() && ct::api::Validator::problemWith(u"zip"_s, zip).isEmpty()
        && ct::api::Validator::isStateCode(state)) {
        if (const QString problem = zipProblemForState(zip, state); !problem.isEmpty())
            problems->append({0, 0, columnOf.value(u"zip"_s, -1), u"zip"_s, fields.value(columnOf.value(u"zip"_s)), problem});
    }
    const auto *call = ct::api::findCall(m_callName);
    const bool creates = m_callName == ct::api::callName(ct::api::Call::CreateClient);
    for (const QString &missing : ct::api::Validator::missingKeys(*call, params)) {
        const QString key = missing.section(u'|', 0, 0);
        problems->append({0, 0, int(m_mapping.indexOf(key)), key, QString(),
                          creates ? tr("A new contact needs a value here.")
                                  : tr("The contact to update is found by this value: it cannot be empty.")});
    }
    if (problems->size() == before) {
        // The same check the server makes; the field checks above should have caught anything.
        const auto result = ct::api::Validator::check(*call, params);
        if (!result.ok()) {
            const QString key = result.offendingKey;
            problems->append({0, 0, columnOf.value(key, -1), key, params.value(key),
                              tr("The server would refuse this value (%1).").arg(result.message)});
        }
    }
    return params;
}

} // namespace ct::models
