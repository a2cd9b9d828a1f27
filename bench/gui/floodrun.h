// SPDX-License-Identifier: MIT
// The flood run: signed deliveries into the running window's receiver at a fixed rate, then the largest
// event-loop stall, memory and filter timings (bench/README.md).
#pragma once

namespace Workbench {
class Workspace;
}

// Sends rate × seconds deliveries to workspace's listening receiver, prints the figures; the exit code.
int runFlood(Workbench::Workspace &workspace, int rate, int seconds);
