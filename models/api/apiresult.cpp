// SPDX-License-Identifier: MIT
#include "apiresult.h"

using namespace Qt::Literals::StringLiterals;

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

QString statusName(ApiStatus status)
{
    switch (status) {
    case ApiStatus::Ok: return u"ok"_s;
    case ApiStatus::ServerCode: return u"server-code"_s;
    case ApiStatus::ValidationIssue: return u"validation-issue"_s;
    case ApiStatus::Offline: return u"offline"_s;
    case ApiStatus::Timeout: return u"timeout"_s;
    case ApiStatus::Tls: return u"tls"_s;
    case ApiStatus::Unauthorized: return u"unauthorized"_s;
    case ApiStatus::RateLimited: return u"rate-limited"_s;
    case ApiStatus::ServerError: return u"server-error"_s;
    case ApiStatus::HttpError: return u"http-error"_s;
    case ApiStatus::Malformed: return u"malformed"_s;
    case ApiStatus::InsecureRefused: return u"insecure-refused"_s;
    case ApiStatus::Canceled: return u"canceled"_s;
    }
    return {};
}

QString ctCodeMessage(int code)
{
    switch (code) {
    case CtCode::Success: return u"Success"_s;
    case CtCode::BadRequest: return u"Bad Request"_s;
    case CtCode::NotFound: return u"Request Not Found"_s;
    case CtCode::UnknownError: return u"Unknown Error"_s;
    case CtCode::MissingRequired: return u"Missing Required Key:Value Pair(s)"_s;
    case CtCode::CtsCodeMismatch: return u"CTSCODE does not match"_s;
    case CtCode::StillInUse: return u"Can not delete as requested. Parameter is still in use."_s;
    case CtCode::NoRecord: return u"No Record Found"_s;
    case CtCode::Duplicate: return u"Duplicate Entry"_s;
    case CtCode::InsertFailed: return u"Insert Failed"_s;
    }
    return {};
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
