// SPDX-License-Identifier: MIT
// The inspector's words for a request and its verification: the summary lines and the value of each step, with
// control characters shown as symbols. Translated in the InspectorPanel context.
#pragma once

#include "events/eventrecord.h"
#include "signature/verification.h"

#include <QByteArray>
#include <QString>

namespace Gui::InspectorText {

// Control characters other than tab and line feed become their pictures (U+2400 block) so a CR or NUL shows
// instead of vanishing; bytes that are not UTF-8 come out as U+FFFD.
QString withControlPictures(const QByteArray &bytes);
// withControlPictures(), or "(missing)" for nothing.
QString shownValue(const QByteArray &bytes);
QString resultInWords(Signature::Result result);
// "POST /hooks/vipps".
QString requestLine(const Journal::Entry &entry);
// "#12 · 2026-12-06 10:00:00 · CAPTURED · order-1 · 10.00 NOK · answered HTTP 200".
QString eventLine(const Events::EventRecord &record);
// "Verified: …" with the reason, or that the request was no delivery; for an event of an earlier run or one read
// back, restoredLine() under it.
QString resultLine(const Events::EventRecord &record);
// When the host checked for (the public URL's) is not the Host the request came with: that it was so, as behind a
// tunnel that rewrites Host; empty otherwise.
QString hostLine(const Events::EventRecord &record);
// That the event was read back from the journal (or imported from a file) and checked again, and its result then
// when that differs.
QString restoredLine(const Events::EventRecord &record);
// That an event of this run was read back from the journal, since the log keeps only its newest events whole.
QString readBackLine(const Events::EventRecord &record);
// docs/vipps-wire.md §5 step 2: the lines one under the other, each line feed marked where it is.
QString stringToSignText(const QByteArray &stringToSign);
QString secretText(const Signature::Verification &v);
QString authorizationText(const Signature::Verification &v);
QString skewText(const Signature::Verification &v);
// How long the body is and how it is shown.
QString bodyInfo(const QByteArray &body);

} // namespace Gui::InspectorText
