// SPDX-License-Identifier: MIT
// ctsandbox: the ClientTether API v2 stand-in as a program, for demos and manual testing.
#include "sandbox.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;
using ct::sandbox::Sandbox;

namespace {

bool readRate(const QCommandLineParser &parser, const QString &name, double *out, QString *error)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const double v = parser.value(name).toDouble(&ok);
    if (!ok || v < 0 || v > 1) {
        *error = u"--%1 takes a share between 0 and 1"_s.arg(name);
        return false;
    }
    *out = v;
    return true;
}

bool readInt(const QCommandLineParser &parser, const QString &name, qint64 low, qint64 high,
             qint64 *out, QString *error)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const qint64 v = parser.value(name).toLongLong(&ok);
    if (!ok || v < low || v > high) {
        *error = u"--%1 takes a whole number from %2 to %3"_s.arg(name).arg(low).arg(high);
        return false;
    }
    *out = v;
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"ctsandbox"_s);
    QCoreApplication::setApplicationVersion(u"0.1.0"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"A local stand-in for the ClientTether API v2: all 42 calls at /v2/api/<call>, the "
        "document's validation and result codes, deterministic demo data and fault injection.\n"
        "Requests need the X-Access-Token and X-Web-Key headers printed at start-up; without them "
        "the answer is HTTP 401 with no body. Faults are drawn per request from --seed; rates are "
        "shares from 0 to 1 and are tried in the order drop, error, rate limit, malformed; "
        "answer-lost applies only to writes."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QList<QCommandLineOption> commandLineOptions = {
        {u"port"_s, u"TCP port to listen on (0: any free port)."_s, u"port"_s, u"8787"_s},
        {u"host"_s, u"Address to listen on. Only loopback unless --allow-remote."_s, u"address"_s, u"127.0.0.1"_s},
        {u"allow-remote"_s, u"Permit a non-loopback --host (plain HTTP, demo credentials: for a lab only)."_s},
        {u"db"_s, u"SQLite file for the state; reused if it already holds data. Default: in memory."_s, u"file"_s},
        {u"seed"_s, u"Seed of the demo data and of the fault draws (same seed, same data)."_s, u"n"_s, u"1"_s},
        {u"contacts"_s, u"Contacts in the enterprise (demo) account, e.g. 100000 for benchmarks."_s, u"n"_s, u"1000"_s},
        {u"latency"_s, u"Milliseconds added before every answer."_s, u"ms"_s},
        {u"error-rate"_s, u"Share of requests answered HTTP 500 or 503 (call not performed)."_s, u"share"_s},
        {u"rate-limit-rate"_s, u"Share of requests answered HTTP 429 with Retry-After."_s, u"share"_s},
        {u"retry-after"_s, u"Seconds in the Retry-After header of 429 answers."_s, u"s"_s, u"1"_s},
        {u"drop-rate"_s, u"Share of requests whose connection is aborted without an answer."_s, u"share"_s},
        {u"malformed-rate"_s, u"Share of requests answered HTTP 200 with an unreadable body."_s, u"share"_s},
        {u"answer-lost-rate"_s, u"Share of writes performed and then left unanswered (connection aborted)."_s, u"share"_s},
        {u"list-rows-without-id"_s, u"List answers (read_*_list, proposals, payments, appointments): the last n rows lose their id (TotalRecord unchanged)."_s, u"n"_s},
        {u"list-rows-repeating-id"_s, u"List answers: n rows (before those without id) carry the first row's id (TotalRecord unchanged)."_s, u"n"_s},
        {u"only-calls"_s, u"Comma-separated call names; faults and latency only for these."_s, u"calls"_s},
        {u"verbose"_s, u"Log every request (method, call, encoding, which headers were present; never their values)."_s},
    };
    parser.addOptions(commandLineOptions);
    parser.process(app);

    QString error;
    qint64 port = 8787, seed = 1, contacts = 1000, latency = 0, retryAfter = 1, rowsWithoutId = 0,
           rowsRepeatingId = 0;
    ct::sandbox::FaultPlan faults;
    const bool valid = readInt(parser, u"port"_s, 0, 65535, &port, &error)
        && readInt(parser, u"seed"_s, 0, 0xffffffffLL, &seed, &error)
        && readInt(parser, u"contacts"_s, 0, 10000000, &contacts, &error)
        && readInt(parser, u"latency"_s, 0, 600000, &latency, &error)
        && readInt(parser, u"retry-after"_s, 0, 86400, &retryAfter, &error)
        && readInt(parser, u"list-rows-without-id"_s, 0, 100, &rowsWithoutId, &error)
        && readInt(parser, u"list-rows-repeating-id"_s, 0, 100, &rowsRepeatingId, &error)
        && readRate(parser, u"error-rate"_s, &faults.serverErrorRate, &error)
        && readRate(parser, u"rate-limit-rate"_s, &faults.rateLimitRate, &error)
        && readRate(parser, u"drop-rate"_s, &faults.dropRate, &error)
        && readRate(parser, u"malformed-rate"_s, &faults.malformedRate, &error)
        && readRate(parser, u"answer-lost-rate"_s, &faults.answerLostRate, &error);
    const QString hostText = parser.value(u"host"_s);
    const QHostAddress host = hostText == u"localhost" ? QHostAddress(QHostAddress::LocalHost)
                                                       : QHostAddress(hostText);
    QTextStream err(stderr);
    if (!valid) {
        err << error << Qt::endl;
        return 2;
    }
    if (host.isNull()) {
        err << "--host is not an IP address" << Qt::endl;
        return 2;
    }
    if (!host.isLoopback() && !parser.isSet(u"allow-remote"_s)) {
        err << "--host " << host.toString() << " is not loopback; add --allow-remote to expose the "
            << "sandbox (plain HTTP, published demo credentials)" << Qt::endl;
        return 2;
    }
    if (parser.isSet(u"verbose"_s))
        QLoggingCategory::setFilterRules(u"ct.sandbox.debug=true"_s);

    faults.latencyMs = int(latency);
    faults.retryAfterSeconds = int(retryAfter);
    faults.listRowsWithoutId = int(rowsWithoutId);
    faults.listRowsRepeatingId = int(rowsRepeatingId);
    faults.seed = quint32(seed);
    faults.onlyCalls = parser.value(u"only-calls"_s).split(u',', Qt::SkipEmptyParts);

    ct::sandbox::SandboxOptions options;
    options.databasePath = parser.value(u"db"_s);
    options.seed = quint32(seed);
    options.contacts = int(contacts);
    Sandbox sandbox(options);
    sandbox.setFaultPlan(faults);
    if (!sandbox.start(host, quint16(port))) {
        err << sandbox.errorString() << Qt::endl;
        return 1;
    }

    // The demo credentials are published constants, not secrets: printing them is the point.
    QTextStream out(stdout);
    out << "ClientTether API v2 sandbox at " << sandbox.baseUrl().toString() << Qt::endl
        << "  X-Access-Token:            " << Sandbox::demoAccessToken() << Qt::endl
        << "  X-Web-Key (enterprise):    " << Sandbox::demoWebKey() << Qt::endl;
    const QStringList subKeys = Sandbox::demoSubAccountWebKeys();
    for (qsizetype i = 0; i < subKeys.size(); ++i)
        out << "  X-Web-Key (sub-account " << i + 1 << "): " << subKeys.at(i) << Qt::endl;
    out << "  X-Web-Key (standard):      " << Sandbox::demoStandardWebKey() << Qt::endl
        << "Example: curl -H 'X-Access-Token: <token>' -H 'X-Web-Key: <key>' '"
        << sandbox.baseUrl().toString() << "read_client_list?limit=5'" << Qt::endl;
    return app.exec();
}
