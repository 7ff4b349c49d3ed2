// SPDX-License-Identifier: MIT
#pragma once

#include "apicall.h"
#include "apireply.h"
#include "apiresult.h"

#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkRequest;

namespace ct::api {

// Sends the calls of the call table to one ClientTether account over HTTPS and finishes each
// with one ApiResult: validation, encoding, credentials, TLS policy, timeouts, concurrency,
// retries of reads and redacted logging all live here and nowhere else.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    static constexpr QLatin1StringView DefaultBaseUrl{"https://api.clienttether.com/v2/api/"};

    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    // The API root; a call's name is appended ("…/v2/api/read_client_list"). Plain http is
    // refused (ApiStatus::InsecureRefused) for every host except loopback.
    QUrl baseUrl() const { return m_baseUrl; }
    void setBaseUrl(const QUrl &url);

    // Held in memory only, sent as X-Access-Token and X-Web-Key on every call.
    void setCredentials(const QString &accessToken, const QString &webKey);
    void clearCredentials();
    bool hasCredentials() const;

    // QNetworkRequest::setTransferTimeout: no byte for this long fails the attempt (Timeout).
    int transferTimeoutMs() const { return m_transferTimeoutMs; }
    void setTransferTimeoutMs(int ms);

    // Requests on the wire at once; the rest wait in call order.
    int maxInFlight() const { return m_maxInFlight; }
    void setMaxInFlight(int count);

    // Reads only: how often a transiently failing GET is sent in all, and the first backoff.
    int maxAttempts() const { return m_maxAttempts; }
    void setMaxAttempts(int attempts);
    int retryBaseDelayMs() const { return m_retryBaseDelayMs; }
    void setRetryBaseDelayMs(int ms);
    // A Retry-After longer than this is not waited for: the read fails RateLimited with
    // retryAfterMs set, and the caller decides.
    qint64 maxRetryAfterMs() const { return m_maxRetryAfterMs; }
    void setMaxRetryAfterMs(qint64 ms);

    // Extra trust (a private CA for a test server); never a way to ignore TLS errors.
    QSslConfiguration sslConfiguration() const { return m_sslConfiguration; }
    void setSslConfiguration(const QSslConfiguration &configuration);

    int inFlight() const { return m_inFlight; }
    int queued() const { return int(m_queue.size()); }

    // Starts a call of the call table. Never returns nullptr; the reply always finishes
    // through ApiReply::finished(). Validation failures, unknown calls and refused insecure
    // addresses finish without touching the network.
    ApiReply *call(const QString &name, const ApiParams &params = {});

    // Whether a request to this address may be sent: https, or http to a loopback host.
    static bool isPermittedUrl(const QUrl &url);
    static bool isLoopbackHost(const QString &host);
    // The request URL of a call: GET/DELETE parameters in the query (every reserved character
    // percent-encoded, '+' as %2B, space as %20), the path form for calls that have one.
    static QUrl requestUrl(const QUrl &baseUrl, const CallSpec &call, const ApiParams &params);
    // The POST body: a JSON object of strings.
    static QByteArray jsonBody(const ApiParams &params);

Q_SIGNALS:
    // An HTTP 401 arrived: the credentials are no longer good.
    void unauthorized();
    void inFlightChanged(int count);
    // Every call's final result, for whoever tracks the state of the connection: emitted
    // right after the reply's own finished(), for every reply (refusals and cancels included).
    void replyFinished(const ct::api::ApiResult &result);

private:
    friend class ApiReply;

    void pump();
    void send(ApiReply *reply);
    void onNetworkFinished(ApiReply *reply);
    // What to do with a call's result once its answer is read: retry, or finish the reply.
    void onResult(ApiReply *reply, const ApiResult &result, qint64 elapsedMs);
    // Stops a transfer that grew past MaxAnswerBytes (checked as it arrives, not once it is in memory).
    void refuseOversized(ApiReply *reply, qint64 bytes);
    void onRedirected(ApiReply *reply, const QUrl &target);
    bool shouldRetry(const ApiReply *reply, const ApiResult &result, qint64 *delayMs);
    qint64 backoffDelay(int attempt);
    void finish(ApiReply *reply, const ApiResult &result);
    void cancel(ApiReply *reply);
    void forget(ApiReply *reply);
    void detachNetwork(ApiReply *reply);
    QStringList secrets() const;

    QNetworkAccessManager *m_network = nullptr;
    QUrl m_baseUrl;
    QString m_accessToken;
    QString m_webKey;
    QSslConfiguration m_sslConfiguration;
    int m_transferTimeoutMs = 30000;
    int m_maxInFlight = 6;
    int m_maxAttempts = 3;
    int m_retryBaseDelayMs = 500;
    qint64 m_maxRetryAfterMs = 60000;
    int m_inFlight = 0;
    bool m_closing = false;          // in the destructor: start nothing new
    QList<ApiReply *> m_queue;       // Queued, in call order
    QList<ApiReply *> m_pending;     // every reply not yet Done
};

} // namespace ct::api
