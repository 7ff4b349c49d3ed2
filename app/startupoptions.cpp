// SPDX-License-Identifier: MIT
#include "startupoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include "api/apiclient.h"

using namespace Qt::Literals::StringLiterals;

StartupOptions StartupOptions::parse(const QStringList &arguments, QStringList *errors)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "StartupOptions",
        "Desktop console for the ClientTether CRM.\n\n"
        "Started plainly it opens the account saved in the system keychain, or asks you to sign in.\n"
        "Environment: CLIENTTETHER_ACCESS_TOKEN and CLIENTTETHER_WEB_KEY sign in for this run only;\n"
        "they are never stored."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(u"demo"_s, QCoreApplication::translate(
        "StartupOptions", "Open the built-in demonstration account (a local sandbox; nothing is sent anywhere)."));
    const QCommandLineOption demoUnlessSaved(u"demo-unless-saved"_s, QCoreApplication::translate(
        "StartupOptions", "Open the account saved on this computer; without one, open the demonstration account."));
    const QCommandLineOption apiUrl(u"api-url"_s, QCoreApplication::translate(
        "StartupOptions", "The ClientTether API address (https; plain http only on this computer)."), u"URL"_s);
    const QCommandLineOption account(u"account"_s, QCoreApplication::translate(
        "StartupOptions", "Open the sub-account with this name (enterprise access tokens)."), u"NAME"_s);
    parser.addOptions({demo, demoUnlessSaved, apiUrl, account});
    parser.process(arguments);

    StartupOptions options;
    options.demo = parser.isSet(demo);
    options.demoUnlessSaved = parser.isSet(demoUnlessSaved);
    options.accountName = parser.value(account);
    if (parser.isSet(apiUrl)) {
        options.apiUrl = QUrl::fromUserInput(parser.value(apiUrl));
        if (!options.apiUrl.isValid() || !ct::api::ApiClient::isPermittedUrl(options.apiUrl)) {
            errors->append(QCoreApplication::translate(
                "StartupOptions", "--api-url must be an https:// address (plain http only on this computer)."));
            options.apiUrl.clear();
        }
    }
    options.environmentAccessToken = qEnvironmentVariable("CLIENTTETHER_ACCESS_TOKEN").trimmed();
    options.environmentWebKey = qEnvironmentVariable("CLIENTTETHER_WEB_KEY").trimmed();
    if (options.environmentAccessToken.isEmpty() != options.environmentWebKey.isEmpty())
        errors->append(QCoreApplication::translate(
            "StartupOptions", "Set both CLIENTTETHER_ACCESS_TOKEN and CLIENTTETHER_WEB_KEY, or neither."));
    return options;
}
