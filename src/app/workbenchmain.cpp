// SPDX-License-Identifier: MIT
#include "credentials/keychainsecretstore.h"
#include "credentials/memorysecretstore.h"
#include "credentials/profilestore.h"
#include "gui/mainwindow.h"
#include "gui/messageboxconfirmer.h"
#include "workbench/appsettings.h"
#include "workbench/workspace.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <QSettings>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("vipps-workbench"));
    QApplication::setApplicationVersion(QStringLiteral(VWB_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.vippswebhookworkbench.Workbench"));

    QSettings profileSettings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("vipps-workbench"),
                              QStringLiteral("profiles"));
    Credentials::ProfileStore profiles(&profileSettings);
    Credentials::KeychainSecretStore keychain(QStringLiteral("vipps-workbench"));
    Credentials::MemorySecretStore memory;
    Credentials::FallbackSecretStore secrets(&keychain, &memory);
    Workbench::AppSettings settings;
    // The language: the settings' choice, else the system's (nb, da, fi ship; anything else stays English).
    const QLocale locale = settings.language().isEmpty() ? QLocale() : QLocale(settings.language());
    QTranslator qtTranslator;
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator appTranslator;
    if (appTranslator.load(locale, QStringLiteral("vipps-workbench"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&appTranslator);

    Gui::MessageBoxConfirmer confirmer;
    Workbench::Workspace workspace(&profiles, &secrets, &confirmer);
    Gui::MainWindow window(&workspace, &settings);
    confirmer.setWindow(&window);
    QObject::connect(&secrets, &Credentials::FallbackSecretStore::keychainUnavailable, &window,
                     [&window](const QString &message) { window.showBanner(message); });

    Workbench::WorkspaceOptions options;
    options.receiver.port = settings.receiverPort(Workbench::WorkspaceOptions::DefaultReceiverPort);
    options.receiver.journalPath =
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/journal.jsonl");
    workspace.start(options);
    window.show();
    return app.exec();
}
