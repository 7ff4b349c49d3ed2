// SPDX-License-Identifier: MIT
// The demo data: same seed, same data; every stored contact valid per the shared validator;
// the catalogs the console's demo needs; file databases reused; sandboxes side by side.
#include "sandbox.h"
#include "sandboxhttp.h"

#include "api/parameterschema.h"
#include "api/validator.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using ct::sandbox::Sandbox;
using ct::sandbox::SandboxOptions;

namespace {

SandboxOptions optionsWith(quint32 seed, int contacts, const QString &path = {})
{
    SandboxOptions o;
    o.seed = seed;
    o.contacts = contacts;
    o.databasePath = path;
    return o;
}

QJsonArray tableRows(const Sandbox &sandbox, const QString &sql)
{
    QJsonArray out;
    QSqlQuery q(sandbox.database());
    if (!q.exec(sql))
        return out;
    while (q.next()) {
        QJsonArray row;
        for (int i = 0; i < q.record().count(); ++i)
            row.append(q.value(i).toString());
        out.append(row);
    }
    return out;
}

} // namespace

class TestSandboxData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameSeedSameData()
    {
        const Sandbox a(optionsWith(7, 400));
        const Sandbox b(optionsWith(7, 400));
        const Sandbox c(optionsWith(8, 400));
        QVERIFY(a.errorString().isEmpty());
        const QStringList keys = QStringList{Sandbox::demoWebKey(), Sandbox::demoStandardWebKey()}
                                 + Sandbox::demoSubAccountWebKeys();
        for (const QString &key : keys) {
            QVERIFY(!a.clients(key).isEmpty());
            QCOMPARE(a.clients(key), b.clients(key));
        }
        QVERIFY(a.clients(Sandbox::demoWebKey()) != c.clients(Sandbox::demoWebKey()));
        // Everything else too, not only the contacts (dates are relative to today).
        for (const QString table : {u"history_notes"_s, u"events"_s, u"pending_actions"_s, u"proposals"_s,
                                    u"payments"_s, u"action_steps"_s, u"users"_s})
            QCOMPARE(tableRows(a, u"SELECT * FROM %1 ORDER BY 1"_s.arg(table)),
                     tableRows(b, u"SELECT * FROM %1 ORDER BY 1"_s.arg(table)));
    }

    void everyContactIsValid()
    {
        const Sandbox sandbox;   // the default: 1,000 contacts in the demo account
        QVERIFY(sandbox.errorString().isEmpty());
        const QJsonArray clients = sandbox.clients(Sandbox::demoWebKey());
        QVERIFY(clients.size() >= 1000);
        QSet<QString> ids;
        QSet<QString> externalIds;
        QSet<QString> states;
        int custom = 0;
        for (const QJsonValue &v : clients) {
            const QJsonObject row = v.toObject();
            ids.insert(row.value(u"client_id"_s).toString());
            for (auto it = row.begin(); it != row.end(); ++it) {
                QVERIFY2(it.value().isString(), qPrintable(it.key()));   // transported as strings
                const QString value = it.value().toString();
                if (value.isEmpty())
                    continue;
                const QString problem = ct::api::Validator::problemWith(it.key(), value, true);
                QVERIFY2(problem.isEmpty(), qPrintable(u"%1=%2: %3"_s.arg(it.key(), value, problem)));
                custom += ct::api::ParameterSchema::find(it.key()) ? 0 : 1;
            }
            for (const QString key : {u"firstName"_s, u"lastName"_s, u"phone"_s, u"email"_s, u"address"_s,
                                      u"city"_s, u"state"_s, u"zip"_s, u"creation_date"_s})
                QVERIFY2(!row.value(key).toString().isEmpty(), qPrintable(key));
            QCOMPARE(row.value(u"phone"_s).toString().size(), 10);
            states.insert(row.value(u"state"_s).toString());
            const QString external = row.value(u"external_id"_s).toString();
            if (!external.isEmpty()) {
                QVERIFY2(!externalIds.contains(external), qPrintable(external));
                externalIds.insert(external);
            }
        }
        QCOMPARE(ids.size(), clients.size());
        QVERIFY(states.contains(u"CO"_s));
        QVERIFY(states.contains(u"ON"_s));   // Canadian contacts too
        QVERIFY(custom > 0);

        // The same contacts also pass the create call's full check, as if the client sent them.
        const ct::api::CallSpec *create = ct::api::findCall(u"create_client");
        for (const QJsonValue &v : clients) {
            ct::api::ApiParams params;
            const QJsonObject row = v.toObject();
            for (auto it = row.begin(); it != row.end(); ++it) {
                if (it.key() != u"client_id")
                    params.insert(it.key(), it.value().toString());
            }
            const ct::api::ApiResult check = ct::api::Validator::check(*create, params);
            QVERIFY2(check.ok(), qPrintable(check.offendingKey));
        }
    }

    void catalogsOfTheDemo()
    {
        const Sandbox sandbox(optionsWith(3, 200));
        auto count = [&](const QString &sql) {
            QSqlQuery q(sandbox.database());
            q.exec(sql);
            return q.next() ? q.value(0).toInt() : -1;
        };
        QCOMPARE(count(u"SELECT COUNT(*) FROM accounts WHERE parent_id = 1"_s), 2);
        QCOMPARE(count(u"SELECT COUNT(*) FROM accounts WHERE account_type = 'Multi-level'"_s), 1);
        for (int account = 1; account <= 4; ++account) {
            const QString where = u" WHERE account_id = %1"_s.arg(account);
            QVERIFY(count(u"SELECT COUNT(*) FROM users"_s + where) >= 3);
            QVERIFY(count(u"SELECT COUNT(*) FROM lead_sources"_s + where) >= 5);
            QVERIFY(count(u"SELECT COUNT(*) FROM sales_cycles"_s + where + u" AND sales_cycle_active_status = '0'"_s) >= 1);
            QVERIFY(count(u"SELECT COUNT(*) FROM sales_cycles"_s + where + u" AND sales_cycle_active_status = '1'"_s) >= 3);
            QVERIFY(count(u"SELECT COUNT(*) FROM action_plans"_s + where + u" AND action_plan_type = 'Connection' AND action_plan_link_id IS NOT NULL"_s) >= 1);
            QVERIFY(count(u"SELECT COUNT(*) FROM action_plans"_s + where + u" AND action_plan_type = 'Conversion' AND action_plan_link_id IS NOT NULL"_s) >= 1);
            QVERIFY(count(u"SELECT COUNT(*) FROM action_plans"_s + where + u" AND action_plan_type = 'Retention'"_s) >= 1);
            QVERIFY(count(u"SELECT COUNT(*) FROM action_plans"_s + where + u" AND action_plan_manual_schedule = '1'"_s) >= 1);
            QVERIFY(count(u"SELECT COUNT(*) FROM tags"_s + where) >= 5);
            QVERIFY(count(u"SELECT COUNT(*) FROM history_notes"_s + where) >= 1);
            QVERIFY(count(u"SELECT COUNT(*) FROM pending_actions"_s + where) >= 1);
            QVERIFY(count(u"SELECT COUNT(*) FROM proposals"_s + where) >= 1);
        }
        QVERIFY(count(u"SELECT COUNT(*) FROM action_steps"_s) >= 9 * 4 * 2);
        // Appointments over the coming week for the demo account.
        const QString today = QDate::currentDate().toString(u"yyyy:MM:dd"_s);
        const QString week = QDate::currentDate().addDays(6).toString(u"yyyy:MM:dd"_s);
        QVERIFY(count(u"SELECT COUNT(*) FROM events WHERE account_id = 1 AND event_type = 'Appointment'"
                      " AND event_date BETWEEN '%1' AND '%2'"_s.arg(today, week)) >= 5);
        QVERIFY(count(u"SELECT COUNT(*) FROM payments WHERE account_id = 1"_s) >= 1);
    }

    void fileDatabaseIsReused()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"sandbox.sqlite"_s);
        QString created;
        {
            Sandbox first(optionsWith(5, 60, path));
            QVERIFY(first.start());
            SandboxHttp http(first.baseUrl(), Sandbox::demoWebKey(), Sandbox::demoAccessToken());
            const HttpAnswer a = http.post(u"create_client"_s, {{u"firstName"_s, u"Kept"_s}, {u"lastName"_s, u"Around"_s}});
            created = a.field(u"client_id"_s);
            QVERIFY(!created.isEmpty());
        }
        Sandbox second(optionsWith(99, 60, path));   // another seed: ignored, the data is there
        QVERIFY(second.start());
        SandboxHttp http(second.baseUrl(), Sandbox::demoWebKey(), Sandbox::demoAccessToken());
        QCOMPARE(http.get(u"read_client_by_id/"_s + created).field(u"firstName"_s), u"Kept"_s);
        QCOMPARE(second.clients(Sandbox::demoWebKey()).size(), 61);
    }

    void sandboxesLiveSideBySide()
    {
        Sandbox a(optionsWith(1, 50));
        Sandbox b(optionsWith(1, 50));
        QVERIFY(a.start());
        QVERIFY(b.start());
        QVERIFY(a.port() != b.port());
        SandboxHttp http(a.baseUrl(), Sandbox::demoWebKey(), Sandbox::demoAccessToken());
        QCOMPARE(http.post(u"create_tag"_s, {{u"tag_value"_s, u"Only in A"_s}}).code(), u"CT200"_s);
        SandboxHttp other(b.baseUrl(), Sandbox::demoWebKey(), Sandbox::demoAccessToken());
        QCOMPARE(other.post(u"create_tag"_s, {{u"tag_value"_s, u"Only in A"_s}}).code(), u"CT200"_s);
        QCOMPARE(http.post(u"create_tag"_s, {{u"tag_value"_s, u"Only in A"_s}}).code(), u"CT520"_s);
    }

    void startFailsOnABusyPort()
    {
        Sandbox a(optionsWith(1, 20));
        QVERIFY(a.start());
        Sandbox b(optionsWith(1, 20));
        QVERIFY(!b.start(a.port()));
        QVERIFY(!b.errorString().isEmpty());
    }

    void hundredThousandContactsAreQuick()
    {
        if (!qEnvironmentVariableIsSet("CT_SANDBOX_BIG"))
            QSKIP("set CT_SANDBOX_BIG=1 to generate 100,000 contacts (benchmark size)");
        QElapsedTimer timer;
        timer.start();
        const Sandbox big(optionsWith(1, 100000));
        qInfo() << "100,000 contacts generated in" << timer.elapsed() << "ms";
        QCOMPARE(big.clients(Sandbox::demoWebKey()).size(), 100000);
    }
};

QTEST_GUILESS_MAIN(TestSandboxData)
#include "tst_sandboxdata.moc"
