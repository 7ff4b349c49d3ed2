// SPDX-License-Identifier: MIT
#include "apilogging.h"

#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcApi, "ct.api", QtInfoMsg)

namespace ct::api::Redaction {

QString url(const QUrl &url)
{
    QUrl shown = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    QString out = shown.toString();
    const QUrlQuery query(url);
    if (!query.isEmpty()) {
        QStringList keys;
        const auto items = query.queryItems(QUrl::FullyDecoded);
        for (const auto &item : items)
            keys.append(item.first + u"=…"_s);
        out += u'?' + keys.join(u'&');
    }
    return out;
}

bool isSecretHeader(const QByteArray &name)
{
    static const QList<QByteArray> secret = {"x-access-token", "x-access_token", "x-web-key",
                                              "authorization", "proxy-authorization", "cookie",
                                              "set-cookie"};
    return secret.contains(name.toLower());
}

QString header(const QByteArray &name, const QByteArray &value)
{
    const QString shown = isSecretHeader(name) ? QString(Placeholder) : QString::fromLatin1(value);
    return QString::fromLatin1(name) + u": "_s + shown;
}

QString text(QString text, const QStringList &secrets)
{
    for (const QString &secret : secrets) {
        // A very short "secret" would shred ordinary words; real tokens are long.
        if (secret.size() >= 4)
            text.replace(secret, Placeholder);
    }
    return text;
}

} // namespace ct::api::Redaction
