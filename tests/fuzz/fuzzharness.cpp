// SPDX-License-Identifier: MIT
#include "fuzzharness.h"

#include "api/responseparser.h"
#include "api/validator.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace ct::fuzz {

namespace {

using api::ApiResult;
using api::ApiStatus;

constexpr int statuses[16] = {200, 0, 201, 204, 400, 401, 403, 404, 429, 500, 503, 302, 200, 200, 200, 599};

// Rows promise strings for every scalar, at any depth.
bool scalarsAreStrings(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return true;
    case QJsonValue::Array: {
        const QJsonArray a = v.toArray();
        return std::all_of(a.begin(), a.end(), [](const QJsonValue &item) { return scalarsAreStrings(item); });
    }
    case QJsonValue::Object: {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!scalarsAreStrings(it.value()))
                return false;
        }
        return true;
    }
    default:
        return false;
    }
}

ApiStatus expectedTransportStatus(int http)
{
    if (http == 401 || http == 403)
        return ApiStatus::Unauthorized;
    if (http == 429)
        return ApiStatus::RateLimited;
    if (http >= 500)
        return ApiStatus::ServerError;
    if (http != 0 && (http < 200 || http >= 300))
        return ApiStatus::HttpError;
    return ApiStatus::Ok;   // the body decides
}

} // namespace

int httpStatusFor(std::uint8_t selector)
{
    return statuses[selector % 16];
}

QString checkResponse(const std::uint8_t *data, std::size_t size)
{
    const int http = size > 0 ? httpStatusFor(data[0]) : 200;
    const QByteArray body = size > 1 ? QByteArray(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1))
                                     : QByteArray();
    const ApiResult r = api::parseResponse(http, body);

    if (r.message.isEmpty())
        return u"no message (status %1)"_s.arg(api::statusName(r.status));
    if (r.httpStatus != http)
        return u"httpStatus %1 instead of %2"_s.arg(r.httpStatus).arg(http);

    const ApiStatus transport = expectedTransportStatus(http);
    if (transport != ApiStatus::Ok) {
        if (r.status != transport)
            return u"HTTP %1 gave %2"_s.arg(http).arg(api::statusName(r.status));
        return {};
    }

    switch (r.status) {
    case ApiStatus::Ok:
        if (r.ctCode != api::CtCode::Success)
            return u"ok with code %1"_s.arg(r.ctCode);
        break;
    case ApiStatus::ServerCode:
        if (r.ctCode <= 0 || r.ctCode == api::CtCode::Success || r.ctCode > 9999)
            return u"server code %1"_s.arg(r.ctCode);
        break;
    case ApiStatus::ValidationIssue:
        if (r.offendingKey.isEmpty() || r.ctCode != 0)
            return u"validation issue without a key"_s;
        break;
    case ApiStatus::Malformed:
        if (!r.rows.isEmpty() || r.total != -1 || !r.offendingKey.isEmpty())
            return u"malformed result carries data"_s;
        return {};
    default:
        return u"unexpected status %1 for a 2xx answer"_s.arg(api::statusName(r.status));
    }
    if (r.total < -1)
        return u"negative total %1"_s.arg(r.total);
    for (const QJsonValue &row : r.rows) {
        if (!row.isObject())
            return u"a row that is not an object"_s;
        if (!scalarsAreStrings(row))
            return u"a row scalar that is not a string"_s;
    }

    // What a reader does next with the rows: show and re-check their values as the editors do.
    int checked = 0;
    for (const QJsonValue &row : r.rows) {
        const QJsonObject o = row.toObject();
        for (auto it = o.begin(); it != o.end() && checked < 32; ++it, ++checked) {
            if (it.value().isString())
                (void)api::Validator::problemWith(it.key(), it.value().toString(), true);
        }
    }
    return {};
}

} // namespace ct::fuzz
