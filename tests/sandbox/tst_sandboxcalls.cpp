// SPDX-License-Identifier: MIT
// The calls as the document describes them: result codes and their two spellings, validation,
// plans and pending actions, history notes, paging, accounts, appointments and payments.
#include "sandbox.h"
#include "sandboxhttp.h"

#include "api/apicall.h"
#include "api/normalizer.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using ct::sandbox::Sandbox;
namespace N = ct::api::Normalizer;

class TestSandboxCalls : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<SandboxHttp> m_http;

    QString today(int plusDays = 0) const { return N::toApiDate(QDate::currentDate().addDays(plusDays)); }

    QJsonObject planNamed(const QString &name)
    {
        const HttpAnswer a = m_http->get(u"read_action_plan_list"_s, {{u"action_plan_name"_s, name}});
        return a.row();
    }

    QString createClient(const ct::api::ApiParams &extra = {})
    {
        ct::api::ApiParams p = {{u"firstName"_s, u"Test"_s}, {u"lastName"_s, u"Person"_s}};
        p.insert(extra);
        const HttpAnswer a = m_http->post(u"create_client"_s, p);
        if (a.code() != u"CT_200")
            qWarning() << a.body;
        return a.field(u"client_id"_s);
    }

    int pendingCount(const QString &clientId)
    {
        return int(m_http->get(u"read_pending_actions"_s, {{u"client_id"_s, clientId}}).data().size());
    }

private Q_SLOTS:
    void initTestCase()
    {
        ct::sandbox::SandboxOptions options;
        options.contacts = 300;
        options.seed = 11;
        m_sandbox = std::make_unique<Sandbox>(options);
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
        m_http = std::make_unique<SandboxHttp>(m_sandbox->baseUrl(), Sandbox::demoWebKey(), Sandbox::demoAccessToken());
    }

    void cleanup()
    {
        m_sandbox->setFaultPlan({});
        m_http->setWebKey(Sandbox::demoWebKey());
    }

    void cleanupTestCase()
    {
        m_http.reset();
        m_sandbox.reset();
    }

    void everyCallIsRouted_data()
    {
        QTest::addColumn<QString>("call");
        QTest::addColumn<QByteArray>("method");
        for (const ct::api::CallSpec &call : ct::api::callTable())
            QTest::newRow(qPrintable(call.name)) << call.name << ct::api::methodName(call.method).toLatin1();
    }

    void everyCallIsRouted()
    {
        QFETCH(QString, call);
        QFETCH(QByteArray, method);
        QCOMPARE(ct::api::callTable().size(), 42);
        // No parameters: calls with required keys say CT501, the others answer; none is unknown.
        const HttpAnswer a = m_http->send(method, call, method == "POST" ? QByteArray("{}") : QByteArray(),
                                          method == "POST" ? QByteArray("application/json") : QByteArray());
        QCOMPARE(a.status, 200);
        QVERIFY2(a.isJson, a.body.constData());
        const ct::api::CallSpec *spec = ct::api::findCall(call);
        const bool needsKeys = !spec->required.isEmpty() || !spec->requiredOneOf.isEmpty();
        if (needsKeys)
            QCOMPARE(a.code(), u"CT501"_s);
        else
            QVERIFY2(a.code() == u"CT_200" || a.code() == u"CT200", a.body.constData());
    }

    void missingRequiredKeyIsCT501()
    {
        const HttpAnswer a = m_http->post(u"create_client"_s, {{u"firstName"_s, u"Only"_s}});
        QCOMPARE(a.code(), u"CT501"_s);
        QCOMPARE(a.json.value(u"Message"_s).toString(), u"Missing Required Key:Value Pair(s)"_s);
        QVERIFY(a.json.contains(u"resultCode"_s));
    }

    void validationIssueNamesTheFirstBadKey_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("formatted phone") << u"phone"_s << u"(303) 929-1447"_s;
        QTest::newRow("state name") << u"state"_s << u"Colorado"_s;
        QTest::newRow("zip") << u"zip"_s << u"1234"_s;
        QTest::newRow("email") << u"email"_s << u"not-an-email"_s;
        QTest::newRow("date with dashes") << u"creation_date"_s << u"2026-11-27"_s;
        QTest::newRow("contact type") << u"contact_type"_s << u"7"_s;
        QTest::newRow("unknown lead source") << u"lead_source_id"_s << u"999999"_s;
        QTest::newRow("custom field too long") << u"favourite_colour"_s << QString(101, u'x');
    }

    void validationIssueNamesTheFirstBadKey()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        const HttpAnswer a = m_http->post(u"create_client"_s,
                                          {{u"firstName"_s, u"A"_s}, {u"lastName"_s, u"B"_s}, {key, value}});
        QCOMPARE(a.json.value(u"resultCode"_s).toString(), key);
        QCOMPARE(a.json.value(u"Message"_s).toString(), u"Validation Issue"_s);
    }

    void createClientUsesTheDocumentsSpelling()
    {
        const HttpAnswer a = m_http->post(u"create_client"_s, {{u"firstName"_s, u"Spelling"_s},
                                                               {u"lastName"_s, u"Check"_s},
                                                               {u"external_id"_s, u"X-1234"_s}});
        QCOMPARE(a.json.value(u"ResultCode"_s).toString(), u"CT_200"_s);
        QCOMPARE(a.json.value(u"TotalRecord"_s).toInt(), 1);
        QCOMPARE(a.field(u"external_id"_s), u"X-1234"_s);
        QVERIFY(a.row().value(u"client_id"_s).isString());   // ids travel as strings
        // Defaults of the document.
        const HttpAnswer read = m_http->get(u"read_client_by_id"_s, {{u"client_id"_s, a.field(u"client_id"_s)}});
        QCOMPARE(read.field(u"smsok"_s), u"1"_s);
        QCOMPARE(read.field(u"contact_type"_s), u"1"_s);
        QCOMPARE(read.field(u"action_plan_id"_s), u"0"_s);
        QCOMPARE(read.field(u"creation_date"_s), today());
        // Another write: the lower-case key and CT200.
        const HttpAnswer note = m_http->post(u"create_client_history_note"_s,
                                             {{u"client_id"_s, a.field(u"client_id"_s)}, {u"note_body"_s, u"Hi"_s}});
        QCOMPARE(note.json.value(u"resultCode"_s).toString(), u"CT200"_s);
        QVERIFY(!note.json.contains(u"ResultCode"_s));
    }

    void createClientDoesNotRefuseDuplicates()
    {
        const ct::api::ApiParams p = {{u"phone"_s, u"3039291447"_s}, {u"email"_s, u"twin@example.com"_s}};
        const QString first = createClient(p);
        const QString second = createClient(p);
        QVERIFY(!first.isEmpty());
        QVERIFY(first != second);
        const HttpAnswer exist = m_http->get(u"read_client_exist"_s, {{u"phone"_s, u"3039291447"_s}});
        QCOMPARE(exist.code(), u"CT_200"_s);
        QCOMPARE(exist.data().size(), 2);
    }

    void clientExistNoRecordIsCT515WithEcho()
    {
        const HttpAnswer a = m_http->get(u"read_client_exist"_s, {{u"email"_s, u"nobody@nowhere.example"_s},
                                                                  {u"external_id"_s, u"98745"_s}});
        QCOMPARE(a.json.value(u"resultCode"_s).toString(), u"CT515"_s);
        QCOMPARE(a.json.value(u"Message"_s).toString(), u"No Record Found"_s);
        QCOMPARE(a.json.value(u"client_id"_s), QJsonValue(false));
        QCOMPARE(a.json.value(u"external_id"_s).toString(), u"98745"_s);
    }

    void unknownRecordsAreCT515_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("call");
        QTest::addColumn<QString>("key");
        QTest::newRow("read client") << QByteArray("GET") << u"read_client_by_id"_s << u"client_id"_s;
        QTest::newRow("read by external id") << QByteArray("GET") << u"read_client_by_external_id"_s << u"external_id"_s;
        QTest::newRow("history notes") << QByteArray("GET") << u"read_client_history_notes"_s << u"client_id"_s;
        QTest::newRow("plan") << QByteArray("GET") << u"read_action_plan_by_id"_s << u"action_plan_id"_s;
        QTest::newRow("delete client") << QByteArray("DELETE") << u"delete_client_by_id"_s << u"client_id"_s;
        QTest::newRow("delete event") << QByteArray("DELETE") << u"delete_client_event"_s << u"event_id"_s;
        QTest::newRow("delete user") << QByteArray("DELETE") << u"delete_user_by_id"_s << u"user_id"_s;
    }

    void unknownRecordsAreCT515()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, call);
        QFETCH(QString, key);
        const QString query = call + u'?' + QString::fromLatin1(SandboxHttp::encode({{key, u"7777777"_s}}));
        QCOMPARE(m_http->send(method, query).code(), u"CT515"_s);
    }

    void dataIsPerAccount()
    {
        const QString id = m_sandbox->clients(Sandbox::demoWebKey()).first().toObject().value(u"client_id"_s).toString();
        m_http->setWebKey(Sandbox::demoStandardWebKey());
        QCOMPARE(m_http->get(u"read_client_by_id"_s, {{u"client_id"_s, id}}).code(), u"CT515"_s);
        QCOMPARE(m_http->post(u"update_client_by_id"_s, {{u"client_id"_s, id}, {u"city"_s, u"X"_s}}).code(), u"CT515"_s);
    }

    void deletingWhatClientsUseIsCT512_data()
    {
        QTest::addColumn<QString>("createCall");
        QTest::addColumn<QString>("deleteCall");
        QTest::addColumn<QString>("idKey");
        QTest::newRow("lead source") << u"create_lead_source"_s << u"delete_lead_source_by_id"_s << u"lead_source_id"_s;
        QTest::newRow("sales cycle") << u"create_sales_cycle"_s << u"delete_sales_cycle_by_id"_s << u"sales_cycle_id"_s;
    }

    void deletingWhatClientsUseIsCT512()
    {
        QFETCH(QString, createCall);
        QFETCH(QString, deleteCall);
        QFETCH(QString, idKey);
        const HttpAnswer created = m_http->post(createCall, {{u"lead_source_name"_s, u"Trade Fair"_s},
                                                             {u"sales_cycle_name"_s, u"Waiting"_s},
                                                             {u"sales_cycle_active_status"_s, u"1"_s},
                                                             {u"sales_cycle_order"_s, u"9"_s}});
        QCOMPARE(created.code(), u"CT200"_s);
        const QString id = created.field(idKey);
        QVERIFY(!id.isEmpty());
        const QString client = createClient({{idKey, id}});
        QCOMPARE(m_http->del(deleteCall, {{idKey, id}}).code(), u"CT512"_s);
        QCOMPARE(m_http->del(u"delete_client_by_id"_s, {{u"client_id"_s, client}}).code(), u"CT200"_s);
        QCOMPARE(m_http->del(deleteCall, {{idKey, id}}).code(), u"CT200"_s);
        QCOMPARE(m_http->del(deleteCall, {{idKey, id}}).code(), u"CT515"_s);
    }

    void duplicatesAreCT520()
    {
        QCOMPARE(m_http->post(u"create_tag"_s, {{u"tag_value"_s, u"Brand New"_s}}).code(), u"CT200"_s);
        QCOMPARE(m_http->post(u"create_tag"_s, {{u"tag_value"_s, u"brand new"_s}}).code(), u"CT520"_s);
        const ct::api::ApiParams user = {
            {u"user_type"_s, u"Standard"_s}, {u"user_first_name"_s, u"Ann"_s}, {u"user_last_name"_s, u"Lee"_s},
            {u"user_phone"_s, u"3035550111"_s}, {u"user_email"_s, u"ann@example.com"_s},
            {u"user_username"_s, u"annlee"_s}, {u"user_show_calendar"_s, u"1"_s}, {u"user_password"_s, u"pw"_s}};
        const HttpAnswer created = m_http->post(u"create_user"_s, user);
        QCOMPARE(created.code(), u"CT200"_s);
        QVERIFY(!created.row().contains(u"user_password"_s));
        QCOMPARE(m_http->post(u"create_user"_s, user).code(), u"CT520"_s);
        // Usernames are unique across accounts, as login names are.
        m_http->setWebKey(Sandbox::demoStandardWebKey());
        QCOMPARE(m_http->post(u"create_user"_s, user).code(), u"CT520"_s);
        // Passwords are never read back.
        m_http->setWebKey(Sandbox::demoWebKey());
        for (const QJsonValue &row : m_http->get(u"read_user_list"_s).data())
            QVERIFY(!row.toObject().contains(u"user_password"_s));
    }

    void catalogUpdatesReturnTheRecord()
    {
        const HttpAnswer source = m_http->post(u"create_lead_source"_s, {{u"lead_source_name"_s, u"Radio"_s}});
        QCOMPARE(source.code(), u"CT200"_s);
        QCOMPARE(source.field(u"lead_source_web_key"_s).size(), 32);   // an MD5 code
        const HttpAnswer renamed = m_http->post(u"update_lead_source_by_id"_s,
                                                {{u"lead_source_id"_s, source.field(u"lead_source_id"_s)},
                                                 {u"lead_source_name"_s, u"Radio Ads"_s}});
        QCOMPARE(renamed.code(), u"CT200"_s);
        QCOMPARE(renamed.field(u"lead_source_name"_s), u"Radio Ads"_s);
        QCOMPARE(renamed.field(u"lead_source_web_key"_s), source.field(u"lead_source_web_key"_s));

        const HttpAnswer cycle = m_http->post(u"create_sales_cycle"_s, {{u"sales_cycle_name"_s, u"On Hold"_s},
                                                                        {u"sales_cycle_active_status"_s, u"0"_s},
                                                                        {u"sales_cycle_order"_s, u"4"_s}});
        QCOMPARE(cycle.field(u"sales_cycle_contact_type"_s), u"1"_s);   // the default
        const HttpAnswer moved = m_http->post(u"update_sales_cycle_by_id"_s,
                                              {{u"sales_cycle_id"_s, cycle.field(u"sales_cycle_id"_s)},
                                               {u"sales_cycle_order"_s, u"2"_s}});
        QCOMPARE(moved.field(u"sales_cycle_order"_s), u"2"_s);
        QCOMPARE(moved.field(u"sales_cycle_name"_s), u"On Hold"_s);
        QCOMPARE(m_http->post(u"update_sales_cycle_by_id"_s, {{u"sales_cycle_id"_s, cycle.field(u"sales_cycle_id"_s)},
                                                              {u"sales_cycle_active_status"_s, u"2"_s}})
                     .json.value(u"resultCode"_s).toString(), u"sales_cycle_active_status"_s);
    }

    void usersUpdateAndDelete()
    {
        const ct::api::ApiParams fields = {
            {u"user_type"_s, u"Admin"_s}, {u"user_first_name"_s, u"Rob"_s}, {u"user_last_name"_s, u"Vance"_s},
            {u"user_phone"_s, u"3035550133"_s}, {u"user_email"_s, u"rob@example.com"_s},
            {u"user_username"_s, u"robvance"_s}, {u"user_show_calendar"_s, u"0"_s}, {u"user_password"_s, u"pw"_s}};
        const QString user = m_http->post(u"create_user"_s, fields).field(u"user_id"_s);
        QVERIFY(!user.isEmpty());
        const HttpAnswer updated = m_http->post(u"update_user_by_id"_s, {{u"user_id"_s, user}, {u"user_first_name"_s, u"Robert"_s}});
        QCOMPARE(updated.field(u"user_first_name"_s), u"Robert"_s);
        QCOMPARE(updated.field(u"user_username"_s), u"robvance"_s);
        QCOMPARE(m_http->post(u"update_user_by_id"_s, {{u"user_id"_s, user}, {u"user_type"_s, u"Standard"_s}})
                     .json.value(u"resultCode"_s).toString(), u"user_type"_s);   // only in create
        const QString taken = m_http->get(u"read_user_list"_s).field(u"user_username"_s);
        QCOMPARE(m_http->post(u"update_user_by_id"_s, {{u"user_id"_s, user}, {u"user_username"_s, taken}}).code(),
                 u"CT520"_s);
        // Deleting a user leaves the contacts it managed unassigned.
        const QString client = createClient({{u"assigned_user_id"_s, user}});
        QCOMPARE(m_http->del(u"delete_user_by_id"_s, {{u"user_id"_s, user}}).code(), u"CT200"_s);
        QCOMPARE(m_http->get(u"read_client_by_id/"_s + client).field(u"assigned_user_id"_s), QString());
        QCOMPARE(m_http->post(u"create_client"_s, {{u"firstName"_s, u"A"_s}, {u"lastName"_s, u"B"_s},
                                                   {u"assigned_user_id"_s, user}}).json.value(u"resultCode"_s).toString(),
                 u"assigned_user_id"_s);
    }

    void leadSourcePlanStartsAndProducesPendingActions()
    {
        // GIVEN the demo's Connection plan linked to a lead source
        const QJsonObject plan = planNamed(u"New Web Lead"_s);
        QCOMPARE(plan.value(u"action_plan_type"_s).toString(), u"Connection"_s);
        const QString leadSource = plan.value(u"action_plan_link_id"_s).toString();
        const QJsonArray steps = plan.value(u"Action Steps"_s).toArray();
        QVERIFY(steps.size() >= 2);
        // WHEN a client arrives from that lead source
        const QString client = createClient({{u"lead_source_id"_s, leadSource}});
        // THEN the plan runs and its steps are pending, scheduled by day offset from today
        const HttpAnswer read = m_http->get(u"read_client_by_id/"_s + client);
        QCOMPARE(read.field(u"action_plan_id"_s), plan.value(u"action_plan_id"_s).toString());
        const HttpAnswer pending = m_http->get(u"read_pending_actions"_s, {{u"client_id"_s, client}});
        QCOMPARE(pending.data().size(), steps.size());
        for (qsizetype i = 0; i < steps.size(); ++i) {
            const QJsonObject step = steps.at(i).toObject();
            const QJsonObject action = pending.row(int(i));
            QCOMPARE(action.value(u"action_date"_s).toString(), today(step.value(u"Date"_s).toString().toInt()));
            QCOMPARE(action.value(u"subject"_s).toString(), step.value(u"Subject"_s).toString());
            QCOMPARE(action.value(u"action_time"_s).toString(), step.value(u"Time"_s).toString());
        }
        // Also by external id.
        const QString withExternal = createClient({{u"lead_source_id"_s, leadSource}, {u"external_id"_s, u"PA-1"_s}});
        QVERIFY(!withExternal.isEmpty());
        QCOMPARE(m_http->get(u"read_pending_actions"_s, {{u"external_id"_s, u"PA-1"_s}}).data().size(), steps.size());
    }

    void explicitPlanTakesPrecedence()
    {
        const QJsonObject connection = planNamed(u"New Web Lead"_s);
        const QJsonObject retention = planNamed(u"Annual Check-in"_s);
        const QString client = createClient({{u"lead_source_id"_s, connection.value(u"action_plan_link_id"_s).toString()},
                                             {u"action_plan_id"_s, retention.value(u"action_plan_id"_s).toString()}});
        QCOMPARE(m_http->get(u"read_client_by_id/"_s + client).field(u"action_plan_id"_s),
                 retention.value(u"action_plan_id"_s).toString());
        QCOMPARE(pendingCount(client), retention.value(u"Action Steps"_s).toArray().size());
    }

    void leadSourceWithoutPlanStartsNothing()
    {
        const QJsonArray sources = m_http->get(u"read_lead_source_list"_s).data();
        const QString angi = sources.at(2).toObject().value(u"lead_source_id"_s).toString();   // not linked
        const QString client = createClient({{u"lead_source_id"_s, angi}});
        QCOMPARE(m_http->get(u"read_client_by_id/"_s + client).field(u"action_plan_id"_s), u"0"_s);
        QCOMPARE(pendingCount(client), 0);
    }

    void conversionPlanMovesTheSalesCycle()
    {
        const QJsonObject conversion = planNamed(u"Estimate Follow-up"_s);
        QCOMPARE(conversion.value(u"action_plan_type"_s).toString(), u"Conversion"_s);
        const QString cycle = conversion.value(u"action_plan_link_id"_s).toString();
        QVERIFY(!cycle.isEmpty());
        const QString client = createClient();
        const HttpAnswer updated = m_http->post(u"update_client_by_id"_s,
                                                {{u"client_id"_s, client},
                                                 {u"action_plan_id"_s, conversion.value(u"action_plan_id"_s).toString()}});
        QCOMPARE(updated.code(), u"CT200"_s);
        QCOMPARE(updated.field(u"sales_cycle_id"_s), cycle);
        QCOMPARE(updated.field(u"action_plan_id"_s), conversion.value(u"action_plan_id"_s).toString());
    }

    void changingThePlanRemovesPendingActions()
    {
        const QJsonObject first = planNamed(u"New Web Lead"_s);
        const QJsonObject second = planNamed(u"Review Request"_s);
        const QString client = createClient({{u"lead_source_id"_s, first.value(u"action_plan_link_id"_s).toString()}});
        QCOMPARE(pendingCount(client), first.value(u"Action Steps"_s).toArray().size());

        // Resending the running plan does not restart it.
        m_http->post(u"update_client_by_id"_s, {{u"client_id"_s, client},
                                                 {u"action_plan_id"_s, first.value(u"action_plan_id"_s).toString()}});
        QCOMPARE(pendingCount(client), first.value(u"Action Steps"_s).toArray().size());

        // Another plan: the old actions go, the new plan's come.
        m_http->post(u"update_client_by_id"_s, {{u"client_id"_s, client},
                                                 {u"action_plan_id"_s, second.value(u"action_plan_id"_s).toString()}});
        const QJsonArray pending = m_http->get(u"read_pending_actions"_s, {{u"client_id"_s, client}}).data();
        QCOMPARE(pending.size(), second.value(u"Action Steps"_s).toArray().size());
        for (const QJsonValue &row : pending)
            QCOMPARE(row.toObject().value(u"action_plan_id"_s).toString(), second.value(u"action_plan_id"_s).toString());

        // 0: no plan running, nothing pending.
        const HttpAnswer none = m_http->post(u"update_client_by_id"_s, {{u"client_id"_s, client}, {u"action_plan_id"_s, u"0"_s}});
        QCOMPARE(none.field(u"action_plan_id"_s), u"0"_s);
        QCOMPARE(pendingCount(client), 0);
    }

    void emailTextAndNoteAddHistory_data()
    {
        QTest::addColumn<QString>("call");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("source");
        QTest::newRow("email") << u"create_manual_email"_s << u"email_body"_s << u"email"_s;
        QTest::newRow("text") << u"create_manual_text"_s << u"text_body"_s << u"text"_s;
        QTest::newRow("note") << u"create_client_history_note"_s << u"note_body"_s << u"note"_s;
    }

    void emailTextAndNoteAddHistory()
    {
        QFETCH(QString, call);
        QFETCH(QString, key);
        QFETCH(QString, source);
        const QString client = createClient();
        QCOMPARE(m_http->get(u"read_client_history_notes"_s, {{u"client_id"_s, client}}).data().size(), 0);
        const HttpAnswer a = m_http->post(call, {{u"client_id"_s, client}, {key, u"Your estimate is ready."_s},
                                                 {u"email_subject"_s, u"Estimate"_s}});
        QCOMPARE(a.code(), u"CT200"_s);
        const HttpAnswer notes = m_http->get(u"read_client_history_notes"_s, {{u"client_id"_s, client}});
        QCOMPARE(notes.data().size(), 1);
        QCOMPARE(notes.field(u"note_type"_s), u"Integration Assignment"_s);
        QCOMPARE(notes.field(u"note_source"_s), source);
        QVERIFY(notes.field(u"note_body"_s).contains(u"Your estimate is ready."_s));
        QCOMPARE(notes.field(u"note_date"_s), today());
        // A client that does not exist gets no note.
        QCOMPARE(m_http->post(call, {{u"client_id"_s, u"1"_s}, {key, u"x"_s}, {u"email_subject"_s, u"x"_s}}).code(),
                 u"CT515"_s);
    }

    void emailBodyMustBePlainText()
    {
        const QString client = createClient();
        const HttpAnswer a = m_http->post(u"create_manual_email"_s, {{u"client_id"_s, client},
                                                                     {u"email_subject"_s, u"Hi"_s},
                                                                     {u"email_body"_s, u"<p>Hello</p>"_s}});
        QCOMPARE(a.json.value(u"resultCode"_s).toString(), u"email_body"_s);
    }

    void clientListPages()
    {
        const QJsonArray all = m_sandbox->clients(Sandbox::demoWebKey());
        QVERIFY(all.size() > 160);
        const HttpAnswer first = m_http->get(u"read_client_list"_s);
        QCOMPARE(first.data().size(), 100);   // default limit
        QCOMPARE(first.json.value(u"TotalRecord"_s).toInteger(), all.size());
        const HttpAnswer page = m_http->get(u"read_client_list"_s, {{u"limit"_s, u"50"_s}, {u"offset"_s, u"10"_s}});
        QCOMPARE(page.data().size(), 50);
        QCOMPARE(page.row(0), all.at(10).toObject());
        QCOMPARE(page.row(49), all.at(59).toObject());
        const HttpAnswer tail = m_http->get(u"read_client_list"_s, {{u"offset"_s, QString::number(all.size() - 3)}});
        QCOMPARE(tail.data().size(), 3);
        const HttpAnswer past = m_http->get(u"read_client_list"_s, {{u"offset"_s, QString::number(all.size())}});
        QCOMPARE(past.code(), u"CT_200"_s);
        QCOMPARE(past.data().size(), 0);
    }

    void clientListRefusesLimitAbove100_data()
    {
        QTest::addColumn<QString>("limit");
        QTest::newRow("101") << u"101"_s;
        QTest::newRow("0") << u"0"_s;
        QTest::newRow("negative") << u"-5"_s;
        QTest::newRow("text") << u"all"_s;
    }

    void clientListRefusesLimitAbove100()
    {
        QFETCH(QString, limit);
        const HttpAnswer a = m_http->get(u"read_client_list"_s, {{u"limit"_s, limit}});
        QCOMPARE(a.json.value(u"resultCode"_s).toString(), u"limit"_s);
        QCOMPARE(a.json.value(u"Message"_s).toString(), u"Validation Issue"_s);
    }

    void accountListOnlyForMultiLevelKeys()
    {
        const HttpAnswer enterprise = m_http->get(u"read_account_list"_s);
        QCOMPARE(enterprise.code(), u"CT_200"_s);
        QCOMPARE(enterprise.field(u"account_type"_s), u"Multi-level"_s);
        const QJsonArray subs = enterprise.row().value(u"SubAccounts"_s).toArray();
        QCOMPARE(subs.size(), 2);
        QStringList keys;
        for (const QJsonValue &s : subs)
            keys.append(s.toObject().value(u"account_web_key"_s).toString());
        QCOMPARE(keys, Sandbox::demoSubAccountWebKeys());

        for (const QString &key : {Sandbox::demoStandardWebKey(), Sandbox::demoSubAccountWebKeys().first()}) {
            m_http->setWebKey(key);
            const HttpAnswer standard = m_http->get(u"read_account_list"_s);
            QCOMPARE(standard.code(), u"CT400"_s);
            QVERIFY(!standard.json.contains(u"data"_s));
        }
    }

    void accountUpdateReachesOnlyTheFamily()
    {
        const QJsonObject sub = m_http->get(u"read_account_list"_s).row().value(u"SubAccounts"_s).toArray().first().toObject();
        const HttpAnswer updated = m_http->post(u"update_account_by_id"_s,
                                                {{u"account_id"_s, sub.value(u"account_id"_s).toString()},
                                                 {u"account_company_name"_s, u"Summit North"_s}});
        QCOMPARE(updated.code(), u"CT200"_s);
        QCOMPARE(updated.field(u"account_company_name"_s), u"Summit North"_s);
        QCOMPARE(updated.field(u"account_addr1"_s), sub.value(u"account_addr1"_s).toString());
        // A cRud key cannot be written.
        QCOMPARE(m_http->post(u"update_account_by_id"_s, {{u"account_id"_s, sub.value(u"account_id"_s).toString()},
                                                          {u"account_web_key"_s, u"CT_x"_s}}).json.value(u"resultCode"_s).toString(),
                 u"account_web_key"_s);
        m_http->setWebKey(Sandbox::demoStandardWebKey());
        QCOMPARE(m_http->post(u"update_account_by_id"_s, {{u"account_id"_s, sub.value(u"account_id"_s).toString()},
                                                          {u"account_company_name"_s, u"Hijack"_s}}).code(),
                 u"CT515"_s);
    }

    void updateChangesOnlyGivenFields()
    {
        const QString client = createClient({{u"city"_s, u"Denver"_s}, {u"state"_s, u"CO"_s},
                                             {u"phone"_s, u"3035551234"_s}, {u"roof_type"_s, u"Shingle"_s}});
        const HttpAnswer before = m_http->get(u"read_client_by_id/"_s + client);
        const HttpAnswer after = m_http->post(u"update_client_by_id"_s,
                                              {{u"client_id"_s, client}, {u"city"_s, u"Boulder"_s},
                                               {u"pool"_s, u"<i>yes</i>"_s}});
        QCOMPARE(after.code(), u"CT200"_s);
        QCOMPARE(after.data().size(), 1);
        QJsonObject expected = before.row();
        expected.insert(u"city"_s, u"Boulder"_s);
        expected.insert(u"pool"_s, u"yes"_s);
        QCOMPARE(after.row(), expected);
        // By external id, too; an empty custom value removes the field.
        m_http->post(u"update_client_by_id"_s, {{u"client_id"_s, client}, {u"external_id"_s, u"UPD-9"_s}});
        const HttpAnswer byExternal = m_http->post(u"update_client_by_external_id"_s,
                                                   {{u"external_id"_s, u"UPD-9"_s}, {u"roof_type"_s, QString()}});
        QCOMPARE(byExternal.code(), u"CT200"_s);
        QVERIFY(!byExternal.row().contains(u"roof_type"_s));
        QCOMPARE(byExternal.field(u"city"_s), u"Boulder"_s);
    }

    void anotherTablesKeyIsACustomFieldOnClients()
    {
        // Only the Client Parameters table is reserved: "status" (a payment key) is a custom field here.
        const QString client = createClient({{u"status"_s, u"<b>VIP</b>"_s}});
        const HttpAnswer read = m_http->get(u"read_client_by_id/"_s + client);
        QCOMPARE(read.code(), u"CT_200"_s);   // successful reads use the ResultCode/CT_200 spelling
        QCOMPARE(read.field(u"status"_s), u"VIP"_s);
    }

    void deleteByExternalId()
    {
        const QString client = createClient({{u"external_id"_s, u"DEL-1"_s}});
        QCOMPARE(m_http->del(u"delete_client_by_external_id"_s, {{u"external_id"_s, u"DEL-1"_s}}).code(), u"CT200"_s);
        QCOMPARE(m_http->get(u"read_client_by_id/"_s + client).code(), u"CT515"_s);
    }

    void appointmentsCoverTheNextSevenDays()
    {
        const QJsonArray users = m_http->get(u"read_user_list"_s).data();
        const QString user = users.first().toObject().value(u"user_id"_s).toString();
        const QString client = createClient();
        auto appointment = [&](int day) {
            return m_http->post(u"create_client_event"_s,
                                {{u"client_id"_s, client}, {u"event_type"_s, u"Appointment"_s},
                                 {u"event_date"_s, today(day)}, {u"event_time"_s, u"10:00:00"_s},
                                 {u"event_end_date"_s, today(day)}, {u"event_end_time"_s, u"11:00:00"_s},
                                 {u"event_note"_s, u"Visit %1"_s.arg(day)}, {u"user_id"_s, user}});
        };
        const HttpAnswer inside = appointment(3);
        QCOMPARE(inside.code(), u"CT200"_s);
        QCOMPARE(appointment(7).code(), u"CT200"_s);   // the eighth day: outside
        QCOMPARE(appointment(-1).code(), u"CT200"_s);

        const HttpAnswer appts = m_http->get(u"read_appts_by_user_id"_s, {{u"user_id"_s, user}});
        QCOMPARE(appts.code(), u"CT_200"_s);
        QStringList notes;
        for (const QJsonValue &v : appts.data()) {
            const QJsonObject row = v.toObject();
            QVERIFY(row.value(u"event_date"_s).toString() >= today(0));
            QVERIFY(row.value(u"event_date"_s).toString() <= today(6));
            QCOMPARE(row.value(u"event_type"_s).toString(), u"Appointment"_s);
            QCOMPARE(row.value(u"user_id"_s).toString(), user);
            if (row.value(u"client_id"_s).toString() == client)
                notes.append(row.value(u"event_note"_s).toString());
        }
        QCOMPARE(notes, QStringList{u"Visit 3"_s});
        // The demo has appointments this week.
        QVERIFY(appts.data().size() > 1);

        // An appointment needs its user and end; moving one is delete + create.
        QCOMPARE(m_http->post(u"create_client_event"_s, {{u"client_id"_s, client}, {u"event_type"_s, u"Appointment"_s},
                                                         {u"event_date"_s, today(1)}, {u"event_time"_s, u"10:00:00"_s},
                                                         {u"event_note"_s, u"x"_s}}).code(), u"CT501"_s);
        const QString eventId = inside.field(u"event_id"_s);
        QCOMPARE(m_http->del(u"delete_client_event"_s, {{u"event_id"_s, eventId}}).code(), u"CT200"_s);
        QCOMPARE(m_http->del(u"delete_client_event"_s, {{u"event_id"_s, eventId}}).code(), u"CT515"_s);
    }

    void manualPlanHangsOffAnEvent()
    {
        const QJsonObject manual = planNamed(u"Appointment Reminders"_s);
        QCOMPARE(manual.value(u"action_plan_manual_schedule"_s).toString(), u"1"_s);
        const QJsonObject automatic = planNamed(u"Annual Check-in"_s);
        const QString client = createClient();
        ct::api::ApiParams event = {{u"client_id"_s, client}, {u"event_type"_s, u"Call"_s},
                                    {u"event_date"_s, today(2)}, {u"event_time"_s, u"09:00:00"_s},
                                    {u"event_note"_s, u"Call back"_s},
                                    {u"event_manual_action_plan_id"_s, automatic.value(u"action_plan_id"_s).toString()}};
        QCOMPARE(m_http->post(u"create_client_event"_s, event).json.value(u"resultCode"_s).toString(),
                 u"event_manual_action_plan_id"_s);
        event.insert(u"event_manual_action_plan_id"_s, manual.value(u"action_plan_id"_s).toString());
        const HttpAnswer created = m_http->post(u"create_client_event"_s, event);
        QCOMPARE(created.code(), u"CT200"_s);
        const QJsonArray pending = m_http->get(u"read_pending_actions"_s, {{u"client_id"_s, client}}).data();
        QCOMPARE(pending.size(), manual.value(u"Action Steps"_s).toArray().size());
        QCOMPARE(pending.first().toObject().value(u"action_date"_s).toString(), today(2));   // anchored at the event
        m_http->del(u"delete_client_event"_s, {{u"event_id"_s, created.field(u"event_id"_s)}});
        QCOMPARE(pendingCount(client), 0);
    }

    void actionPlanNameIsAPrefix()
    {
        const HttpAnswer a = m_http->get(u"read_action_plan_list"_s, {{u"action_plan_name"_s, u"Estimate"_s}});
        QCOMPARE(a.data().size(), 2);   // "Estimate Follow-up", "Estimate Visit Sequence"
        for (const QJsonValue &row : a.data())
            QVERIFY(row.toObject().value(u"action_plan_name"_s).toString().startsWith(u"Estimate"_s));
        QCOMPARE(m_http->get(u"read_action_plan_list"_s, {{u"action_plan_name"_s, u"Follow"_s}}).data().size(), 0);
        QCOMPARE(m_http->get(u"read_action_plan_list"_s, {{u"action_plan_name"_s, u"%"_s}}).data().size(), 0);
        QCOMPARE(m_http->get(u"read_action_plan_list"_s).data().size(), 9);
    }

    void actionPlanLinksAreChecked()
    {
        const QJsonArray cycles = m_http->get(u"read_sales_cycle_list"_s).data();
        const QString cycle = cycles.first().toObject().value(u"sales_cycle_id"_s).toString();
        const HttpAnswer created = m_http->post(u"create_action_plan"_s, {{u"action_plan_name"_s, u"Won Thank-you"_s},
                                                                          {u"action_plan_type"_s, u"Conversion"_s},
                                                                          {u"action_plan_link_id"_s, cycle}});
        QCOMPARE(created.code(), u"CT200"_s);
        QCOMPARE(created.field(u"action_plan_link_name"_s), cycles.first().toObject().value(u"sales_cycle_name"_s).toString());
        QVERIFY(created.row().value(u"Action Steps"_s).isArray());
        QCOMPARE(m_http->post(u"create_action_plan"_s, {{u"action_plan_name"_s, u"Bad"_s}, {u"action_plan_type"_s, u"Retention"_s},
                                                        {u"action_plan_link_id"_s, cycle}}).json.value(u"resultCode"_s).toString(),
                 u"action_plan_link_id"_s);
        const HttpAnswer renamed = m_http->post(u"update_action_plan_by_id"_s,
                                                {{u"action_plan_id"_s, created.field(u"action_plan_id"_s)},
                                                 {u"action_plan_name"_s, u"Won: thank you"_s}});
        QCOMPARE(renamed.field(u"action_plan_name"_s), u"Won: thank you"_s);
        QCOMPARE(renamed.field(u"action_plan_link_id"_s), cycle);
    }

    void salesCyclesHaveBothPaths()
    {
        const QJsonArray cycles = m_http->get(u"read_sales_cycle_list"_s).data();
        QSet<QString> statuses;
        for (const QJsonValue &c : cycles)
            statuses.insert(c.toObject().value(u"sales_cycle_active_status"_s).toString());
        QCOMPARE(statuses, (QSet<QString>{u"1"_s, u"0"_s}));
    }

    void proposalsAndPayments()
    {
        QSqlQuery q(m_sandbox->database());
        QVERIFY(q.exec(u"SELECT c.client_id FROM payments p JOIN clients c ON c.client_id = p.client_id"
                       " WHERE c.account_id = 1 GROUP BY c.client_id HAVING COUNT(*) >= 2 LIMIT 1"_s));
        QVERIFY(q.next());
        const QString client = q.value(0).toString();

        const HttpAnswer proposals = m_http->get(u"read_proposals"_s, {{u"client_id"_s, client}});
        QCOMPARE(proposals.code(), u"CT_200"_s);
        QVERIFY(proposals.data().size() >= 1);
        const QJsonObject proposal = proposals.row();
        const QJsonArray lines = proposal.value(u"line_item_detail"_s).toArray();
        QVERIFY(lines.size() >= 2);
        for (const QString key : {u"Description"_s, u"Line Price"_s, u"Notes"_s})
            QVERIFY2(lines.first().toObject().contains(key), qPrintable(key));
        const QJsonArray products = proposal.value(u"recommended_products"_s).toArray();
        QVERIFY(!products.isEmpty());
        QVERIFY(products.first().toObject().contains(u"Product_type1"_s));
        QVERIFY(products.first().toObject().contains(u"Product Description"_s));

        const HttpAnswer all = m_http->get(u"read_proposal_payments"_s, {{u"client_id"_s, client}, {u"created_date"_s, u"2000-01-01"_s}});
        QVERIFY(all.data().size() >= 2);
        for (const QJsonValue &v : all.data()) {
            const QJsonObject p = v.toObject();
            QVERIFY(QDate::fromString(p.value(u"payday"_s).toString(), Qt::ISODate).isValid());
            QVERIFY(QRegularExpression(u"^\\d+\\.\\d{2}$"_s).match(p.value(u"amount"_s).toString()).hasMatch());
            QVERIFY(QStringList({u"Cash"_s, u"Card"_s, u"Check"_s, u"Other"_s}).contains(p.value(u"type"_s).toString()));
            QVERIFY(QStringList({u"Deposit"_s, u"Progress"_s, u"Final"_s}).contains(p.value(u"status"_s).toString()));
            QVERIFY(!p.value(u"proposal_number"_s).toString().isEmpty());
        }
        // From a created date on: the later ones only.
        const QString last = all.data().last().toObject().value(u"created_date"_s).toString();
        const HttpAnswer later = m_http->get(u"read_proposal_payments"_s, {{u"client_id"_s, client}, {u"created_date"_s, last}});
        QVERIFY(later.data().size() >= 1);
        QVERIFY(later.data().size() < all.data().size());
        for (const QJsonValue &v : later.data())
            QVERIFY(v.toObject().value(u"created_date"_s).toString() >= last);
        // The wrong date format is a validation issue.
        QCOMPARE(m_http->get(u"read_proposal_payments"_s, {{u"client_id"_s, client}, {u"created_date"_s, u"2026:01:01"_s}})
                     .json.value(u"resultCode"_s).toString(), u"created_date"_s);
        QVERIFY(m_http->get(u"read_all_payments"_s).data().size() > all.data().size());
    }

    void immediateCallIsRecorded()
    {
        const HttpAnswer a = m_http->post(u"create_immed_call"_s, {{u"agent_phone"_s, u"3035550100"_s},
                                                                   {u"client_full_name"_s, u"Pat Doe"_s},
                                                                   {u"client_phone"_s, u"3035550199"_s},
                                                                   {u"say"_s, u"New web lead"_s}});
        QCOMPARE(a.code(), u"CT200"_s);
        QSqlQuery q(m_sandbox->database());
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM immediate_calls WHERE client_full_name = 'Pat Doe'"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void deletingASubAccountRemovesItsData()
    {
        const QString key = Sandbox::demoSubAccountWebKeys().last();
        QVERIFY(!m_sandbox->clients(key).isEmpty());
        const QJsonArray subs = m_http->get(u"read_account_list"_s).row().value(u"SubAccounts"_s).toArray();
        const QString id = subs.last().toObject().value(u"account_id"_s).toString();
        m_http->setWebKey(Sandbox::demoStandardWebKey());
        QCOMPARE(m_http->del(u"delete_account_by_id"_s, {{u"account_id"_s, id}}).code(), u"CT515"_s);
        m_http->setWebKey(Sandbox::demoWebKey());
        QCOMPARE(m_http->del(u"delete_account_by_id"_s, {{u"account_id"_s, u"1"_s}}).code(), u"CT400"_s);
        QCOMPARE(m_http->del(u"delete_account_by_id"_s, {{u"account_id"_s, id}}).code(), u"CT200"_s);
        QVERIFY(m_sandbox->clients(key).isEmpty());
        // Its web key no longer opens anything.
        m_http->setWebKey(key);
        QCOMPARE(m_http->get(u"read_tags_list"_s).status, 401);
    }
};

QTEST_GUILESS_MAIN(TestSandboxCalls)
#include "tst_sandboxcalls.moc"
