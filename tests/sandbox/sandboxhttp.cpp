// SPDX-License-Identifier: MIT
#include "sandboxhttp.h"

#include <QJsonDocument>
#include <QNetworkRequest>
#include <QSignalSpy>

QString HttpAnswer::code() const
{
    if (json.contains(QStringLiteral("ResultCode")))
        return json.value(QStringLiteral("ResultCode")).toString();
    return json.value(QStringLiteral("resultCode")).toString();
}

SandboxHttp::SandboxHttp(const QUrl &base, const QString &webKey, const QString &token)
    : m_base(base)
    , m_webKey(webKey)
    , m_token(token)
{
}

QByteArray SandboxHttp::encode(const ct::api::ApiParams &params)
{
    QByteArray out;
    for (auto it = params.cbegin(); it != params.cend(); ++it) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(it.key()) + '=' + QUrl::toPercentEncoding(it.value());
    }
    return out;
}

HttpAnswer SandboxHttp::get(const QString &call, const ct::api::ApiParams &params)
{
    const QByteArray query = encode(params);
    return send("GET", query.isEmpty() ? call : call + u'?' + QString::fromLatin1(query));
}

HttpAnswer SandboxHttp::del(const QString &call, const ct::api::ApiParams &params)
{
    return send("DELETE", call + u'?' + QString::fromLatin1(encode(params)));
}

HttpAnswer SandboxHttp::post(const QString &call, const ct::api::ApiParams &params, Encoding encoding)
{
    switch (encoding) {
    case Encoding::Json: {
        QJsonObject o;
        for (auto it = params.cbegin(); it != params.cend(); ++it)
            o.insert(it.key(), it.value());
        return send("POST", call, QJsonDocument(o).toJson(QJsonDocument::Compact), "application/json");
    }
    case Encoding::Form:
        return send("POST", call, encode(params), "application/x-www-form-urlencoded");
    case Encoding::Query:
        return send("POST", call + u'?' + QString::fromLatin1(encode(params)));
    }
    return {};
}

HttpAnswer SandboxHttp::send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
                             const QByteArray &contentType, bool withToken, bool withWebKey)
{
    // Resolve against the base without letting QUrl re-encode the query we built.
    QUrl url(m_base.toString() + pathAndQuery, QUrl::StrictMode);
    QNetworkRequest request(url);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (withToken)
        request.setRawHeader("X-Access-Token", m_token.toUtf8());
    if (withWebKey)
        request.setRawHeader("X-Web-Key", m_webKey.toUtf8());
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(15000);
    HttpAnswer a;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.error = reply->error();
    a.body = reply->readAll();
    a.retryAfter = reply->rawHeader("Retry-After");
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(a.body, &parseError);
    a.isJson = parseError.error == QJsonParseError::NoError && doc.isObject();
    a.json = doc.object();
    reply->deleteLater();
    return a;
}
