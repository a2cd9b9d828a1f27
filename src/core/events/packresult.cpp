// SPDX-License-Identifier: MIT
#include "events/packresult.h"

namespace Events {

PackStepResult PackStepResult::judge(int index, const PackStep &step, const Http::OutgoingRequest &sent,
                                     const QString &note, const Http::PeerAnswer &answer)
{
    PackStepResult result;
    result.index = index;
    result.kind = step.kind;
    result.seq = step.seq;
    result.sent = sent;
    result.note = note;
    result.expected = step.expectation();
    result.answer = answer;
    result.passed = result.expected.matches(answer.status);
    const QString expected = result.expected.text();
    if (result.passed)
        result.why = tr("%1 expected").arg(expected);
    else if (step.expect)
        result.why = tr("expected %1, as the pack says").arg(expected);
    else
        result.why = tr("expected %1: %2").arg(expected, PackStep::rule(step.kind));
    return result;
}

} // namespace Events
