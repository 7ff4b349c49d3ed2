// SPDX-License-Identifier: MIT
#include "requestparams.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace ct::sandbox::RequestParams {

namespace {

QString scalarToString(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (d == qint64(d))
            return QString::number(qint64(d));
        return QString::number(d, 'g', 15);
    }
    case QJsonValue::String: return v.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined: break;
    }
    return {};
}

QString percentDecode(QByteArray part)
{
    part.replace('+', ' ');
    return QUrl::fromPercentEncoding(part);
}

} // namespace

ct::api::ApiParams decodeForm(const QByteArray &encoded)
{
    ct::api::ApiParams out;
    const QList<QByteArray> pairs = encoded.split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QString key = percentDecode(eq < 0 ? pair : pair.left(eq));
        const QString value = eq < 0 ? QString() : percentDecode(pair.mid(eq + 1));
        if (!key.isEmpty())
            out.insert(key, value);
    }
    return out;
}

Decoded decode(const QByteArray &query, const QByteArray &contentType, const QByteArray &body)
{
    Decoded d;
    d.params = decodeForm(query);
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return d;

    const QByteArray type = contentType.toLower();
    const bool json = type.contains("json") || (!type.contains("form") && trimmed.startsWith('{'));
    if (json) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            d.ok = false;
            return d;
        }
        const QJsonObject object = doc.object();
        for (auto it = object.begin(); it != object.end(); ++it)
            d.params.insert(it.key(), scalarToString(it.value()));
        return d;
    }
    const ct::api::ApiParams form = decodeForm(trimmed);
    for (auto it = form.cbegin(); it != form.cend(); ++it)
        d.params.insert(it.key(), it.value());
    return d;
}

} // namespace ct::sandbox::RequestParams
