// SPDX-License-Identifier: MIT
#include "outboxtestsupport.h"

#include "sandbox.h"

#include <QHash>
#include <QSet>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;
using ct::api::ApiParams;
using ct::api::ApiResult;

namespace ct::outboxtest {

void configureClient(ct::api::ApiClient &client, const QUrl &baseUrl, const QString &token,
                     const QString &webKey)
{
    client.setBaseUrl(baseUrl);
    client.setCredentials(token, webKey);
    client.setTransferTimeoutMs(10000);
    client.setRetryBaseDelayMs(20);
    client.setMaxAttempts(4);
    client.setMaxRetryAfterMs(2000);
}

ApiResult callNow(ct::api::ApiClient &client, const QString &call, const ApiParams &params)
{
    auto *reply = client.call(call, params);
    QSignalSpy spy(reply, &ct::api::ApiReply::finished);
    if (!spy.wait(60000))
        return ApiResult::failure(ct::api::ApiStatus::Timeout, u"no answer in the test"_s);
    return spy.first().first().value<ApiResult>();
}

QString createClientNow(ct::api::ApiClient &client, const ApiParams &fields)
{
    const ApiResult r = callNow(client, u"create_client"_s, fields);
    if (!r.ok() || r.rows.isEmpty())
        return {};
    return r.rows.first().toObject().value(u"client_id"_s).toString();
}

Workload::Workload(quint32 seed, const QString &tag) : m_random(seed), m_tag(tag) {}

void Workload::addExistingClient(const QString &id, const ApiParams &fields)
{
    Record r;
    r.key = u"client:"_s + id;
    r.reference = id;
    r.serverId = id;
    r.email = fields.value(u"email"_s);
    r.fields = fields;
    m_records.append(r);
    m_alive.append(int(m_records.size()) - 1);
}

int Workload::newRecord(ct::store::Outbox &outbox, QString *error, bool *ok)
{
    Record r;
    r.key = ct::store::RecordKey::newLocal(u"client"_s);
    r.reference = r.key;
    const int n = ++m_serial;
    r.email = u"%1-%2@example.com"_s.arg(m_tag).arg(n);
    r.fields = {{u"firstName"_s, u"First%1"_s.arg(n)}, {u"lastName"_s, u"Last%1"_s.arg(n)},
                {u"email"_s, r.email}, {u"city"_s, u"City%1"_s.arg(n)}};
    const auto result = outbox.enqueue(u"create_client"_s, r.fields, r.key);
    *ok = result.accepted();
    if (!*ok)
        *error = result.errorString;
    m_records.append(r);
    m_alive.append(int(m_records.size()) - 1);
    ++m_byKind[u"create"_s];
    return int(m_records.size()) - 1;
}

bool Workload::enqueue(ct::store::Outbox &outbox, int count, QString *error)
{
    static const QStringList editable = {u"city"_s, u"firstName"_s, u"lastName"_s, u"address"_s};
    for (int i = 0; i < count; ++i) {
        ++m_operations;
        bool ok = true;
        const double pick = m_random.generateDouble();
        if (m_alive.size() < 8 || pick < 0.14) {
            newRecord(outbox, error, &ok);
            if (!ok)
                return false;
            continue;
        }
        const int index = m_alive.at(m_random.bounded(int(m_alive.size())));
        Record &r = m_records[index];
        ct::store::Outbox::EnqueueResult result;
        if (pick < 0.70) {
            // The user edits one or two fields; the base values are what the user saw.
            ApiParams params{{u"client_id"_s, r.reference}};
            ApiParams base;
            const int fields = 1 + m_random.bounded(2);
            for (int f = 0; f < fields; ++f) {
                const QString key = editable.at(m_random.bounded(int(editable.size())));
                const QString value = u"%1-v%2"_s.arg(key).arg(++m_serial);
                if (!params.contains(key))
                    base.insert(key, r.fields.value(key));
                params.insert(key, value);
            }
            result = outbox.enqueue(u"update_client_by_id"_s, params, r.key, base);
            for (auto it = params.cbegin(); it != params.cend(); ++it) {
                if (it.key() != u"client_id")
                    r.fields.insert(it.key(), it.value());
            }
            ++m_byKind[u"update"_s];
        } else if (pick < 0.95) {
            const QString body = u"%1 note %2"_s.arg(m_tag).arg(++m_serial);
            result = outbox.enqueue(u"create_client_history_note"_s,
                                    {{u"client_id"_s, r.reference}, {u"note_body"_s, body}}, r.key);
            r.notes.append(body);
            ++m_byKind[u"note"_s];
        } else {
            result = outbox.enqueue(u"delete_client_by_id"_s, {{u"client_id"_s, r.reference}}, r.key);
            r.deleted = true;
            m_alive.removeOne(index);
            ++m_byKind[result.kind == ct::store::Outbox::EnqueueResult::Kind::Cancelled
                               ? u"delete (cancelled create)"_s : u"delete"_s];
        }
        if (!result.accepted()) {
            *error = result.errorString;
            return false;
        }
    }
    return true;
}

namespace {

struct ServerState
{
    QHash<QString, QList<QJsonObject>> clientsByEmail;
    QHash<QString, QJsonObject> clientsById;
    QHash<QString, QStringList> notesByClient;     // in note_id order
    QHash<QString, int> noteCount;                 // by body
};

ServerState readServer(const ct::sandbox::Sandbox &sandbox, const QString &webKey, const QString &tag)
{
    ServerState s;
    const QJsonArray clients = sandbox.clients(webKey);
    for (const QJsonValue &v : clients) {
        const QJsonObject c = v.toObject();
        s.clientsByEmail[c.value(u"email"_s).toString().toLower()].append(c);
        s.clientsById.insert(c.value(u"client_id"_s).toString(), c);
    }
    QSqlQuery q(sandbox.database());
    q.prepare(u"SELECT client_id, note_body FROM history_notes WHERE note_body LIKE ? ORDER BY note_id"_s);
    q.addBindValue(tag + u" note %"_s);
    q.exec();
    while (q.next()) {
        s.notesByClient[q.value(0).toString()].append(q.value(1).toString());
        ++s.noteCount[q.value(1).toString()];
    }
    return s;
}

} // namespace

QStringList Workload::checkNoDuplicates(const ct::sandbox::Sandbox &sandbox, const QString &webKey) const
{
    QStringList problems;
    const ServerState s = readServer(sandbox, webKey, m_tag);
    for (const Record &r : m_records) {
        if (r.serverId.isEmpty() && s.clientsByEmail.value(r.email.toLower()).size() > 1)
            problems.append(u"%1 created %2 times"_s.arg(r.email).arg(s.clientsByEmail.value(r.email.toLower()).size()));
        for (const QString &note : r.notes) {
            if (s.noteCount.value(note) > 1)
                problems.append(u"note '%1' added %2 times"_s.arg(note).arg(s.noteCount.value(note)));
        }
    }
    return problems;
}

QStringList Workload::checkAccounted(const ct::sandbox::Sandbox &sandbox, const QString &webKey,
                                    const QList<ct::store::OutboxEntry> &queued) const
{
    QSet<QString> queuedCreates;
    QSet<QString> queuedNotes;
    for (const auto &e : queued) {
        if (e.callName == u"create_client")
            queuedCreates.insert(e.params.value(u"email"_s).toLower());
        else if (e.callName == u"create_client_history_note")
            queuedNotes.insert(e.params.value(u"note_body"_s));
    }
    QStringList problems;
    const ServerState s = readServer(sandbox, webKey, m_tag);
    for (const Record &r : m_records) {
        if (r.deleted)
            continue;
        if (r.serverId.isEmpty() && !s.clientsByEmail.contains(r.email.toLower()) && !queuedCreates.contains(r.email.toLower()))
            problems.append(u"create of %1 is neither queued nor on the server"_s.arg(r.email));
        for (const QString &note : r.notes) {
            if (s.noteCount.value(note) == 0 && !queuedNotes.contains(note))
                problems.append(u"note '%1' of %2 is neither queued (%3 notes queued) nor on the server (%4 notes)"_s
                                        .arg(note, r.key).arg(queuedNotes.size()).arg(s.noteCount.size()));
        }
    }
    return problems;
}

QStringList Workload::verify(const ct::sandbox::Sandbox &sandbox, const QString &webKey) const
{
    QStringList problems = checkNoDuplicates(sandbox, webKey);
    const ServerState s = readServer(sandbox, webKey, m_tag);
    for (const Record &r : m_records) {
        QJsonObject server;
        bool present;
        if (!r.serverId.isEmpty()) {
            present = s.clientsById.contains(r.serverId);
            server = s.clientsById.value(r.serverId);
        } else {
            const auto matches = s.clientsByEmail.value(r.email.toLower());
            present = !matches.isEmpty();
            if (present)
                server = matches.first();
        }
        if (r.deleted) {
            if (present)
                problems.append(u"%1 should be deleted but exists"_s.arg(r.email));
            continue;
        }
        if (!present) {
            problems.append(u"%1 is missing on the server (lost create)"_s.arg(r.email));
            continue;
        }
        for (auto it = r.fields.cbegin(); it != r.fields.cend(); ++it) {
            const QString actual = server.value(it.key()).toString();
            if (actual != it.value())
                problems.append(u"%1 %2: server '%3', expected '%4'"_s.arg(r.email, it.key(), actual, it.value()));
        }
        const QStringList notes = s.notesByClient.value(server.value(u"client_id"_s).toString());
        if (notes != r.notes)
            problems.append(u"%1 notes: server [%2], expected [%3]"_s.arg(r.email, notes.join(u", "_s), r.notes.join(u", "_s)));
    }
    return problems;
}

} // namespace ct::outboxtest
