// SPDX-License-Identifier: MIT
#include "httpfrontend.h"

#include "calldispatcher.h"
#include "democredentials.h"
#include "faultinjector.h"
#include "listanswerfault.h"
#include "requestparams.h"
#include "sandboxlogging.h"
#include "sandboxstore.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using Status = QHttpServerResponder::StatusCode;

namespace ct::sandbox {

namespace {

const QString basePath = u"/v2/api/"_s;

QByteArray header(const QHttpServerRequest &request, const QByteArray &name)
{
    const auto headers = request.headers();
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return u"GET"_s;
    case QHttpServerRequest::Method::Post: return u"POST"_s;
    case QHttpServerRequest::Method::Delete: return u"DELETE"_s;
    case QHttpServerRequest::Method::Put: return u"PUT"_s;
    case QHttpServerRequest::Method::Head: return u"HEAD"_s;
    case QHttpServerRequest::Method::Patch: return u"PATCH"_s;
    case QHttpServerRequest::Method::Options: return u"OPTIONS"_s;
    default: return u"OTHER"_s;
    }
}

// Bodies a client must recognise as unreadable, never as an empty success.
QByteArray malformedBody(int variant)
{
    switch (variant) {
    case 0: return R"({"ResultCode":"CT_200","Message":"Success","TotalRecord":3,"data":[{"client_id":"80)";
    case 1: return "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>";
    default: return {};
    }
}

void abortLater(const QPointer<QTcpSocket> &socket)
{
    // Queued, so the server finishes its read loop on the socket before it goes away.
    if (socket)
        QMetaObject::invokeMethod(socket.data(), [socket] { if (socket) socket->abort(); }, Qt::QueuedConnection);
}

} // namespace

HttpFrontend::HttpFrontend(SandboxStore &store, CallDispatcher &dispatcher, FaultInjector &faults,
                           Recorder recorder, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_store(store)
    , m_dispatcher(dispatcher)
    , m_faults(faults)
    , m_recorder(std::move(recorder))
{
}

void HttpFrontend::record(const RecordedRequest &r)
{
    // Which credentials were present, never their values.
    qCDebug(lcSandbox).noquote() << r.method << r.path << "content-type:" << r.contentType
                                 << "access-token:" << (r.hadAccessToken ? "present" : "absent")
                                 << "web-key:" << (r.hadWebKey ? "present" : "absent")
                                 << "accepted:" << r.credentialsAccepted << "keys:" << r.params.keys()
                                 << "fault:" << (r.fault.isEmpty() ? u"none"_s : r.fault);
    if (m_recorder)
        m_recorder(r);
}

bool HttpFrontend::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    RecordedRequest rec;
    rec.method = methodName(request.method());
    rec.path = request.url().path();
    rec.contentType = header(request, "content-type");
    const QString token = QString::fromUtf8(header(request, "x-access-token"));
    const QString webKey = QString::fromUtf8(header(request, "x-web-key"));
    rec.hadAccessToken = !token.isEmpty();
    rec.hadWebKey = !webKey.isEmpty();

    const RequestParams::Decoded decoded = RequestParams::decode(
        request.url().query(QUrl::FullyEncoded).toUtf8(), rec.contentType, request.body());
    rec.params = decoded.params;

    // /v2/api/<call> or, for calls with a path form, /v2/api/<call>/<value>.
    const ct::api::CallSpec *call = nullptr;
    if (rec.path.startsWith(basePath)) {
        const QStringList parts = rec.path.mid(basePath.size()).split(u'/');
        rec.call = parts.value(0);
        call = ct::api::findCall(rec.call);
        if (call && parts.size() == 2 && !call->pathKey.isEmpty() && !parts.at(1).isEmpty())
            rec.params.insert(call->pathKey, parts.at(1));
        else if (parts.size() > 1)
            call = nullptr;
    }

    // "Without these values ... it will fail at the server level": a status, no JSON body.
    const std::optional<Account> account = token == DemoCredentials::accessToken()
        ? m_store.accountByWebKey(webKey) : std::nullopt;
    rec.credentialsAccepted = account.has_value();
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    if (!rec.credentialsAccepted) {
        record(rec);
        responder->write(Status::Unauthorized);
        return true;
    }
    if (!call) {
        record(rec);
        responder->write(Status::NotFound);
        return true;
    }
    if (rec.method != ct::api::methodName(call->method)) {
        record(rec);
        responder->write(Status::MethodNotAllowed);
        return true;
    }

    const FaultInjector::Decision decision = m_faults.decide(call->name, call->isWrite());
    rec.fault = decision.label();
    record(rec);

    const int retryAfter = m_faults.plan().retryAfterSeconds;
    QPointer<QTcpSocket> guard(socket);
    auto answer = [this, responder, guard, decision, retryAfter, call, account = *account,
                   params = rec.params, readable = decoded.ok]() {
        if (!guard)
            return;   // the client went away while the answer was delayed
        switch (decision.kind) {
        case FaultInjector::Kind::Drop:
            abortLater(guard);
            return;
        case FaultInjector::Kind::ServerError:
            responder->write("Internal Server Error"_ba, "text/plain"_ba, Status::InternalServerError);
            return;
        case FaultInjector::Kind::ServiceUnavailable:
            responder->write("Service Unavailable"_ba, "text/plain"_ba, Status::ServiceUnavailable);
            return;
        case FaultInjector::Kind::RateLimit:
            responder->write("Too Many Requests"_ba,
                             {{"Content-Type"_ba, "text/plain"_ba},
                              {"Retry-After"_ba, QByteArray::number(retryAfter)}},
                             Status::TooManyRequests);
            return;
        case FaultInjector::Kind::Malformed:
            responder->write(malformedBody(decision.malformedVariant), "application/json"_ba);
            return;
        case FaultInjector::Kind::None:
        case FaultInjector::Kind::AnswerLost:
            break;
        }
        QJsonObject body = readable
            ? m_dispatcher.dispatch(account, *call, params)
            : QJsonObject{{u"resultCode"_s, u"CT400"_s}, {u"Message"_s, u"Bad Request"_s}};
        body = ListAnswerFault::apply(call->name, body, decision.rowsWithoutId, decision.rowsRepeatingId);
        if (decision.kind == FaultInjector::Kind::AnswerLost) {
            abortLater(guard);   // applied, but the client never hears so
            return;
        }
        const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
        if (decision.staleAnswerMs > 0) {
            // What a slow network does to a read: the answer describes the moment it was made.
            QTimer::singleShot(decision.staleAnswerMs, this, [responder, guard, bytes] {
                if (guard)
                    responder->write(bytes, "application/json"_ba);
            });
            return;
        }
        responder->write(bytes, "application/json"_ba);
    };
    if (decision.latencyMs > 0)
        QTimer::singleShot(decision.latencyMs, this, answer);
    else
        answer();
    return true;
}

void HttpFrontend::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    makeResponder(request, socket).write(Status::NotFound);
}

} // namespace ct::sandbox
