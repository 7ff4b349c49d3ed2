// SPDX-License-Identifier: MIT
#include "englishtranslation.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace ct::testsupport {

bool installEnglishTranslation()
{
    // Lives as long as the application: a translator must outlive its installation.
    static QTranslator english;
    if (!english.load(QLocale(QLocale::English, QLocale::UnitedStates), QStringLiteral("ctconsole"),
                      QStringLiteral("_"), QStringLiteral(":/i18n")))
        return false;
    return QCoreApplication::installTranslator(&english);
}

} // namespace ct::testsupport
