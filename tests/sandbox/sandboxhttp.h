// SPDX-License-Identifier: MIT
#pragma once

#include "api/apicall.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>

// A plain HTTP client for the sandbox tests: sends one request the way the test says (headers,
// encoding) and waits for its end with a signal spy. The real ApiClient is tested elsewhere.
struct HttpAnswer
{
    int status = 0;                      // 0: no HTTP answer (dropped)
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QByteArray retryAfter;
    QJsonObject json;                    // empty when the body is not a JSON object
    bool isJson = false;

    QString code() const;                // ResultCode or resultCode, as sent
    QJsonArray data() const { return json.value(QStringLiteral("data")).toArray(); }
    QJsonObject row(int i = 0) const { return data().at(i).toObject(); }
    QString field(const QString &key, int i = 0) const { return row(i).value(key).toString(); }
};

class SandboxHttp
{
public:
    enum class Encoding { Json, Form, Query };

    SandboxHttp(const QUrl &base, const QString &webKey, const QString &token);

    HttpAnswer get(const QString &call, const ct::api::ApiParams &params = {});
    HttpAnswer post(const QString &call, const ct::api::ApiParams &params, Encoding encoding = Encoding::Json);
    HttpAnswer del(const QString &call, const ct::api::ApiParams &params);
    // Anything: method, path after the base, raw body, content type, and which headers to send.
    HttpAnswer send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
                    const QByteArray &contentType = {}, bool withToken = true, bool withWebKey = true);

    void setWebKey(const QString &key) { m_webKey = key; }
    void setToken(const QString &token) { m_token = token; }

    // key=value&... with every reserved character percent-encoded ('+' as %2B, space as %20).
    static QByteArray encode(const ct::api::ApiParams &params);

private:
    QNetworkAccessManager m_nam;
    QUrl m_base;
    QString m_webKey;
    QString m_token;
};
