// SPDX-License-Identifier: MIT
// The line `listen` prints under an event for each answer of the user's handler it was forwarded to
// (docs/architecture.md §3 "Forwarding").
#pragma once

#include <QByteArray>

namespace Journal {
struct Forward;
}

namespace Cli::ForwardLine {

// "  handler http://localhost:3000/vipps  200 in 12 ms", "… 500 in 3 ms  (not 2xx: Vipps would retry)",
// "…  failed: Connection refused", "…  timed out: no answer within 10 s"; then "  (for LABEL)" when label is not
// empty, for an answer that is not printed right under its event. UTF-8, without the final newline.
QByteArray text(const Journal::Forward &forward, const QByteArray &label);
// One compact JSON object with "forwardOf" (no headers, no body), and whether its line is in the journal.
QByteArray json(const Journal::Forward &forward, bool journaled);

} // namespace Cli::ForwardLine
