// SPDX-License-Identifier: MIT
// The app's language: the app's own words, Qt's words (Cancel, Yes, No) and numbers, amounts and dates, all in
// one language.
#pragma once

#include <QTranslator>

class QLocale;
class QString;

namespace Gui {

class Language
{
public:
    // Makes `locale` the default and installs its translations: the app's from `appFolder` (":/i18n" in the app,
    // the build's folder for the screenshots), Qt's from where Qt keeps them. False when the app has no translation
    // for it (English is the source language and needs none).
    bool install(const QLocale &locale, const QString &appFolder);

private:
    QTranslator m_qtWords;
    QTranslator m_appWords;
};

} // namespace Gui
