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
            Q_EMIT finished(m_result);
            if (m_autoDelete)
                deleteLater();
        },
        Qt::QueuedConnection);
}

} // namespace ct::api
