// SPDX-License-Identifier: MIT
// The reload run of the GUI benchmark.
#include "reloadrun.h"

#include "benchwindow.h"
#include "events/eventlogmodel.h"
#include "journalmaker.h"
#include "probes.h"
#include "stallmonitor.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QTextStream>
#include <QTimer>

namespace {

const QByteArray kSecret = "gui-bench-webhook-secret";
constexpr int kSettleMs = 250; // the view's deferred layout after the rows arrive
constexpr int kRestoreDeadlineMs = 300000;

struct Restore
{
    int rows = -1; // -1 until historyRestored
    QString error;
    qint64 ms = 0; // after workspace.start()
};

void runEventLoopFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

QString mib(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

} // namespace

int runReload(const QString &dir, int count)
{
    QTextStream out(stdout);
    const QString journal = QDir(dir).filePath(QStringLiteral("journal.jsonl"));
    QElapsedTimer writing;
    writing.start();
    QString error;
    if (!JournalMaker::write(journal, count, kSecret, &error)) {
        QTextStream(stderr) << "cannot write the journal: " << error << '\n';
        return 1;
    }
    out << "journal:           " << count << " deliveries, " << mib(QFileInfo(journal).size()) << " MiB, written in "
        << writing.elapsed() << " ms (not timed below)\n";
    out.flush();

    QElapsedTimer sinceBuild;
    sinceBuild.start();
    BenchWindow bench(dir);
    Restore restore;
    QElapsedTimer sinceStart;
    QObject::connect(&bench.workspace(), &Workbench::Workspace::historyRestored,
                     [&restore, &sinceStart](int rows, const QString &why) {
                         restore = {rows, why, sinceStart.elapsed()};
                     });
    const qint64 rssBefore = Probes::residentKiB();
    sinceStart.start();
    bench.start(journal); // the app's order: the workspace starts, then the window shows
    bench.show();
    bench.waitUntilUsable();
    const qint64 usableMs = sinceStart.elapsed();
    const qint64 builtToUsableMs = sinceBuild.elapsed();
    const bool restoredFirst = restore.rows >= 0;
    const qint64 rssUsable = Probes::residentKiB();

    StallMonitor stalls;
    stalls.start();
    const qint64 stallsFromMs = sinceStart.elapsed();
    while (restore.rows < 0 && sinceStart.elapsed() < kRestoreDeadlineMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    runEventLoopFor(kSettleMs);
    stalls.stop();
    const qint64 rssAfter = Probes::residentKiB();
    const qint64 rssTrimmed = Probes::residentKiBAfterTrim();
    if (restore.rows < 0) {
        QTextStream(stderr) << "the history was not restored within " << kRestoreDeadlineMs / 1000 << " s\n";
        return 1;
    }

    int shownOne = 0;
    int shownAll = 0;
    Events::EventLogModel *log = &bench.workspace().events();
    const double oneMs = Probes::filterMs(log, QString::fromLatin1(JournalMaker::reference(count - 1)), &shownOne);
    const double allMs = Probes::filterMs(log, QStringLiteral("authorized"), &shownAll);

    out << "window usable:     " << usableMs << " ms after workspace.start() (" << builtToUsableMs
        << " ms after building the window), "
        << (restoredFirst ? "history already in (its stall is inside that time)" : "history still loading") << '\n'
        << "history restored:  " << restore.ms << " ms after workspace.start(), " << restore.rows << " rows (log "
        << log->rowCount() << ", capacity " << log->capacity() << ")"
        << (restore.error.isEmpty() ? QString() : QStringLiteral(", stopped: ") + restore.error) << '\n'
        << "largest stall:     " << stalls.largestMs() << " ms, ended " << stallsFromMs + stalls.largestEndedAtMs()
        << " ms after workspace.start() (event loop, 5 ms probe, from usable until " << kSettleMs
        << " ms after the restore; p99 " << stalls.p99Ms() << " ms)\n"
        << "memory (RSS):      " << rssBefore / 1024 << " MiB before start, " << rssUsable / 1024
        << " MiB when usable, " << rssAfter / 1024 << " MiB after the reload, " << rssTrimmed / 1024
        << " MiB after malloc_trim\n"
        << "RSS growth:        " << Probes::bytesPerRow(rssBefore, rssAfter, restore.rows)
        << " bytes per restored row (after the reload minus before start)\n"
        << "filter, one match: " << QString::number(oneMs, 'f', 1) << " ms (" << shownOne << " rows)\n"
        << "filter, all match: " << QString::number(allMs, 'f', 1) << " ms (" << shownAll << " rows)\n";
    return 0;
}
