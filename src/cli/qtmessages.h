// SPDX-License-Identifier: MIT
// Where Qt's own diagnostics go in vipps-hooks: stderr carries the program's messages, not the library's.
#pragma once

#include <QtGlobal>

namespace Cli::QtMessages {

// The environment variable that lets every diagnostic through (for a bug report).
inline constexpr char DebugVariable[] = "VIPPS_HOOKS_DEBUG";

// Whether a message of this type and logging category reaches stderr: always with debug on; otherwise critical
// and fatal ones, and the project's own categories ("vwb.*", off unless QT_LOGGING_RULES turns them on), but not
// Qt's warnings about a device or socket that the program has already handled and reported in its own words.
bool shown(QtMsgType type, const char *category, bool debug);

// Installs the handler for the process: shown() decides, control characters are escaped, each message is one line.
void install();

} // namespace Cli::QtMessages
