// SPDX-License-Identifier: MIT
#include "clienttestsupport.h"

#include <QMutex>
#include <QSignalSpy>

using namespace Qt::Literals::StringLiterals;

namespace ct::clienttest {

namespace {
QMutex captureMutex;
QStringList captured;
QtMessageHandler forwardTo = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&captureMutex);
        captured.append(QString::fromLatin1(context.category ? context.category : "default") + u": "_s + message);
    }
    // Debug chatter stays out of the test output; warnings still show.
    if (forwardTo && type != QtDebugMsg && type != QtInfoMsg)
        forwardTo(type, context, message);
}
} // namespace

ct::api::ApiResult awaitResult(ct::api::ApiReply *reply, int patienceMs)
{
    const QString call = reply->callName();
    QSignalSpy finished(reply, &ct::api::ApiReply::finished);
    if (finished.isEmpty())
        finished.wait(patienceMs);
    if (finished.isEmpty())
        return ct::api::ApiResult::failure(ct::api::ApiStatus::Canceled,
                                           u"test: %1 did not finish within %2 ms"_s.arg(call).arg(patienceMs));
    return finished.first().first().value<ct::api::ApiResult>();
}

LogCapture::LogCapture()
{
    QMutexLocker lock(&captureMutex);
    captured.clear();
    m_previous = qInstallMessageHandler(capture);
    forwardTo = m_previous;
}

LogCapture::~LogCapture()
{
    qInstallMessageHandler(m_previous);
    forwardTo = nullptr;
}

QStringList LogCapture::messages() const
{
    QMutexLocker lock(&captureMutex);
    return captured;
}

} // namespace ct::clienttest
