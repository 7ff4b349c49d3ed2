// SPDX-License-Identifier: MIT
#pragma once

#include "apiresult.h"

#include <QByteArray>
#include <QDateTime>
#include <QNetworkReply>

// The one place where what the network said becomes an ApiResult: Qt's transport errors,
// HTTP statuses (through parseResponse) and Retry-After. Pure functions, so every mapping
// can be tested without a socket.
namespace ct::api {

// Everything ApiClient learns from a finished QNetworkReply, copied out of it.
struct TransportOutcome
{
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;            // already redacted by the caller
    int httpStatus = 0;             // 0 when no HTTP answer arrived
    QByteArray body;
    QByteArray retryAfter;          // the Retry-After header, raw
    bool canceledByCaller = false;  // ApiReply::abort(); any other cancel is the transfer timeout
};

ApiResult resultFor(const TransportOutcome &outcome,
                    const QDateTime &now = QDateTime::currentDateTimeUtc());

// Retry-After as delta-seconds ("120") or an HTTP-date ("Wed, 21 Oct 2015 07:28:00 GMT", or the
// obsolete RFC 850 and asctime forms) -> milliseconds from now; 0 for a date in the past,
// -1 when absent or unreadable.
qint64 parseRetryAfter(const QByteArray &value, const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace ct::api
