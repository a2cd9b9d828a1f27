// SPDX-License-Identifier: MIT
// What the GUI benchmark measures besides stalls: the process's resident memory and how long a filter takes.
#pragma once

#include <QString>

namespace Events {
class EventLogModel;
}

namespace Probes {

// VmRSS of this process in KiB (/proc/self/status), -1 when it cannot be read.
qint64 residentKiB();
// The same after handing freed heap back to the system (malloc_trim, glibc; else as residentKiB): the difference
// is memory freed but kept by the allocator, not live data.
qint64 residentKiBAfterTrim();
// Milliseconds a fresh EventFilterModel over log takes to apply text; *shown: the rows it then shows.
double filterMs(Events::EventLogModel *log, const QString &text, int *shown);
// Bytes of resident memory per row between two VmRSS readings; 0 for no rows.
qint64 bytesPerRow(qint64 beforeKiB, qint64 afterKiB, qint64 rows);

} // namespace Probes
