// SPDX-License-Identifier: MIT
// The flood run of the GUI benchmark.
#include "floodrun.h"

#include "events/eventlogmodel.h"
#include "floodsender.h"
#include "probes.h"
#include "stallmonitor.h"
#include "workbench/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <QThread>

namespace {

const QByteArray kSecret = "gui-bench-webhook-secret";

} // namespace

int runFlood(Workbench::Workspace &workspace, int rate, int seconds)
{
    workspace.receiver().setSecrets({{QStringLiteral("bench-hook"), kSecret, QStringLiteral("bench")}});
    const qint64 rssBefore = Probes::residentKiB();

    const int total = rate * seconds;
    StallMonitor stalls;
    QThread senderThread;
    auto *sender = new FloodSender(workspace.receiver().port(), kSecret, rate, total);
    sender->moveToThread(&senderThread);
    QObject::connect(&senderThread, &QThread::finished, sender, &QObject::deleteLater);
    senderThread.start();
    QElapsedTimer flood;
    flood.start();
    stalls.start();
    QMetaObject::invokeMethod(sender, &FloodSender::start);
    while (workspace.eventsReceived() < total)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    const qint64 floodMs = flood.elapsed();
    stalls.stop();
    senderThread.quit();
    senderThread.wait();
    QCoreApplication::processEvents();
    const qint64 rssAfter = Probes::residentKiB();
    const qint64 rssTrimmed = Probes::residentKiBAfterTrim();

    int shownOne = 0;
    int shownAll = 0;
    Events::EventLogModel *log = &workspace.events();
    const double oneMs = Probes::filterMs(log, QStringLiteral("bench-order-%1").arg(total - 1), &shownOne);
    const double allMs = Probes::filterMs(log, QStringLiteral("authorized"), &shownAll);

    QTextStream out(stdout);
    out << "deliveries:        " << total << " at " << rate << "/s, all received after " << floodMs << " ms\n"
        << "log rows:          " << log->rowCount() << " (capacity " << log->capacity() << ")\n"
        << "largest stall:     " << stalls.largestMs() << " ms (event loop, 5 ms probe; p99 " << stalls.p99Ms()
        << " ms)\n"
        << "memory (RSS):      " << rssBefore / 1024 << " MiB before, " << rssAfter / 1024 << " MiB after, "
        << rssTrimmed / 1024 << " MiB after malloc_trim\n"
        << "RSS growth:        " << Probes::bytesPerRow(rssBefore, rssAfter, log->rowCount()) << " bytes per log row\n"
        << "filter, one match: " << QString::number(oneMs, 'f', 1) << " ms (" << shownOne << " rows)\n"
        << "filter, all match: " << QString::number(allMs, 'f', 1) << " ms (" << shownAll << " rows)\n";
    return 0;
}
