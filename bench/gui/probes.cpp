// SPDX-License-Identifier: MIT
// Resident memory and filter timing for the GUI benchmark.
#include "probes.h"

#include "events/eventfiltermodel.h"
#include "events/eventlogmodel.h"

#include <QElapsedTimer>
#include <QFile>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace Probes {

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

qint64 residentKiBAfterTrim()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
    return residentKiB();
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

qint64 bytesPerRow(qint64 beforeKiB, qint64 afterKiB, qint64 rows)
{
    return rows > 0 ? (afterKiB - beforeKiB) * 1024 / rows : 0;
}

} // namespace Probes
