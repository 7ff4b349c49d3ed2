// SPDX-License-Identifier: MIT
// The validator answers like the server: CT501 for missing keys, otherwise the first key
// outside its limits (document order). One data table of good and bad values for every
// limited key, then whole-call checks.

#include "api/apicall.h"
#include "api/parameterschema.h"
#include "api/validator.h"

#include <QSet>
#include <QtTest>

using namespace ct::api;
using namespace Qt::Literals::StringLiterals;

namespace {

int g_row = 0;

// A readable data tag: control characters shown escaped, long values cut.
QByteArray tag(const QString &value)
{
    QString v = value.left(24);
    v.replace(u'\n', u"\\n"_s).replace(u'\t', u"\\t"_s);
    return v.toUtf8();
}
QSet<QString> g_goodKeys;   // keys with an accepted row, filled while values_data runs
QSet<QString> g_badKeys;    // keys with a refused row

void good(const QString &key, const QString &value, bool expansion = false)
{
    g_goodKeys.insert(key);
    QTest::addRow("%03d ok  %s=%s", ++g_row, qPrintable(key), tag(value).constData()) << key << value << expansion << true;
}

void bad(const QString &key, const QString &value, bool expansion = false)
{
    g_badKeys.insert(key);
    QTest::addRow("%03d bad %s=%s", ++g_row, qPrintable(key), tag(value).constData()) << key << value << expansion << false;
}

const CallSpec &call(const char *name)
{
    const CallSpec *c = findCall(QString::fromLatin1(name));
    Q_ASSERT(c);
    return *c;
}

} // namespace

class TestValidator : public QObject
{
    Q_OBJECT

private slots:
    void zipAgainstState_data()
    {
        QTest::addColumn<QString>("zip");
        QTest::addColumn<QString>("state");
        QTest::addColumn<bool>("fits");
        QTest::newRow("US zip, US state") << u"80202"_s << u"CO"_s << true;
        QTest::newRow("US zip+4, US state") << u"80202-1234"_s << u"CO"_s << true;
        QTest::newRow("postal code, province") << u"K1A 0B1"_s << u"ON"_s << true;
        QTest::newRow("postal code, US state") << u"K1A 0B1"_s << u"CO"_s << false;
        QTest::newRow("US zip, province") << u"80202"_s << u"QC"_s << false;
        QTest::newRow("no state yet") << u"K1A 0B1"_s << QString() << true;
        QTest::newRow("no zip yet") << QString() << u"ON"_s << true;
        QTest::newRow("not a state code") << u"80202"_s << u"XX"_s << true;
    }

    void zipAgainstState()
    {
        QFETCH(QString, zip);
        QFETCH(QString, state);
        QFETCH(bool, fits);
        QCOMPARE(ct::api::Validator::zipProblemForState(zip, state).isEmpty(), fits);
    }

    void values_data();
    void values();
    void everyLimitedKeyIsCovered();
    void check_data();
    void check();
    void missingKeys();
    void helpers();
};

void TestValidator::values_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("expansion");
    QTest::addColumn<bool>("valid");
    g_row = 0;

    // Phones: ten digits, no formatting, on every phone key.
    for (const QString &key : {u"phone"_s, u"second_phone"_s, u"agent_phone"_s, u"client_phone"_s,
                               u"account_return_phone"_s, u"account_return_text"_s}) {
        good(key, u"3039291447"_s);
        bad(key, u"(303) 929-1447"_s);
        bad(key, u"303929144"_s);      // nine digits
        bad(key, u"13039291447"_s);    // eleven digits
    }
    good(u"phone"_s, u"0000000000"_s);
    bad(u"phone"_s, u"303.929.1447"_s);
    bad(u"phone"_s, u"303-929-1447"_s);
    bad(u"phone"_s, u"+13039291447"_s);
    bad(u"phone"_s, u" 3039291447"_s);
    bad(u"phone"_s, u"3039291447 "_s);
    bad(u"phone"_s, u"303929144a"_s);
    bad(u"phone"_s, u"３０３９２９１４４７"_s);   // full-width digits
    bad(u"phone"_s, u"3039291447\n"_s);
    // user_phone / account_phone are plain strings in the document.
    good(u"user_phone"_s, u"(303) 929-1447"_s);
    good(u"account_office_phone"_s, u"303.929.1447"_s);

    // State: US states and Canadian provinces, two capitals.
    for (const char *code : {"CO", "NY", "CA", "TX", "DC", "WY", "ON", "QC", "BC", "NU", "YT", "PE"})
        good(u"state"_s, QString::fromLatin1(code));
    bad(u"state"_s, u"co"_s);
    bad(u"state"_s, u"Co"_s);
    bad(u"state"_s, u"XX"_s);
    bad(u"state"_s, u"COL"_s);
    bad(u"state"_s, u"C"_s);
    bad(u"state"_s, u"Colorado"_s);
    bad(u"state"_s, u"C0"_s);
    bad(u"state"_s, u" CO"_s);
    bad(u"state"_s, u"UK"_s);

    // Zip: the four forms, and near misses.
    good(u"zip"_s, u"80202"_s);
    good(u"zip"_s, u"80202-1234"_s);
    good(u"zip"_s, u"80202-1234-56"_s);
    good(u"zip"_s, u"K1A 0B1"_s);
    good(u"zip"_s, u"k1a 0b1"_s);
    bad(u"zip"_s, u"8020"_s);
    bad(u"zip"_s, u"802021"_s);
    bad(u"zip"_s, u"80202-123"_s);
    bad(u"zip"_s, u"80202-12345"_s);
    bad(u"zip"_s, u"80202-1234-5"_s);
    bad(u"zip"_s, u"80202-1234-567"_s);
    bad(u"zip"_s, u"802021234"_s);
    bad(u"zip"_s, u"80202 1234"_s);
    bad(u"zip"_s, u"K1A0B1"_s);
    bad(u"zip"_s, u"K1A-0B1"_s);
    bad(u"zip"_s, u"KKA 0B1"_s);
    bad(u"zip"_s, u"K1A 0B1 "_s);
    bad(u"zip"_s, u"80202\n"_s);
    bad(u"zip"_s, u"abcde"_s);

    // Dates YYYY:MM:DD on every date key; invalid days and other separators refused.
    for (const QString &key : {u"creation_date"_s, u"anniversary_1"_s, u"anniversary_2"_s,
                               u"clients_date_last"_s, u"clients_date_next"_s, u"end_date"_s,
                               u"event_date"_s, u"event_end_date"_s, u"email_date"_s, u"text_date"_s}) {
        good(key, u"2026:11:27"_s);
        bad(key, u"2026-11-27"_s);
    }
    good(u"event_date"_s, u"2024:02:29"_s);   // leap day
    good(u"event_date"_s, u"2026:12:31"_s);
    good(u"event_date"_s, u"2026:01:01"_s);
    bad(u"event_date"_s, u"2026:02:30"_s);
    bad(u"event_date"_s, u"2026:02:29"_s);   // not a leap year
    bad(u"event_date"_s, u"2026:04:31"_s);
    bad(u"event_date"_s, u"2026:13:01"_s);
    bad(u"event_date"_s, u"2026:00:10"_s);
    bad(u"event_date"_s, u"2026:11:00"_s);
    bad(u"event_date"_s, u"2026/11/27"_s);
    bad(u"event_date"_s, u"2026.11.27"_s);
    bad(u"event_date"_s, u"2026:11:27 10:00:00"_s);
    bad(u"event_date"_s, u"26:11:27"_s);
    bad(u"event_date"_s, u"2026:1:7"_s);
    bad(u"event_date"_s, u"27:11:2026"_s);
    bad(u"event_date"_s, u"11/27/2026"_s);
    bad(u"event_date"_s, u"0000:01:01"_s);
    bad(u"event_date"_s, u"2026:11:27\n"_s);
    bad(u"event_date"_s, u"today"_s);

    // Times HH:MM:SS.
    for (const QString &key : {u"event_time"_s, u"event_end_time"_s, u"email_time"_s, u"text_time"_s}) {
        good(key, u"14:30:00"_s);
        bad(key, u"14:30"_s);
    }
    good(u"event_time"_s, u"00:00:00"_s);
    good(u"event_time"_s, u"23:59:59"_s);
    bad(u"event_time"_s, u"24:00:00"_s);
    bad(u"event_time"_s, u"12:60:00"_s);
    bad(u"event_time"_s, u"12:00:60"_s);
    bad(u"event_time"_s, u"9:00:00"_s);
    bad(u"event_time"_s, u"2:30 PM"_s);
    bad(u"event_time"_s, u"14.30.00"_s);
    bad(u"event_time"_s, u"14:30:00.000"_s);
    bad(u"event_time"_s, u"14:30:00\n"_s);

    // Payment dates yyyy-mm-dd.
    good(u"created_date"_s, u"2026-11-27"_s);
    good(u"created_date"_s, u"2024-02-29"_s);
    bad(u"created_date"_s, u"2026:11:27"_s);
    bad(u"created_date"_s, u"2026-02-30"_s);
    bad(u"created_date"_s, u"2026/11/27"_s);
    bad(u"created_date"_s, u"27-11-2026"_s);
    bad(u"created_date"_s, u"2026-11-27T00:00:00"_s);
    bad(u"payday"_s, u"2026-13-01"_s);
    good(u"payday"_s, u"2026-01-15"_s);

    // Amounts transported as strings.
    good(u"amount"_s, u"1250"_s);
    good(u"amount"_s, u"1250.50"_s);
    bad(u"amount"_s, u"1,250.50"_s);
    bad(u"amount"_s, u"$1250"_s);
    bad(u"amount"_s, u"12.5.0"_s);

    // Whole numbers: digits only, no sign, decimals or separators.
    for (const QString &key : {u"age"_s, u"deal_size"_s, u"high_net_worth"_s, u"household_income"_s,
                               u"length_of_residence"_s, u"market_value"_s}) {
        good(key, u"42"_s);
        bad(key, u"4.2"_s);
    }
    good(u"deal_size"_s, u"0"_s);
    good(u"deal_size"_s, u"250000"_s);
    bad(u"deal_size"_s, u"-5"_s);
    bad(u"deal_size"_s, u"+5"_s);
    bad(u"deal_size"_s, u"250,000"_s);
    bad(u"deal_size"_s, u"250 000"_s);
    bad(u"deal_size"_s, u"1e5"_s);
    bad(u"deal_size"_s, u"$250"_s);
    bad(u"age"_s, u"forty"_s);
    bad(u"age"_s, u"٤٢"_s);   // Arabic-Indic digits
    good(u"sales_cycle_order"_s, u"3"_s);
    bad(u"sales_cycle_order"_s, u"first"_s);

    // limit: 1..100; offset: any whole number.
    good(u"limit"_s, u"1"_s);
    good(u"limit"_s, u"50"_s);
    good(u"limit"_s, u"100"_s);
    bad(u"limit"_s, u"101"_s);
    bad(u"limit"_s, u"1000"_s);
    bad(u"limit"_s, u"0"_s);
    bad(u"limit"_s, u"-1"_s);
    bad(u"limit"_s, u"50.5"_s);
    good(u"offset"_s, u"0"_s);
    good(u"offset"_s, u"100000"_s);
    bad(u"offset"_s, u"-100"_s);
    bad(u"offset"_s, u"ten"_s);

    // Ids: digits.
    for (const QString &key : {u"client_id"_s, u"action_plan_id"_s, u"sales_cycle_id"_s, u"lead_source_id"_s,
                               u"assigned_user_id"_s, u"user_id"_s, u"event_id"_s, u"account_id"_s,
                               u"event_manual_action_plan_id"_s, u"proposal_id"_s, u"action_plan_link_id"_s,
                               u"action_plan_next_plan_id"_s, u"tag_id"_s}) {
        good(key, u"8475832"_s);
        bad(key, u"84a75832"_s);
    }
    good(u"action_plan_id"_s, u"0"_s);   // "no action plan running"
    bad(u"client_id"_s, u"-1"_s);
    bad(u"client_id"_s, u"12 34"_s);

    // Enumerations: every enum key, right and wrong values, case.
    for (const ParameterSpec &spec : ParameterSchema::all()) {
        if (spec.type != ValueType::Enumeration)
            continue;
        for (const QString &v : spec.allowedValues)
            good(spec.key, v);
        bad(spec.key, u"9"_s);
        // Labels are not wire values unless they are the same text.
        if (spec.valueLabels != spec.allowedValues)
            bad(spec.key, spec.valueLabels.first());
    }
    bad(u"gender"_s, u"m"_s);
    bad(u"gender"_s, u"Male"_s);
    bad(u"home_owner_status"_s, u"own"_s);
    bad(u"home_owner_status"_s, u"OWN"_s);
    bad(u"material_status"_s, u"Widowed"_s);
    bad(u"material_status"_s, u"married"_s);
    bad(u"event_type"_s, u"appointment"_s);
    bad(u"event_type"_s, u"ContactReminder"_s);
    bad(u"event_type"_s, u"Contact  Reminder"_s);
    bad(u"action_plan_type"_s, u"connection"_s);
    bad(u"user_type"_s, u"admin"_s);
    bad(u"account_type"_s, u"Multi-Level"_s);
    bad(u"account_type"_s, u"Enterprise"_s);
    bad(u"type"_s, u"Cheque"_s);
    bad(u"status"_s, u"final"_s);
    bad(u"contact_type"_s, u"0"_s);
    bad(u"contact_type"_s, u"6"_s);
    bad(u"contact_type"_s, u"01"_s);
    bad(u"smsok"_s, u"yes"_s);
    bad(u"smsok"_s, u"true"_s);
    bad(u"smsok"_s, u" 1"_s);
    bad(u"new_lead_notification"_s, u"3"_s);

    // Email and comma-separated lists.
    good(u"email"_s, u"kent@clienttether.com"_s);
    good(u"email"_s, u"first.last+crm@mail.example.co.uk"_s);
    good(u"email"_s, u"o'brien@example.ie"_s);
    bad(u"email"_s, u"kent"_s);
    bad(u"email"_s, u"kent@"_s);
    bad(u"email"_s, u"@clienttether.com"_s);
    bad(u"email"_s, u"kent@clienttether"_s);
    bad(u"email"_s, u"kent@@clienttether.com"_s);
    bad(u"email"_s, u"kent @clienttether.com"_s);
    bad(u"email"_s, u"kent..hall@clienttether.com"_s);
    bad(u"email"_s, u".kent@clienttether.com"_s);
    bad(u"email"_s, u"kent@-clienttether.com"_s);
    bad(u"email"_s, u"kent@clienttether.c"_s);
    bad(u"email"_s, u"a@b.com, c@d.com"_s);   // one address only
    bad(u"email"_s, u"kent@clienttether.com\n"_s);
    bad(u"email"_s, QString(65, u'a') + u"@example.com"_s);   // local part over 64
    good(u"email_cc"_s, u"a@example.com"_s);
    good(u"email_cc"_s, u"a@example.com,b@example.org"_s);
    good(u"email_bcc"_s, u"a@example.com, b@example.org, c@example.net"_s);
    bad(u"email_cc"_s, u"a@example.com;b@example.org"_s);
    bad(u"email_cc"_s, u"a@example.com,"_s);
    bad(u"email_cc"_s, u"a@example.com,,b@example.org"_s);
    bad(u"email_bcc"_s, u"a@example.com, not-an-address"_s);

    // email_body: plain text with hard returns; HTML refused.
    good(u"email_body"_s, u"Hello Ann,\nSee you Tuesday.\n\nKent"_s);
    good(u"email_body"_s, u"if a < b and c > d, call me"_s);
    good(u"email_body"_s, u"5 <3 ways"_s);
    bad(u"email_body"_s, u"<p>Hello</p>"_s);
    bad(u"email_body"_s, u"Hello<br>Ann"_s);
    bad(u"email_body"_s, u"Hello<br/>"_s);
    bad(u"email_body"_s, u"<b>bold</b> text"_s);
    bad(u"email_body"_s, u"<a href=\"https://x.example\">link</a>"_s);
    bad(u"email_body"_s, u"<!-- hidden -->"_s);
    bad(u"email_body"_s, u"<!DOCTYPE html>"_s);
    bad(u"email_body"_s, u"Hello</div>"_s);

    // Strings take anything, including HTML (the server strips it from custom fields only).
    good(u"firstName"_s, u"Ann-Marie O'Neil"_s);
    good(u"text_body"_s, u"<b>ok</b>"_s);
    good(u"say"_s, QString(500, u'x'));

    // Lists are read only.
    bad(u"line_item_detail"_s, u"[]"_s);

    // Expansion (custom) fields on client calls: at most 100 characters once HTML is stripped,
    // and a name that starts with a letter and holds letters, digits and underscores.
    good(u"favourite_colour"_s, u"teal"_s, true);
    good(u"favourite_colour"_s, QString(100, u'x'), true);
    bad(u"favourite_colour"_s, QString(101, u'x'), true);
    good(u"favourite_colour"_s, u"<b>"_s + QString(100, u'x') + u"</b>"_s, true);
    bad(u"favourite_colour"_s, u"<b>"_s + QString(101, u'x') + u"</b>"_s, true);
    good(u"favourite_colour"_s, QString(100, u'é'), true);   // characters, not bytes
    good(u"notes2"_s, QString(), true);
    bad(u"2notes"_s, u"x"_s, true);
    bad(u"pet name"_s, u"x"_s, true);
    bad(u"pet-name"_s, u"x"_s, true);
    bad(u"_pet"_s, u"x"_s, true);
    bad(QString(65, u'a'), u"x"_s, true);
    // Another table's key is a custom field on a client: only client keys are reserved.
    good(u"status"_s, u"VIP customer"_s, true);
    good(u"limit"_s, u"500"_s, true);
    bad(u"status"_s, QString(101, u'x'), true);
    // Reserved client keys keep their own rules even where custom fields are allowed.
    bad(u"phone"_s, u"303-929-1447"_s, true);
    // Unknown keys without expansion (non-client calls) are passed as they are.
    good(u"favourite_colour"_s, QString(500, u'x'), false);
    good(u"pet name"_s, u"x"_s, false);
}

void TestValidator::values()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(bool, expansion);
    QFETCH(bool, valid);

    const QString problem = Validator::problemWith(key, value, expansion);
    if (valid)
        QVERIFY2(problem.isEmpty(), qPrintable(u"unexpected refusal: "_s + problem));
    else
        QVERIFY2(!problem.isEmpty(), "accepted a value outside the limits");
}

void TestValidator::everyLimitedKeyIsCovered()
{
    // Every key whose type limits its value appears in values_data with a good and a bad row.
    if (g_row == 0)
        QSKIP("runs after values(), whose table it inspects");
    QVERIFY2(g_row >= 150, qPrintable(u"only %1 rows"_s.arg(g_row)));
    int limited = 0;
    for (const ParameterSpec &spec : ParameterSchema::all()) {
        if (spec.type == ValueType::String || spec.type == ValueType::List)
            continue;
        ++limited;
        QVERIFY2(g_badKeys.contains(spec.key), qPrintable(u"no refused value for "_s + spec.key));
        QVERIFY2(g_goodKeys.contains(spec.key), qPrintable(u"no accepted value for "_s + spec.key));
    }
    QVERIFY(limited > 60);
    qInfo("%d rows in the values table, %d limited keys", g_row, limited);
}

void TestValidator::check_data()
{
    QTest::addColumn<QString>("call");
    QTest::addColumn<ApiParams>("params");
    QTest::addColumn<int>("status");      // ApiStatus
    QTest::addColumn<int>("ctCode");
    QTest::addColumn<QString>("key");     // offending key (CT501: the first missing key)

    const int ok = int(ApiStatus::Ok);
    const int server = int(ApiStatus::ServerCode);
    const int issue = int(ApiStatus::ValidationIssue);
    const ApiParams client = {{u"firstName"_s, u"Ann"_s}, {u"lastName"_s, u"Lee"_s}};

    // Required keys.
    QTest::newRow("create_client ok") << u"create_client"_s << client << ok << 200 << QString();
    QTest::newRow("create_client no lastName")
        << u"create_client"_s << ApiParams{{u"firstName"_s, u"Ann"_s}} << server << 501 << u"lastName"_s;
    QTest::newRow("create_client nothing") << u"create_client"_s << ApiParams{} << server << 501 << u"firstName"_s;
    QTest::newRow("create_client blank firstName")
        << u"create_client"_s << ApiParams{{u"firstName"_s, u"  "_s}, {u"lastName"_s, u"Lee"_s}} << server << 501
        << u"firstName"_s;
    QTest::newRow("create_manual_email no body")
        << u"create_manual_email"_s << ApiParams{{u"client_id"_s, u"1"_s}, {u"email_subject"_s, u"Hi"_s}} << server
        << 501 << u"email_body"_s;
    QTest::newRow("create_immed_call no say")
        << u"create_immed_call"_s
        << ApiParams{{u"agent_phone"_s, u"3039291447"_s}, {u"client_full_name"_s, u"Ann Lee"_s},
                     {u"client_phone"_s, u"3039291448"_s}}
        << server << 501 << u"say"_s;
    QTest::newRow("create_user without password")
        << u"create_user"_s
        << ApiParams{{u"user_type"_s, u"Admin"_s}, {u"user_first_name"_s, u"K"_s}, {u"user_last_name"_s, u"H"_s},
                     {u"user_phone"_s, u"3039291447"_s}, {u"user_email"_s, u"k@example.com"_s},
                     {u"user_username"_s, u"kh"_s}, {u"user_show_calendar"_s, u"0"_s}}
        << server << 501 << u"user_password"_s;
    QTest::newRow("create_user complete")
        << u"create_user"_s
        << ApiParams{{u"user_type"_s, u"Admin"_s}, {u"user_first_name"_s, u"K"_s}, {u"user_last_name"_s, u"H"_s},
                     {u"user_phone"_s, u"3039291447"_s}, {u"user_email"_s, u"k@example.com"_s},
                     {u"user_username"_s, u"kh"_s}, {u"user_show_calendar"_s, u"0"_s},
                     {u"user_password"_s, u"s3cret"_s}}
        << ok << 200 << QString();
    QTest::newRow("read_proposal_payments no date")
        << u"read_proposal_payments"_s << ApiParams{{u"client_id"_s, u"1"_s}} << server << 501 << u"created_date"_s;
    QTest::newRow("delete_client_event") << u"delete_client_event"_s << ApiParams{{u"event_id"_s, u"77"_s}} << ok
                                         << 200 << QString();
    QTest::newRow("read_client_list nothing needed") << u"read_client_list"_s << ApiParams{} << ok << 200 << QString();

    // One-of groups.
    QTest::newRow("read_client_exist none")
        << u"read_client_exist"_s << ApiParams{} << server << 501 << u"firstName|lastName|phone|email"_s;
    QTest::newRow("read_client_exist blank email")
        << u"read_client_exist"_s << ApiParams{{u"email"_s, u""_s}} << server << 501
        << u"firstName|lastName|phone|email"_s;
    for (const QString &k : {u"firstName"_s, u"lastName"_s})
        QTest::addRow("read_client_exist by %s", qPrintable(k))
            << u"read_client_exist"_s << ApiParams{{k, u"Lee"_s}} << ok << 200 << QString();
    QTest::newRow("read_client_exist by phone")
        << u"read_client_exist"_s << ApiParams{{u"phone"_s, u"3039291447"_s}} << ok << 200 << QString();
    QTest::newRow("read_client_exist by bad phone")
        << u"read_client_exist"_s << ApiParams{{u"phone"_s, u"303-929-1447"_s}} << issue << 0 << u"phone"_s;
    QTest::newRow("read_client_exist by email")
        << u"read_client_exist"_s << ApiParams{{u"email"_s, u"ann@example.com"_s}} << ok << 200 << QString();
    QTest::newRow("read_pending_actions none")
        << u"read_pending_actions"_s << ApiParams{} << server << 501 << u"client_id|external_id"_s;
    QTest::newRow("read_pending_actions by client_id")
        << u"read_pending_actions"_s << ApiParams{{u"client_id"_s, u"12"_s}} << ok << 200 << QString();
    QTest::newRow("read_pending_actions by external_id")
        << u"read_pending_actions"_s << ApiParams{{u"external_id"_s, u"X-12"_s}} << ok << 200 << QString();

    // Conditional requirement: user_id for an Appointment only.
    const ApiParams event = {{u"client_id"_s, u"12"_s}, {u"event_type"_s, u"Call"_s},
                             {u"event_date"_s, u"2026:11:27"_s}, {u"event_time"_s, u"10:00:00"_s},
                             {u"event_note"_s, u"Call back"_s}};
    QTest::newRow("event Call without user_id") << u"create_client_event"_s << event << ok << 200 << QString();
    ApiParams appointment = event;
    appointment[u"event_type"_s] = u"Appointment"_s;
    QTest::newRow("event Appointment without user_id")
        << u"create_client_event"_s << appointment << server << 501 << u"user_id"_s;
    appointment[u"user_id"_s] = u"5"_s;
    QTest::newRow("event Appointment with user_id") << u"create_client_event"_s << appointment << ok << 200
                                                    << QString();
    ApiParams appointmentEnd = appointment;
    appointmentEnd[u"event_end_date"_s] = u"2026:11:27"_s;
    appointmentEnd[u"event_end_time"_s] = u"11:00:00"_s;
    QTest::newRow("event Appointment with end") << u"create_client_event"_s << appointmentEnd << ok << 200
                                                << QString();
    appointmentEnd[u"event_end_time"_s] = u"11:00"_s;
    QTest::newRow("event Appointment bad end time")
        << u"create_client_event"_s << appointmentEnd << issue << 0 << u"event_end_time"_s;
    ApiParams lowerAppointment = event;
    lowerAppointment[u"event_type"_s] = u"appointment"_s;
    QTest::newRow("event appointment lower case")
        << u"create_client_event"_s << lowerAppointment << issue << 0 << u"event_type"_s;
    ApiParams eventNoNote = event;
    eventNoNote.remove(u"event_note"_s);
    eventNoNote[u"event_date"_s] = u"2026-11-27"_s;
    QTest::newRow("missing key wins over a bad value")
        << u"create_client_event"_s << eventNoNote << server << 501 << u"event_note"_s;

    // The first failing key in document order when several fail.
    ApiParams several = client;
    several[u"zip"_s] = u"1234"_s;
    several[u"phone"_s] = u"303"_s;
    several[u"email"_s] = u"nope"_s;
    QTest::newRow("phone before email and zip") << u"create_client"_s << several << issue << 0 << u"phone"_s;
    several.remove(u"phone"_s);
    QTest::newRow("email before zip") << u"create_client"_s << several << issue << 0 << u"email"_s;
    several.remove(u"email"_s);
    QTest::newRow("zip alone") << u"create_client"_s << several << issue << 0 << u"zip"_s;
    ApiParams docOrder = client;
    docOrder[u"contact_type"_s] = u"9"_s;    // late in the client table
    docOrder[u"smsok"_s] = u"2"_s;           // early in the client table
    docOrder[u"age"_s] = u"old"_s;
    QTest::newRow("smsok before age before contact_type") << u"create_client"_s << docOrder << issue << 0
                                                          << u"smsok"_s;
    ApiParams customLast = client;
    customLast[u"aaa_custom"_s] = QString(101, u'x');
    customLast[u"zip"_s] = u"1"_s;
    QTest::newRow("reserved keys before custom fields") << u"create_client"_s << customLast << issue << 0
                                                        << u"zip"_s;
    ApiParams emailLate = {{u"client_id"_s, u"1"_s}, {u"email_subject"_s, u"Hi"_s},
                           {u"email_body"_s, u"<p>x</p>"_s}, {u"email_date"_s, u"2026-01-01"_s}};
    QTest::newRow("email_date before email_body") << u"create_manual_email"_s << emailLate << issue << 0
                                                  << u"email_date"_s;

    // Values on whole calls.
    QTest::newRow("read_client_list limit 100")
        << u"read_client_list"_s << ApiParams{{u"limit"_s, u"100"_s}, {u"offset"_s, u"200"_s}} << ok << 200
        << QString();
    QTest::newRow("read_client_list limit 101")
        << u"read_client_list"_s << ApiParams{{u"limit"_s, u"101"_s}} << issue << 0 << u"limit"_s;
    QTest::newRow("read_client_list offset -1")
        << u"read_client_list"_s << ApiParams{{u"offset"_s, u"-1"_s}} << issue << 0 << u"offset"_s;
    QTest::newRow("empty optional value clears")
        << u"update_client_by_id"_s << ApiParams{{u"client_id"_s, u"1"_s}, {u"phone"_s, QString()}} << ok << 200
        << QString();
    QTest::newRow("update action_plan_id 0")
        << u"update_client_by_id"_s << ApiParams{{u"client_id"_s, u"1"_s}, {u"action_plan_id"_s, u"0"_s}} << ok
        << 200 << QString();
    QTest::newRow("create_immed_call bad agent_phone")
        << u"create_immed_call"_s
        << ApiParams{{u"agent_phone"_s, u"(303) 929-1447"_s}, {u"client_full_name"_s, u"Ann"_s},
                     {u"client_phone"_s, u"3039291448"_s}, {u"say"_s, u"Hi"_s}}
        << issue << 0 << u"agent_phone"_s;
    QTest::newRow("update_account bad return text")
        << u"update_account_by_id"_s
        << ApiParams{{u"account_id"_s, u"1"_s}, {u"account_return_text"_s, u"303929144"_s}} << issue << 0
        << u"account_return_text"_s;
    QTest::newRow("create_sales_cycle bad status")
        << u"create_sales_cycle"_s
        << ApiParams{{u"sales_cycle_name"_s, u"Won"_s}, {u"sales_cycle_active_status"_s, u"yes"_s},
                     {u"sales_cycle_order"_s, u"1"_s}}
        << issue << 0 << u"sales_cycle_active_status"_s;

    // Read-only keys refused on writes, accepted as filters on reads.
    QTest::newRow("update_account web key")
        << u"update_account_by_id"_s << ApiParams{{u"account_id"_s, u"1"_s}, {u"account_web_key"_s, u"CT_1"_s}}
        << issue << 0 << u"account_web_key"_s;
    QTest::newRow("update_account username")
        << u"update_account_by_id"_s << ApiParams{{u"account_id"_s, u"1"_s}, {u"account_username"_s, u"x"_s}}
        << issue << 0 << u"account_username"_s;
    QTest::newRow("update_action_plan link name")
        << u"update_action_plan_by_id"_s
        << ApiParams{{u"action_plan_id"_s, u"3"_s}, {u"action_plan_link_name"_s, u"x"_s}} << issue << 0
        << u"action_plan_link_name"_s;
    QTest::newRow("create_lead_source web key")
        << u"create_lead_source"_s
        << ApiParams{{u"lead_source_name"_s, u"Fair"_s}, {u"lead_source_web_key"_s, u"abc"_s}} << issue << 0
        << u"lead_source_web_key"_s;
    QTest::newRow("read-only even when empty")
        << u"update_account_by_id"_s << ApiParams{{u"account_id"_s, u"1"_s}, {u"account_ctphone"_s, QString()}}
        << issue << 0 << u"account_ctphone"_s;
    QTest::newRow("delete with read-only key")
        << u"delete_user_by_id"_s << ApiParams{{u"user_id"_s, u"1"_s}, {u"account_web_key"_s, u"CT_1"_s}} << issue
        << 0 << u"account_web_key"_s;
    // "Only in Create": a user's type and password are set once.
    QTest::newRow("update_user password")
        << u"update_user_by_id"_s << ApiParams{{u"user_id"_s, u"7"_s}, {u"user_password"_s, u"s3cret!"_s}}
        << issue << 0 << u"user_password"_s;
    QTest::newRow("update_user type")
        << u"update_user_by_id"_s << ApiParams{{u"user_id"_s, u"7"_s}, {u"user_type"_s, u"Admin"_s}}
        << issue << 0 << u"user_type"_s;
    QTest::newRow("update_user name is fine")
        << u"update_user_by_id"_s << ApiParams{{u"user_id"_s, u"7"_s}, {u"user_first_name"_s, u"Kent"_s}}
        << ok << 200 << QString();
    QTest::newRow("read-only key on a read")
        << u"read_account_list"_s << ApiParams{{u"account_web_key"_s, u"CT_1"_s}} << ok << 200 << QString();

    // Unknown keys: passed on non-client calls, judged as custom fields on client writes.
    QTest::newRow("unknown key on create_tag")
        << u"create_tag"_s << ApiParams{{u"tag_value"_s, u"Hot"_s}, {u"pet name!"_s, QString(300, u'x')}} << ok
        << 200 << QString();
    QTest::newRow("unknown key on a read")
        << u"read_user_list"_s << ApiParams{{u"whatever"_s, u"1"_s}} << ok << 200 << QString();
    ApiParams custom = client;
    custom[u"favourite_colour"_s] = u"<i>teal</i>"_s;
    QTest::newRow("custom field on create_client") << u"create_client"_s << custom << ok << 200 << QString();
    custom[u"favourite_colour"_s] = QString(101, u'x');
    QTest::newRow("custom field too long") << u"create_client"_s << custom << issue << 0 << u"favourite_colour"_s;
    ApiParams badName = client;
    badName[u"pet name"_s] = u"Rex"_s;
    QTest::newRow("custom field bad name") << u"create_client"_s << badName << issue << 0 << u"pet name"_s;
    ApiParams otherTable = {{u"client_id"_s, u"9"_s}, {u"status"_s, u"VIP"_s}, {u"type"_s, u"Residential"_s}};
    QTest::newRow("other table's key is a custom field")
        << u"update_client_by_id"_s << otherTable << ok << 200 << QString();
    ApiParams customOrder = {{u"external_id"_s, u"E1"_s}, {u"b_field"_s, QString(101, u'x')},
                             {u"a_field"_s, QString(101, u'y')}};
    QTest::newRow("custom fields by name")
        << u"update_client_by_external_id"_s << customOrder << issue << 0 << u"a_field"_s;
}

void TestValidator::check()
{
    QFETCH(QString, call);
    QFETCH(ApiParams, params);
    QFETCH(int, status);
    QFETCH(int, ctCode);
    QFETCH(QString, key);

    // GIVEN a call and its parameters WHEN checked THEN the answer is the server's.
    const CallSpec *spec = findCall(call);
    QVERIFY(spec);
    const ApiResult r = Validator::check(*spec, params);
    QCOMPARE(statusName(r.status), statusName(ApiStatus(status)));
    QCOMPARE(r.ctCode, ctCode);
    QCOMPARE(r.offendingKey, key);
    if (r.status == ApiStatus::ValidationIssue)
        QCOMPARE(r.message, u"Validation Issue"_s);
    if (ctCode == 501)
        QCOMPARE(r.message, ctCodeMessage(501));
}

void TestValidator::missingKeys()
{
    // Every missing key, in order: required first, then groups, then conditions.
    const ApiParams appointment = {{u"event_type"_s, u"Appointment"_s}};
    QCOMPARE(Validator::missingKeys(call("create_client_event"), appointment),
             (QStringList{u"client_id"_s, u"event_date"_s, u"event_time"_s, u"event_note"_s, u"user_id"_s}));
    QCOMPARE(Validator::missingKeys(call("read_client_exist"), {}), QStringList{u"firstName|lastName|phone|email"_s});
    QCOMPARE(Validator::missingKeys(call("read_client_list"), {}), QStringList{});
    QCOMPARE(Validator::missingKeys(call("create_immed_call"), {}),
             (QStringList{u"agent_phone"_s, u"client_full_name"_s, u"client_phone"_s, u"say"_s}));
    // Every call is satisfied by its required keys with valid values.
    for (const CallSpec &c : callTable()) {
        ApiParams p;
        for (const QString &k : c.required)
            p.insert(k, u"1"_s);
        for (const QStringList &g : c.requiredOneOf)
            p.insert(g.first(), u"1"_s);
        QVERIFY2(!Validator::missingKeys(c, p).contains(QString()), qPrintable(c.name));
        for (const QString &k : c.required)
            QVERIFY2(!Validator::missingKeys(c, p).contains(k), qPrintable(c.name + u' ' + k));
    }
}

void TestValidator::helpers()
{
    QVERIFY(Validator::isStateCode(u"CO"));
    QVERIFY(Validator::isStateCode(u"NL"));
    QVERIFY(!Validator::isStateCode(u"co"));
    QVERIFY(!Validator::isStateCode(u""));
    QVERIFY(Validator::isValidEmail(u"a@b.io"));
    QVERIFY(!Validator::isValidEmail(u""));
    QVERIFY(!Validator::isValidEmail(QString(250, u'a') + u"@b.io"_s));
    // Every US state and Canadian province of the document's "2 letter abbreviation".
    const QStringList codes = u"AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE "
                              "NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC "
                              "AB BC MB NB NL NS NT NU ON PE QC SK YT"_s.split(u' ');
    QCOMPARE(codes.size(), 64);
    for (const QString &c : codes)
        QVERIFY2(Validator::isStateCode(c), qPrintable(c));
}

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"
