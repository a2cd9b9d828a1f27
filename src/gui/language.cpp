// SPDX-License-Identifier: MIT
// Installs one language for the whole app.
#include "gui/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace Gui {

bool Language::install(const QLocale &locale, const QString &appFolder)
{
    QLocale::setDefault(locale);
    if (m_qtWords.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                       QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qtWords);
    if (!m_appWords.load(locale, QStringLiteral("vipps-workbench"), QStringLiteral("_"), appFolder))
        return false;
    QCoreApplication::installTranslator(&m_appWords);
    return true;
}

} // namespace Gui
