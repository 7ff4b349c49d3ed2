// SPDX-License-Identifier: MIT
#include "validator.h"

#include "normalizer.h"
#include "parameterschema.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace ct::api::Validator {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ct::api::Validator", text);
}

bool present(const ApiParams &params, const QString &key)
{
    const auto it = params.constFind(key);
    return it != params.constEnd() && !it.value().trimmed().isEmpty();
}

bool matches(const QRegularExpression &re, QStringView text)
{
    return re.match(text).hasMatch();
}

bool allDigits(QStringView text, qsizetype maxDigits)
{
    if (text.isEmpty() || text.size() > maxDigits)
        return false;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

QString problemWithSpec(const ParameterSpec &spec, const QString &value)
{
    switch (spec.type) {
    case ValueType::String:
        break;
    case ValueType::PlainText: {
        static const QRegularExpression html(u"</?[A-Za-z!][^>]*>"_s);
        if (matches(html, value))
            return tr("Plain text only: HTML and other formatting are not accepted.");
        break;
    }
    case ValueType::Id:
        if (!allDigits(value, 19))
            return tr("Must be a record number (digits only).");
        break;
    case ValueType::WholeNumber: {
        if (!allDigits(value, 18))
            return tr("Must be a whole number (digits only, no sign, separators or decimals).");
        const qint64 n = value.toLongLong();
        if (n < spec.minValue || (spec.maxValue > 0 && n > spec.maxValue))
            return tr("Must be between %1 and %2.").arg(spec.minValue).arg(spec.maxValue);
        break;
    }
    case ValueType::Phone:
        if (!allDigits(value, 10) || value.size() != 10)
            return tr("Must be ten digits with no formatting, for example 3039291447.");
        break;
    case ValueType::State:
        if (!isStateCode(value))
            return tr("Must be a two-letter US state or Canadian province code, for example CO or ON.");
        break;
    case ValueType::Zip: {
        static const QRegularExpression zip(
            u"^(\\d{5}|\\d{5}-\\d{4}|\\d{5}-\\d{4}-\\d{2}|[A-Za-z]\\d[A-Za-z] \\d[A-Za-z]\\d)\\z"_s);
        if (!matches(zip, value))
            return tr("Must be a US zip (12345, 12345-6789 or 12345-6789-01) or a Canadian "
                      "postal code (A1A 1A1).");
        break;
    }
    case ValueType::Email:
        if (!isValidEmail(value))
            return tr("Must be a well-formed email address, for example name@example.com.");
        break;
    case ValueType::EmailList: {
        const QStringList parts = value.split(u',');
        for (const QString &part : parts) {
            if (!isValidEmail(part.trimmed()))
                return tr("Must be email addresses separated by commas; \"%1\" is not one.")
                    .arg(part.trimmed());
        }
        break;
    }
    case ValueType::Date:
        if (!Normalizer::fromApiDate(value).isValid())
            return tr("Must be a date written YYYY:MM:DD, for example 2026:11:27.");
        break;
    case ValueType::Time:
        if (!Normalizer::fromApiTime(value).isValid())
            return tr("Must be a time written HH:MM:SS, for example 14:30:00.");
        break;
    case ValueType::PaymentDate:
        if (!Normalizer::fromPaymentDate(value).isValid())
            return tr("Must be a date written yyyy-mm-dd, for example 2026-11-27.");
        break;
    case ValueType::Decimal: {
        static const QRegularExpression decimal(u"^-?\\d{1,13}(\\.\\d{1,4})?\\z"_s);
        if (!matches(decimal, value))
            return tr("Must be an amount such as 1250 or 1250.50.");
        break;
    }
    case ValueType::Enumeration:
        if (!spec.allowedValues.contains(value))
            return tr("Must be one of: %1.").arg(spec.allowedValues.join(u", "_s));
        break;
    case ValueType::List:
        return tr("Is read only.");
    }
    if (spec.maxLength > 0 && value.size() > spec.maxLength)
        return tr("Must be at most %1 characters.").arg(spec.maxLength);
    return {};
}

} // namespace

bool isValidEmail(QStringView text)
{
    static const QRegularExpression email(
        u"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
        "@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}\\z"_s);
    if (text.size() > 254 || text.indexOf(u'@') > 64)
        return false;
    return matches(email, text);
}

bool isStateCode(QStringView text)
{
    static const QSet<QString> codes = {
        // United States, DC and the inhabited territories
        u"AL"_s, u"AK"_s, u"AZ"_s, u"AR"_s, u"CA"_s, u"CO"_s, u"CT"_s, u"DE"_s, u"FL"_s, u"GA"_s,
        u"HI"_s, u"ID"_s, u"IL"_s, u"IN"_s, u"IA"_s, u"KS"_s, u"KY"_s, u"LA"_s, u"ME"_s, u"MD"_s,
        u"MA"_s, u"MI"_s, u"MN"_s, u"MS"_s, u"MO"_s, u"MT"_s, u"NE"_s, u"NV"_s, u"NH"_s, u"NJ"_s,
        u"NM"_s, u"NY"_s, u"NC"_s, u"ND"_s, u"OH"_s, u"OK"_s, u"OR"_s, u"PA"_s, u"RI"_s, u"SC"_s,
        u"SD"_s, u"TN"_s, u"TX"_s, u"UT"_s, u"VT"_s, u"VA"_s, u"WA"_s, u"WV"_s, u"WI"_s, u"WY"_s,
        u"DC"_s, u"PR"_s, u"VI"_s, u"GU"_s, u"AS"_s, u"MP"_s};
    return codes.contains(text.toString()) || isCanadianProvince(text);
}

bool isCanadianProvince(QStringView code)
{
    static const QSet<QString> provinces = {u"AB"_s, u"BC"_s, u"MB"_s, u"NB"_s, u"NL"_s, u"NS"_s, u"NT"_s,
                                            u"NU"_s, u"ON"_s, u"PE"_s, u"QC"_s, u"SK"_s, u"YT"_s};
    return provinces.contains(code.toString());
}

QString zipProblemForState(const QString &zip, const QString &state)
{
    if (zip.isEmpty() || !isStateCode(state))
        return {};
    static const QRegularExpression canadian(u"^[A-Za-z]\\d[A-Za-z] \\d[A-Za-z]\\d\\z"_s);
    const bool zipIsCanadian = canadian.match(zip).hasMatch();
    if (isCanadianProvince(state) && !zipIsCanadian)
        return tr("%1 is a Canadian province: a postal code is written A1A 1A1, for example K1A 0B1.").arg(state);
    if (!isCanadianProvince(state) && zipIsCanadian)
        return tr("%1 is a US state: a zip is written 12345, 12345-6789 or 12345-6789-01.").arg(state);
    return {};
}

QString problemWith(const QString &key, const QString &value, bool expansionAllowed)
{
    // Where custom fields are allowed, only the reserved client keys keep their own rules.
    const ParameterSpec *spec = ParameterSchema::find(key);
    if (spec && (!expansionAllowed || spec->group == ParameterGroup::Client))
        return problemWithSpec(*spec, value);
    if (!expansionAllowed)
        return {};
    if (!ParameterSchema::isValidExpansionKey(key))
        return tr("A custom field name starts with a letter and holds only letters, digits and "
                  "underscores (at most 64).");
    if (Normalizer::stripHtml(value).size() > ParameterSchema::ExpansionMaxLength)
        return tr("A custom field holds at most %1 characters.").arg(ParameterSchema::ExpansionMaxLength);
    return {};
}

QStringList missingKeys(const CallSpec &call, const ApiParams &params)
{
    QStringList missing;
    for (const QString &key : call.required) {
        if (!present(params, key))
            missing.append(key);
    }
    for (const QStringList &group : call.requiredOneOf) {
        const bool any = std::any_of(group.cbegin(), group.cend(),
                                     [&](const QString &k) { return present(params, k); });
        if (!any)
            missing.append(group.join(u'|'));
    }
    for (const ConditionalRequirement &when : call.requiredWhen) {
        if (params.value(when.whenKey) != when.whenValue)
            continue;
        for (const QString &key : when.keys) {
            if (!present(params, key))
                missing.append(key);
        }
    }
    return missing;
}

ApiResult check(const CallSpec &call, const ApiParams &params)
{
    const QStringList missing = missingKeys(call, params);
    if (!missing.isEmpty()) {
        ApiResult r = ApiResult::serverCode(CtCode::MissingRequired, ctCodeMessage(CtCode::MissingRequired));
        r.offendingKey = missing.first();
        return r;
    }
    // The server reports only the first failing key; "first" here is the document's order,
    // then custom fields by name, so the client and the sandbox agree.
    for (const ParameterSpec &spec : ParameterSchema::all()) {
        const auto it = params.constFind(spec.key);
        if (it == params.constEnd())
            continue;
        if (call.acceptsExpansionKeys && spec.group != ParameterGroup::Client)
            continue;   // a custom field on a client call, judged below
        if ((call.isWrite() && spec.readOnly) || (spec.createOnly && call.name.startsWith(u"update_")))
            return ApiResult::validation(spec.key, u"Validation Issue"_s);
        if (it.value().isEmpty())
            continue;   // an empty optional value clears the field
        if (!problemWithSpec(spec, it.value()).isEmpty())
            return ApiResult::validation(spec.key, u"Validation Issue"_s);
    }
    if (call.acceptsExpansionKeys) {
        for (auto it = params.constBegin(); it != params.constEnd(); ++it) {
            if (ParameterSchema::isReservedClientKey(it.key()))
                continue;
            if (!problemWith(it.key(), it.value(), true).isEmpty())
                return ApiResult::validation(it.key(), u"Validation Issue"_s);
        }
    }
    return ApiResult::serverCode(CtCode::Success, ctCodeMessage(CtCode::Success));
}

} // namespace ct::api::Validator
