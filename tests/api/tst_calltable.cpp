// SPDX-License-Identifier: MIT
// Checks the declarative call table (models/api/apicall.cpp) against the project's normalised
// table of the 42 calls in tests/data/api-notes.md: names, order, methods, required keys,
// "one of" groups, the Appointment condition and the path form; and the Call enumerators
// against the table's rows.

#include "api/apicall.h"
#include "api/parameterschema.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

using namespace ct::api;
using namespace Qt::Literals::StringLiterals;

namespace {

// One row of the document's table, as written there.
struct NotesRow
{
    int number = 0;
    QString name;
    QString method;
    QString required;   // the "required" column, raw
    QString notes;
};

// What the "required" column means once read.
struct Requirement
{
    QStringList all;
    QList<QStringList> oneOf;
    QStringList forAppointment;
    bool pathForm = false;
};

// The User Parameters table of the vendor document, in its order.
const QStringList documentUserKeys = {
    u"user_id"_s, u"user_type"_s, u"user_first_name"_s, u"user_last_name"_s, u"user_phone"_s,
    u"user_email"_s, u"user_username"_s, u"user_show_calendar"_s, u"user_password"_s};

QStringList splitKeys(const QString &text, const QString &separator)
{
    QStringList out;
    for (const QString &part : text.split(separator)) {
        const QString key = part.trimmed();
        if (!key.isEmpty())
            out.append(key);
    }
    return out;
}

Requirement readRequired(QString text)
{
    Requirement r;
    text = text.trimmed();
    if (text == u"—" || text.isEmpty())
        return r;
    if (text == u"every user parameter but user_id") {
        r.all = documentUserKeys.mid(1);
        return r;
    }
    if (text.startsWith(u"one of "_s)) {
        r.oneOf.append(splitKeys(text.mid(7), u","_s));
        return r;
    }
    if (text.contains(u" or "_s) && !text.contains(u'(')) {
        r.oneOf.append(splitKeys(text, u" or "_s));
        return r;
    }
    if (text.contains(u"(query or path)"_s)) {
        r.pathForm = true;
        text.remove(u"(query or path)"_s);
    }
    const qsizetype semi = text.indexOf(u';');
    if (semi >= 0) {
        static const QRegularExpression when(u"^\\s*(.+) for Appointment\\s*$"_s);
        const auto m = when.match(text.mid(semi + 1));
        if (m.hasMatch())
            r.forAppointment = splitKeys(m.captured(1), u","_s);
        else
            r.all.append(u"<unreadable condition: %1>"_s.arg(text.mid(semi + 1)));
        text.truncate(semi);
    }
    r.all += splitKeys(text, u","_s);
    return r;
}

QList<NotesRow> readNotesTable()
{
    QList<NotesRow> rows;
    QFile file(QStringLiteral(CT_API_NOTES));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return rows;
    static const QRegularExpression row(u"^\\|\\s*(\\d+)\\s*\\|"_s);
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (const QString &line : lines) {
        if (!row.match(line).hasMatch())
            continue;
        const QStringList cells = line.split(u'|');
        // "| 1 | name | method | required | notes |" splits into 7 cells, first and last empty.
        if (cells.size() < 7)
            continue;
        NotesRow r;
        r.number = cells.at(1).trimmed().toInt();
        r.name = cells.at(2).trimmed();
        r.method = cells.at(3).trimmed();
        r.required = cells.at(4).trimmed();
        r.notes = cells.at(5).trimmed();
        rows.append(r);
    }
    return rows;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class TestCallTable : public QObject
{
    Q_OBJECT

private:
    QList<NotesRow> m_rows;

private slots:
    void initTestCase()
    {
        m_rows = readNotesTable();
        QVERIFY2(!m_rows.isEmpty(), "could not read the call table of " CT_API_NOTES);
    }

    void documentHas42NumberedCalls()
    {
        QCOMPARE(m_rows.size(), 42);
        for (int i = 0; i < m_rows.size(); ++i)
            QCOMPARE(m_rows.at(i).number, i + 1);
    }

    void tableHas42UniqueCalls()
    {
        QCOMPARE(callTable().size(), 42);
        QSet<QString> names;
        for (const CallSpec &call : callTable()) {
            QVERIFY2(!names.contains(call.name), qPrintable(u"duplicate call "_s + call.name));
            names.insert(call.name);
        }
    }

    void sameNamesInDocumentOrder()
    {
        QCOMPARE(callTable().size(), m_rows.size());
        for (int i = 0; i < m_rows.size(); ++i)
            QCOMPARE(callTable().at(i).name, m_rows.at(i).name);
    }

    void eachCall_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("required");
        for (const NotesRow &row : readNotesTable())
            QTest::newRow(qPrintable(row.name)) << row.name << row.method << row.required;
    }

    void eachCall()
    {
        QFETCH(QString, name);
        QFETCH(QString, method);
        QFETCH(QString, required);

        // GIVEN the document's row WHEN the table is asked for the call THEN they agree.
        const CallSpec *call = findCall(name);
        QVERIFY2(call, qPrintable(u"missing call "_s + name));
        QCOMPARE(methodName(call->method), method);
        QCOMPARE(call->isWrite(), method != u"GET");

        const Requirement expected = readRequired(required);
        QCOMPARE(sorted(call->required), sorted(expected.all));
        QCOMPARE(call->requiredOneOf.size(), expected.oneOf.size());
        for (qsizetype i = 0; i < expected.oneOf.size(); ++i)
            QCOMPARE(sorted(call->requiredOneOf.at(i)), sorted(expected.oneOf.at(i)));

        if (expected.forAppointment.isEmpty()) {
            QVERIFY(call->requiredWhen.isEmpty());
        } else {
            QCOMPARE(call->requiredWhen.size(), 1);
            QCOMPARE(call->requiredWhen.first().whenKey, u"event_type"_s);
            QCOMPARE(call->requiredWhen.first().whenValue, u"Appointment"_s);
            QCOMPARE(sorted(call->requiredWhen.first().keys), sorted(expected.forAppointment));
        }

        QCOMPARE(!call->pathKey.isEmpty(), expected.pathForm);
        if (expected.pathForm)
            QCOMPARE(call->pathKey, u"client_id"_s);

        // Every key the table names is a key of the parameter schema.
        QStringList named = call->required;
        for (const QStringList &group : call->requiredOneOf)
            named += group;
        for (const ConditionalRequirement &when : call->requiredWhen)
            named += when.keys + QStringList{when.whenKey};
        for (const QString &key : std::as_const(named))
            QVERIFY2(ParameterSchema::find(key), qPrintable(name + u": unknown key "_s + key));
    }

    // The groups the brief singles out, spelled out so a parsing slip cannot hide them.
    void specialRequirements()
    {
        const CallSpec *exist = findCall(u"read_client_exist");
        QVERIFY(exist);
        QVERIFY(exist->required.isEmpty());
        QCOMPARE(exist->requiredOneOf,
                 (QList<QStringList>{{u"firstName"_s, u"lastName"_s, u"phone"_s, u"email"_s}}));

        const CallSpec *pending = findCall(u"read_pending_actions");
        QVERIFY(pending);
        QCOMPARE(pending->requiredOneOf, (QList<QStringList>{{u"client_id"_s, u"external_id"_s}}));

        const CallSpec *user = findCall(u"create_user");
        QVERIFY(user);
        QVERIFY(!user->required.contains(u"user_id"_s));
        QCOMPARE(sorted(user->required), sorted(documentUserKeys.mid(1)));
        // The schema's User table holds the same keys (user_id lives with the events).
        QStringList schemaUserKeys;
        for (const ParameterSpec &spec : ParameterSchema::group(ParameterGroup::User))
            schemaUserKeys.append(spec.key);
        QCOMPARE(sorted(schemaUserKeys), sorted(documentUserKeys.mid(1)));

        const CallSpec *event = findCall(u"create_client_event");
        QVERIFY(event);
        QCOMPARE(sorted(event->required),
                 sorted({u"client_id"_s, u"event_type"_s, u"event_date"_s, u"event_time"_s, u"event_note"_s}));
        QCOMPARE(event->requiredWhen.size(), 1);
        QCOMPARE(event->requiredWhen.first().keys, QStringList{u"user_id"_s});

        const CallSpec *byId = findCall(u"read_client_by_id");
        QVERIFY(byId);
        QCOMPARE(byId->pathKey, u"client_id"_s);
        int withPath = 0;
        for (const CallSpec &call : callTable())
            withPath += call.pathKey.isEmpty() ? 0 : 1;
        QCOMPARE(withPath, 1);
    }

    void methodsByGroup()
    {
        // The document's four tables: creates and updates POST, reads GET, deletes DELETE.
        for (const CallSpec &call : callTable()) {
            if (call.name.startsWith(u"create_") || call.name.startsWith(u"update_"))
                QCOMPARE(call.method, HttpMethod::Post);
            else if (call.name.startsWith(u"read_"))
                QCOMPARE(call.method, HttpMethod::Get);
            else if (call.name.startsWith(u"delete_"))
                QCOMPARE(call.method, HttpMethod::Delete);
            else
                QFAIL(qPrintable(u"call outside the four tables: "_s + call.name));
        }
    }

    void onlyClientWritesTakeCustomFields()
    {
        const QSet<QString> expected = {u"create_client"_s, u"update_client_by_id"_s,
                                        u"update_client_by_external_id"_s};
        for (const CallSpec &call : callTable())
            QCOMPARE(call.acceptsExpansionKeys, expected.contains(call.name));
    }

    void noUpdateEventNorDeleteTagOrPlan()
    {
        QVERIFY(!findCall(u"update_client_event"));
        QVERIFY(!findCall(u"delete_tag"));
        QVERIFY(!findCall(u"delete_action_plan_by_id"));
        QVERIFY(!findCall(u""));
        QVERIFY(!findCall(u"CREATE_CLIENT"));   // names are case sensitive on the wire
    }

    // Each row holds the enumerator of its position, so every enumerator has exactly one row
    // and every row one enumerator; callSpec() and callName() read that row.
    void enumeratorsFollowTheTable()
    {
        QCOMPARE(CallCount, 42);
        QCOMPARE(callTable().size(), CallCount);
        for (int i = 0; i < CallCount; ++i) {
            const Call call = static_cast<Call>(i);
            QCOMPARE(int(callTable().at(i).call), i);
            QCOMPARE(&callSpec(call), &callTable().at(i));
            QCOMPARE(callName(call), callTable().at(i).name);
            QCOMPARE(findCall(callName(call)), &callTable().at(i));
        }
    }

    // The enumerator's spelling says the call it names (the name is what the journal stores).
    void enumeratorNames_data()
    {
        QTest::addColumn<int>("call");   // a Call
        QTest::addColumn<QString>("name");
        QTest::newRow("create_client") << int(Call::CreateClient) << u"create_client"_s;
        QTest::newRow("create_manual_email") << int(Call::CreateManualEmail) << u"create_manual_email"_s;
        QTest::newRow("create_manual_text") << int(Call::CreateManualText) << u"create_manual_text"_s;
        QTest::newRow("create_client_history_note") << int(Call::CreateClientHistoryNote) << u"create_client_history_note"_s;
        QTest::newRow("create_client_event") << int(Call::CreateClientEvent) << u"create_client_event"_s;
        QTest::newRow("create_tag") << int(Call::CreateTag) << u"create_tag"_s;
        QTest::newRow("create_lead_source") << int(Call::CreateLeadSource) << u"create_lead_source"_s;
        QTest::newRow("create_user") << int(Call::CreateUser) << u"create_user"_s;
        QTest::newRow("create_action_plan") << int(Call::CreateActionPlan) << u"create_action_plan"_s;
        QTest::newRow("create_sales_cycle") << int(Call::CreateSalesCycle) << u"create_sales_cycle"_s;
        QTest::newRow("create_immed_call") << int(Call::CreateImmedCall) << u"create_immed_call"_s;
        QTest::newRow("read_client_exist") << int(Call::ReadClientExist) << u"read_client_exist"_s;
        QTest::newRow("read_client_by_id") << int(Call::ReadClientById) << u"read_client_by_id"_s;
        QTest::newRow("read_client_by_external_id") << int(Call::ReadClientByExternalId) << u"read_client_by_external_id"_s;
        QTest::newRow("read_client_list") << int(Call::ReadClientList) << u"read_client_list"_s;
        QTest::newRow("read_client_history_notes") << int(Call::ReadClientHistoryNotes) << u"read_client_history_notes"_s;
        QTest::newRow("read_action_plan_by_id") << int(Call::ReadActionPlanById) << u"read_action_plan_by_id"_s;
        QTest::newRow("read_action_plan_list") << int(Call::ReadActionPlanList) << u"read_action_plan_list"_s;
        QTest::newRow("read_lead_source_list") << int(Call::ReadLeadSourceList) << u"read_lead_source_list"_s;
        QTest::newRow("read_sales_cycle_list") << int(Call::ReadSalesCycleList) << u"read_sales_cycle_list"_s;
        QTest::newRow("read_user_list") << int(Call::ReadUserList) << u"read_user_list"_s;
        QTest::newRow("read_appts_by_user_id") << int(Call::ReadApptsByUserId) << u"read_appts_by_user_id"_s;
        QTest::newRow("read_tags_list") << int(Call::ReadTagsList) << u"read_tags_list"_s;
        QTest::newRow("read_account_list") << int(Call::ReadAccountList) << u"read_account_list"_s;
        QTest::newRow("read_pending_actions") << int(Call::ReadPendingActions) << u"read_pending_actions"_s;
        QTest::newRow("read_proposals") << int(Call::ReadProposals) << u"read_proposals"_s;
        QTest::newRow("read_proposal_payments") << int(Call::ReadProposalPayments) << u"read_proposal_payments"_s;
        QTest::newRow("read_all_payments") << int(Call::ReadAllPayments) << u"read_all_payments"_s;
        QTest::newRow("update_client_by_id") << int(Call::UpdateClientById) << u"update_client_by_id"_s;
        QTest::newRow("update_client_by_external_id") << int(Call::UpdateClientByExternalId) << u"update_client_by_external_id"_s;
        QTest::newRow("update_action_plan_by_id") << int(Call::UpdateActionPlanById) << u"update_action_plan_by_id"_s;
        QTest::newRow("update_lead_source_by_id") << int(Call::UpdateLeadSourceById) << u"update_lead_source_by_id"_s;
        QTest::newRow("update_sales_cycle_by_id") << int(Call::UpdateSalesCycleById) << u"update_sales_cycle_by_id"_s;
        QTest::newRow("update_user_by_id") << int(Call::UpdateUserById) << u"update_user_by_id"_s;
        QTest::newRow("update_account_by_id") << int(Call::UpdateAccountById) << u"update_account_by_id"_s;
        QTest::newRow("delete_client_by_id") << int(Call::DeleteClientById) << u"delete_client_by_id"_s;
        QTest::newRow("delete_client_by_external_id") << int(Call::DeleteClientByExternalId) << u"delete_client_by_external_id"_s;
        QTest::newRow("delete_lead_source_by_id") << int(Call::DeleteLeadSourceById) << u"delete_lead_source_by_id"_s;
        QTest::newRow("delete_sales_cycle_by_id") << int(Call::DeleteSalesCycleById) << u"delete_sales_cycle_by_id"_s;
        QTest::newRow("delete_user_by_id") << int(Call::DeleteUserById) << u"delete_user_by_id"_s;
        QTest::newRow("delete_account_by_id") << int(Call::DeleteAccountById) << u"delete_account_by_id"_s;
        QTest::newRow("delete_client_event") << int(Call::DeleteClientEvent) << u"delete_client_event"_s;
    }

    void enumeratorNames()
    {
        QFETCH(int, call);
        QFETCH(QString, name);
        QCOMPARE(callName(static_cast<Call>(call)), name);
    }

    void namesHelpers()
    {
        QCOMPARE(methodName(HttpMethod::Get), u"GET"_s);
        QCOMPARE(methodName(HttpMethod::Post), u"POST"_s);
        QCOMPARE(methodName(HttpMethod::Delete), u"DELETE"_s);
        QSet<QString> entities;
        for (const CallSpec &call : callTable()) {
            QVERIFY(!entityName(call.entity).isEmpty());
            entities.insert(entityName(call.entity));
        }
        QCOMPARE(entities.size(), 16);   // every Entity is used by at least one call
    }
};

QTEST_GUILESS_MAIN(TestCallTable)
#include "tst_calltable.moc"
