// SPDX-License-Identifier: MIT
#include "startupoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include "api/apiclient.h"

using namespace Qt::Literals::StringLiterals;

namespace {

// The console's options, declared once for its own command line and for a forwarded one.
struct OptionSet
{
    QCommandLineOption demo{u"demo"_s, QCoreApplication::translate(
        "StartupOptions", "Open the built-in demonstration account (a local sandbox; nothing is sent anywhere).")};
    QCommandLineOption demoUnlessSaved{u"demo-unless-saved"_s, QCoreApplication::translate(
        "StartupOptions", "Open the account saved on this computer; without one, open the demonstration account.")};
    QCommandLineOption apiUrl{u"api-url"_s, QCoreApplication::translate(
        "StartupOptions", "The ClientTether API address (https; plain http only on this computer)."), u"URL"_s};
    QCommandLineOption account{u"account"_s, QCoreApplication::translate(
        "StartupOptions", "Open the sub-account with this name (enterprise access tokens)."), u"NAME"_s};

    void addTo(QCommandLineParser &parser) const { parser.addOptions({demo, demoUnlessSaved, apiUrl, account}); }

    StartupOptions read(const QCommandLineParser &parser, QStringList *errors) const
    {
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
        return options;
    }
};

} // namespace

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
    const OptionSet set;
    set.addTo(parser);
    parser.process(arguments);

    StartupOptions options = set.read(parser, errors);
    options.arguments = arguments.mid(1);
    options.environmentAccessToken = qEnvironmentVariable("CLIENTTETHER_ACCESS_TOKEN").trimmed();
    options.environmentWebKey = qEnvironmentVariable("CLIENTTETHER_WEB_KEY").trimmed();
    if (options.environmentAccessToken.isEmpty() != options.environmentWebKey.isEmpty())
        errors->append(QCoreApplication::translate(
            "StartupOptions", "Set both CLIENTTETHER_ACCESS_TOKEN and CLIENTTETHER_WEB_KEY, or neither."));
    return options;
}

StartupOptions StartupOptions::parseForwarded(const QStringList &arguments)
{
    QCommandLineParser parser;
    const OptionSet set;
    set.addTo(parser);
    // Unknown options and --help from another launch are its own business, not this window's.
    parser.parse(QStringList{QCoreApplication::applicationFilePath()} + arguments);
    QStringList ignored;
    StartupOptions options = set.read(parser, &ignored);
    options.arguments = arguments;
    return options;
}
