// SPDX-License-Identifier: MIT
#include "apireply.h"

#include "apiclient.h"

#include <QCoreApplication>

namespace ct::api {

ApiReply::ApiReply(ApiClient *client, const QString &callName, const ApiParams &params)
    : m_client(client), m_callName(callName), m_params(params)
{
}

ApiReply::~ApiReply()
{
    // Deleted by its owner before finishing: the client must stop using it.
    if (m_stage != Stage::Done && m_client)
        m_client->forget(this);
}

void ApiReply::abort()
{
    if (m_stage == Stage::Done)
        return;
    if (m_client) {
        m_client->cancel(this);
    } else {
        complete(ApiResult::failure(ApiStatus::Canceled,
                                    QCoreApplication::translate("ct::api::ApiClient",
                                                                "The request was canceled")));
    }
}

void ApiReply::complete(const ApiResult &result)
{
    if (m_stage == Stage::Done)
        return;
    m_stage = Stage::Done;
    m_result = result;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_emitted = true;
            const QPointer<ApiClient> client = m_client;
            const QPointer<ApiReply> self = this;
            const ApiResult result = m_result;
            Q_EMIT finished(result);
            // A receiver may have deleted the reply or the client.
            if (client)
                Q_EMIT client->replyFinished(result);
            if (self && m_autoDelete)
                deleteLater();
        },
        Qt::QueuedConnection);
}

} // namespace ct::api
