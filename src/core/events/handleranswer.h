// SPDX-License-Identifier: MIT
// One answer of the user's own handler to an event: to its forwarding as it arrived, or to a replay from the app
// (docs/architecture.md §4 "Forward lines" keeps the forwarded ones).
#pragma once

#include "journal/forward.h"

#include <QMetaType>
#include <QString>

namespace Events {

struct HandlerAnswer
{
    enum class Kind {
        Forwarded, // passed on as it arrived (journaled)
        Replayed,  // sent again as received: same bytes, same signature
        Resigned,  // sent again, signed afresh for its target
        Edited,    // an edited body, signed afresh
    };

    Kind kind = Kind::Forwarded;
    Journal::Forward answer; // forwardOf names the event; to, status, headers, body, time taken or the failure

    // What the log's Handler column shows: "200 · 12 ms", "timed out", "failed"; translated.
    QString shortText() const;
    // One line for a tooltip or a history list: how it was sent, where to and what came back; translated, the
    // handler's words with their control characters escaped.
    QString lineText() const;
    static QString kindName(Kind kind);

    static HandlerAnswer forwarded(const Journal::Forward &forward) { return {Kind::Forwarded, forward}; }
};

} // namespace Events

Q_DECLARE_METATYPE(Events::HandlerAnswer)
