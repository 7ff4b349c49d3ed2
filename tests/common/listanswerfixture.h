// SPDX-License-Identifier: MIT
// What the list-answer suites share (issue 11: a bad list answer cannot empty the cache): the
// sandbox on loopback, an ApiClient of the demo account, the account's real SQLite cache in a
// throwaway folder, and fault plans that spoil the answers of one list call only. Needs
// ctsandbox_lib, ctstore and ctenglish (the notices count rows: "%n row(s)").
#pragma once

#include "englishtranslation.h"
#include "sandbox.h"
#include "sandboxrequests.h"

#include "api/apiclient.h"
#include "store/accountdatabase.h"

#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace ct::testsupport {

struct ListAnswerFixture
{
    explicit ListAnswerFixture(const ct::sandbox::SandboxOptions &options) : sandbox(options) {}

    // Empty when everything is up, else what is not (for the caller's QVERIFY2).
    QString open()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (!installEnglishTranslation())
            return QStringLiteral("the English translation did not load");
        if (!sandbox.start())
            return QStringLiteral("sandbox did not start: ") + sandbox.errorString();
        if (!dir.isValid())
            return QStringLiteral("no temporary folder: ") + dir.errorString();
        client.setBaseUrl(sandbox.baseUrl());
        client.setCredentials(ct::sandbox::Sandbox::demoAccessToken(), ct::sandbox::Sandbox::demoWebKey());
        client.setRetryBaseDelayMs(20);
        if (!database.open(dir.path(), ct::sandbox::Sandbox::demoWebKey()))
            return QStringLiteral("the account's database did not open");
        return {};
    }

    // The record ids the cache holds for `entity`.
    QSet<QString> cachedIds(const QString &entity) const
    {
        QSet<QString> ids;
        for (const auto &record : database.cacheAll(entity))
            ids.insert(record.recordId);
        return ids;
    }

    // `call`'s answers lose the id of their last n rows (TotalRecord still counts them).
    static ct::sandbox::FaultPlan rowsWithoutId(const QString &call, int n)
    {
        ct::sandbox::FaultPlan plan;
        plan.listRowsWithoutId = n;
        plan.onlyCalls = {call};
        return plan;
    }

    // n rows of `call`'s answers carry the first row's id instead of their own.
    static ct::sandbox::FaultPlan rowsRepeatingId(const QString &call, int n)
    {
        ct::sandbox::FaultPlan plan;
        plan.listRowsRepeatingId = n;
        plan.onlyCalls = {call};
        return plan;
    }

    ct::sandbox::Sandbox sandbox;
    QTemporaryDir dir;
    ct::api::ApiClient client;
    ct::store::AccountDatabase database;
};

} // namespace ct::testsupport
