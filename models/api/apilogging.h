// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QLoggingCategory>
#include <QString>
#include <QStringList>
#include <QUrl>

// The ct.api logging category and the redaction every API log line goes through, so that
// access tokens and web keys never reach a log, a crash report or a bug tracker.
Q_DECLARE_LOGGING_CATEGORY(lcApi)

namespace ct::api::Redaction {

inline constexpr QLatin1StringView Placeholder{"<redacted>"};

// The URL as it may be logged: scheme, host, port and path, with every query value replaced
// (the values are personal data such as names and phone numbers, and keys are enough to debug).
QString url(const QUrl &url);

// A header as it may be logged: the name, and "<redacted>" for the value of any header that
// can carry a credential (X-Access-Token, X-Web-Key, Authorization, Cookie ...).
QString header(const QByteArray &name, const QByteArray &value);
bool isSecretHeader(const QByteArray &name);

// Text with every occurrence of the given secrets replaced: a last line of defence for
// messages that embed text from elsewhere (Qt's error strings, server messages).
QString text(QString text, const QStringList &secrets);

} // namespace ct::api::Redaction
