// SPDX-License-Identifier: MIT
// The process the crash test kills: opens an account's outbox and replays it against the
// sandbox URL it is given, exiting 0 once the outbox is empty.
//   outboxreplayhelper <database directory> <sandbox base URL>
// The web key and access token come from CT_TEST_WEB_KEY / CT_TEST_ACCESS_TOKEN, so they never
// appear in a process list.
#include "outboxtestsupport.h"

#include "store/accountdatabase.h"
#include "store/outbox.h"
#include "store/outboxreplayer.h"

#include <QCoreApplication>
#include <QUrl>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: outboxreplayhelper <database directory> <sandbox base URL>\n");
        return 2;
    }
    const QString webKey = qEnvironmentVariable("CT_TEST_WEB_KEY");
    ct::store::AccountDatabase db;
    if (!db.open(args.at(1), webKey)) {
        std::fprintf(stderr, "cannot open: %s\n", qPrintable(db.errorString()));
        return 3;
    }
    ct::store::Outbox outbox(&db);
    if (!outbox.load()) {
        std::fprintf(stderr, "cannot load: %s\n", qPrintable(outbox.errorString()));
        return 4;
    }
    ct::api::ApiClient client;
    ct::outboxtest::configureClient(client, QUrl(args.at(2)), qEnvironmentVariable("CT_TEST_ACCESS_TOKEN"), webKey);
    ct::store::OutboxReplayer replayer(&outbox, &client);
    replayer.setBackoff(ct::store::Backoff(30, 500));
    QObject::connect(&replayer, &ct::store::OutboxReplayer::drained, &app, [&] { app.exit(0); });
    QObject::connect(&replayer, &ct::store::OutboxReplayer::entryFailed, &app,
                     [](const QUuid &id, const QString &message, const QString &key) {
        std::fprintf(stderr, "entry %s failed: %s (%s)\n", qPrintable(id.toString()), qPrintable(message), qPrintable(key));
    });
    replayer.start();
    return app.exec();
}
