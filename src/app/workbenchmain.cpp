// SPDX-License-Identifier: MIT
#include "credentials/keychainsecretstore.h"
#include "credentials/memorysecretstore.h"
#include "credentials/profilestore.h"
#include "credentials/storagelocations.h"
#include "gui/language.h"
#include "gui/mainwindow.h"
#include "gui/messageboxconfirmer.h"
#include "workbench/appsettings.h"
#include "workbench/workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>
#include <memory>
#include <optional>
#include <vector>

namespace {

void nameTheApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("vipps-workbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VWB_VERSION));
}

// --help and --version answer without a display, before the window system is touched; nullopt to go on.
std::optional<int> answerWithoutWindow(int argc, char *argv[])
{
    const bool asked = std::any_of(argv + 1, argv + argc, [](const char *argument) {
        const QByteArrayView text(argument);
        return text == "--help" || text == "-h" || text == "--version" || text == "-v";
    });
    if (!asked)
        return std::nullopt;
    // The usage line names the program as people type it, not the path it was started from.
    std::vector<char *> arguments(argv, argv + argc);
    char name[] = "vipps-workbench";
    arguments[0] = name;
    QCoreApplication app(argc, arguments.data());
    nameTheApplication();
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "The desktop workbench for Vipps MobilePay webhooks. Qt's own options (-platform, -style) apply."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app); // prints and exits for --help and --version
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (const std::optional<int> code = answerWithoutWindow(argc, argv))
        return *code;
    QApplication app(argc, argv);
    nameTheApplication();
    QApplication::setDesktopFileName(QStringLiteral("org.vippswebhookworkbench.Workbench"));

    const std::unique_ptr<QSettings> profileSettings = Credentials::StorageLocations::openProfileSettings();
    Credentials::ProfileStore profiles(profileSettings.get());
    Credentials::KeychainSecretStore keychain(Credentials::StorageLocations::keychainService());
    Credentials::MemorySecretStore memory;
    Credentials::FallbackSecretStore secrets(&keychain, &memory);
    Workbench::AppSettings settings;
    // The language: the settings' choice, else the system's (nb, da, fi ship; anything else stays English).
    Gui::Language language;
    language.install(settings.language().isEmpty() ? QLocale() : QLocale(settings.language()),
                     QStringLiteral(":/i18n"));

    Gui::MessageBoxConfirmer confirmer;
    Workbench::Workspace workspace(&profiles, &secrets, &confirmer);
    Gui::MainWindow window(&workspace, &settings);
    confirmer.setWindow(&window);

    Workbench::WorkspaceOptions options;
    options.receiver.port = settings.receiverPort(Workbench::WorkspaceOptions::DefaultReceiverPort);
    options.receiver.journalPath =
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/journal.jsonl");
    workspace.start(options);
    window.show();
    // HTTPS as the settings keep it; files that cannot be used leave the receiver on plain HTTP and say so.
    if (!settings.receiverTlsCertPath().isEmpty()) {
        QString error;
        if (!workspace.setReceiverTls(settings.receiverTlsCertPath(), settings.receiverTlsKeyPath(),
                                      qgetenv("VIPPS_TLS_KEY_PASSPHRASE"), &error))
            window.showBanner(
                QCoreApplication::translate("Gui::MainWindow", "The receiver speaks plain HTTP: %1 (Receiver → HTTPS…)")
                    .arg(error));
    }
    return app.exec();
}
