// SPDX-License-Identifier: MIT
// The reload run: the window started over a journal of earlier deliveries, timed until it is usable and until
// the log has them back, with the largest event-loop stall, memory and filter timings (bench/README.md).
#pragma once

#include <QString>

// Writes a journal of count deliveries into dir (not timed), starts the window over it, prints the figures;
// the exit code.
int runReload(const QString &dir, int count);
