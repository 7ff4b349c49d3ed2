// SPDX-License-Identifier: MIT
#include "apiresult.h"
#include "enumnames.h"

namespace ct::api {

bool ApiResult::isTransient() const
{
    switch (status) {
    case ApiStatus::Offline:
    case ApiStatus::Timeout:
    case ApiStatus::RateLimited:
    case ApiStatus::ServerError:
        return true;
    case ApiStatus::ServerCode:
        return ctCode == CtCode::UnknownError;
    default:
        return false;
    }
}

bool ApiResult::isAmbiguous() const
{
    // A dropped connection or a timeout after sending leaves the server's state unknown; a
    // 5xx may come from a proxy after the API acted. A refused connection never reached it,
    // but from here it looks the same, so callers treat them alike.
    return status == ApiStatus::Offline || status == ApiStatus::Timeout ||
           status == ApiStatus::ServerError || status == ApiStatus::Malformed;
}

ApiResult ApiResult::failure(ApiStatus status, const QString &message, int httpStatus)
{
    ApiResult r;
    r.status = status;
    r.message = message;
    r.httpStatus = httpStatus;
    return r;
}

ApiResult ApiResult::validation(const QString &key, const QString &message)
{
    ApiResult r;
    r.status = ApiStatus::ValidationIssue;
    r.offendingKey = key;
    r.message = message;
    return r;
}

ApiResult ApiResult::serverCode(int code, const QString &message)
{
    ApiResult r;
    r.status = code == CtCode::Success ? ApiStatus::Ok : ApiStatus::ServerCode;
    r.ctCode = code;
    r.message = message;
    return r;
}

namespace {

constexpr auto StatusNames = std::to_array<NamedValue<ApiStatus>>({
    {ApiStatus::Ok, u"ok"},
    {ApiStatus::ServerCode, u"server-code"},
    {ApiStatus::ValidationIssue, u"validation-issue"},
    {ApiStatus::Offline, u"offline"},
    {ApiStatus::Timeout, u"timeout"},
    {ApiStatus::Tls, u"tls"},
    {ApiStatus::Unauthorized, u"unauthorized"},
    {ApiStatus::RateLimited, u"rate-limited"},
    {ApiStatus::ServerError, u"server-error"},
    {ApiStatus::HttpError, u"http-error"},
    {ApiStatus::Malformed, u"malformed"},
    {ApiStatus::InsecureRefused, u"insecure-refused"},
    {ApiStatus::Canceled, u"canceled"},
});
static_assert(namesEachInOrder(StatusNames));

// The document's words for each code, as it prints them.
constexpr auto CtCodeMessages = std::to_array<NamedValue<int>>({
    {CtCode::Success, u"Success"},
    {CtCode::BadRequest, u"Bad Request"},
    {CtCode::NotFound, u"Request Not Found"},
    {CtCode::UnknownError, u"Unknown Error"},
    {CtCode::MissingRequired, u"Missing Required Key:Value Pair(s)"},
    {CtCode::CtsCodeMismatch, u"CTSCODE does not match"},
    {CtCode::StillInUse, u"Can not delete as requested. Parameter is still in use."},
    {CtCode::NoRecord, u"No Record Found"},
    {CtCode::Duplicate, u"Duplicate Entry"},
    {CtCode::InsertFailed, u"Insert Failed"},
});

} // namespace

QString statusName(ApiStatus status)
{
    return nameOf(StatusNames, status);
}

QString ctCodeMessage(int code)
{
    return nameOf(CtCodeMessages, code);
}

int parseCtCode(QStringView text)
{
    QStringView t = text.trimmed();
    if (t.size() >= 2 && t.first(2).compare(u"CT", Qt::CaseInsensitive) == 0) {
        t = t.sliced(2);
        if (t.startsWith(u'_'))
            t = t.sliced(1);
    }
    if (t.isEmpty() || t.size() > 4)
        return 0;
    for (QChar c : t) {
        if (c < u'0' || c > u'9')
            return 0;
    }
    return t.toInt();
}

} // namespace ct::api
