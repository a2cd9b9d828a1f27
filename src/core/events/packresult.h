// SPDX-License-Identifier: MIT
// How one step of a test pack went, and the whole run (docs/architecture.md §6 "Test packs").
#pragma once

#include "events/packexpectation.h"
#include "events/packstep.h"
#include "http/outgoingrequest.h"
#include "http/peeranswer.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace Events {

struct PackStepResult
{
    Q_DECLARE_TR_FUNCTIONS(Events::PackStepResult)

public:
    int index = 0; // from 0
    PackStep::Kind kind = PackStep::Kind::Valid;
    qint64 seq = 0;
    Http::OutgoingRequest sent;
    QString note; // what was done to the delivery (PackStepRequest::note)
    PackExpectation expected;
    Http::PeerAnswer answer;
    bool passed = false;
    QString why; // why it passed or failed, in a sentence's part

    // A whole answer within the deadline, with the status expected.
    static PackStepResult judge(int index, const PackStep &step, const Http::OutgoingRequest &sent, const QString &note,
                                const Http::PeerAnswer &answer);
};

struct PackSummary
{
    int steps = 0; // in the pack
    int run = 0;   // sent and judged
    int passed = 0;
    bool unreachable = false; // the first step found no handler at all (no connection); the rest were not sent
    bool cancelled = false;

    bool allPassed() const { return !unreachable && !cancelled && run == steps && passed == steps; }
};

} // namespace Events

Q_DECLARE_METATYPE(Events::PackStepResult)
Q_DECLARE_METATYPE(Events::PackSummary)
