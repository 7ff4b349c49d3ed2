// SPDX-License-Identifier: MIT
#pragma once

#include "apicall.h"
#include "apiresult.h"

#include <QByteArrayList>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkReply;
class QTimer;

namespace ct::api {

class ApiClient;

// The handle of one API call: it finishes exactly once, always through finished(), whatever
// happened (success, server code, validation, transport failure, cancel).
class ApiReply : public QObject
{
    Q_OBJECT
public:
    ~ApiReply() override;

    QString callName() const { return m_callName; }
    ApiParams params() const { return m_params; }

    // True once finished() has been emitted; result() is meaningful from then on.
    bool isFinished() const { return m_emitted; }
    ApiResult result() const { return m_result; }

    // How many times the request was sent (0 when it was refused before sending).
    int attempts() const { return m_attempt; }

    // By default the reply deletes itself (deleteLater) after emitting finished().
    bool autoDelete() const { return m_autoDelete; }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

public Q_SLOTS:
    // Finishes with ApiStatus::Canceled unless already finished. A write already sent may
    // still have been applied by the server.
    void abort();

Q_SIGNALS:
    // Emitted exactly once, always from the event loop (never inside ApiClient::call()), so a
    // caller can connect after call() returned even when the call failed at once.
    void finished(const ct::api::ApiResult &result);
    // A read failed transiently and will be sent again after delayMs.
    void retrying(int nextAttempt, qint64 delayMs, const ct::api::ApiResult &lastResult);

private:
    friend class ApiClient;
    ApiReply(ApiClient *client, const QString &callName, const ApiParams &params);

    // Records the result and queues the one finished() emission.
    void complete(const ApiResult &result);

    enum class Stage { Queued, Sending, Waiting, Done };

    QPointer<ApiClient> m_client;
    QString m_callName;
    ApiParams m_params;
    const CallSpec *m_spec = nullptr;
    Stage m_stage = Stage::Queued;
    int m_attempt = 0;
    QNetworkReply *m_network = nullptr;   // while Sending
    QUrl m_currentUrl;                    // where the request went last (redirects move it)
    QTimer *m_backoff = nullptr;          // while Waiting
    QElapsedTimer m_attemptClock;
    QByteArrayList m_body;                // the answer so far, while Sending
    qsizetype m_bodySize = 0;
    ApiResult m_refusal;                  // a redirect ApiClient refused while Sending
    bool m_refused = false;
    ApiResult m_result;
    bool m_emitted = false;
    bool m_autoDelete = true;
};

} // namespace ct::api
