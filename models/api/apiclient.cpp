// SPDX-License-Identifier: MIT
#include "apiclient.h"

#include "apilogging.h"
#include "responseparser.h"
#include "transportresult.h"
#include "validator.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QHostAddress>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrlQuery>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::Literals::StringLiterals;

namespace ct::api {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ct::api::ApiClient", text);
}

QString encoded(const QString &text)
{
    // Everything but the unreserved characters: '+' must not reach a form decoder as a space.
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

constexpr qint64 MaxBackoffMs = 30000;
// Answers above this are read on a worker thread: parsing a few MB of JSON already takes long
// enough to be felt in the window, and a page of 100 contacts is well below it.
constexpr qsizetype InlineParseBytes = 256 * 1024;

// A request body that can be read once and never rewound. Qt's HTTP/1 channel silently sends a
// request again when the connection closes before the answer (even a POST); a body it cannot
// rewind turns that into QNetworkReply::ContentReSendError, so a write reaches the server at
// most once per call and the caller hears that the outcome is unknown.
class OneShotBody : public QIODevice
{
public:
    explicit OneShotBody(const QByteArray &data) : m_data(data) { open(QIODevice::ReadOnly); }
    bool isSequential() const override { return true; }
    qint64 size() const override { return m_data.size(); }
    qint64 bytesAvailable() const override { return m_data.size() - m_position + QIODevice::bytesAvailable(); }
    bool reset() override { return false; }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        const qint64 n = std::min(max, qint64(m_data.size()) - m_position);
        if (n <= 0)
            return m_position >= m_data.size() ? -1 : 0;
        memcpy(out, m_data.constData() + m_position, size_t(n));
        m_position += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

QNetworkReply *sendWriteOnce(QNetworkAccessManager *network, QNetworkRequest request, const QByteArray &verb,
                             const QByteArray &body)
{
    request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    // Qt negotiates HTTP/2 over TLS by default, and its HTTP/2 handler may start a request
    // again on a fresh connection after a GOAWAY or a reset stream. A write must reach the
    // server at most once: it goes over HTTP/1.1, whose one-shot body Qt cannot replay, and
    // only the outbox decides (after checking) whether to send it again. Reads may use HTTP/2.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    auto *device = new OneShotBody(body);
    QNetworkReply *reply = network->sendCustomRequest(request, verb, device);
    device->setParent(reply);
    return reply;
}

} // namespace

ApiClient::ApiClient(QObject *parent)
    : QObject(parent),
      m_network(new QNetworkAccessManager(this)),
      m_baseUrl(QString(DefaultBaseUrl)),
      m_sslConfiguration(QSslConfiguration::defaultConfiguration())
{
    qRegisterMetaType<ct::api::ApiResult>();
    // Redirects are judged by onRedirected(), never followed blindly.
    m_network->setRedirectPolicy(QNetworkRequest::UserVerifiedRedirectPolicy);
}

ApiClient::~ApiClient()
{
    // Every outstanding reply still finishes exactly once (Canceled), after the client is gone.
    const QSignalBlocker quiet(this);
    m_closing = true;
    const QList<ApiReply *> pending = m_pending;
    for (ApiReply *reply : pending)
        cancel(reply);
}

void ApiClient::setBaseUrl(const QUrl &url)
{
    QUrl base = url;
    if (!base.path().endsWith(u'/'))
        base.setPath(base.path() + u'/');
    m_baseUrl = base;
}

void ApiClient::setCredentials(const QString &accessToken, const QString &webKey)
{
    m_accessToken = accessToken;
    m_webKey = webKey;
}

void ApiClient::clearCredentials()
{
    m_accessToken.clear();
    m_webKey.clear();
}

bool ApiClient::hasCredentials() const
{
    return !m_accessToken.isEmpty() && !m_webKey.isEmpty();
}

void ApiClient::setTransferTimeoutMs(int ms)
{
    m_transferTimeoutMs = std::max(1, ms);
}

void ApiClient::setMaxInFlight(int count)
{
    m_maxInFlight = std::max(1, count);
    pump();
}

void ApiClient::setMaxAttempts(int attempts)
{
    m_maxAttempts = std::max(1, attempts);
}

void ApiClient::setRetryBaseDelayMs(int ms)
{
    m_retryBaseDelayMs = std::max(0, ms);
}

void ApiClient::setMaxRetryAfterMs(qint64 ms)
{
    m_maxRetryAfterMs = std::max<qint64>(0, ms);
}

void ApiClient::setSslConfiguration(const QSslConfiguration &configuration)
{
    m_sslConfiguration = configuration;
}

bool ApiClient::isLoopbackHost(const QString &host)
{
    const QString h = host.toLower();
    if (h == "localhost"_L1 || h == "localhost."_L1)
        return true;
    const QHostAddress address(h);
    return !address.isNull() && address.isLoopback();
}

bool ApiClient::isPermittedUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme == "https"_L1)
        return true;
    return scheme == "http"_L1 && isLoopbackHost(url.host());
}

QUrl ApiClient::requestUrl(const QUrl &baseUrl, const CallSpec &call, const ApiParams &params)
{
    QUrl url = baseUrl;
    QString path = url.path(QUrl::FullyEncoded);
    if (!path.endsWith(u'/'))
        path += u'/';
    path += encoded(call.name);
    ApiParams rest = params;
    if (!call.pathKey.isEmpty() && params.contains(call.pathKey)) {
        path += u'/' + encoded(rest.take(call.pathKey));
    }
    url.setPath(path, QUrl::TolerantMode);
    url.setQuery(QString());
    url.setFragment(QString());
    if (call.method != HttpMethod::Post && !rest.isEmpty()) {
        QUrlQuery query;
        for (auto it = rest.constBegin(); it != rest.constEnd(); ++it)
            query.addQueryItem(encoded(it.key()), encoded(it.value()));
        url.setQuery(query);
    }
    return url;
}

QByteArray ApiClient::jsonBody(const ApiParams &params)
{
    QJsonObject object;
    for (auto it = params.constBegin(); it != params.constEnd(); ++it)
        object.insert(it.key(), it.value());
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QStringList ApiClient::secrets() const
{
    return {m_accessToken, m_webKey};
}

ApiReply *ApiClient::call(const QString &name, const ApiParams &params)
{
    auto *reply = new ApiReply(this, name, params);
    const CallSpec *spec = findCall(name);
    ApiResult refusal;
    bool refused = true;
    if (!spec) {
        refusal = ApiResult::failure(ApiStatus::HttpError, tr("There is no API call named \"%1\".").arg(name));
    } else if (const ApiResult check = Validator::check(*spec, params); !check.ok()) {
        refusal = check;
    } else if (!isPermittedUrl(m_baseUrl)) {
        refusal = ApiResult::failure(ApiStatus::InsecureRefused,
                                     tr("Refusing to send credentials over an insecure connection to %1: "
                                        "HTTPS is required for every host but this computer.")
                                         .arg(m_baseUrl.host()));
    } else if (!hasCredentials()) {
        refusal = ApiResult::failure(ApiStatus::Unauthorized, tr("Not signed in: no access token or web key."));
    } else {
        refused = false;
    }
    if (refused) {
        qCDebug(lcApi).noquote() << u"%1 refused before sending: %2 %3"_s.arg(
            name, statusName(refusal.status), Redaction::text(refusal.message, secrets()));
        reply->complete(refusal);
        return reply;
    }
    reply->m_spec = spec;
    m_pending.append(reply);
    m_queue.append(reply);
    pump();
    return reply;
}

void ApiClient::pump()
{
    while (!m_closing && m_inFlight < m_maxInFlight && !m_queue.isEmpty())
        send(m_queue.takeFirst());
}

void ApiClient::send(ApiReply *reply)
{
    // The base URL may have changed while the call waited in the queue.
    if (!isPermittedUrl(m_baseUrl)) {
        finish(reply, ApiResult::failure(ApiStatus::InsecureRefused,
                                         tr("Refusing to send over an insecure connection to %1.")
                                             .arg(m_baseUrl.host())));
        return;
    }
    const CallSpec &spec = *reply->m_spec;
    ++reply->m_attempt;
    reply->m_stage = ApiReply::Stage::Sending;
    reply->m_refused = false;

    const QUrl url = requestUrl(m_baseUrl, spec, reply->m_params);
    QNetworkRequest request(url);
    request.setRawHeader("X-Access-Token", m_accessToken.toUtf8());
    request.setRawHeader("X-Web-Key", m_webKey.toUtf8());
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, u"ClientTetherConsole"_s);
    request.setTransferTimeout(m_transferTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setSslConfiguration(m_sslConfiguration);

    QNetworkReply *network = nullptr;
    switch (spec.method) {
    case HttpMethod::Get:
        network = m_network->get(request);
        break;
    case HttpMethod::Delete:
        network = sendWriteOnce(m_network, request, "DELETE", {});
        break;
    case HttpMethod::Post:
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        network = sendWriteOnce(m_network, request, "POST", jsonBody(reply->m_params));
        break;
    }
    reply->m_network = network;
    reply->m_currentUrl = url;
    reply->m_attemptClock.start();
    connect(network, &QNetworkReply::finished, this, [this, reply] { onNetworkFinished(reply); });
    connect(network, &QNetworkReply::redirected, this,
            [this, reply](const QUrl &target) { onRedirected(reply, target); });
    // An answer's size is judged while it arrives: the declared length first, then what came.
    connect(network, &QNetworkReply::metaDataChanged, this, [this, reply, network] {
        const qint64 declared = network->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (declared > MaxAnswerBytes)
            refuseOversized(reply, 0);
    });
    connect(network, &QNetworkReply::downloadProgress, this, [this, reply](qint64 received, qint64) {
        if (received > MaxAnswerBytes)
            refuseOversized(reply, received);
    });
    // Taken piece by piece as it arrives, and joined only where it is parsed: copying a large
    // answer into one buffer here would hold this thread for as long as the copy takes.
    reply->m_body.clear();
    reply->m_bodySize = 0;
    connect(network, &QIODevice::readyRead, this, [reply, network] {
        if (reply->m_refused)
            return;
        reply->m_body.append(network->readAll());
        reply->m_bodySize += reply->m_body.constLast().size();
    });

    if (lcApi().isDebugEnabled()) {
        qCDebug(lcApi).noquote() << u"%1 %2 %3 (attempt %4)"_s.arg(methodName(spec.method), spec.name,
                                                                   Redaction::url(url))
                                        .arg(reply->m_attempt);
        const QList<QByteArray> headers = request.rawHeaderList();
        for (const QByteArray &name : headers)
            qCDebug(lcApi).noquote() << u"  "_s + Redaction::header(name, request.rawHeader(name));
    }
    ++m_inFlight;
    Q_EMIT inFlightChanged(m_inFlight);
}

void ApiClient::onRedirected(ApiReply *reply, const QUrl &target)
{
    QNetworkReply *network = reply->m_network;
    // Not network->url(): Qt has already moved that to the target when it asks.
    const QUrl from = reply->m_currentUrl;
    const QUrl to = from.resolved(target);
    const int status = network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool downgrade = from.scheme().compare("https"_L1, Qt::CaseInsensitive) == 0 &&
                           to.scheme().compare("https"_L1, Qt::CaseInsensitive) != 0;
    const bool otherHost = to.host().compare(from.host(), Qt::CaseInsensitive) != 0;

    ApiResult refusal;
    if (downgrade || !isPermittedUrl(to)) {
        refusal = ApiResult::failure(ApiStatus::InsecureRefused,
                                     tr("The server redirected to an insecure address; not followed."), status);
    } else if (otherHost) {
        // The credentials travel with the request; they are for this host only.
        refusal = ApiResult::failure(ApiStatus::InsecureRefused,
                                     tr("The server redirected to another host (%1); not followed.").arg(to.host()),
                                     status);
    } else if (reply->m_spec->isWrite() && status != 307 && status != 308) {
        // 301/302/303 would turn the write into a GET and silently drop it.
        refusal = ApiResult::failure(ApiStatus::HttpError,
                                     tr("The server redirected a change (HTTP %1); not followed.").arg(status),
                                     status);
    } else {
        qCDebug(lcApi).noquote() << u"%1 redirected to %2"_s.arg(reply->m_callName, Redaction::url(to));
        reply->m_currentUrl = to;
        Q_EMIT network->redirectAllowed();
        return;
    }
    qCWarning(lcApi).noquote() << u"%1: refused redirect to %2"_s.arg(reply->m_callName, Redaction::url(to));
    reply->m_refused = true;
    reply->m_refusal = refusal;
    network->abort();   // finishes the reply; onNetworkFinished reports the refusal
}

void ApiClient::refuseOversized(ApiReply *reply, qint64 bytes)
{
    QNetworkReply *network = reply->m_network;
    if (!network || reply->m_refused)
        return;
    qCWarning(lcApi).noquote() << u"%1: answer over %2 bytes refused"_s.arg(reply->m_callName).arg(MaxAnswerBytes);
    reply->m_refused = true;
    reply->m_refusal = ApiResult::failure(ApiStatus::Malformed, answerTooLargeMessage(bytes),
                                          network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
    network->abort();   // finishes the reply; onNetworkFinished reports the refusal
}

void ApiClient::detachNetwork(ApiReply *reply)
{
    QNetworkReply *network = reply->m_network;
    if (!network)
        return;
    reply->m_network = nullptr;
    disconnect(network, nullptr, this, nullptr);
    if (network->isRunning())
        network->abort();
    network->deleteLater();
    --m_inFlight;
    Q_EMIT inFlightChanged(m_inFlight);
}

void ApiClient::onNetworkFinished(ApiReply *reply)
{
    QNetworkReply *network = reply->m_network;
    TransportOutcome outcome;
    outcome.error = network->error();
    outcome.httpStatus = network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QByteArrayList pieces = std::exchange(reply->m_body, {});
    qsizetype bodySize = std::exchange(reply->m_bodySize, 0);
    if (network->isOpen() && !reply->m_refused) {
        pieces.append(network->readAll());
        bodySize += pieces.constLast().size();
    }
    outcome.retryAfter = network->rawHeader("Retry-After");
    if (outcome.error != QNetworkReply::NoError) {
        // Qt's messages may quote the URL; keep its query values out of results and logs.
        QString text = network->errorString();
        text.replace(network->url().toString(), Redaction::url(network->url()));
        outcome.errorString = Redaction::text(text, secrets());
    }
    const qint64 elapsed = reply->m_attemptClock.elapsed();
    const bool refused = reply->m_refused;
    const ApiResult refusal = reply->m_refusal;
    detachNetwork(reply);
    if (reply->m_stage == ApiReply::Stage::Done) {
        // A receiver of inFlightChanged() aborted this very reply: it is already finished.
        pump();
        return;
    }
    if (refused) {
        onResult(reply, refusal, elapsed);
    } else if (bodySize <= InlineParseBytes) {
        outcome.body = pieces.join();
        onResult(reply, resultFor(outcome), elapsed);
    } else {
        // A large answer is parsed on a worker thread so the window keeps painting and taking
        // keys meanwhile. The watcher belongs to the reply: a reply canceled or deleted while
        // its answer is parsed never hears of it.
        auto *watcher = new QFutureWatcher<ApiResult>(reply);
        connect(watcher, &QFutureWatcher<ApiResult>::finished, this, [this, reply, watcher, elapsed] {
            watcher->deleteLater();
            if (reply->m_stage != ApiReply::Stage::Done)
                onResult(reply, watcher->result(), elapsed);
        });
        watcher->setFuture(QtConcurrent::run([outcome, pieces]() mutable {
            outcome.body = pieces.join();
            pieces.clear();
            return resultFor(outcome);
        }));
    }
    pump();
}

void ApiClient::onResult(ApiReply *reply, const ApiResult &result, qint64 elapsedMs)
{
    qCDebug(lcApi).noquote() << u"%1 %2 -> %3 (HTTP %4, CT %5) in %6 ms"_s
                                    .arg(methodName(reply->m_spec->method), reply->m_callName,
                                         statusName(result.status))
                                    .arg(result.httpStatus)
                                    .arg(result.ctCode)
                                    .arg(elapsedMs);

    if (result.status == ApiStatus::Unauthorized && result.httpStatus == 401) {
        // Queued: a receiver that tears the session down must not do it inside this function.
        QMetaObject::invokeMethod(this, [this] { Q_EMIT unauthorized(); }, Qt::QueuedConnection);
    }

    qint64 delayMs = 0;
    if (shouldRetry(reply, result, &delayMs)) {
        qCInfo(lcApi).noquote() << u"%1 failed (%2), attempt %3 of %4; retrying in %5 ms"_s
                                       .arg(reply->m_callName, statusName(result.status))
                                       .arg(reply->m_attempt)
                                       .arg(m_maxAttempts)
                                       .arg(delayMs);
        reply->m_stage = ApiReply::Stage::Waiting;
        auto *timer = new QTimer(reply);
        timer->setSingleShot(true);
        timer->setTimerType(Qt::PreciseTimer);
        connect(timer, &QTimer::timeout, this, [this, reply, timer] {
            reply->m_backoff = nullptr;
            timer->deleteLater();
            reply->m_stage = ApiReply::Stage::Queued;
            m_queue.prepend(reply);   // a retry keeps its place in line
            pump();
        });
        reply->m_backoff = timer;
        timer->start(int(delayMs));
        Q_EMIT reply->retrying(reply->m_attempt + 1, delayMs, result);
    } else {
        finish(reply, result);
    }
}

bool ApiClient::shouldRetry(const ApiReply *reply, const ApiResult &result, qint64 *delayMs)
{
    // Writes are never repeated here: the outbox knows whether a write may be repeated.
    if (reply->m_spec->method != HttpMethod::Get || reply->m_attempt >= m_maxAttempts)
        return false;
    switch (result.status) {
    case ApiStatus::Offline:
    case ApiStatus::Timeout:
    case ApiStatus::ServerError:
    case ApiStatus::RateLimited:
        break;
    default:
        return false;
    }
    if (result.retryAfterMs >= 0) {
        if (result.retryAfterMs > m_maxRetryAfterMs)
            return false;   // too long to hold a read open; the caller sees retryAfterMs
        // Never earlier than the server asked; a little jitter so clients do not return in step.
        const int jitter = int(QRandomGenerator::global()->bounded(m_retryBaseDelayMs / 4 + 1));
        *delayMs = result.retryAfterMs + jitter;
        return true;
    }
    *delayMs = backoffDelay(reply->m_attempt);
    return true;
}

qint64 ApiClient::backoffDelay(int attempt)
{
    // Exponential with "equal jitter": half fixed, half random, capped.
    const qint64 full = std::min<qint64>(MaxBackoffMs, qint64(m_retryBaseDelayMs) << std::min(attempt - 1, 20));
    const qint64 half = full / 2;
    return half + qint64(QRandomGenerator::global()->bounded(double(half + 1)));
}

void ApiClient::finish(ApiReply *reply, const ApiResult &result)
{
    m_pending.removeOne(reply);
    reply->complete(result);   // emits replyFinished() after the reply's finished()
}

void ApiClient::cancel(ApiReply *reply)
{
    forget(reply);
    qCDebug(lcApi).noquote() << u"%1 canceled"_s.arg(reply->m_callName);
    reply->complete(ApiResult::failure(ApiStatus::Canceled, tr("The request was canceled")));
}

void ApiClient::forget(ApiReply *reply)
{
    m_queue.removeOne(reply);
    m_pending.removeOne(reply);
    if (reply->m_backoff) {
        delete reply->m_backoff;
        reply->m_backoff = nullptr;
    }
    detachNetwork(reply);
    pump();
}

} // namespace ct::api
