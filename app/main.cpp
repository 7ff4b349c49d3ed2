// SPDX-License-Identifier: MIT
#include "consolecontroller.h"
#include "mainwindow.h"
#include "startupoptions.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ClientTether Console"));
    QApplication::setApplicationName(QStringLiteral("ctconsole"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));

    // The console's own strings, then Qt's for standard dialogs, in the user's language.
    QTranslator appTranslator;
    if (appTranslator.load(QLocale(), QStringLiteral("ctconsole"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&appTranslator);
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QApplication::setApplicationDisplayName(QObject::tr("ClientTether Console"));

    QStringList problems;
    const StartupOptions options = StartupOptions::parse(QApplication::arguments(), &problems);
    // A command line the console cannot honour stops it, before any window or request: going
    // on would sign in somewhere the user did not ask for (the saved or the production address).
    if (!problems.isEmpty()) {
        for (const QString &problem : std::as_const(problems))
            QTextStream(stderr) << QObject::tr("ctconsole: %1").arg(problem) << '\n';
        return 2;
    }

    MainWindow window;
    ConsoleController controller(options, &window);
    QObject::connect(&controller, &ConsoleController::signInAbandoned, &app, &QApplication::quit);
    QObject::connect(&controller, &ConsoleController::handedOver, &app, &QApplication::quit);
    window.show();
    controller.start();
    return app.exec();
}
