// SPDX-License-Identifier: MIT
// The tolerant parser: every spelling and shape the document and real servers use, the HTTP
// mapping, and garbage that must become a typed Malformed error naming what was wrong.

#include "api/responseparser.h"

#include <QJsonDocument>
#include <QtTest>

using namespace ct::api;
using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray nested(int depth)
{
    return QByteArray(depth, '[') + QByteArray(depth, ']');
}

} // namespace

class TestResponseParser : public QObject
{
    Q_OBJECT

private slots:
    void shapes_data();
    void shapes();
    void idsAndNumbersReadAsStrings();
    void nestedArraysKept();
    void unknownKeysKept();
    void validationForm();
    void noRecordForm();
    void deepButLegalNesting();
    void neverCrashesOnTruncations();
};

void TestResponseParser::shapes_data()
{
    QTest::addColumn<int>("http");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");          // ApiStatus
    QTest::addColumn<int>("ctCode");
    QTest::addColumn<QString>("key");         // offending key
    QTest::addColumn<qint64>("total");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("message");     // a fragment the message must hold

    const int ok = int(ApiStatus::Ok);
    const int code = int(ApiStatus::ServerCode);
    const int issue = int(ApiStatus::ValidationIssue);
    const int bad = int(ApiStatus::Malformed);

    // Spellings of the code key and value.
    QTest::newRow("ResultCode CT200") << 200 << QByteArray(R"({"ResultCode":"CT200","Message":"Success"})") << ok
                                      << 200 << QString() << qint64(-1) << 0 << u"Success"_s;
    QTest::newRow("resultCode CT200") << 200 << QByteArray(R"({"resultCode":"CT200","Message":"Success"})") << ok
                                      << 200 << QString() << qint64(-1) << 0 << u"Success"_s;
    QTest::newRow("CT_200") << 200 << QByteArray(R"({"ResultCode":"CT_200","Message":"Success"})") << ok << 200
                            << QString() << qint64(-1) << 0 << u"Success"_s;
    QTest::newRow("numeric 200") << 200 << QByteArray(R"({"ResultCode":200})") << ok << 200 << QString()
                                 << qint64(-1) << 0 << u"Success"_s;
    QTest::newRow("string 200") << 200 << QByteArray(R"({"resultCode":"200"})") << ok << 200 << QString()
                                << qint64(-1) << 0 << u"Success"_s;
    QTest::newRow("lower ct200") << 200 << QByteArray(R"({"resultCode":"ct200"})") << ok << 200 << QString()
                                 << qint64(-1) << 0 << QString();
    QTest::newRow("CT515") << 200 << QByteArray(R"({"resultCode":"CT515","Message":"No Record Found"})") << code
                           << 515 << QString() << qint64(-1) << 0 << u"No Record Found"_s;
    QTest::newRow("CT_512") << 200 << QByteArray(R"({"ResultCode":"CT_512"})") << code << 512 << QString()
                            << qint64(-1) << 0 << u"still in use"_s;
    QTest::newRow("CT501 numeric") << 200 << QByteArray(R"({"ResultCode":501,"Message":"Missing"})") << code << 501
                                   << QString() << qint64(-1) << 0 << u"Missing"_s;
    // A code the document does not list still gets a message (the fuzzer's first finding).
    QTest::newRow("undocumented CT201") << 200 << QByteArray(R"({"ResultCode":"CT201","data":{"client_id":"1"}})")
                                        << code << 201 << QString() << qint64(-1) << 1 << u"CT201"_s;
    QTest::newRow("undocumented numeric 299") << 200 << QByteArray(R"({"ResultCode":299,"Message":""})") << code
                                              << 299 << QString() << qint64(-1) << 0 << u"CT299"_s;
    QTest::newRow("lower message key") << 200 << QByteArray(R"({"ResultCode":"CT520","message":"Dup"})") << code
                                       << 520 << QString() << qint64(-1) << 0 << u"Dup"_s;
    QTest::newRow("no http status") << 0 << QByteArray(R"({"ResultCode":"CT200"})") << ok << 200 << QString()
                                    << qint64(-1) << 0 << QString();

    // TotalRecord and data.
    QTest::newRow("create_client success")
        << 200
        << QByteArray(R"({"ResultCode":"CT_200","Message":"Success","TotalRecord":1,"data":[{"client_id":"8475832","external_id":"1234"}]})")
        << ok << 200 << QString() << qint64(1) << 1 << u"Success"_s;
    QTest::newRow("TotalRecord as string") << 200 << QByteArray(R"({"ResultCode":"CT200","TotalRecord":"42","data":[]})")
                                           << ok << 200 << QString() << qint64(42) << 0 << QString();
    QTest::newRow("TotalRecord padded string") << 200 << QByteArray(R"({"ResultCode":"CT200","TotalRecord":" 7 "})")
                                               << ok << 200 << QString() << qint64(7) << 0 << QString();
    QTest::newRow("TotalRecord null") << 200 << QByteArray(R"({"ResultCode":"CT200","TotalRecord":null})") << ok
                                      << 200 << QString() << qint64(-1) << 0 << QString();
    QTest::newRow("TotalRecord zero") << 200 << QByteArray(R"({"ResultCode":"CT200","TotalRecord":0,"data":[]})")
                                      << ok << 200 << QString() << qint64(0) << 0 << QString();
    QTest::newRow("three rows") << 200
                                << QByteArray(R"({"ResultCode":"CT200","data":[{"firstName":"John"},{"firstName":"Anna"},{"firstName":"Peter"}]})")
                                << ok << 200 << QString() << qint64(-1) << 3 << QString();
    QTest::newRow("Data spelling") << 200 << QByteArray(R"({"ResultCode":"CT200","Data":[{"a":"1"}]})") << ok << 200
                                   << QString() << qint64(-1) << 1 << QString();
    QTest::newRow("data single object") << 200 << QByteArray(R"({"ResultCode":"CT200","data":{"client_id":"1"}})")
                                        << ok << 200 << QString() << qint64(-1) << 1 << QString();
    QTest::newRow("data null") << 200 << QByteArray(R"({"ResultCode":"CT200","data":null})") << ok << 200
                               << QString() << qint64(-1) << 0 << QString();
    QTest::newRow("data empty string") << 200 << QByteArray(R"({"ResultCode":"CT200","data":""})") << ok << 200
                                       << QString() << qint64(-1) << 0 << QString();
    QTest::newRow("whitespace around") << 200 << QByteArray(" \n\t{\"ResultCode\":\"CT200\"}\r\n ") << ok << 200
                                       << QString() << qint64(-1) << 0 << QString();

    // The validation form.
    QTest::newRow("validation phone") << 200 << QByteArray(R"({"resultCode":"phone","Message":"Validation Issue"})")
                                      << issue << 0 << u"phone"_s << qint64(-1) << 0 << u"Validation Issue"_s;
    QTest::newRow("validation no message") << 200 << QByteArray(R"({"ResultCode":"zip"})") << issue << 0 << u"zip"_s
                                           << qint64(-1) << 0 << u"Validation Issue"_s;
    QTest::newRow("validation custom key") << 200 << QByteArray(R"({"ResultCode":"ctfield"})") << issue << 0
                                           << u"ctfield"_s << qint64(-1) << 0 << QString();

    // HTTP statuses.
    QTest::newRow("401") << 401 << QByteArray() << int(ApiStatus::Unauthorized) << 0 << QString() << qint64(-1) << 0
                         << u"401"_s;
    QTest::newRow("403 with html") << 403 << QByteArray("<html>Forbidden</html>") << int(ApiStatus::Unauthorized)
                                   << 0 << QString() << qint64(-1) << 0 << u"403"_s;
    QTest::newRow("404") << 404 << QByteArray("Not Found") << int(ApiStatus::HttpError) << 0 << QString()
                         << qint64(-1) << 0 << u"404"_s;
    QTest::newRow("429") << 429 << QByteArray() << int(ApiStatus::RateLimited) << 0 << QString() << qint64(-1) << 0
                         << u"429"_s;
    QTest::newRow("500 with json") << 500 << QByteArray(R"({"ResultCode":"CT200"})") << int(ApiStatus::ServerError)
                                   << 0 << QString() << qint64(-1) << 0 << u"500"_s;
    QTest::newRow("503") << 503 << QByteArray("<h1>Service Unavailable</h1>") << int(ApiStatus::ServerError) << 0
                         << QString() << qint64(-1) << 0 << u"503"_s;
    QTest::newRow("302") << 302 << QByteArray() << int(ApiStatus::HttpError) << 0 << QString() << qint64(-1) << 0
                         << u"302"_s;
    QTest::newRow("400") << 400 << QByteArray(R"({"ResultCode":"CT400"})") << int(ApiStatus::HttpError) << 0
                         << QString() << qint64(-1) << 0 << u"400"_s;

    // Garbage: typed Malformed errors naming what was wrong.
    QTest::newRow("empty body") << 200 << QByteArray() << bad << 0 << QString() << qint64(-1) << 0 << u"empty"_s;
    QTest::newRow("blank body") << 200 << QByteArray(" \r\n ") << bad << 0 << QString() << qint64(-1) << 0
                                << u"empty"_s;
    QTest::newRow("html error page") << 200
                                     << QByteArray("<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>")
                                     << bad << 0 << QString() << qint64(-1) << 0 << u"not JSON"_s;
    QTest::newRow("truncated json") << 200 << QByteArray(R"({"ResultCode":"CT200","data":[{"client_id":"84)")
                                    << bad << 0 << QString() << qint64(-1) << 0 << u"not JSON"_s;
    QTest::newRow("trailing garbage") << 200 << QByteArray(R"({"ResultCode":"CT200"}xyz)") << bad << 0 << QString()
                                      << qint64(-1) << 0 << u"not JSON"_s;
    QTest::newRow("top-level array") << 200 << QByteArray(R"([{"ResultCode":"CT200"}])") << bad << 0 << QString()
                                     << qint64(-1) << 0 << u"not an object"_s;
    QTest::newRow("top-level string") << 200 << QByteArray(R"("CT200")") << bad << 0 << QString() << qint64(-1)
                                      << 0 << QString();
    QTest::newRow("no ResultCode") << 200 << QByteArray(R"({"Message":"Success"})") << bad << 0 << QString()
                                   << qint64(-1) << 0 << u"no ResultCode"_s;
    QTest::newRow("ResultCode null") << 200 << QByteArray(R"({"ResultCode":null})") << bad << 0 << QString()
                                     << qint64(-1) << 0 << u"no ResultCode"_s;
    QTest::newRow("ResultCode empty") << 200 << QByteArray(R"({"ResultCode":""})") << bad << 0 << QString()
                                      << qint64(-1) << 0 << u"empty"_s;
    QTest::newRow("ResultCode object") << 200 << QByteArray(R"({"ResultCode":{"code":"CT200"}})") << bad << 0
                                       << QString() << qint64(-1) << 0 << u"ResultCode"_s;
    QTest::newRow("ResultCode array") << 200 << QByteArray(R"({"ResultCode":["CT200"]})") << bad << 0 << QString()
                                      << qint64(-1) << 0 << u"ResultCode"_s;
    QTest::newRow("ResultCode bool") << 200 << QByteArray(R"({"ResultCode":true})") << bad << 0 << QString()
                                     << qint64(-1) << 0 << u"ResultCode"_s;
    QTest::newRow("ResultCode fraction") << 200 << QByteArray(R"({"ResultCode":200.5})") << bad << 0 << QString()
                                         << qint64(-1) << 0 << u"not a code"_s;
    QTest::newRow("ResultCode negative") << 200 << QByteArray(R"({"ResultCode":-200})") << bad << 0 << QString()
                                         << qint64(-1) << 0 << u"not a code"_s;
    QTest::newRow("ResultCode huge") << 200 << QByteArray(R"({"ResultCode":1e300})") << bad << 0 << QString()
                                     << qint64(-1) << 0 << u"not a code"_s;
    QTest::newRow("ResultCode beyond int") << 200 << QByteArray(R"({"ResultCode":4294967496})") << bad << 0
                                           << QString() << qint64(-1) << 0 << u"not a code"_s;
    QTest::newRow("ResultCode CT99999") << 200 << QByteArray(R"({"ResultCode":"CT99999"})") << bad << 0
                                        << QString() << qint64(-1) << 0 << u"not a code"_s;
    QTest::newRow("ResultCode 0") << 200 << QByteArray(R"({"ResultCode":"0"})") << bad << 0 << QString()
                                  << qint64(-1) << 0 << u"not a code"_s;
    QTest::newRow("data number") << 200 << QByteArray(R"({"ResultCode":"CT200","data":5})") << bad << 0 << QString()
                                 << qint64(-1) << 0 << u"data"_s;
    QTest::newRow("data string") << 200 << QByteArray(R"({"ResultCode":"CT200","data":"rows"})") << bad << 0
                                 << QString() << qint64(-1) << 0 << u"data"_s;
    QTest::newRow("data item string") << 200 << QByteArray(R"({"ResultCode":"CT200","data":[{"a":"1"},"x"]})") << bad
                                      << 0 << QString() << qint64(-1) << 0 << u"data[1]"_s;
    QTest::newRow("data item array") << 200 << QByteArray(R"({"ResultCode":"CT200","data":[[1,2]]})") << bad << 0
                                     << QString() << qint64(-1) << 0 << u"data[0]"_s;
    QTest::newRow("data item null") << 200 << QByteArray(R"({"ResultCode":"CT200","data":[null]})") << bad << 0
                                    << QString() << qint64(-1) << 0 << u"data[0]"_s;
    QTest::newRow("TotalRecord abc") << 200 << QByteArray(R"({"ResultCode":"CT200","TotalRecord":"abc"})") << bad
                                     << 0 << QString() << qint64(-1) << 0 << u"TotalRecord"_s;
    QTest::newRow("TotalRecord object") << 200 << QByteArray(R"({"ResultCode":"CT200","TotalRecord":{}})") << bad
                                        << 0 << QString() << qint64(-1) << 0 << u"TotalRecord"_s;
    QTest::newRow("TotalRecord negative") << 200 << QByteArray(R"({"ResultCode":"CT200","TotalRecord":-3})") << bad
                                          << 0 << QString() << qint64(-1) << 0 << u"TotalRecord"_s;
    QTest::newRow("TotalRecord negative string") << 200 << QByteArray(R"({"ResultCode":"CT200","TotalRecord":"-3"})")
                                                 << bad << 0 << QString() << qint64(-1) << 0 << u"TotalRecord"_s;
    QTest::newRow("TotalRecord huge") << 200 << QByteArray(R"({"ResultCode":"CT200","TotalRecord":1e300})") << bad
                                      << 0 << QString() << qint64(-1) << 0 << u"TotalRecord"_s;
    QTest::newRow("TotalRecord huge string")
        << 200 << QByteArray(R"({"ResultCode":"CT200","TotalRecord":"99999999999999999999999"})") << bad << 0
        << QString() << qint64(-1) << 0 << u"TotalRecord"_s;
    QTest::newRow("too deeply nested") << 200 << (QByteArray(R"({"ResultCode":"CT200","data":)") + nested(5000) + "}")
                                       << bad << 0 << QString() << qint64(-1) << 0 << u"nested"_s;
    QTest::newRow("invalid utf-8") << 200 << QByteArray("{\"ResultCode\":\"CT200\",\"Message\":\"caf\xc3\x28\"}")
                                   << bad << 0 << QString() << qint64(-1) << 0 << u"UTF"_s;
    QTest::newRow("nul bytes") << 200 << QByteArray("{\"ResultCode\":\0\"CT200\"}", 23) << bad << 0 << QString()
                               << qint64(-1) << 0 << u"not JSON"_s;
    QTest::newRow("utf-16 bom") << 200 << QByteArray("\xff\xfe{\0}\0", 6) << bad << 0 << QString() << qint64(-1) << 0
                                << u"not JSON"_s;
}

void TestResponseParser::shapes()
{
    QFETCH(int, http);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(int, ctCode);
    QFETCH(QString, key);
    QFETCH(qint64, total);
    QFETCH(int, rows);
    QFETCH(QString, message);

    // GIVEN an answer WHEN it is parsed THEN the result says what it holds, in one shape.
    const ApiResult r = parseResponse(http, body);
    QCOMPARE(statusName(r.status), statusName(ApiStatus(status)));
    QCOMPARE(r.httpStatus, http);
    if (r.status != ApiStatus::Malformed && r.status != ApiStatus::Unauthorized
        && r.status != ApiStatus::RateLimited && r.status != ApiStatus::ServerError
        && r.status != ApiStatus::HttpError) {
        QCOMPARE(r.ctCode, ctCode);
        QCOMPARE(r.offendingKey, key);
        QCOMPARE(r.total, total);
        QCOMPARE(r.rows.size(), rows);
    } else {
        QVERIFY(r.rows.isEmpty());
        QVERIFY(r.offendingKey.isEmpty());
    }
    QVERIFY2(!r.message.isEmpty(), "every result carries a human message");
    if (!message.isEmpty())
        QVERIFY2(r.message.contains(message, Qt::CaseInsensitive), qPrintable(r.message));
    if (r.status == ApiStatus::Malformed)
        QVERIFY(r.message.size() < 600);   // names the problem, does not dump the body
}

void TestResponseParser::idsAndNumbersReadAsStrings()
{
    // GIVEN ids and counts sent as numbers, booleans and nulls
    const QByteArray body = R"({"ResultCode":"CT200","TotalRecord":"2","data":[
        {"client_id":8475832,"external_id":"1234","deal_size":250000.0,"amount":12.5,"smsok":true,
         "deal_closed":false,"twitter":null,"big":12345678901234,"neg":-7},
        {"client_id":"8051632","external_id":16051989}]})";
    const ApiResult r = parseResponse(200, body);
    QVERIFY(r.ok());
    QCOMPARE(r.total, 2);
    QCOMPARE(r.rows.size(), 2);
    const QJsonObject first = r.rows.at(0).toObject();
    // THEN every scalar reads as the string the document transports
    QCOMPARE(first.value(u"client_id").toString(), u"8475832"_s);
    QCOMPARE(first.value(u"external_id").toString(), u"1234"_s);
    QCOMPARE(first.value(u"deal_size").toString(), u"250000"_s);
    QCOMPARE(first.value(u"amount").toString(), u"12.5"_s);
    QCOMPARE(first.value(u"smsok").toString(), u"1"_s);
    QCOMPARE(first.value(u"deal_closed").toString(), u"0"_s);
    QVERIFY(first.value(u"twitter").isString());
    QCOMPARE(first.value(u"twitter").toString(), QString());
    QCOMPARE(first.value(u"big").toString(), u"12345678901234"_s);
    QCOMPARE(first.value(u"neg").toString(), u"-7"_s);
    const QJsonObject second = r.rows.at(1).toObject();
    QCOMPARE(second.value(u"client_id").toString(), u"8051632"_s);
    QCOMPARE(second.value(u"external_id").toString(), u"16051989"_s);
    for (const QJsonValue &row : r.rows) {
        const QJsonObject o = row.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            QVERIFY2(it.value().isString(), qPrintable(it.key()));
    }
    // Huge numbers never crash and still read as text.
    const ApiResult huge = parseResponse(200, R"({"ResultCode":"CT200","data":[{"x":1e308,"y":-1e308,"z":123456789012345678901234567890}]})");
    QVERIFY(huge.ok());
    QVERIFY(!huge.rows.at(0).toObject().value(u"x").toString().isEmpty());
    QVERIFY(!huge.rows.at(0).toObject().value(u"z").toString().isEmpty());
}

void TestResponseParser::nestedArraysKept()
{
    // Action plans carry "Action Steps", accounts "SubAccounts", proposals line items.
    const QByteArray body = R"({"ResultCode":"CT200","data":[
        {"action_plan_id":"123456","action_plan_name":"Welcome","Action Steps":[
            {"Order":"1","Type":"email","Date":"1","Time":"00:00:00","Subject":"First","Body":"La"},
            {"Order":2,"Type":"email","Date":3,"Time":"09:00:00","Subject":"Second","Body":"Te"}]},
        {"account_id":"9","SubAccounts":[{"account_id":"10"},{"account_id":11}]},
        {"proposal_id":"77","line_item_detail":[{"Description":"Paint","Line Price":"100.00","Notes":""}],
         "recommended_products":[{"Product_type1":"Primer","Product Description":"White"}]}]})";
    const ApiResult r = parseResponse(200, body);
    QVERIFY(r.ok());
    QCOMPARE(r.rows.size(), 3);
    const QJsonArray steps = r.rows.at(0).toObject().value(u"Action Steps").toArray();
    QCOMPARE(steps.size(), 2);
    QCOMPARE(steps.at(0).toObject().value(u"Subject").toString(), u"First"_s);
    QCOMPARE(steps.at(1).toObject().value(u"Order").toString(), u"2"_s);   // numbers read as strings inside too
    QCOMPARE(steps.at(1).toObject().value(u"Date").toString(), u"3"_s);
    const QJsonArray subs = r.rows.at(1).toObject().value(u"SubAccounts").toArray();
    QCOMPARE(subs.size(), 2);
    QCOMPARE(subs.at(1).toObject().value(u"account_id").toString(), u"11"_s);
    const QJsonObject proposal = r.rows.at(2).toObject();
    QCOMPARE(proposal.value(u"line_item_detail").toArray().size(), 1);
    QCOMPARE(proposal.value(u"line_item_detail").toArray().at(0).toObject().value(u"Line Price").toString(),
             u"100.00"_s);
    QCOMPARE(proposal.value(u"recommended_products").toArray().size(), 1);
}

void TestResponseParser::unknownKeysKept()
{
    const QByteArray body = R"({"ResultCode":"CT200","Message":"Success","ServerTime":"2026-11-27",
        "Paging":{"next":2},"data":[{"client_id":"1","favourite_colour":"teal","x_new_field":5}]})";
    const ApiResult r = parseResponse(200, body);
    QVERIFY(r.ok());
    QCOMPARE(r.body.value(u"ServerTime").toString(), u"2026-11-27"_s);
    QCOMPARE(r.body.value(u"Paging").toObject().value(u"next").toInt(), 2);
    QCOMPARE(r.rows.at(0).toObject().value(u"favourite_colour").toString(), u"teal"_s);
    QCOMPARE(r.rows.at(0).toObject().value(u"x_new_field").toString(), u"5"_s);
    QVERIFY(r.body.contains(u"data"));
}

void TestResponseParser::validationForm()
{
    const ApiResult r = parseResponse(200, R"({"resultCode":"phone","Message":"Validation Issue"})");
    QCOMPARE(r.status, ApiStatus::ValidationIssue);
    QCOMPARE(r.offendingKey, u"phone"_s);
    QCOMPARE(r.message, u"Validation Issue"_s);
    QCOMPARE(r.ctCode, 0);
    QVERIFY(!r.ok());
    QVERIFY(!r.isTransient());
}

void TestResponseParser::noRecordForm()
{
    // read_client_exist when nothing matches.
    const ApiResult r = parseResponse(
        200, R"({"resultCode":"CT515","Message":"No Record Found","client_id":false,"external_id":"98745"})");
    QCOMPARE(r.status, ApiStatus::ServerCode);
    QCOMPARE(r.ctCode, 515);
    QCOMPARE(r.message, u"No Record Found"_s);
    QVERIFY(r.rows.isEmpty());
    QCOMPARE(r.total, -1);
    QVERIFY(r.body.value(u"client_id").isBool());
    QCOMPARE(r.body.value(u"client_id").toBool(), false);
    QCOMPARE(r.body.value(u"external_id").toString(), u"98745"_s);
}

void TestResponseParser::deepButLegalNesting()
{
    // Nesting the JSON reader accepts is kept whole, without exhausting the stack.
    const QByteArray body = R"({"ResultCode":"CT200","data":[{"deep":)" + nested(1000) + "}]}";
    const ApiResult r = parseResponse(200, body);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QJsonValue v = r.rows.at(0).toObject().value(u"deep");
    int depth = 0;
    while (v.isArray() && !v.toArray().isEmpty()) {
        v = v.toArray().at(0);
        ++depth;
    }
    QCOMPARE(depth, 999);
}

void TestResponseParser::neverCrashesOnTruncations()
{
    // Every prefix of a real answer is either read or refused with a reason.
    const QByteArray full = R"({"ResultCode":"CT_200","Message":"Success","TotalRecord":1,"data":[{"action_plan_id":"1","Action Steps":[{"Order":"1","Time":"00:00:00"}]}]})";
    for (qsizetype n = 0; n <= full.size(); ++n) {
        const ApiResult r = parseResponse(200, full.left(n));
        QVERIFY(!r.message.isEmpty());
        if (n < full.size())
            QCOMPARE(r.status, ApiStatus::Malformed);
        else
            QVERIFY(r.ok());
    }
    // And every single-byte corruption.
    for (qsizetype i = 0; i < full.size(); ++i) {
        for (char c : {'\0', '"', '{', ']', '\xff', '9'}) {
            QByteArray b = full;
            b[i] = c;
            const ApiResult r = parseResponse(200, b);
            QVERIFY(!r.message.isEmpty());
        }
    }
}

QTEST_GUILESS_MAIN(TestResponseParser)
#include "tst_responseparser.moc"
