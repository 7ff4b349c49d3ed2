// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

namespace ct::api { class ApiClient; struct ApiResult; }

// Asks the server for contacts the local list does not hold yet: read_client_exist by email,
// phone or name (the server matches whole values), then read_client_by_id for each new hit.
namespace ct::models {

class ContactServerSearch : public QObject
{
    Q_OBJECT
public:
    explicit ContactServerSearch(QObject *parent = nullptr);

    void setClient(ct::api::ApiClient *client);
    // Ids the caller already holds are not read again.
    void setKnownId(std::function<bool(qint64)> known) { m_known = std::move(known); }

    // Starts a search for this typed text, dropping the previous one's answers.
    void search(const QString &text);
    void cancel();
    bool isActive() const { return m_pending > 0; }

    // The exists lookups the typed text becomes (each a set of read_client_exist keys).
    static QList<QList<std::pair<QString, QString>>> lookupsFor(const QString &text);

Q_SIGNALS:
    void found(const QJsonArray &rows);
    void finished();

private:
    void onExists(int generation, const ct::api::ApiResult &result);
    void onRecord(int generation, const ct::api::ApiResult &result);
    void done();

    QPointer<ct::api::ApiClient> m_client;
    std::function<bool(qint64)> m_known;
    QSet<qint64> m_asked;
    int m_generation = 0;
    int m_pending = 0;
};

} // namespace ct::models
