// SPDX-License-Identifier: MIT
// The real ApiClient against the real sandbox on loopback: all 42 calls through their typed
// functions (success and main error), headers, encodings, 401, validation before sending,
// retries and their absence for writes, Retry-After, timeouts, the in-flight bound, the HTTPS
// rule and log redaction. No fake replies: faults are injected by the sandbox.
#include "api/activityapi.h"
#include "api/adminapi.h"
#include "api/apiclient.h"
#include "api/catalogapi.h"
#include "api/contactsapi.h"
#include "api/proposalsapi.h"
#include "clienttestsupport.h"
#include "sandbox.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

#include <functional>

using namespace Qt::Literals::StringLiterals;
using namespace ct::api;
using ct::clienttest::awaitResult;
using ct::sandbox::FaultPlan;
using ct::sandbox::Sandbox;

namespace {

const QString missingId = u"987654321"_s;   // no record anywhere in the demo data

QString rowValue(const ApiResult &r, const QString &key)
{
    return r.rows.isEmpty() ? QString() : r.rows.first().toObject().value(key).toString();
}

QString describe(const ApiResult &r)
{
    return u"%1 ct=%2 http=%3 key=%4: %5"_s.arg(statusName(r.status)).arg(r.ctCode).arg(r.httpStatus)
        .arg(r.offendingKey, r.message);
}

} // namespace

class TestApiClientSandbox : public QObject
{
    Q_OBJECT
public:
    // One way to reach the call through its typed function, and its main failure.
    struct CallCase
    {
        std::function<ApiReply *()> success;
        std::function<ApiReply *()> failure;
        ApiStatus failureStatus = ApiStatus::ServerCode;
        int failureCode = CtCode::NoRecord;
        bool failureSent = true;   // false: refused by validation before sending
    };

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void everyCallHasATypedCase();
    void everyCall_data();
    void everyCall();

    void headersOnEveryRequest();
    void queryEncoding_data();
    void queryEncoding();
    void postBodyIsJson();
    void deleteParametersInQuery();
    void readClientByIdUsesPathForm();

    void unauthorizedSignal();
    void validationBeforeSending_data();
    void validationBeforeSending();

    void readsRetryServerErrors();
    void readRecoversWithBackoff();
    void readsRetryDrops();
    void writesAreNotRetried_data();
    void writesAreNotRetried();
    void lostAnswerOfACreateIsReportedNotRepeated();
    void rateLimitHonoursRetryAfter();
    void rateLimitBeyondCapIsReported();
    void malformedBodyIsTyped();
    void transferTimeout_data();
    void transferTimeout();
    void inFlightLimitRespected();
    void abortInFlight();
    void insecureRemoteRefused_data();
    void insecureRemoteRefused();
    void tokensNeverLogged();

private:
    ApiResult run(ApiReply *reply) { return awaitResult(reply); }
    QString unique(const QString &prefix) { return u"%1 %2"_s.arg(prefix).arg(++m_counter); }
    QString freshClient(const QString &externalId = {});
    QString freshLeadSource();
    QString freshSalesCycle();
    QString freshUser();
    QString freshEvent();
    ApiParams userFields();
    QHash<QString, CallCase> cases();
    qsizetype logSize() const { return m_sandbox->requestLog().size(); }
    QList<ct::sandbox::RecordedRequest> logSince(qsizetype from) const { return m_sandbox->requestLog().mid(from); }

    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<ApiClient> m_client;
    int m_counter = 0;

    // Real ids of the demo account, read through the API in initTestCase().
    QString m_clientId;
    QString m_clientEmail;
    QString m_externalId;
    QString m_userId;
    QString m_actionPlanId;
    QString m_leadSourceId;
    QString m_salesCycleId;
    QString m_accountId;
    QString m_subAccountId;
    QString m_paymentClientId;
    QDate m_paymentDate;
};

void TestApiClientSandbox::initTestCase()
{
    qRegisterMetaType<ct::api::ApiResult>();
    ct::sandbox::SandboxOptions options;
    options.contacts = 200;
    m_sandbox = std::make_unique<Sandbox>(options);
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));

    // GIVEN the demo account, read through a client like any other
    init();
    ContactsApi contacts(m_client.get());
    const ApiResult list = run(contacts.readList(0, 100));
    QVERIFY2(list.ok(), qPrintable(describe(list)));
    QVERIFY(!list.rows.isEmpty());
    for (const QJsonValue &row : list.rows) {
        const QJsonObject o = row.toObject();
        if (m_clientId.isEmpty())
            m_clientId = o.value(u"client_id"_s).toString();
        if (m_clientEmail.isEmpty() && !o.value(u"email"_s).toString().isEmpty())
            m_clientEmail = o.value(u"email"_s).toString();
    }
    QVERIFY(!m_clientId.isEmpty());

    m_externalId = u"ext-client-test-%1"_s.arg(QDateTime::currentMSecsSinceEpoch());
    QVERIFY(!freshClient(m_externalId).isEmpty());

    const ApiResult users = run(UsersApi(m_client.get()).readList());
    QVERIFY2(users.ok() && !users.rows.isEmpty(), qPrintable(describe(users)));
    m_userId = rowValue(users, u"user_id"_s);

    const ApiResult plans = run(ActionPlansApi(m_client.get()).readList());
    if (plans.ok() && !plans.rows.isEmpty()) {
        m_actionPlanId = rowValue(plans, u"action_plan_id"_s);
    } else {
        const ApiResult made = run(ActionPlansApi(m_client.get()).create(unique(u"Plan"_s), u"Retention"_s));
        QVERIFY2(made.ok(), qPrintable(describe(made)));
        m_actionPlanId = rowValue(made, u"action_plan_id"_s);
    }
    QVERIFY(!m_actionPlanId.isEmpty());

    m_leadSourceId = freshLeadSource();
    m_salesCycleId = freshSalesCycle();
    QVERIFY(!m_leadSourceId.isEmpty() && !m_salesCycleId.isEmpty());

    const ApiResult accounts = run(AccountsApi(m_client.get()).readList());
    QVERIFY2(accounts.ok(), qPrintable(describe(accounts)));
    m_accountId = rowValue(accounts, u"account_id"_s);
    const QJsonArray subs = accounts.rows.first().toObject().value(u"SubAccounts"_s).toArray();
    if (!subs.isEmpty())
        m_subAccountId = subs.last().toObject().value(u"account_id"_s).toString();
    QVERIFY(!m_accountId.isEmpty());

    const ApiResult payments = run(ProposalsApi(m_client.get()).readAllPayments());
    QVERIFY2(payments.ok(), qPrintable(describe(payments)));
    m_paymentClientId = payments.rows.isEmpty() ? m_clientId : rowValue(payments, u"client_id"_s);
    m_paymentDate = payments.rows.isEmpty()
        ? QDate(2020, 1, 1)
        : QDate::fromString(rowValue(payments, u"created_date"_s), u"yyyy-MM-dd"_s);
    QVERIFY(m_paymentDate.isValid());
}

void TestApiClientSandbox::init()
{
    m_sandbox->setFaultPlan({});
    m_client = std::make_unique<ApiClient>();
    m_client->setBaseUrl(m_sandbox->baseUrl());
    m_client->setCredentials(Sandbox::demoAccessToken(), Sandbox::demoWebKey());
    m_client->setRetryBaseDelayMs(50);
}

void TestApiClientSandbox::cleanup()
{
    m_sandbox->setFaultPlan({});
    QLoggingCategory::setFilterRules(QString());
}

QString TestApiClientSandbox::freshClient(const QString &externalId)
{
    ApiParams fields;
    if (!externalId.isEmpty())
        fields.insert(u"external_id"_s, externalId);
    const ApiResult r = run(ContactsApi(m_client.get()).create(u"Test"_s, unique(u"Client"_s), fields));
    return r.ok() ? rowValue(r, u"client_id"_s) : QString();
}

QString TestApiClientSandbox::freshLeadSource()
{
    const ApiResult r = run(LeadSourcesApi(m_client.get()).create(unique(u"Lead source"_s)));
    return r.ok() ? rowValue(r, u"lead_source_id"_s) : QString();
}

QString TestApiClientSandbox::freshSalesCycle()
{
    const ApiResult r = run(SalesCyclesApi(m_client.get()).create(unique(u"Stage"_s), u"1"_s, 90 + m_counter));
    return r.ok() ? rowValue(r, u"sales_cycle_id"_s) : QString();
}

ApiParams TestApiClientSandbox::userFields()
{
    const QString name = u"tester%1x%2"_s.arg(++m_counter).arg(QDateTime::currentMSecsSinceEpoch());
    return {{u"user_type"_s, u"Standard"_s}, {u"user_first_name"_s, u"Test"_s},
            {u"user_last_name"_s, u"User"_s}, {u"user_phone"_s, u"3035550123"_s},
            {u"user_email"_s, name + u"@example.com"_s}, {u"user_username"_s, name},
            {u"user_show_calendar"_s, u"1"_s}, {u"user_password"_s, u"Secret-pass-1"_s}};
}

QString TestApiClientSandbox::freshUser()
{
    const ApiResult r = run(UsersApi(m_client.get()).create(userFields()));
    return r.ok() ? rowValue(r, u"user_id"_s) : QString();
}

QString TestApiClientSandbox::freshEvent()
{
    const ApiResult r = run(EventsApi(m_client.get()).create(m_clientId, u"Call"_s, QDate::currentDate().addDays(1),
                                                             QTime(10, 30), u"Call back"_s));
    return r.ok() ? rowValue(r, u"event_id"_s) : QString();
}

QHash<QString, TestApiClientSandbox::CallCase> TestApiClientSandbox::cases()
{
    ApiClient *c = m_client.get();
    const ContactsApi contacts(c);
    const EventsApi events(c);
    const MessagesApi messages(c);
    const TagsApi tags(c);
    const LeadSourcesApi leadSources(c);
    const SalesCyclesApi salesCycles(c);
    const ActionPlansApi plans(c);
    const UsersApi users(c);
    const AccountsApi accounts(c);
    const ProposalsApi proposals(c);
    const QDate tomorrow = QDate::currentDate().addDays(1);
    using S = ApiStatus;
    auto sentNoRecord = [](std::function<ApiReply *()> ok, std::function<ApiReply *()> bad) {
        return CallCase{std::move(ok), std::move(bad), S::ServerCode, CtCode::NoRecord, true};
    };
    auto notSent = [](std::function<ApiReply *()> ok, std::function<ApiReply *()> bad, S status, int code) {
        return CallCase{std::move(ok), std::move(bad), status, code, false};
    };
    // The 401 a list without parameters can meet: the same call with a web key the server does not know.
    auto wrongKey = [this](std::function<ApiReply *(ApiClient *)> call) {
        return [this, call] {
            auto *other = new ApiClient(m_client.get());
            other->setBaseUrl(m_sandbox->baseUrl());
            other->setCredentials(Sandbox::demoAccessToken(), u"CT_not_a_known_web_key"_s);
            return call(other);
        };
    };
    auto unauthorized = [](std::function<ApiReply *()> ok, std::function<ApiReply *()> bad) {
        return CallCase{std::move(ok), std::move(bad), S::Unauthorized, 0, true};
    };

    QHash<QString, CallCase> t;
    t[u"create_client"_s] = notSent([=, this] { return contacts.create(u"Ada"_s, u"Lovelace"_s, {{u"city"_s, u"Denver"_s}}); },
                                    [=, this] { return contacts.create(QString(), u"Lovelace"_s); }, S::ServerCode,
                                    CtCode::MissingRequired);
    t[u"create_manual_email"_s] = sentNoRecord([=, this] { return messages.sendEmail(m_clientId, u"Hello"_s, u"Plain body"_s); },
                                               [=, this] { return messages.sendEmail(missingId, u"Hello"_s, u"Body"_s); });
    t[u"create_manual_text"_s] = sentNoRecord([=, this] { return messages.sendText(m_clientId, u"Hi there"_s); },
                                              [=, this] { return messages.sendText(missingId, u"Hi"_s); });
    t[u"create_client_history_note"_s] = sentNoRecord([=, this] { return contacts.addHistoryNote(m_clientId, u"Called"_s); },
                                                      [=, this] { return contacts.addHistoryNote(missingId, u"x"_s); });
    t[u"create_client_event"_s] = sentNoRecord(
        [=, this] { return events.create(m_clientId, u"Call"_s, tomorrow, QTime(9, 0), u"Call back"_s); },
        [=, this] { return events.create(missingId, u"Call"_s, tomorrow, QTime(9, 0), u"Call back"_s); });
    t[u"create_tag"_s] = CallCase{[=, this] { return tags.create(u"vip-%1"_s.arg(m_counter)); },
                                  [=, this] { return tags.create(u"vip-%1"_s.arg(m_counter)); },   // the same again
                                  S::ServerCode, CtCode::Duplicate, true};
    t[u"create_lead_source"_s] = notSent([=, this] { return leadSources.create(u"Referral %1"_s.arg(m_counter)); },
                                         [=, this] { return leadSources.create(QString()); }, S::ServerCode,
                                         CtCode::MissingRequired);
    const ApiParams user = userFields();
    t[u"create_user"_s] = CallCase{[=, this] { return users.create(user); }, [=, this] { return users.create(user); },
                                   S::ServerCode, CtCode::Duplicate, true};
    t[u"create_action_plan"_s] = notSent([=, this] { return plans.create(u"Welcome %1"_s.arg(m_counter), u"Connection"_s); },
                                         [=, this] { return plans.create(u"Welcome"_s, u"Bogus"_s); }, S::ValidationIssue, 0);
    t[u"create_sales_cycle"_s] = notSent([=, this] { return salesCycles.create(u"Won %1"_s.arg(m_counter), u"1"_s, 50); },
                                         [=, this] { return salesCycles.create(u"Won"_s, u"maybe"_s, 50); },
                                         S::ValidationIssue, 0);
    t[u"create_immed_call"_s] = notSent(
        [=, this] { return messages.placeCall(u"3035550100"_s, u"Ada Lovelace"_s, u"3035550101"_s, u"Hello"_s); },
        [=, this] { return messages.placeCall(u"12"_s, u"Ada Lovelace"_s, u"3035550101"_s, u"Hello"_s); },
        S::ValidationIssue, 0);
    t[u"read_client_exist"_s] = sentNoRecord([=, this] { return contacts.exists({}, {}, {}, m_clientEmail); },
                                             [=, this] { return contacts.exists(u"Nobody"_s, u"Zzyzx-Nowhere"_s, {}, {}); });
    t[u"read_client_by_id"_s] = sentNoRecord([=, this] { return contacts.readById(m_clientId); },
                                             [=, this] { return contacts.readById(missingId); });
    t[u"read_client_by_external_id"_s] = sentNoRecord([=, this] { return contacts.readByExternalId(m_externalId); },
                                                      [=, this] { return contacts.readByExternalId(u"no-such-external"_s); });
    t[u"read_client_list"_s] = notSent([=, this] { return contacts.readList(10, 25); },
                                       [=, this] { return contacts.readList(0, 101); }, S::ValidationIssue, 0);
    t[u"read_client_history_notes"_s] = sentNoRecord([=, this] { return contacts.historyNotes(m_clientId); },
                                                     [=, this] { return contacts.historyNotes(missingId); });
    t[u"read_action_plan_by_id"_s] = sentNoRecord([=, this] { return plans.readById(m_actionPlanId); },
                                                  [=, this] { return plans.readById(missingId); });
    t[u"read_action_plan_list"_s] = unauthorized([=, this] { return plans.readList(); },
                                                 wrongKey([](ApiClient *o) { return ActionPlansApi(o).readList(); }));
    t[u"read_lead_source_list"_s] = unauthorized([=, this] { return leadSources.readList(); },
                                                 wrongKey([](ApiClient *o) { return LeadSourcesApi(o).readList(); }));
    t[u"read_sales_cycle_list"_s] = unauthorized([=, this] { return salesCycles.readList(); },
                                                 wrongKey([](ApiClient *o) { return SalesCyclesApi(o).readList(); }));
    t[u"read_user_list"_s] = unauthorized([=, this] { return users.readList(); },
                                          wrongKey([](ApiClient *o) { return UsersApi(o).readList(); }));
    t[u"read_appts_by_user_id"_s] = sentNoRecord([=, this] { return events.appointmentsForUser(m_userId); },
                                                 [=, this] { return events.appointmentsForUser(missingId); });
    t[u"read_tags_list"_s] = unauthorized([=, this] { return tags.readList(); },
                                          wrongKey([](ApiClient *o) { return TagsApi(o).readList(); }));
    t[u"read_account_list"_s] = CallCase{[=, this] { return accounts.readList(); },
                                         [this] {
                                             auto *standard = new ApiClient(m_client.get());
                                             standard->setBaseUrl(m_sandbox->baseUrl());
                                             standard->setCredentials(Sandbox::demoAccessToken(),
                                                                      Sandbox::demoStandardWebKey());
                                             return AccountsApi(standard).readList();
                                         },
                                         S::ServerCode, CtCode::BadRequest, true};
    t[u"read_pending_actions"_s] = sentNoRecord([=, this] { return contacts.pendingActions(m_clientId); },
                                                [=, this] { return contacts.pendingActions(missingId); });
    t[u"read_proposals"_s] = sentNoRecord([=, this] { return proposals.readProposals(m_paymentClientId); },
                                          [=, this] { return proposals.readProposals(missingId); });
    t[u"read_proposal_payments"_s] = sentNoRecord(
        [=, this] { return proposals.readProposalPayments(m_paymentClientId, m_paymentDate); },
        [=, this] { return proposals.readProposalPayments(missingId, m_paymentDate); });
    t[u"read_all_payments"_s] = unauthorized([=, this] { return proposals.readAllPayments(); },
                                             wrongKey([](ApiClient *o) { return ProposalsApi(o).readAllPayments(); }));
    t[u"update_client_by_id"_s] = sentNoRecord([=, this] { return contacts.update(m_clientId, {{u"city"_s, u"Boulder"_s}}); },
                                               [=, this] { return contacts.update(missingId, {{u"city"_s, u"Boulder"_s}}); });
    t[u"update_client_by_external_id"_s] = sentNoRecord(
        [=, this] { return contacts.updateByExternalId(m_externalId, {{u"city"_s, u"Golden"_s}}); },
        [=, this] { return contacts.updateByExternalId(u"no-such-external"_s, {{u"city"_s, u"Golden"_s}}); });
    t[u"update_action_plan_by_id"_s] = sentNoRecord(
        [=, this] { return plans.update(m_actionPlanId, {{u"action_plan_name"_s, u"Renamed plan"_s}}); },
        [=, this] { return plans.update(missingId, {{u"action_plan_name"_s, u"Renamed plan"_s}}); });
    t[u"update_lead_source_by_id"_s] = sentNoRecord([=, this] { return leadSources.update(m_leadSourceId, u"Renamed source"_s); },
                                                    [=, this] { return leadSources.update(missingId, u"Renamed source"_s); });
    t[u"update_sales_cycle_by_id"_s] = sentNoRecord(
        [=, this] { return salesCycles.update(m_salesCycleId, {{u"sales_cycle_name"_s, u"Renamed stage"_s}}); },
        [=, this] { return salesCycles.update(missingId, {{u"sales_cycle_name"_s, u"Renamed stage"_s}}); });
    t[u"update_user_by_id"_s] = sentNoRecord([=, this] { return users.update(m_userId, {{u"user_first_name"_s, u"Renamed"_s}}); },
                                             [=, this] { return users.update(missingId, {{u"user_first_name"_s, u"Renamed"_s}}); });
    t[u"update_account_by_id"_s] = sentNoRecord(
        [=, this] { return accounts.update(m_accountId, {{u"account_company_name"_s, u"Renamed Co"_s}}); },
        [=, this] { return accounts.update(missingId, {{u"account_company_name"_s, u"Renamed Co"_s}}); });
    t[u"delete_client_by_id"_s] = sentNoRecord([this, contacts] { return contacts.remove(freshClient()); },
                                               [=, this] { return contacts.remove(missingId); });
    t[u"delete_client_by_external_id"_s] = sentNoRecord(
        [this, contacts] {
            const QString ext = u"ext-delete-%1"_s.arg(++m_counter);
            freshClient(ext);
            return contacts.removeByExternalId(ext);
        },
        [=, this] { return contacts.removeByExternalId(u"no-such-external"_s); });
    // The document's main error for these two: still in use by a client (CT512).
    auto inUse = [this, contacts](const QString &key, const QString &id) {
        run(contacts.create(u"Uses"_s, unique(u"Catalog"_s), {{key, id}}));
    };
    t[u"delete_lead_source_by_id"_s] = CallCase{
        [this, leadSources] { return leadSources.remove(freshLeadSource()); },
        [this, leadSources, inUse] {
            const QString id = freshLeadSource();
            inUse(u"lead_source_id"_s, id);
            return leadSources.remove(id);
        },
        S::ServerCode, CtCode::StillInUse, true};
    t[u"delete_sales_cycle_by_id"_s] = CallCase{
        [this, salesCycles] { return salesCycles.remove(freshSalesCycle()); },
        [this, salesCycles, inUse] {
            const QString id = freshSalesCycle();
            inUse(u"sales_cycle_id"_s, id);
            return salesCycles.remove(id);
        },
        S::ServerCode, CtCode::StillInUse, true};
    t[u"delete_user_by_id"_s] = sentNoRecord([this, users] { return users.remove(freshUser()); },
                                             [=, this] { return users.remove(missingId); });
    t[u"delete_account_by_id"_s] = sentNoRecord([=, this] { return accounts.remove(m_subAccountId); },
                                                [=, this] { return accounts.remove(missingId); });
    t[u"delete_client_event"_s] = sentNoRecord([this, events] { return events.remove(freshEvent()); },
                                               [=, this] { return events.remove(missingId); });
    return t;
}

void TestApiClientSandbox::everyCallHasATypedCase()
{
    QStringList table;
    for (const CallSpec &call : callTable())
        table.append(call.name);
    QStringList covered = cases().keys();
    table.sort();
    covered.sort();
    QCOMPARE(table.size(), 42);
    QCOMPARE(covered, table);
}

void TestApiClientSandbox::everyCall_data()
{
    QTest::addColumn<QString>("call");
    for (const CallSpec &call : callTable())
        QTest::newRow(qPrintable(call.name)) << call.name;
}

void TestApiClientSandbox::everyCall()
{
    QFETCH(QString, call);
    const CallSpec *spec = findCall(call);
    QVERIFY(spec);
    if (call == u"delete_account_by_id" && m_subAccountId.isEmpty())
        QSKIP("the demo enterprise account has no sub-account to delete");
    const CallCase c = cases().value(call);
    QVERIFY(c.success && c.failure);

    // WHEN the typed function is called
    const qsizetype before = logSize();
    ApiReply *reply = c.success();
    QCOMPARE(reply->callName(), call);
    const ApiResult ok = run(reply);
    // THEN the server ran that very call and answered CT200
    QVERIFY2(ok.ok(), qPrintable(describe(ok)));
    QCOMPARE(ok.ctCode, CtCode::Success);
    const auto log = logSince(before);
    QVERIFY(!log.isEmpty());
    const auto &last = log.last();
    QCOMPARE(last.call, call);
    QCOMPARE(last.method, methodName(spec->method));
    QVERIFY(last.hadAccessToken && last.hadWebKey && last.credentialsAccepted);
    if (spec->method == HttpMethod::Get && call.endsWith(u"_list")) {
        // A list read of the demo account brings its rows, and TotalRecord counts at least those.
        QVERIFY2(!ok.rows.isEmpty(), qPrintable(call + u": no rows"_s));
        QVERIFY2(ok.total >= ok.rows.size(), qPrintable(call + u": TotalRecord %1 for %2 rows"_s.arg(ok.total).arg(ok.rows.size())));
    }

    // AND its main failure comes back as one typed result
    const qsizetype beforeFailure = logSize();
    const ApiResult bad = run(c.failure());
    QVERIFY2(bad.status == c.failureStatus, qPrintable(describe(bad)));
    if (c.failureCode)
        QCOMPARE(bad.ctCode, c.failureCode);
    if (c.failureSent) {
        QVERIFY(logSize() > beforeFailure);
    } else {
        QCOMPARE(logSize(), beforeFailure);   // refused before sending
        QVERIFY(!bad.offendingKey.isEmpty());
    }
}

void TestApiClientSandbox::headersOnEveryRequest()
{
    m_sandbox->clearRequestLog();
    ContactsApi contacts(m_client.get());
    QVERIFY(run(contacts.readById(m_clientId)).ok());
    QVERIFY(run(contacts.addHistoryNote(m_clientId, u"header check"_s)).ok());
    QVERIFY(run(EventsApi(m_client.get()).remove(freshEvent())).ok());
    const auto log = m_sandbox->requestLog();
    QVERIFY(log.size() >= 4);
    for (const auto &r : log) {
        QVERIFY2(r.hadAccessToken, qPrintable(r.call));
        QVERIFY2(r.hadWebKey, qPrintable(r.call));
        QVERIFY2(r.credentialsAccepted, qPrintable(r.call));
    }
}

void TestApiClientSandbox::queryEncoding_data()
{
    QTest::addColumn<QString>("firstName");
    QTest::addColumn<QString>("email");
    QTest::newRow("plus and space") << u"Mary Ann"_s << u"mary+ann@example.com"_s;
    QTest::newRow("reserved") << u"A&B=C?#%"_s << u"o'neil@example.com"_s;
    QTest::newRow("unicode") << u"Zoë Ångström"_s << u"zoe@example.com"_s;
}

void TestApiClientSandbox::queryEncoding()
{
    QFETCH(QString, firstName);
    QFETCH(QString, email);
    const qsizetype before = logSize();
    const ApiResult r = run(ContactsApi(m_client.get()).exists(firstName, {}, {}, email));
    QVERIFY2(r.status == ApiStatus::Ok || r.ctCode == CtCode::NoRecord, qPrintable(describe(r)));
    const auto log = logSince(before);
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.first().method, u"GET"_s);
    // The server decoded exactly what was meant: '+' is not a space, '&' does not split
    QCOMPARE(log.first().params.value(u"firstName"_s), firstName);
    QCOMPARE(log.first().params.value(u"email"_s), email);
    QCOMPARE(log.first().params.size(), 2);
}

void TestApiClientSandbox::postBodyIsJson()
{
    const ApiParams fields = {{u"city"_s, u"Fort Collins"_s}, {u"age"_s, u"42"_s},
                              {u"email"_s, u"ann+lee@example.com"_s}};
    const qsizetype before = logSize();
    const ApiResult r = run(ContactsApi(m_client.get()).create(u"Ann & Co"_s, u"Lee+Smith"_s, fields));
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    const auto log = logSince(before);
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.first().method, u"POST"_s);
    QVERIFY(log.first().contentType.startsWith("application/json"));
    QCOMPARE(log.first().path, u"/v2/api/create_client"_s);   // nothing in the query
    QCOMPARE(log.first().params.value(u"firstName"_s), u"Ann & Co"_s);
    QCOMPARE(log.first().params.value(u"lastName"_s), u"Lee+Smith"_s);
    QCOMPARE(log.first().params.value(u"age"_s), u"42"_s);
    QCOMPARE(log.first().params.value(u"email"_s), u"ann+lee@example.com"_s);

    // AND it reads back as sent
    const ApiResult back = run(ContactsApi(m_client.get()).readById(rowValue(r, u"client_id"_s)));
    QVERIFY2(back.ok(), qPrintable(describe(back)));
    QCOMPARE(rowValue(back, u"lastName"_s), u"Lee+Smith"_s);
    QCOMPARE(rowValue(back, u"city"_s), u"Fort Collins"_s);
}

void TestApiClientSandbox::deleteParametersInQuery()
{
    const QString eventId = freshEvent();
    QVERIFY(!eventId.isEmpty());
    const qsizetype before = logSize();
    QVERIFY(run(EventsApi(m_client.get()).remove(eventId)).ok());
    const auto log = logSince(before);
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.first().method, u"DELETE"_s);
    QCOMPARE(log.first().params.value(u"event_id"_s), eventId);
    QVERIFY(!log.first().contentType.startsWith("application/json"));
}

void TestApiClientSandbox::readClientByIdUsesPathForm()
{
    const qsizetype before = logSize();
    const ApiResult r = run(ContactsApi(m_client.get()).readById(m_clientId));
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    QCOMPARE(rowValue(r, u"client_id"_s), m_clientId);
    const auto log = logSince(before);
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.first().path, u"/v2/api/read_client_by_id/"_s + m_clientId);
}

void TestApiClientSandbox::unauthorizedSignal()
{
    ApiClient client;
    client.setBaseUrl(m_sandbox->baseUrl());
    client.setCredentials(u"not-the-demo-token-at-all"_s, Sandbox::demoWebKey());
    QSignalSpy unauthorized(&client, &ApiClient::unauthorized);
    const qsizetype before = logSize();
    ApiReply *reply = client.call(u"read_tags_list"_s);
    reply->setAutoDelete(false);
    const ApiResult r = run(reply);
    QCOMPARE(statusName(r.status), statusName(ApiStatus::Unauthorized));
    QCOMPARE(r.httpStatus, 401);
    QCOMPARE(reply->attempts(), 1);   // a refusal is not retried
    QTRY_COMPARE(unauthorized.size(), 1);
    const auto log = logSince(before);
    QCOMPARE(log.size(), 1);
    QVERIFY(log.first().hadAccessToken && !log.first().credentialsAccepted);
    delete reply;
}

void TestApiClientSandbox::validationBeforeSending_data()
{
    QTest::addColumn<QString>("call");
    QTest::addColumn<ApiParams>("params");
    QTest::addColumn<ApiStatus>("status");
    QTest::addColumn<QString>("key");
    QTest::newRow("missing client_id") << u"read_client_by_id"_s << ApiParams{} << ApiStatus::ServerCode
                                       << u"client_id"_s;
    QTest::newRow("missing one of") << u"read_client_exist"_s << ApiParams{} << ApiStatus::ServerCode
                                    << u"firstName|lastName|phone|email"_s;
    QTest::newRow("formatted phone") << u"create_client"_s
                                     << ApiParams{{u"firstName"_s, u"A"_s}, {u"lastName"_s, u"B"_s},
                                                  {u"phone"_s, u"(303) 929-1447"_s}}
                                     << ApiStatus::ValidationIssue << u"phone"_s;
    QTest::newRow("bad email") << u"update_client_by_id"_s
                               << ApiParams{{u"client_id"_s, u"1"_s}, {u"email"_s, u"not-an-email"_s}}
                               << ApiStatus::ValidationIssue << u"email"_s;
    QTest::newRow("bad date") << u"create_client_event"_s
                              << ApiParams{{u"client_id"_s, u"1"_s}, {u"event_type"_s, u"Call"_s},
                                           {u"event_date"_s, u"2026-11-27"_s}, {u"event_time"_s, u"10:00:00"_s},
                                           {u"event_note"_s, u"n"_s}}
                              << ApiStatus::ValidationIssue << u"event_date"_s;
    QTest::newRow("unknown call") << u"read_everything"_s << ApiParams{} << ApiStatus::HttpError << QString();
}

void TestApiClientSandbox::validationBeforeSending()
{
    QFETCH(QString, call);
    QFETCH(ApiParams, params);
    QFETCH(ApiStatus, status);
    QFETCH(QString, key);
    QSignalSpy inFlight(m_client.get(), &ApiClient::inFlightChanged);
    const qsizetype before = logSize();
    ApiReply *reply = m_client->call(call, params);
    reply->setAutoDelete(false);
    const ApiResult r = run(reply);
    QCOMPARE(statusName(r.status), statusName(status));
    QCOMPARE(r.offendingKey, key);
    QCOMPARE(reply->attempts(), 0);
    // Nothing reached the server
    QCOMPARE(logSize(), before);
    QCOMPARE(inFlight.size(), 0);
    delete reply;
}

void TestApiClientSandbox::readsRetryServerErrors()
{
    FaultPlan plan;
    plan.serverErrorRate = 1;
    plan.onlyCalls = {u"read_tags_list"_s};
    m_sandbox->setFaultPlan(plan);
    m_client->setMaxAttempts(3);
    const qsizetype before = logSize();
    ApiReply *reply = TagsApi(m_client.get()).readList();
    reply->setAutoDelete(false);
    QSignalSpy retrying(reply, &ApiReply::retrying);
    const ApiResult r = run(reply);
    QCOMPARE(statusName(r.status), statusName(ApiStatus::ServerError));
    QVERIFY(r.httpStatus == 500 || r.httpStatus == 503);
    QCOMPARE(reply->attempts(), 3);
    QCOMPARE(retrying.size(), 2);
    const auto log = logSince(before);
    QCOMPARE(log.size(), 3);
    for (const auto &entry : log)
        QCOMPARE(entry.fault, u"error"_s);
    delete reply;
}

void TestApiClientSandbox::readRecoversWithBackoff()
{
    // GIVEN a server that fails the first read with 500/503 and then recovers
    FaultPlan plan;
    plan.serverErrorRate = 1;
    plan.onlyCalls = {u"read_sales_cycle_list"_s};
    m_sandbox->setFaultPlan(plan);
    m_client->setRetryBaseDelayMs(400);
    QElapsedTimer clock;
    QList<qint64> arrivals;
    const auto connection = connect(m_sandbox.get(), &Sandbox::requestRecorded, this, [&] {
        arrivals.append(clock.elapsed());
        m_sandbox->setFaultPlan({});
    });
    clock.start();
    ApiReply *reply = SalesCyclesApi(m_client.get()).readList();
    reply->setAutoDelete(false);
    const ApiResult r = run(reply);
    disconnect(connection);
    // THEN the second attempt succeeds, and it waited at least half the base delay (the
    // jitter's lower bound)
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    QCOMPARE(reply->attempts(), 2);
    QCOMPARE(arrivals.size(), 2);
    QVERIFY2(arrivals.at(1) - arrivals.at(0) >= 200, qPrintable(QString::number(arrivals.at(1) - arrivals.at(0))));
    delete reply;
}

void TestApiClientSandbox::readsRetryDrops()
{
    FaultPlan plan;
    plan.dropRate = 1;
    plan.onlyCalls = {u"read_user_list"_s};
    m_sandbox->setFaultPlan(plan);
    const qsizetype before = logSize();
    ApiReply *reply = UsersApi(m_client.get()).readList();
    reply->setAutoDelete(false);
    const ApiResult r = run(reply);
    QCOMPARE(statusName(r.status), statusName(ApiStatus::Offline));
    QCOMPARE(reply->attempts(), 3);
    // Qt may resend a read once on a closed connection by itself; at least one arrival per attempt
    QVERIFY(logSize() - before >= 3);
    delete reply;
}

void TestApiClientSandbox::writesAreNotRetried_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("call");
    QTest::addColumn<ApiStatus>("status");
    const QStringList writes = {u"create_client_history_note"_s, u"update_client_by_id"_s, u"delete_client_event"_s};
    for (const QString &call : writes) {
        QTest::addRow("500 %s", qPrintable(call)) << u"error"_s << call << ApiStatus::ServerError;
        QTest::addRow("drop %s", qPrintable(call)) << u"drop"_s << call << ApiStatus::Offline;
        QTest::addRow("429 %s", qPrintable(call)) << u"rate-limit"_s << call << ApiStatus::RateLimited;
    }
}

void TestApiClientSandbox::writesAreNotRetried()
{
    QFETCH(QString, fault);
    QFETCH(QString, call);
    QFETCH(ApiStatus, status);
    const QString eventId = call == u"delete_client_event" ? freshEvent() : QString();
    FaultPlan plan;
    plan.onlyCalls = {call};
    if (fault == u"error")
        plan.serverErrorRate = 1;
    else if (fault == u"drop")
        plan.dropRate = 1;
    else
        plan.rateLimitRate = 1;
    m_sandbox->setFaultPlan(plan);
    const qsizetype before = logSize();
    ApiReply *reply = nullptr;
    if (call == u"create_client_history_note")
        reply = ContactsApi(m_client.get()).addHistoryNote(m_clientId, u"not twice"_s);
    else if (call == u"update_client_by_id")
        reply = ContactsApi(m_client.get()).update(m_clientId, {{u"city"_s, u"Aurora"_s}});
    else
        reply = EventsApi(m_client.get()).remove(eventId);
    reply->setAutoDelete(false);
    const ApiResult r = run(reply);
    QCOMPARE(statusName(r.status), statusName(status));
    QCOMPARE(reply->attempts(), 1);
    // Exactly one arrival: neither ApiClient nor Qt sent it again
    QCOMPARE(logSize() - before, 1);
    delete reply;
}

void TestApiClientSandbox::lostAnswerOfACreateIsReportedNotRepeated()
{
    FaultPlan plan;
    plan.answerLostRate = 1;
    plan.onlyCalls = {u"create_client"_s};
    m_sandbox->setFaultPlan(plan);
    const QString lastName = unique(u"Lost-answer"_s);
    const qsizetype clientsBefore = m_sandbox->clients(Sandbox::demoWebKey()).size();
    const qsizetype before = logSize();
    ApiReply *reply = ContactsApi(m_client.get()).create(u"Ambiguous"_s, lastName);
    reply->setAutoDelete(false);
    const ApiResult r = run(reply);
    // THEN the caller hears an ambiguous failure; the server made exactly one contact
    QVERIFY2(r.isAmbiguous(), qPrintable(describe(r)));
    QCOMPARE(reply->attempts(), 1);
    QCOMPARE(logSize() - before, 1);
    QCOMPARE(m_sandbox->clients(Sandbox::demoWebKey()).size(), clientsBefore + 1);
    delete reply;
}

void TestApiClientSandbox::rateLimitHonoursRetryAfter()
{
    FaultPlan plan;
    plan.rateLimitRate = 1;
    plan.retryAfterSeconds = 1;
    plan.onlyCalls = {u"read_lead_source_list"_s};
    m_sandbox->setFaultPlan(plan);
    QElapsedTimer clock;
    QList<qint64> arrivals;
    const auto connection = connect(m_sandbox.get(), &Sandbox::requestRecorded, this, [&] {
        arrivals.append(clock.elapsed());
        m_sandbox->setFaultPlan({});
    });
    clock.start();
    ApiReply *reply = LeadSourcesApi(m_client.get()).readList();
    reply->setAutoDelete(false);
    QSignalSpy retrying(reply, &ApiReply::retrying);
    const ApiResult r = run(reply);
    disconnect(connection);
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    QCOMPARE(reply->attempts(), 2);
    QCOMPARE(retrying.size(), 1);
    QCOMPARE(retrying.first().at(2).value<ApiResult>().retryAfterMs, 1000);
    QCOMPARE(arrivals.size(), 2);
    // The retry came no sooner than the server asked (a lower bound only)
    QVERIFY2(arrivals.at(1) - arrivals.at(0) >= 1000, qPrintable(QString::number(arrivals.at(1) - arrivals.at(0))));
    delete reply;
}

void TestApiClientSandbox::rateLimitBeyondCapIsReported()
{
    FaultPlan plan;
    plan.rateLimitRate = 1;
    plan.retryAfterSeconds = 120;
    plan.onlyCalls = {u"read_tags_list"_s};
    m_sandbox->setFaultPlan(plan);
    m_client->setMaxRetryAfterMs(30000);
    ApiReply *reply = TagsApi(m_client.get()).readList();
    reply->setAutoDelete(false);
    const ApiResult r = run(reply);
    QCOMPARE(statusName(r.status), statusName(ApiStatus::RateLimited));
    QCOMPARE(r.retryAfterMs, 120000);
    QCOMPARE(reply->attempts(), 1);
    delete reply;
}

void TestApiClientSandbox::malformedBodyIsTyped()
{
    FaultPlan plan;
    plan.malformedRate = 1;
    plan.onlyCalls = {u"read_client_list"_s};
    m_sandbox->setFaultPlan(plan);
    for (int i = 0; i < 3; ++i) {
        ApiReply *reply = ContactsApi(m_client.get()).readList();
        reply->setAutoDelete(false);
        const ApiResult r = run(reply);
        QCOMPARE(statusName(r.status), statusName(ApiStatus::Malformed));
        QCOMPARE(reply->attempts(), 1);   // not transient: the same answer would come again
        delete reply;
    }
}

void TestApiClientSandbox::transferTimeout_data()
{
    QTest::addColumn<QString>("call");
    QTest::addColumn<int>("attempts");
    QTest::newRow("read, retried") << u"read_tags_list"_s << 2;
    QTest::newRow("write, not retried") << u"create_tag"_s << 1;
}

void TestApiClientSandbox::transferTimeout()
{
    QFETCH(QString, call);
    QFETCH(int, attempts);
    FaultPlan plan;
    plan.latencyMs = 1500;
    plan.onlyCalls = {call};
    m_sandbox->setFaultPlan(plan);
    m_client->setTransferTimeoutMs(200);
    m_client->setMaxAttempts(2);
    const qsizetype before = logSize();
    ApiReply *reply = call == u"create_tag" ? TagsApi(m_client.get()).create(unique(u"slow"_s))
                                            : TagsApi(m_client.get()).readList();
    reply->setAutoDelete(false);
    const ApiResult r = run(reply);
    QCOMPARE(statusName(r.status), statusName(ApiStatus::Timeout));
    QVERIFY(r.isAmbiguous());
    QCOMPARE(reply->attempts(), attempts);
    QCOMPARE(logSize() - before, qsizetype(attempts));
    delete reply;
}

void TestApiClientSandbox::inFlightLimitRespected()
{
    // GIVEN a slow server and a client allowed two requests at once
    FaultPlan plan;
    plan.latencyMs = 150;
    m_sandbox->setFaultPlan(plan);
    m_client->setMaxInFlight(2);
    int arrived = 0;
    int finished = 0;
    int maxAtServer = 0;
    int maxInFlight = 0;
    int maxQueued = 0;
    const auto c1 = connect(m_sandbox.get(), &Sandbox::requestRecorded, this, [&] {
        ++arrived;
        // Arrived but not yet finished at the client: an upper bound of what the server holds
        maxAtServer = std::max(maxAtServer, arrived - finished);
    });
    const auto c2 = connect(m_client.get(), &ApiClient::inFlightChanged, this, [&](int n) {
        maxInFlight = std::max(maxInFlight, n);
        maxQueued = std::max(maxQueued, m_client->queued());
    });
    const int total = 8;
    QList<ApiReply *> replies;
    for (int i = 0; i < total; ++i) {
        ApiReply *reply = i % 2 ? TagsApi(m_client.get()).readList() : ContactsApi(m_client.get()).readList(i, 5);
        connect(reply, &ApiReply::finished, this, [&] { ++finished; });
        replies.append(reply);
    }
    QCOMPARE(m_client->inFlight(), 2);
    QCOMPARE(m_client->queued(), total - 2);
    QTRY_COMPARE_WITH_TIMEOUT(finished, total, 30000);
    disconnect(c1);
    disconnect(c2);
    QCOMPARE(arrived, total);
    QVERIFY2(maxAtServer <= 2, qPrintable(QString::number(maxAtServer)));
    QCOMPARE(maxAtServer, 2);   // the bound was reached, so it was the bound that held
    QCOMPARE(maxInFlight, 2);
    QCOMPARE(m_client->inFlight(), 0);
}

void TestApiClientSandbox::abortInFlight()
{
    FaultPlan plan;
    plan.latencyMs = 3000;
    plan.onlyCalls = {u"read_tags_list"_s};
    m_sandbox->setFaultPlan(plan);
    ApiReply *reply = TagsApi(m_client.get()).readList();
    QSignalSpy finished(reply, &ApiReply::finished);
    QTRY_COMPARE(m_client->inFlight(), 1);
    reply->abort();
    reply->abort();   // twice is harmless
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().value<ApiResult>().status, ApiStatus::Canceled);
    QCOMPARE(m_client->inFlight(), 0);
    QTest::qWait(0);
    QCOMPARE(finished.size(), 1);   // exactly once
}

void TestApiClientSandbox::insecureRemoteRefused_data()
{
    QTest::addColumn<QString>("baseUrl");
    QTest::newRow("http remote name") << u"http://api.clienttether.com/v2/api/"_s;
    QTest::newRow("http remote address") << u"http://192.0.2.10:%1/v2/api/"_s;
    QTest::newRow("http look-alike") << u"http://localhost.example.com:%1/v2/api/"_s;
}

void TestApiClientSandbox::insecureRemoteRefused()
{
    QFETCH(QString, baseUrl);
    ApiClient client;
    client.setBaseUrl(QUrl(baseUrl.contains(u"%1") ? baseUrl.arg(m_sandbox->port()) : baseUrl));
    client.setCredentials(Sandbox::demoAccessToken(), Sandbox::demoWebKey());
    QSignalSpy inFlight(&client, &ApiClient::inFlightChanged);
    ApiReply *reply = TagsApi(&client).readList();
    reply->setAutoDelete(false);
    const ApiResult r = run(reply);
    QCOMPARE(statusName(r.status), statusName(ApiStatus::InsecureRefused));
    QCOMPARE(reply->attempts(), 0);
    QCOMPARE(inFlight.size(), 0);   // no request was ever created
    delete reply;
}

void TestApiClientSandbox::tokensNeverLogged()
{
    const QString token = Sandbox::demoAccessToken();
    const QString webKey = Sandbox::demoWebKey();
    QVERIFY(token.size() >= 8 && webKey.size() >= 8);
    QStringList messages;
    {
        ct::clienttest::LogCapture capture;
        QLoggingCategory::setFilterRules(u"ct.*=true"_s);
        // Successes, server codes, validation, 401, server errors with retries, timeouts
        ContactsApi contacts(m_client.get());
        run(contacts.readList(0, 5));
        run(contacts.readById(m_clientId));
        run(contacts.readById(missingId));
        run(contacts.create(u"Log"_s, unique(u"Check"_s), {{u"email"_s, u"log+check@example.com"_s}}));
        run(contacts.exists({}, {}, u"12"_s, {}));
        ApiClient stranger;
        stranger.setBaseUrl(m_sandbox->baseUrl());
        stranger.setCredentials(token + u"x"_s, webKey);
        run(TagsApi(&stranger).readList());
        FaultPlan plan;
        plan.serverErrorRate = 1;
        plan.onlyCalls = {u"read_tags_list"_s};
        m_sandbox->setFaultPlan(plan);
        run(TagsApi(m_client.get()).readList());
        plan = {};
        plan.latencyMs = 800;
        plan.onlyCalls = {u"read_user_list"_s};
        m_sandbox->setFaultPlan(plan);
        m_client->setTransferTimeoutMs(100);
        m_client->setMaxAttempts(1);
        run(UsersApi(m_client.get()).readList());
        ApiClient insecure;
        insecure.setBaseUrl(QUrl(u"http://api.clienttether.com/v2/api/"_s));
        insecure.setCredentials(token, webKey);
        run(TagsApi(&insecure).readList());
        messages = capture.messages();
    }
    QVERIFY(messages.size() >= 10);
    QVERIFY(messages.join(u'\n').contains(u"<redacted>"_s));   // headers were logged, values were not
    for (const QString &m : std::as_const(messages)) {
        QVERIFY2(!m.contains(token), qPrintable(u"token in: "_s + m.left(200)));
        QVERIFY2(!m.contains(webKey), qPrintable(u"web key in: "_s + m.left(200)));
    }
}

QTEST_GUILESS_MAIN(TestApiClientSandbox)
#include "tst_apiclient.moc"
