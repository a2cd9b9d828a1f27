// SPDX-License-Identifier: MIT
// Entry <-> one JSON Lines line.
#pragma once

#include "journal/entry.h"

#include <QByteArray>

#include <optional>

namespace Journal::Codec {

// One line including the trailing '\n'. Bearer tokens in Authorization-like headers are redacted.
QByteArray encode(const Entry &entry);
// Parses one line (with or without '\n'); nullopt when it is not a journal object.
std::optional<Entry> decode(QByteArrayView line);

} // namespace Journal::Codec
