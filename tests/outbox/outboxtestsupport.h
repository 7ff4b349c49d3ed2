// SPDX-License-Identifier: MIT
#pragma once

#include "api/apiclient.h"
#include "store/outbox.h"

#include <QMap>
#include <QRandomGenerator>
#include <QStringList>

namespace ct::sandbox {
class Sandbox;
}

// Shared pieces of the outbox suites: a client set up for the loopback sandbox, a blocking
// call for test set-up, and a random workload of edits whose expected end state is known.
namespace ct::outboxtest {

// Short timeouts and retry delays so fault-heavy runs finish in seconds.
void configureClient(ct::api::ApiClient &client, const QUrl &baseUrl, const QString &token,
                     const QString &webKey);

// Sends one call and waits (event loop running) for its result; test set-up only.
ct::api::ApiResult callNow(ct::api::ApiClient &client, const QString &call, const ct::api::ApiParams &params);

// Creates a client directly on the server; returns its id ("" on failure).
QString createClientNow(ct::api::ApiClient &client, const ct::api::ApiParams &fields);

// Random creates, updates, history notes and deletes over new (local-id) and existing
// contacts, enqueued into an outbox as the interface would, with the state the server must
// end up in.
class Workload
{
public:
    Workload(quint32 seed, const QString &tag);

    // A contact already on the server (its fields as created).
    void addExistingClient(const QString &id, const ct::api::ApiParams &fields);

    // Enqueues `count` operations; false (and *error) if the outbox refused one.
    bool enqueue(ct::store::Outbox &outbox, int count, QString *error);

    int operations() const { return m_operations; }
    QMap<QString, int> operationsByKind() const { return m_byKind; }

    // Differences between the server and the expected state (empty when equal): every live
    // contact exactly once with its last values and its notes exactly once in order; every
    // deleted or cancelled contact absent.
    QStringList verify(const ct::sandbox::Sandbox &sandbox, const QString &webKey) const;
    // What must hold at any instant, even mid-replay: no contact and no note twice.
    QStringList checkNoDuplicates(const ct::sandbox::Sandbox &sandbox, const QString &webKey) const;
    // Every accepted create and note of a live contact is still queued or on the server.
    QStringList checkAccounted(const ct::sandbox::Sandbox &sandbox, const QString &webKey,
                               const QList<ct::store::OutboxEntry> &queued) const;

private:
    struct Record
    {
        QString key;            // local key or "client:<id>"
        QString reference;      // what edits put in client_id (local key or server id)
        QString serverId;       // existing contacts
        QString email;
        ct::api::ApiParams fields;
        QStringList notes;
        bool deleted = false;
    };
    int newRecord(ct::store::Outbox &outbox, QString *error, bool *ok);

    QRandomGenerator m_random;
    QString m_tag;
    QList<Record> m_records;
    QList<int> m_alive;
    int m_serial = 0;
    int m_operations = 0;
    QMap<QString, int> m_byKind;
};

} // namespace ct::outboxtest
