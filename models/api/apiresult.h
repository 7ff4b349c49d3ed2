// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

// One result type for every call: what the server or the transport said, in one shape.
namespace ct::api {

enum class ApiStatus {
    Ok,                 // CT200
    ServerCode,         // a CT code other than CT200 (ctCode says which)
    ValidationIssue,    // the server named a key outside its limits (offendingKey)
    Offline,            // host unreachable, connection refused or dropped
    Timeout,            // no complete answer in time
    Tls,                // certificate or handshake failure
    Unauthorized,       // HTTP 401/403: access token or web key refused
    RateLimited,        // HTTP 429 (retryAfterMs when the server said)
    ServerError,        // HTTP 5xx
    HttpError,          // any other HTTP error status (404 for an unknown call)
    Malformed,          // a body the parser could not read
    InsecureRefused,    // the client refused to send (plain HTTP to a remote host, downgrade)
    Canceled
};

// The document's result codes.
namespace CtCode {
constexpr int Success = 200;
constexpr int BadRequest = 400;
constexpr int NotFound = 404;
constexpr int UnknownError = 500;
constexpr int MissingRequired = 501;
constexpr int CtsCodeMismatch = 510;
constexpr int StillInUse = 512;
constexpr int NoRecord = 515;
constexpr int Duplicate = 520;
constexpr int InsertFailed = 525;
} // namespace CtCode

struct ApiResult
{
    ApiStatus status = ApiStatus::Ok;
    int ctCode = 0;              // 200, 501, 515 ...; 0 when the server gave none
    int httpStatus = 0;          // 0 when no HTTP answer arrived
    QString message;             // the server's Message, or a description of the failure
    QString offendingKey;        // ValidationIssue: the key the server named
    QJsonArray rows;             // data rows; scalars as strings, nested arrays kept
    qint64 total = -1;           // TotalRecord, -1 when absent
    QJsonObject body;            // the whole answer, unknown keys included
    qint64 retryAfterMs = -1;    // RateLimited / ServerError: the server's Retry-After

    bool ok() const { return status == ApiStatus::Ok; }
    // Worth trying again later without changing anything.
    bool isTransient() const;
    // The request may have been applied although no answer says so.
    bool isAmbiguous() const;

    static ApiResult failure(ApiStatus status, const QString &message, int httpStatus = 0);
    static ApiResult validation(const QString &key, const QString &message);
    static ApiResult serverCode(int code, const QString &message);
};

QString statusName(ApiStatus status);
// The document's message for a CT code ("No Record Found").
QString ctCodeMessage(int code);
// "CT515", "CT_515", "ct515", "515" -> 515; 0 when it is not a code.
int parseCtCode(QStringView text);

} // namespace ct::api

Q_DECLARE_METATYPE(ct::api::ApiResult)
