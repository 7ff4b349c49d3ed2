// SPDX-License-Identifier: MIT
#include "consolecontroller.h"
#include "mainwindow.h"
#include "startupoptions.h"

#include <QApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <cstring>
#include <memory>

namespace {

// --help and --version only print: they must work without a display (over ssh, in a package's
// smoke test), so they get a QCoreApplication, which needs no screen. This is the pattern of
// QApplication's documentation ("createApplication").
bool asksOnlyForText(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option : {"-h", "--help", "-?", "--help-all", "-v", "--version"}) {
            if (std::strcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}

std::unique_ptr<QCoreApplication> createApplication(int &argc, char *argv[])
{
    if (asksOnlyForText(argc, argv))
        return std::make_unique<QCoreApplication>(argc, argv);
    return std::make_unique<QApplication>(argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> app = createApplication(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ClientTether Console"));
    QCoreApplication::setApplicationName(QStringLiteral("ctconsole"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));

    // The console's own strings, then Qt's for standard dialogs, in the user's language.
    QTranslator appTranslator;
    if (appTranslator.load(QLocale(), QStringLiteral("ctconsole"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&appTranslator);
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);

    // Handles --help and --version (they print and exit) before anything needs a screen.
    QStringList problems;
    const StartupOptions options = StartupOptions::parse(QCoreApplication::arguments(), &problems);
    // A command line the console cannot honour stops it, before any window or request: going
    // on would sign in somewhere the user did not ask for (the saved or the production address).
    if (!problems.isEmpty()) {
        for (const QString &problem : std::as_const(problems))
            QTextStream(stderr) << QObject::tr("ctconsole: %1").arg(problem) << '\n';
        return 2;
    }

    auto *guiApp = qobject_cast<QApplication *>(app.get());
    if (!guiApp)
        return 0;  // not reached: a text-only run has exited in parse()
    QGuiApplication::setApplicationDisplayName(QObject::tr("ClientTether Console"));
    // The desktop entry's name: Wayland compositors and docks match the window to its icon by it.
    QGuiApplication::setDesktopFileName(QStringLiteral(CT_APP_ID));
    QGuiApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral(CT_APP_ID),
                                                    QIcon(QStringLiteral(":/icons/" CT_APP_ID ".svg"))));

    MainWindow window;
    ConsoleController controller(options, &window);
    QObject::connect(&controller, &ConsoleController::signInAbandoned, guiApp, &QApplication::quit);
    QObject::connect(&controller, &ConsoleController::handedOver, guiApp, &QApplication::quit);
    window.show();
    controller.start();
    return QCoreApplication::exec();
}
