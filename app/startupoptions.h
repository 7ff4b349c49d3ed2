// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

class QCommandLineParser;

// What the command line and the environment ask of this run of the console.
struct StartupOptions
{
    bool demo = false;
    bool demoUnlessSaved = false;  // the saved account if there is one, else the demo
    QUrl apiUrl;                  // empty: the saved or the default address
    QString accountName;          // --account: a sub-account to open by name
    // CLIENTTETHER_ACCESS_TOKEN / CLIENTTETHER_WEB_KEY: sign in for this run only, never stored.
    QString environmentAccessToken;
    QString environmentWebKey;
    // The command line as given, for the console that already has the account (a second
    // launch hands it over and exits).
    QStringList arguments;

    bool hasEnvironmentCredentials() const
    {
        return !environmentAccessToken.isEmpty() && !environmentWebKey.isEmpty();
    }

    // Parses arguments (handling --help and --version, which exit). Problems go to errors.
    static StartupOptions parse(const QStringList &arguments, QStringList *errors);
    // The options of a command line another launch handed over: never exits, ignores what it
    // cannot read, and takes nothing from this process's environment.
    static StartupOptions parseForwarded(const QStringList &arguments);
};
