// SPDX-License-Identifier: MIT
// The app under a flood (docs/architecture.md §7): feeds signed deliveries into the running window's receiver
// at a fixed rate and reports the largest event-loop stall, memory after the flood, and how long filtering
// the full log takes. A benchmark, not a test: it prints numbers and passes no judgement.
#include "floodsender.h"
#include "stallmonitor.h"

#include "credentials/memorysecretstore.h"
#include "credentials/profilestore.h"
#include "events/eventfiltermodel.h"
#include "gui/mainwindow.h"
#include "workbench/appsettings.h"
#include "workbench/workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QWindow>

#include <cstdio>

namespace {

const QByteArray kSecret = "gui-bench-webhook-secret";

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

double filterMs(Events::EventLogModel *log, const QString &text, int *shown)
{
    Events::EventFilterModel filter;
    filter.setSourceModel(log);
    QElapsedTimer timer;
    timer.start();
    filter.setText(text);
    *shown = filter.rowCount();
    return double(timer.nsecsElapsed()) / 1e6;
}

struct Options
{
    int rate = 5000;
    int seconds = 20;
    bool startupOnly = false;
};

Options parse(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("rate"), QStringLiteral("Deliveries per second (5000)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("seconds"), QStringLiteral("How long to send (20)."), QStringLiteral("S")});
    parser.addOption({QStringLiteral("startup"),
                      QStringLiteral("Only start: report when the window is up with receiver and profile ready, then exit.")});
    parser.process(app);
    Options options;
    options.startupOnly = parser.isSet(QStringLiteral("startup"));
    if (parser.isSet(QStringLiteral("rate")))
        options.rate = std::max(1, parser.value(QStringLiteral("rate")).toInt());
    if (parser.isSet(QStringLiteral("seconds")))
        options.seconds = std::max(1, parser.value(QStringLiteral("seconds")).toInt());
    return options;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    const Options options = parse(app);
    QTemporaryDir dir;
    QSettings profileSettings(dir.filePath(QStringLiteral("profiles.ini")), QSettings::IniFormat);
    Credentials::ProfileStore profiles(&profileSettings);
    Credentials::MemorySecretStore secrets;
    Workbench::AppSettings settings(dir.filePath(QStringLiteral("workbench.ini")));
    Workbench::Workspace workspace(&profiles, &secrets);
    Gui::MainWindow window(&workspace, &settings);
    window.resize(1360, 860);
    window.show();

    Workbench::WorkspaceOptions start;
    start.receiver.port = 0;
    start.receiver.journalPath = dir.filePath(QStringLiteral("journal.jsonl"));
    start.startSimulator = false;
    workspace.start(start);
    while (workspace.receiver().state() != Workbench::ReceiverService::State::Listening
           || workspace.session().state() != Workbench::ProfileSession::State::Ready || !window.windowHandle()
           || !window.windowHandle()->isExposed())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    if (options.startupOnly) {
        QTextStream(stdout) << "window up, receiver listening, profile ready: " << sinceMain.elapsed()
                            << " ms after main()\n";
        return 0;
    }
    workspace.receiver().setSecrets({{QStringLiteral("bench-hook"), kSecret, QStringLiteral("bench")}});
    const qint64 rssBefore = residentKiB();

    const int total = options.rate * options.seconds;
    StallMonitor stalls;
    QThread senderThread;
    auto *sender = new FloodSender(workspace.receiver().port(), kSecret, options.rate, total);
    sender->moveToThread(&senderThread);
    QObject::connect(&senderThread, &QThread::finished, sender, &QObject::deleteLater);
    senderThread.start();
    QElapsedTimer flood;
    flood.start();
    stalls.start();
    QMetaObject::invokeMethod(sender, &FloodSender::start);
    while (workspace.eventsReceived() < total)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    const qint64 floodMs = flood.elapsed();
    stalls.stop();
    senderThread.quit();
    senderThread.wait();
    QCoreApplication::processEvents();
    const qint64 rssAfter = residentKiB();

    int shownOne = 0;
    int shownAll = 0;
    const double oneMs = filterMs(&workspace.events(), QStringLiteral("bench-order-%1").arg(total - 1), &shownOne);
    const double allMs = filterMs(&workspace.events(), QStringLiteral("authorized"), &shownAll);

    QTextStream out(stdout);
    out << "deliveries:        " << total << " at " << options.rate << "/s, all received after " << floodMs
        << " ms\n"
        << "log rows:          " << workspace.events().rowCount() << " (capacity "
        << workspace.events().capacity() << ")\n"
        << "largest stall:     " << stalls.largestMs() << " ms (event loop, 5 ms probe; p99 " << stalls.p99Ms()
        << " ms)\n"
        << "memory (RSS):      " << rssBefore / 1024 << " MiB before, " << rssAfter / 1024 << " MiB after\n"
        << "filter, one match: " << QString::number(oneMs, 'f', 1) << " ms (" << shownOne << " rows)\n"
        << "filter, all match: " << QString::number(allMs, 'f', 1) << " ms (" << shownAll << " rows)\n";
    return 0;
}
