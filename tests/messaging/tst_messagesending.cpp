// SPDX-License-Identifier: MIT
// MessageSending and the outbox against the real sandbox on loopback (real SQLite, real
// replayer): each validation case, contacts that cannot be texted, scheduled values on the
// wire, the history note the server writes, lost answers checked instead of repeated, and an
// immediate call that is never placed twice on the replayer's own judgement.
#include "contactactivitymodel.h"
#include "contactsmodel.h"
#include "messagesending.h"
#include "sandbox.h"
#include "sandboxrequests.h"

#include "api/apiclient.h"
#include "store/accountdatabase.h"
#include "store/createverifier.h"
#include "store/outbox.h"
#include "store/outboxreplayer.h"
#include "store/replaypolicy.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace ct::models;
using ct::sandbox::Sandbox;
using ct::store::OutboxReplayer;
using ct::store::OutboxState;
using ct::store::ReplayPolicy;

Q_DECLARE_METATYPE(ReplayPolicy::Verdict)

namespace {

constexpr int Generous = 20000;

ct::api::ApiResult callNow(ct::api::ApiClient &client, const QString &call, const ct::api::ApiParams &params)
{
    return ct::testsupport::callNow(client.call(call, params));
}

QDateTime nextWeekAt(int hour, int minute)
{
    return QDateTime(QDate::currentDate().addDays(7), QTime(hour, minute));
}

} // namespace

class TestMessageSending : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<ct::store::AccountDatabase> m_db;
    std::unique_ptr<ct::store::Outbox> m_outbox;
    std::unique_ptr<ct::api::ApiClient> m_client;
    std::unique_ptr<ct::api::ApiClient> m_other;      // the test's own look at the server
    std::unique_ptr<OutboxReplayer> m_replayer;
    std::unique_ptr<ContactsModel> m_contacts;
    std::unique_ptr<MessageSending> m_sending;
    QStringList m_ids;                                 // client ids of the loaded contacts

    void configure(ct::api::ApiClient &client)
    {
        client.setBaseUrl(m_sandbox->baseUrl());
        client.setCredentials(Sandbox::demoAccessToken(), Sandbox::demoWebKey());
        client.setTransferTimeoutMs(10000);
        client.setRetryBaseDelayMs(20);
    }

    int immediateCallsOnServer() const
    {
        QSqlQuery q(m_sandbox->database());
        return q.exec(u"SELECT COUNT(*) FROM immediate_calls"_s) && q.next() ? q.value(0).toInt() : -1;
    }

    // The client's history notes whose body holds `text`.
    int notesHolding(const QString &clientId, const QString &text)
    {
        const auto r = callNow(*m_other, u"read_client_history_notes"_s, {{u"client_id"_s, clientId}});
        int n = 0;
        for (const QJsonValue &row : r.rows)
            n += row.toObject().value(u"note_body"_s).toString().contains(text) ? 1 : 0;
        return n;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_sandbox = std::make_unique<Sandbox>(ct::sandbox::SandboxOptions{{}, 11, 20});
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
        m_db = std::make_unique<ct::store::AccountDatabase>();
        QVERIFY(m_db->open(m_dir->path(), Sandbox::demoWebKey()));
        m_outbox = std::make_unique<ct::store::Outbox>(m_db.get());
        QVERIFY(m_outbox->load());
        m_client = std::make_unique<ct::api::ApiClient>();
        configure(*m_client);
        m_other = std::make_unique<ct::api::ApiClient>();
        configure(*m_other);
        m_replayer = std::make_unique<OutboxReplayer>(m_outbox.get(), m_client.get());
        m_replayer->setBackoff(ct::store::Backoff(50, 500));

        // Contact 0 opts out of texts, contact 1 has no phone: set on the server first.
        m_ids.clear();
        for (const QJsonValue &row : m_sandbox->clients(Sandbox::demoWebKey()))
            m_ids.append(row.toObject().value(u"client_id"_s).toString());
        QVERIFY(m_ids.size() >= 5);
        QVERIFY(callNow(*m_other, u"update_client_by_id"_s, {{u"client_id"_s, m_ids.at(0)}, {u"smsok"_s, u"0"_s}}).ok());
        QVERIFY(callNow(*m_other, u"update_client_by_id"_s, {{u"client_id"_s, m_ids.at(1)}, {u"phone"_s, QString()}}).ok());
        QVERIFY(callNow(*m_other, u"update_client_by_id"_s, {{u"client_id"_s, m_ids.at(2)}, {u"email"_s, QString()}}).ok());

        m_contacts = std::make_unique<ContactsModel>();
        m_contacts->setAccount(m_db.get(), m_client.get());
        m_contacts->trackOutbox(m_outbox.get(), m_replayer.get());
        m_contacts->loadAll();
        QTRY_VERIFY_WITH_TIMEOUT(m_contacts->isFullyLoaded(), Generous);
        m_sending = std::make_unique<MessageSending>(m_contacts.get(), m_outbox.get(), m_replayer.get());
    }

    void cleanup()
    {
        m_sending.reset();
        m_contacts.reset();
        m_replayer.reset();
        m_client.reset();
        m_other.reset();
        m_outbox.reset();
        m_db.reset();
        m_sandbox.reset();
        m_dir.reset();
    }

    void emailValidation_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("cc");
        QTest::addColumn<QString>("bcc");
        QTest::addColumn<bool>("exclude");
        QTest::addColumn<QDateTime>("sendAt");
        QTest::addColumn<QString>("problemKey");   // "" for an acceptable draft
        const QDateTime now;
        QTest::newRow("complete") << u"Your estimate"_s << u"Hello,\nsee attached.\n-- Ana"_s << QString() << QString() << false << now << QString();
        QTest::newRow("cc and bcc lists") << u"S"_s << u"B"_s << u" a@example.com , b@example.org,"_s << u"c@example.net"_s << false << now << QString();
        QTest::newRow("scheduled next week") << u"S"_s << u"B"_s << QString() << QString() << false << nextWeekAt(9, 30) << QString();
        QTest::newRow("excluded with a cc") << u"S"_s << u"B"_s << u"boss@example.com"_s << QString() << true << now << QString();
        QTest::newRow("subject missing") << u"  "_s << u"B"_s << QString() << QString() << false << now << u"email_subject"_s;
        QTest::newRow("body missing") << u"S"_s << u"\n \n"_s << QString() << QString() << false << now << u"email_body"_s;
        QTest::newRow("html body") << u"S"_s << u"<p>Hello</p>"_s << QString() << QString() << false << now << u"email_body"_s;
        QTest::newRow("html line break") << u"S"_s << u"Hello<br>there"_s << QString() << QString() << false << now << u"email_body"_s;
        QTest::newRow("cc not an address") << u"S"_s << u"B"_s << u"ana.example.com"_s << QString() << false << now << u"email_cc"_s;
        QTest::newRow("cc with semicolons") << u"S"_s << u"B"_s << u"a@example.com; b@example.com"_s << QString() << false << now << u"email_cc"_s;
        QTest::newRow("bcc second address bad") << u"S"_s << u"B"_s << QString() << u"a@example.com, b@"_s << false << now << u"email_bcc"_s;
        QTest::newRow("excluded with nobody else") << u"S"_s << u"B"_s << QString() << QString() << true << now << u"exclude_contact"_s;
        QTest::newRow("scheduled in the past") << u"S"_s << u"B"_s << QString() << QString() << false
                                               << QDateTime::currentDateTime().addDays(-1) << u"email_date"_s;
    }

    void emailValidation()
    {
        QFETCH(QString, subject);
        QFETCH(QString, body);
        QFETCH(QString, cc);
        QFETCH(QString, bcc);
        QFETCH(bool, exclude);
        QFETCH(QDateTime, sendAt);
        QFETCH(QString, problemKey);
        const EmailDraft draft{subject, body, cc, bcc, exclude, sendAt};
        const QList<FieldProblem> problems = m_sending->checkEmail(draft);
        if (problemKey.isEmpty()) {
            QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).key + u": "_s + problems.value(0).message));
        } else {
            QCOMPARE(problems.size(), 1);
            QCOMPARE(problems.first().key, problemKey);
            QVERIFY(!problems.first().message.isEmpty());
        }
        // WHEN it is sent THEN nothing is queued for a bad draft, and the server accepts a good one
        const MessageSending::Outcome outcome = m_sending->sendEmail({m_ids.at(3)}, draft);
        QCOMPARE(outcome.problems.size(), problems.size());
        QCOMPARE(m_outbox->entries().size(), problemKey.isEmpty() ? 1 : 0);
        if (problemKey.isEmpty()) {
            m_replayer->start();
            QTRY_VERIFY_WITH_TIMEOUT(m_outbox->isEmpty(), Generous);
            QCOMPARE(m_outbox->counts().failed, 0);
        }
    }

    void textValidation_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QDateTime>("sendAt");
        QTest::addColumn<QString>("problemKey");
        QTest::newRow("now") << u"Running 10 min late"_s << QDateTime() << QString();
        QTest::newRow("unicode") << u"Merci 🙂"_s << QDateTime() << QString();
        QTest::newRow("scheduled") << u"Reminder: tomorrow 9:00"_s << nextWeekAt(8, 0) << QString();
        QTest::newRow("empty") << QString() << QDateTime() << u"text_body"_s;
        QTest::newRow("blank") << u"   \n"_s << QDateTime() << u"text_body"_s;
        QTest::newRow("past") << u"Hi"_s << QDateTime::currentDateTime().addSecs(-3600) << u"text_date"_s;
    }

    void textValidation()
    {
        QFETCH(QString, body);
        QFETCH(QDateTime, sendAt);
        QFETCH(QString, problemKey);
        const QList<FieldProblem> problems = m_sending->checkText({body, sendAt});
        QCOMPARE(problems.size(), problemKey.isEmpty() ? 0 : 1);
        if (!problemKey.isEmpty())
            QCOMPARE(problems.first().key, problemKey);
    }

    void callValidation_data()
    {
        QTest::addColumn<QString>("agentPhone");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("clientPhone");
        QTest::addColumn<QString>("say");
        QTest::addColumn<QString>("problemKey");
        QTest::newRow("typed phones") << u"(303) 929-1447"_s << u"Ana Diaz"_s << u"+1 720.555.0199"_s << u"She asked about the quote."_s << QString();
        QTest::newRow("agent phone missing") << QString() << u"Ana"_s << u"7205550199"_s << u"x"_s << u"agent_phone"_s;
        QTest::newRow("agent phone short") << u"929-1447"_s << u"Ana"_s << u"7205550199"_s << u"x"_s << u"agent_phone"_s;
        QTest::newRow("agent phone letters") << u"303-CALL-NOW"_s << u"Ana"_s << u"7205550199"_s << u"x"_s << u"agent_phone"_s;
        QTest::newRow("name missing") << u"3039291447"_s << u" "_s << u"7205550199"_s << u"x"_s << u"client_full_name"_s;
        QTest::newRow("client phone eleven digits") << u"3039291447"_s << u"Ana"_s << u"27205550199"_s << u"x"_s << u"client_phone"_s;
        QTest::newRow("say missing") << u"3039291447"_s << u"Ana"_s << u"7205550199"_s << QString() << u"say"_s;
    }

    void callValidation()
    {
        QFETCH(QString, agentPhone);
        QFETCH(QString, name);
        QFETCH(QString, clientPhone);
        QFETCH(QString, say);
        QFETCH(QString, problemKey);
        const CallRequest request{agentPhone, name, clientPhone, say};
        const QList<FieldProblem> problems = m_sending->checkCall(request);
        QCOMPARE(problems.size(), problemKey.isEmpty() ? 0 : 1);
        if (!problemKey.isEmpty()) {
            QCOMPARE(problems.first().key, problemKey);
            return;
        }
        const ct::api::ApiParams params = MessageSending::callParams(request);
        QCOMPARE(params.value(u"agent_phone"_s), u"3039291447"_s);
        QCOMPARE(params.value(u"client_phone"_s), u"7205550199"_s);
    }

    void scheduledValuesOnTheWire()
    {
        // GIVEN an email and a text scheduled for next week at 09:30 and 16:05
        const QDateTime emailAt = nextWeekAt(9, 30);
        const QDateTime textAt = nextWeekAt(16, 5);
        const QString id = m_ids.at(4);
        QVERIFY(m_sending->sendEmail({id}, {u"Visit"_s, u"Body"_s, u"a@example.com ,b@example.com"_s, QString(), true, emailAt}).ok());
        QVERIFY(m_sending->sendText({id}, {u"See you"_s, textAt}).ok());
        m_replayer->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_outbox->isEmpty(), Generous);
        // THEN the server got the document's formats and keys
        const ct::api::ApiParams email = ct::testsupport::lastRequest(*m_sandbox, u"create_manual_email"_s);
        const ct::api::ApiParams text = ct::testsupport::lastRequest(*m_sandbox, u"create_manual_text"_s);
        QCOMPARE(email.value(u"client_id"_s), id);
        QCOMPARE(email.value(u"email_date"_s), emailAt.date().toString(u"yyyy:MM:dd"_s));
        QCOMPARE(email.value(u"email_time"_s), u"09:30:00"_s);
        QCOMPARE(email.value(u"email_cc"_s), u"a@example.com,b@example.com"_s);
        QVERIFY(!email.contains(u"email_bcc"_s));
        QCOMPARE(email.value(u"exclude_contact"_s), u"1"_s);
        QCOMPARE(text.value(u"text_date"_s), textAt.date().toString(u"yyyy:MM:dd"_s));
        QCOMPARE(text.value(u"text_time"_s), u"16:05:00"_s);
        // AND the notes the server wrote carry the scheduled date and time
        const auto notes = callNow(*m_other, u"read_client_history_notes"_s, {{u"client_id"_s, id}});
        int scheduled = 0;
        for (const QJsonValue &row : notes.rows) {
            const QJsonObject note = row.toObject();
            if (note.value(u"note_source"_s).toString() == u"email" && note.value(u"note_time"_s).toString() == u"09:30:00")
                ++scheduled;
            if (note.value(u"note_source"_s).toString() == u"text" && note.value(u"note_time"_s).toString() == u"16:05:00")
                ++scheduled;
        }
        QCOMPARE(scheduled, 2);
        // Sent now: no date or time at all, as the document says ("now" is the server's).
        QVERIFY(MessageSending::emailParams(id, {u"S"_s, u"B"_s, {}, {}, false, {}}).keys()
                == QStringList({u"client_id"_s, u"email_body"_s, u"email_subject"_s}));
    }

    void historyNoteShownAfterConfirmation()
    {
        // GIVEN the contact's history on show
        const QString id = m_ids.at(3);
        std::unique_ptr<ContactActivityModel> notes(ContactActivityModel::historyNotes());
        QAbstractItemModelTester tester(notes.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        notes->setClient(m_client.get());
        notes->load(id);
        QTRY_VERIFY_WITH_TIMEOUT(!notes->isLoading(), Generous);
        const int before = notes->rowCount();
        m_sending->setHistoryNotes(notes.get());
        QSignalSpy messages(m_sending.get(), &MessageSending::message);
        QSignalSpy confirmed(m_sending.get(), &MessageSending::confirmed);
        // WHEN an email is queued THEN it shows at once, pending
        QVERIFY(m_sending->sendEmail({id}, {u"Quote 118"_s, u"The quote you asked for."_s, {}, {}, false, {}}).ok());
        QCOMPARE(notes->rowCount(), before + 1);
        // WHEN the server confirms THEN the status bar hears it and the list shows the server's note
        m_replayer->start();
        QTRY_COMPARE_WITH_TIMEOUT(confirmed.size(), 1, Generous);
        QCOMPARE(confirmed.first().at(1).toString(), id);
        QVERIFY(messages.last().first().toString().contains(u"accepted"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!notes->isLoading(), Generous);
        QCOMPARE(notes->rowCount(), before + 1);
        bool found = false;
        for (int row = 0; row < notes->rowCount(); ++row) {
            const QJsonObject note = notes->rowAt(row);
            found |= note.value(u"note_source"_s).toString() == u"email" && note.value(u"note_body"_s).toString().contains(u"Quote 118"_s)
                     && note.value(u"note_type"_s).toString() == u"Integration Assignment";
        }
        QVERIFY(found);
        QCOMPARE(notesHolding(id, u"Quote 118"_s), 1);
    }

    void contactsThatCannotBeTextedAreListed()
    {
        // GIVEN four selected contacts: one opted out (smsok 0), one without a phone
        const QStringList keys = {m_ids.at(0), m_ids.at(1), m_ids.at(3), m_ids.at(4)};
        QVERIFY(m_sending->textRefusal(m_ids.at(0)).contains(u"SMS OK"_s));
        QVERIFY(m_sending->textRefusal(m_ids.at(1)).contains(u"phone"_s));
        QVERIFY(m_sending->textRefusal(m_ids.at(3)).isEmpty());
        // WHEN a text is sent to all of them
        const MessageSending::Outcome outcome = m_sending->sendText(keys, {u"Open house Saturday"_s, {}});
        // THEN the two are named with their reasons and the others get one text each
        QCOMPARE(outcome.refused.size(), 2);
        QCOMPARE(outcome.refused.at(0).key, m_ids.at(0));
        QVERIFY(outcome.refused.at(0).reason.contains(u"texts"_s));
        QVERIFY(!outcome.refused.at(0).name.isEmpty());
        QCOMPARE(outcome.refused.at(1).key, m_ids.at(1));
        QCOMPARE(outcome.queued, QStringList({m_ids.at(3), m_ids.at(4)}));
        m_replayer->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_outbox->isEmpty(), Generous);
        QStringList textedIds;
        for (const auto &request : ct::testsupport::requestsOf(*m_sandbox, u"create_manual_text"_s))
            textedIds.append(request.params.value(u"client_id"_s));
        QCOMPARE(textedIds.size(), 2);
        QVERIFY(!textedIds.contains(m_ids.at(0)));
        QCOMPARE(notesHolding(m_ids.at(0), u"Open house"_s), 0);
        QCOMPARE(notesHolding(m_ids.at(3), u"Open house"_s), 1);
        // A single opted-out contact: nothing is queued at all.
        const MessageSending::Outcome alone = m_sending->sendText({m_ids.at(0)}, {u"Hi"_s, {}});
        QVERIFY(!alone.ok());
        QVERIFY(alone.queued.isEmpty());
        QCOMPARE(alone.refused.size(), 1);
        // Email: the contact without an address is refused unless it is excluded anyway.
        QVERIFY(!m_sending->emailRefusal(m_ids.at(2), false).isEmpty());
        QVERIFY(m_sending->emailRefusal(m_ids.at(2), true).isEmpty());
    }

    void lostAnswerIsCheckedNotRepeated_data()
    {
        QTest::addColumn<QString>("call");
        QTest::newRow("email") << u"create_manual_email"_s;
        QTest::newRow("text") << u"create_manual_text"_s;
    }

    void lostAnswerIsCheckedNotRepeated()
    {
        QFETCH(QString, call);
        const QString id = m_ids.at(3);
        // GIVEN the server does the work but the answer never arrives
        ct::sandbox::FaultPlan lost;
        lost.answerLostRate = 1.0;
        lost.onlyCalls = {call};
        m_sandbox->setFaultPlan(lost);
        const QString marker = u"Lost-answer %1"_s.arg(call);
        const MessageSending::Outcome outcome = call == u"create_manual_email"
                ? m_sending->sendEmail({id}, {marker, u"Body of the lost one"_s, {}, {}, false, {}})
                : m_sending->sendText({id}, {marker, {}});
        QVERIFY(outcome.ok());
        const QUuid opId = m_outbox->entries().first().opId;
        bool sawMaybeApplied = false;
        connect(m_outbox.get(), &ct::store::Outbox::entryChanged, this, [&](const QUuid &id) {
            const ct::store::OutboxEntry *e = m_outbox->find(id);
            sawMaybeApplied |= id == opId && e && e->maybeApplied;
        });
        // (The answers stay lost: a second send would be applied, and counted below.)
        m_replayer->start();
        // THEN the replay reads the history, finds it there and does not send again
        QTRY_VERIFY_WITH_TIMEOUT(m_outbox->isEmpty(), Generous);
        QVERIFY(sawMaybeApplied);
        QCOMPARE(ct::testsupport::requestsOf(*m_sandbox, call).size(), 1);
        QCOMPARE(notesHolding(id, marker), 1);
    }

    void verifierRows()
    {
        using ct::store::CreateVerifier;
        for (const QString &call : {u"create_manual_email"_s, u"create_manual_text"_s}) {
            const CreateVerifier *v = CreateVerifier::forCall(call);
            QVERIFY(v);
            QVERIFY(v->needsSnapshot());
            QVERIFY(!v->resendNeedsConsent());
        }
        const CreateVerifier *call = CreateVerifier::forCall(u"create_immed_call"_s);
        QVERIFY(call);
        QVERIFY(call->resendNeedsConsent());
        QVERIFY(!call->needsSnapshot());
        // Notes written in the server's words still count: subject and body inside one note.
        ct::api::ApiResult notes;
        notes.rows = QJsonArray{QJsonObject{{u"note_id"_s, u"7"_s}, {u"note_body"_s, u"Email: Hello\nWorld"_s}},
                                QJsonObject{{u"note_id"_s, u"8"_s}, {u"note_body"_s, u"Email: Hello"_s}}};
        QCOMPARE(ct::store::ManualMessageCreateVerifier::notesHolding(notes, {u"Hello"_s, u"World"_s}),
                 QStringList{u"7"_s});
        // A plain note with the same words is not the email.
        notes.rows.append(QJsonObject{{u"note_id"_s, u"9"_s}, {u"note_source"_s, u"note"_s},
                                      {u"note_body"_s, u"Hello World"_s}});
        notes.rows.append(QJsonObject{{u"note_id"_s, u"10"_s}, {u"note_source"_s, u"email"_s},
                                      {u"note_body"_s, u"Email: Hello\n\nWorld"_s}});
        QCOMPARE(ct::store::ManualMessageCreateVerifier::notesHolding(notes, {u"Hello"_s, u"World"_s}, u"email"_s),
                 QStringList({u"7"_s, u"10"_s}));
    }

    void immediateCallPolicy_data()
    {
        QTest::addColumn<QString>("call");
        QTest::addColumn<int>("status");
        QTest::addColumn<ReplayPolicy::Verdict>("verdict");
        using S = ct::api::ApiStatus;
        using V = ReplayPolicy::Verdict;
        QTest::newRow("call timeout") << u"create_immed_call"_s << int(S::Timeout) << V::AskUser;
        QTest::newRow("call dropped") << u"create_immed_call"_s << int(S::Offline) << V::AskUser;
        QTest::newRow("call 5xx") << u"create_immed_call"_s << int(S::ServerError) << V::AskUser;
        QTest::newRow("call malformed") << u"create_immed_call"_s << int(S::Malformed) << V::AskUser;
        QTest::newRow("call rate limited") << u"create_immed_call"_s << int(S::RateLimited) << V::Retry;
        QTest::newRow("call ok") << u"create_immed_call"_s << int(S::Ok) << V::Confirmed;
        QTest::newRow("email timeout") << u"create_manual_email"_s << int(S::Timeout) << V::Retry;
        QTest::newRow("text dropped") << u"create_manual_text"_s << int(S::Offline) << V::Retry;
    }

    void immediateCallPolicy()
    {
        QFETCH(QString, call);
        QFETCH(int, status);
        QFETCH(ReplayPolicy::Verdict, verdict);
        ct::store::OutboxEntry entry;
        entry.opId = QUuid::createUuid();
        entry.callName = call;
        ct::api::ApiResult result = ct::api::ApiResult::failure(ct::api::ApiStatus(status), u"x"_s);
        QCOMPARE(ReplayPolicy::classify(entry, result), verdict);
    }

    void immediateCallIsNeverPlacedTwiceByItself()
    {
        // GIVEN the server places the call but the answer is lost
        ct::sandbox::FaultPlan lost;
        lost.answerLostRate = 1.0;
        lost.onlyCalls = {u"create_immed_call"_s};
        m_sandbox->setFaultPlan(lost);
        QSignalSpy messages(m_sending.get(), &MessageSending::message);
        QSignalSpy failed(m_sending.get(), &MessageSending::failed);
        const CallRequest request{u"303 929 1447"_s, m_sending->displayName(m_ids.at(3)), u"7205550199"_s,
                                  u"Wants a callback about the roof."_s};
        QVERIFY(m_sending->placeCall(m_ids.at(3), request).ok());
        const QUuid opId = m_outbox->entries().first().opId;
        m_replayer->start();
        // THEN it stops for the user with a message that says why, after one call only
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, Generous);
        QCOMPARE(m_outbox->find(opId)->state, OutboxState::Failed);
        QVERIFY(m_outbox->find(opId)->lastError.contains(u"may already have happened"_s));
        QVERIFY(messages.last().first().toString().contains(u"on hold"_s));
        m_sandbox->setFaultPlan({});
        QTest::qWait(600);   // longer than the backoff: nothing is retried behind the user's back
        QCOMPARE(ct::testsupport::requestsOf(*m_sandbox, u"create_immed_call"_s).size(), 1);
        QCOMPARE(immediateCallsOnServer(), 1);
        QCOMPARE(m_outbox->find(opId)->state, OutboxState::Failed);
        // WHEN the user, knowing the phone never rang, says Retry THEN it goes once more
        QSignalSpy confirmed(m_sending.get(), &MessageSending::confirmed);
        QVERIFY(m_replayer->retry(opId));
        QTRY_COMPARE_WITH_TIMEOUT(confirmed.size(), 1, Generous);
        QVERIFY(m_outbox->isEmpty());
        QCOMPARE(immediateCallsOnServer(), 2);
        QVERIFY(messages.last().first().toString().contains(u"placed"_s));
    }

    void interruptedImmediateCallWaitsAfterRestart()
    {
        // GIVEN a call that was in flight when the process died
        const CallRequest request{u"3039291447"_s, u"Ana Diaz"_s, u"7205550199"_s, u"Roof"_s};
        QVERIFY(m_sending->placeCall(m_ids.at(3), request).ok());
        const QUuid opId = m_outbox->entries().first().opId;
        QVERIFY(m_outbox->markInFlight(opId));
        m_sending.reset();
        m_contacts.reset();
        m_replayer.reset();
        m_outbox = std::make_unique<ct::store::Outbox>(m_db.get());
        QVERIFY(m_outbox->load());
        QVERIFY(m_outbox->find(opId)->maybeApplied);
        // WHEN the next session replays THEN the call is held for the user, not placed again
        m_replayer = std::make_unique<OutboxReplayer>(m_outbox.get(), m_client.get());
        QSignalSpy failed(m_replayer.get(), &OutboxReplayer::entryFailed);
        m_replayer->start();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, Generous);
        QCOMPARE(m_outbox->find(opId)->state, OutboxState::Failed);
        QCOMPARE(ct::testsupport::requestsOf(*m_sandbox, u"create_immed_call"_s).size(), 0);
        QCOMPARE(immediateCallsOnServer(), 0);
    }

    void rateLimitedCallIsRetried()
    {
        // A 429 never reached the API: sending again is safe and happens by itself.
        ct::sandbox::FaultPlan limited;
        limited.rateLimitRate = 1.0;
        limited.retryAfterSeconds = 0;
        limited.onlyCalls = {u"create_immed_call"_s};
        m_sandbox->setFaultPlan(limited);
        connect(m_sandbox.get(), &Sandbox::requestRecorded, this, [this] {
            if (m_sandbox->requestLog().constLast().call == u"create_immed_call")
                m_sandbox->setFaultPlan({});   // only the first attempt is refused
        });
        QVERIFY(m_sending->placeCall(m_ids.at(3), {u"3039291447"_s, u"Ana"_s, u"7205550199"_s, u"Hi"_s}).ok());
        m_replayer->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_outbox->isEmpty(), Generous);
        QCOMPARE(ct::testsupport::requestsOf(*m_sandbox, u"create_immed_call"_s).size(), 2);
        QCOMPARE(immediateCallsOnServer(), 1);
    }
};

QTEST_GUILESS_MAIN(TestMessageSending)
#include "tst_messagesending.moc"
