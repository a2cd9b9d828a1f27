// SPDX-License-Identifier: MIT
// Strict UTF-8 validation for the journal codec (RFC 3629 §4).
#pragma once

#include <QByteArrayView>

namespace Journal::Utf8 {

// True when the bytes decode without replacement characters: no overlong forms, no surrogates,
// nothing above U+10FFFF, no truncated sequences.
bool isValid(QByteArrayView bytes);

} // namespace Journal::Utf8
