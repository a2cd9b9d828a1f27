// SPDX-License-Identifier: MIT
// Text from the wire made safe to show: characters a terminal or a layout would act on are written as escapes.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace Base {

// Whether '\n' stays a line break or is escaped like any other control character.
enum class LineBreaks { Escaped, Kept };

// Control characters (C0, DEL and C1, U+0000–U+001F, U+007F–U+009F) as "\x1b"; the bidi embeddings, overrides
// and isolates (U+202A–U+202E, U+2066–U+2069) and the line and paragraph separators (U+2028, U+2029) as
// "\u202e". Everything else is kept, backslashes too, so text without those characters reads as it came
// (docs/architecture.md §6).
QString visibleText(QStringView text, LineBreaks lineBreaks = LineBreaks::Escaped);

// The same for UTF-8 bytes, giving UTF-8: a byte that is not part of a well-formed UTF-8 sequence is written
// as "\xff" too, so nothing reaches a terminal that it could take as a control sequence.
QByteArray visibleUtf8(QByteArrayView bytes, LineBreaks lineBreaks = LineBreaks::Escaped);

// JSON text as QJsonDocument writes it, with the characters visibleText() escapes that the encoder leaves as
// they are (DEL, C1, bidi controls, separators) written as JSON escapes ("\u009b"): still JSON with the same
// values, and left alone by visibleUtf8(). Such characters occur only inside strings, where the escape is valid.
QByteArray visibleJson(QByteArrayView json);

} // namespace Base
