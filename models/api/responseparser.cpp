// SPDX-License-Identifier: MIT
#include "responseparser.h"

#include <QCoreApplication>
#include <QLocale>

#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace ct::api {

namespace {

// The first of the given spellings present in the object.
QJsonValue firstOf(const QJsonObject &o, std::initializer_list<QLatin1StringView> keys)
{
    for (QLatin1StringView k : keys) {
        const auto it = o.constFind(k);
        if (it != o.constEnd())
            return it.value();
    }
    return QJsonValue(QJsonValue::Undefined);
}

QString numberText(double d)
{
    // Ids and counts arrive as numbers from some servers: 8475832 must read "8475832", not "8.47583e+06".
    if (std::isfinite(d) && d == std::trunc(d) && std::fabs(d) < 9.007199254740992e15)
        return QString::number(static_cast<qint64>(d));
    // The shortest text that reads back as the same double: an amount sent as the number 0.1
    // reads "0.1", not "0.10000000000000001" (which no decimal reader could take as money).
    return QString::number(d, 'g', QLocale::FloatingPointShortest);
}

QJsonValue normalised(const QJsonValue &v);

QJsonObject normalisedObject(const QJsonObject &o)
{
    QJsonObject out;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        out.insert(it.key(), normalised(it.value()));
    return out;
}

// Scalars become strings so every reader sees one type; arrays and objects keep their shape.
QJsonValue normalised(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QString();
    case QJsonValue::Bool:
        return v.toBool() ? u"1"_s : u"0"_s;
    case QJsonValue::Double:
        return numberText(v.toDouble());
    case QJsonValue::String:
        return v;
    case QJsonValue::Array: {
        QJsonArray out;
        for (const QJsonValue &item : v.toArray())
            out.append(normalised(item));
        return out;
    }
    case QJsonValue::Object:
        return normalisedObject(v.toObject());
    }
    return v;
}

ApiResult malformed(int httpStatus, const QString &what)
{
    return ApiResult::failure(ApiStatus::Malformed, what, httpStatus);
}

QString describeBody(const QByteArray &body)
{
    const QByteArray head = body.left(200).simplified();
    return head.isEmpty() ? u"an empty body"_s : u"\"%1\""_s.arg(QString::fromUtf8(head));
}

QString tr(const char *text)
{
    return QCoreApplication::translate("ct::api::ApiClient", text);
}

} // namespace

QString answerTooLargeMessage(qint64 bytes)
{
    return tr("The server's answer was larger than %1 MB (%2 MB arrived before it was stopped); "
              "refused, nothing of it was used.")
        .arg(MaxAnswerBytes / (1024 * 1024))
        .arg(bytes / (1024 * 1024));
}

ApiResult parseResponse(int httpStatus, const QByteArray &body)
{
    // Transport-level answers first: these carry no JSON worth reading.
    if (httpStatus == 401 || httpStatus == 403)
        return ApiResult::failure(ApiStatus::Unauthorized,
                                  u"The server refused the access token or web key (HTTP %1)"_s.arg(httpStatus),
                                  httpStatus);
    if (httpStatus == 429)
        return ApiResult::failure(ApiStatus::RateLimited, u"Too many requests (HTTP 429)"_s, httpStatus);
    if (httpStatus >= 500)
        return ApiResult::failure(ApiStatus::ServerError, u"Server error (HTTP %1)"_s.arg(httpStatus),
                                  httpStatus);
    if (httpStatus != 0 && (httpStatus < 200 || httpStatus >= 300))
        return ApiResult::failure(ApiStatus::HttpError, u"HTTP error %1"_s.arg(httpStatus), httpStatus);

    if (body.trimmed().isEmpty())
        return malformed(httpStatus, u"The server sent an empty body"_s);
    if (body.size() > MaxAnswerBytes)
        return malformed(httpStatus, answerTooLargeMessage(body.size()));

    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return malformed(httpStatus, u"The answer is not JSON (%1 at byte %2): %3"_s
                                         .arg(error.errorString())
                                         .arg(error.offset)
                                         .arg(describeBody(body)));
    if (!doc.isObject())
        return malformed(httpStatus, u"The answer is JSON but not an object"_s);

    const QJsonObject object = doc.object();
    ApiResult r;
    r.httpStatus = httpStatus;
    r.body = object;

    const QJsonValue message = firstOf(object, {"Message"_L1, "message"_L1});
    if (message.isString())
        r.message = message.toString();
    else if (!message.isUndefined() && !message.isNull())
        r.message = normalised(message).toString();

    const QJsonValue code = firstOf(object, {"ResultCode"_L1, "resultCode"_L1, "resultcode"_L1,
                                             "result_code"_L1, "RESULTCODE"_L1});
    if (code.isUndefined() || code.isNull())
        return malformed(httpStatus, u"The answer has no ResultCode"_s);
    if (code.isDouble()) {
        // Range first: converting an out-of-range double to int is undefined behaviour.
        const double d = code.toDouble();
        if (!(d >= 1 && d <= 9999) || d != std::trunc(d))
            return malformed(httpStatus, u"The ResultCode %1 is not a code"_s.arg(numberText(d)));
        r.ctCode = static_cast<int>(d);
    } else if (code.isString()) {
        const QString text = code.toString().trimmed();
        r.ctCode = parseCtCode(text);
        if (r.ctCode == 0) {
            if (text.isEmpty())
                return malformed(httpStatus, u"The ResultCode is empty"_s);
            // "CT0", "0", "CT99999": code-shaped but no code, and no key is named like that.
            static const QRegularExpression codeShaped(u"^(CT_?)?\\d+\\z"_s,
                                                       QRegularExpression::CaseInsensitiveOption);
            if (codeShaped.match(text).hasMatch())
                return malformed(httpStatus, u"The ResultCode \"%1\" is not a code"_s.arg(text.left(40)));
            // The validation-issue form: the code field names the offending key.
            r.status = ApiStatus::ValidationIssue;
            r.offendingKey = text;
            if (r.message.isEmpty())
                r.message = u"Validation Issue"_s;
        }
    } else {
        return malformed(httpStatus, u"The ResultCode is neither a string nor a number"_s);
    }
    if (r.status != ApiStatus::ValidationIssue)
        r.status = r.ctCode == CtCode::Success ? ApiStatus::Ok : ApiStatus::ServerCode;
    if (r.message.isEmpty())
        r.message = ctCodeMessage(r.ctCode);
    if (r.message.isEmpty())   // a code the document does not list (found by the fuzzer)
        r.message = u"Result code CT%1"_s.arg(r.ctCode);

    const QJsonValue total = firstOf(object, {"TotalRecord"_L1, "totalRecord"_L1, "TotalRecords"_L1,
                                              "total_record"_L1});
    if (total.isDouble()) {
        // A count: never negative (-1 means "absent"), and in range before the conversion.
        const double d = total.toDouble();
        if (!(d >= 0 && d <= 9.007199254740992e15))
            return malformed(httpStatus, u"TotalRecord %1 is not a count"_s.arg(numberText(d)));
        r.total = static_cast<qint64>(d);
    } else if (total.isString()) {
        bool ok = false;
        r.total = total.toString().trimmed().toLongLong(&ok);
        if (!ok)
            return malformed(httpStatus, u"TotalRecord \"%1\" is not a number"_s.arg(total.toString().left(40)));
        if (r.total < 0)
            return malformed(httpStatus, u"TotalRecord %1 is not a count"_s.arg(r.total));
    } else if (!total.isUndefined() && !total.isNull()) {
        return malformed(httpStatus, u"TotalRecord is neither a number nor a string"_s);
    }

    const QJsonValue data = firstOf(object, {"data"_L1, "Data"_L1, "DATA"_L1});
    if (data.isArray()) {
        const QJsonArray items = data.toArray();
        if (items.size() > MaxAnswerRows)
            return malformed(httpStatus, tr("The server's answer holds %1 rows, more than the %2 one answer may "
                                            "hold; refused, nothing of it was used.")
                                             .arg(items.size())
                                             .arg(MaxAnswerRows));
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (!items.at(i).isObject())
                return malformed(httpStatus, u"data[%1] is not an object"_s.arg(i));
            r.rows.append(normalisedObject(items.at(i).toObject()));
        }
    } else if (data.isObject()) {
        // One record sent bare instead of in a one-element list.
        r.rows.append(normalisedObject(data.toObject()));
    } else if (!data.isUndefined() && !data.isNull()) {
        if (!(data.isString() && data.toString().isEmpty()))
            return malformed(httpStatus, u"data is neither a list nor an object"_s);
    }
    return r;
}

} // namespace ct::api
