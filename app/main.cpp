// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ClientTether Console"));
    QApplication::setApplicationName(QStringLiteral("ctconsole"));
    QApplication::setApplicationDisplayName(QObject::tr("ClientTether Console"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));

    // The console's own strings, then Qt's for standard dialogs, in the user's language.
    QTranslator appTranslator;
    if (appTranslator.load(QLocale(), QStringLiteral("ctconsole"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&appTranslator);
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);

    MainWindow window;
    window.show();
    return app.exec();
}
