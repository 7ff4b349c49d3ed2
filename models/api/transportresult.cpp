// SPDX-License-Identifier: MIT
#include "transportresult.h"

#include "responseparser.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace ct::api {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ct::api::ApiClient", text);
}

ApiResult transportFailure(ApiStatus status, const char *what, const TransportOutcome &o)
{
    QString message = tr(what);
    if (!o.errorString.isEmpty())
        message += u" ("_s + o.errorString + u')';
    return ApiResult::failure(status, message, o.httpStatus);
}

// Network-layer (1-99) and proxy (101-199) errors: no usable HTTP answer, whatever the status says.
bool isTransportError(QNetworkReply::NetworkError e)
{
    return e != QNetworkReply::NoError && static_cast<int>(e) < 200;
}

} // namespace

ApiResult resultFor(const TransportOutcome &o, const QDateTime &now)
{
    using E = QNetworkReply::NetworkError;
    if (isTransportError(o.error)) {
        switch (o.error) {
        case E::OperationCanceledError:
            // ApiClient never aborts a reply except for the caller; Qt cancels on the transfer timeout.
            if (o.canceledByCaller)
                return transportFailure(ApiStatus::Canceled, QT_TRANSLATE_NOOP("ct::api::ApiClient", "The request was canceled"), o);
            return transportFailure(ApiStatus::Timeout, QT_TRANSLATE_NOOP("ct::api::ApiClient", "The server did not answer in time"), o);
        case E::TimeoutError:
        case E::ProxyTimeoutError:
            return transportFailure(ApiStatus::Timeout, QT_TRANSLATE_NOOP("ct::api::ApiClient", "The server did not answer in time"), o);
        case E::SslHandshakeFailedError:
            return transportFailure(ApiStatus::Tls, QT_TRANSLATE_NOOP("ct::api::ApiClient", "The secure connection could not be established"), o);
        case E::InsecureRedirectError:
            return transportFailure(ApiStatus::InsecureRefused, QT_TRANSLATE_NOOP("ct::api::ApiClient", "The server redirected to an insecure address"), o);
        case E::TooManyRedirectsError:
            return transportFailure(ApiStatus::HttpError, QT_TRANSLATE_NOOP("ct::api::ApiClient", "The server redirected too many times"), o);
        default:
            // Refused, host not found, closed, unreachable, proxy trouble: all mean "not reachable now".
            return transportFailure(ApiStatus::Offline, QT_TRANSLATE_NOOP("ct::api::ApiClient", "Cannot reach the server"), o);
        }
    }
    if (o.error == E::ContentReSendError && o.httpStatus == 0) {
        // ApiClient's writes cannot be re-sent: Qt wanted to repeat a request whose connection
        // closed before the answer. The server may have applied it.
        return transportFailure(ApiStatus::Offline, QT_TRANSLATE_NOOP("ct::api::ApiClient", "The connection closed before the server answered; the change may or may not have been applied"), o);
    }
    if (o.error == E::ProtocolFailure && o.httpStatus == 0)
        return transportFailure(ApiStatus::Malformed, QT_TRANSLATE_NOOP("ct::api::ApiClient", "The server sent a broken HTTP answer"), o);
    if (o.httpStatus == 0) {
        if (o.error == E::ProtocolUnknownError)
            return transportFailure(ApiStatus::InsecureRefused, QT_TRANSLATE_NOOP("ct::api::ApiClient", "The address uses an unsupported protocol"), o);
        return transportFailure(ApiStatus::Malformed, QT_TRANSLATE_NOOP("ct::api::ApiClient", "The server sent no HTTP status"), o);
    }

    ApiResult r = parseResponse(o.httpStatus, o.body);
    if (r.status == ApiStatus::RateLimited || r.status == ApiStatus::ServerError)
        r.retryAfterMs = parseRetryAfter(o.retryAfter, now);
    return r;
}

qint64 parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    bool isNumber = false;
    const qint64 seconds = v.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? -1 : (seconds > 86400 * 365 ? 86400LL * 365 * 1000 : seconds * 1000);

    const QString text = QString::fromLatin1(v).simplified();
    QDateTime when = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!when.isValid()) {
        // HTTP dates are always GMT and English; the obsolete forms are still legal to receive.
        // The weekday is dropped first: Qt would reject a two-digit year whose century it
        // guesses wrong because the weekday then disagrees.
        const qsizetype firstSpace = text.indexOf(u' ');
        const QString rest = firstSpace > 0 ? text.mid(firstSpace + 1) : text;
        static const QStringList formats = {u"dd MMM yyyy hh:mm:ss 'GMT'"_s,
                                            u"dd-MMM-yy hh:mm:ss 'GMT'"_s,
                                            u"MMM d hh:mm:ss yyyy"_s};
        const QLocale c = QLocale::c();
        for (const QString &format : formats) {
            when = c.toDateTime(rest, format);
            if (when.isValid()) {
                if (when.date().year() < 1970)
                    when = when.addYears(100);
                when.setTimeSpec(Qt::UTC);
                break;
            }
        }
    }
    if (!when.isValid())
        return -1;
    return std::max<qint64>(0, now.msecsTo(when));
}

} // namespace ct::api
