// SPDX-License-Identifier: MIT
// Takes the README's screenshots from the real app: a fresh workspace on the built-in simulator, the quick
// start clicked through, one tampered delivery for contrast, then a grab of the window and of each panel.
// Run by scripts/screenshots.sh: vwb-screenshots FOLDER [--size WxH] [--language nb --translations DIR]; the
// pictures of another size or language get it in their names (quick-start-done-nb-1024x700.png), and only the
// default size and language has the panels one by one.
#include "credentials/memorysecretstore.h"
#include "credentials/profilestore.h"
#include "gui/eventlogmenu.h"
#include "gui/eventlogpanel.h"
#include "gui/handleranswersview.h"
#include "gui/inspectorpanel.h"
#include "gui/language.h"
#include "gui/mainwindow.h"
#include "gui/quickstartpanel.h"
#include "http/server.h"
#include "sim/deliveryheaders.h"
#include "workbench/appsettings.h"
#include "workbench/workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>

namespace {

using Step = Workbench::QuickStart::Step;

bool waitFor(const std::function<bool()> &condition, int timeoutMs = 10000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    return true;
}

void settle(int ms = 300)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

// A delivery whose body was changed after signing, so the log shows what a failure looks like.
void sendTampered(quint16 port)
{
    const QByteArray body = R"({"msn":"123456","reference":"shot-order-0002","pspReference":"psp-2",)"
                            R"("name":"CAPTURED","amount":{"currency":"NOK","value":4900},)"
                            R"("timestamp":"2026-11-26T12:00:00.000Z","success":true})";
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/hooks/vipps").arg(port));
    const Http::HeaderList headers = Sim::DeliveryHeaders::build(
        "not-the-registered-secret", url, QStringLiteral("unknown-hook"), body, QDateTime::currentDateTimeUtc());
    QByteArray request = "POST /hooks/vipps HTTP/1.1\r\n";
    for (const Http::Header &header : headers)
        request += header.name + ": " + header.value + "\r\n";
    request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (socket.waitForConnected(3000)) {
        socket.write(request);
        socket.waitForBytesWritten(3000);
        socket.waitForReadyRead(3000);
    }
}

bool save(QWidget *widget, const QString &folder, const QString &name)
{
    settle();
    const QString path = QDir(folder).filePath(name + QStringLiteral(".png"));
    const bool ok = widget->grab().save(path);
    std::fprintf(ok ? stdout : stderr, "%s %s\n", ok ? "wrote" : "could not write", qPrintable(path));
    return ok;
}

// The user's own handler, for the pictures of forwarding: it answers every delivery 200 with a little JSON.
class HandlerStandIn : public Http::IRequestHandler
{
public:
    Http::Response handle(const Http::Request &) override
    {
        return Http::Response::json(200, R"({"received":true,"order":"updated"})");
    }
};

// The window with the menu where it pops up, painted over it (a grab of the window alone leaves popups out).
bool saveWithMenu(QWidget *window, QMenu *menu, const QString &folder, const QString &name)
{
    settle();
    QPixmap picture = window->grab();
    QPainter painter(&picture);
    painter.drawPixmap(window->mapFromGlobal(menu->pos()), menu->grab());
    painter.end();
    const QString path = QDir(folder).filePath(name + QStringLiteral(".png"));
    const bool ok = picture.save(path);
    std::fprintf(ok ? stdout : stderr, "%s %s\n", ok ? "wrote" : "could not write", qPrintable(path));
    return ok;
}

struct Shots
{
    QString folder = QStringLiteral("docs/screenshots");
    QSize size{1600, 1000};
    QString language; // empty: English
    QString translations;
    bool isDefault() const { return size == QSize(1600, 1000) && language.isEmpty(); }
    QString name(const QString &base) const
    {
        QString name = base;
        if (!language.isEmpty())
            name += QLatin1Char('-') + language;
        if (size != QSize(1600, 1000))
            name += QStringLiteral("-%1x%2").arg(size.width()).arg(size.height());
        return name;
    }
};

Shots readArguments(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("folder"), QStringLiteral("Where the PNGs go"));
    parser.addOption({QStringLiteral("size"), QStringLiteral("Window size"), QStringLiteral("WxH")});
    parser.addOption({QStringLiteral("language"), QStringLiteral("nb, da or fi"), QStringLiteral("code")});
    parser.addOption(
        {QStringLiteral("translations"), QStringLiteral("Folder of the .qm files"), QStringLiteral("dir")});
    parser.process(arguments);
    Shots shots;
    if (!parser.positionalArguments().isEmpty())
        shots.folder = parser.positionalArguments().constFirst();
    const QStringList size = parser.value(QStringLiteral("size")).split(QLatin1Char('x'));
    if (size.size() == 2)
        shots.size = QSize(size.at(0).toInt(), size.at(1).toInt());
    shots.language = parser.value(QStringLiteral("language"));
    shots.translations = parser.value(QStringLiteral("translations"));
    return shots;
}

// Forwarding to a handler, a payment's events answered by it: the Handler column, the inspector's Handler tab, then
// the event log's context menu.
bool shootHandlerInTheLoop(Gui::MainWindow &window, Workbench::Workspace &workspace, const QString &folder)
{
    HandlerStandIn standIn;
    Http::Server handler(&standIn);
    QString error;
    if (!handler.start(QHostAddress::LocalHost, 0, &error))
        return false;
    workspace.forwarding().setRouteTexts({QStringLiteral("http://127.0.0.1:%1/vipps").arg(handler.serverPort())});
    const int before = workspace.events().rowCount();
    window.quickStartPanel()->actionButton(Step::Trigger)->click();
    const auto answered = [&] {
        const int rows = workspace.events().rowCount();
        return rows >= before + 2 &&
               workspace.events().index(rows - 1, 0).data(Events::EventLogModel::HandlerRole).toInt() == 200;
    };
    if (!waitFor(answered))
        return false;
    window.eventLogPanel()->selectLatest();
    auto *tabs = window.inspectorPanel()->findChild<QTabWidget *>(QStringLiteral("tabs"));
    if (tabs)
        tabs->setCurrentWidget(window.inspectorPanel()->handlerAnswers());
    save(&window, folder, QStringLiteral("handler-in-the-loop"));
    auto *menu = window.findChild<Gui::EventLogMenu *>();
    if (!menu)
        return false;
    menu->openAtCurrentRow();
    const bool saved = saveWithMenu(&window, menu, folder, QStringLiteral("event-log-menu"));
    menu->close();
    return saved;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const Shots shots = readArguments(QCoreApplication::arguments());
    Gui::Language language;
    if (!shots.language.isEmpty() && !language.install(QLocale(shots.language), shots.translations)) {
        std::fprintf(stderr, "no translation %s in %s\n", qPrintable(shots.language), qPrintable(shots.translations));
        return 2;
    }
    const QString folder = shots.folder;
    QDir().mkpath(folder);
    QTemporaryDir dir;
    QSettings profileSettings(dir.filePath(QStringLiteral("profiles.ini")), QSettings::IniFormat);
    Credentials::ProfileStore profiles(&profileSettings);
    Credentials::MemorySecretStore secrets;
    Workbench::Workspace workspace(&profiles, &secrets);
    Gui::MainWindow window(&workspace, nullptr);
    window.resize(shots.size);
    window.show();

    Workbench::WorkspaceOptions options;
    options.receiver.port = 0;
    options.simulator.port = 0;
    workspace.start(options);
    Workbench::QuickStart &quickStart = workspace.quickStart();
    if (!waitFor([&] { return workspace.simulator().isRunning() && quickStart.isDone(Step::Setup); }))
        return 1;
    save(&window, folder, shots.name(QStringLiteral("first-start")));
    for (Step step : {Step::Token, Step::Register, Step::Trigger}) {
        if (quickStart.isDone(step))
            continue; // the token may already be there: the first webhooks list fetched one
        window.quickStartPanel()->actionButton(step)->click();
        if (!waitFor([&] { return quickStart.isDone(step); }))
            return 1;
    }
    if (!waitFor([&] { return workspace.events().rowCount() >= 2; }))
        return 1;
    sendTampered(workspace.receiver().port());
    waitFor([&] { return workspace.events().rowCount() >= 3; });
    window.quickStartPanel()->actionButton(Step::View)->click();
    save(&window, folder, shots.name(QStringLiteral("quick-start-done")));
    if (!shots.isDefault())
        return 0;

    // The register result shows the webhook's secret once: a picture must not keep it.
    if (auto *done = window.findChild<QPushButton *>(QStringLiteral("hideResultButton")))
        done->click();
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("panelTabs"));
    const QStringList names{QStringLiteral("panel-quick-start"), QStringLiteral("panel-credentials"),
                            QStringLiteral("panel-webhooks"), QStringLiteral("panel-payments")};
    for (int i = 0; i < names.size(); ++i) {
        tabs->setCurrentIndex(i);
        save(tabs, folder, names.at(i));
    }
    tabs->setCurrentIndex(0);
    save(window.eventLogPanel()->parentWidget(), folder, QStringLiteral("event-log-and-inspector"));
    return shootHandlerInTheLoop(window, workspace, folder) ? 0 : 1;
}
