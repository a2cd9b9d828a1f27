// SPDX-License-Identifier: MIT
// Receiver limits; the defaults are the contract in docs/architecture.md §3 "Limits".
#pragma once

#include <QtGlobal>

namespace Http {

struct Limits
{
    qint64 maxBodyBytes = 1024 * 1024;     // → 413
    qint64 maxHeaderBytes = 16 * 1024;     // whole header block → 431
    qint64 maxRequestLineBytes = 8 * 1024; // → 414
    int headerTimeoutMs = 10 * 1000;       // headers not complete in time → 408 / close
    int bodyTimeoutMs = 30 * 1000;         // whole body not in within this of the header block → 408
    int idleTimeoutMs = 60 * 1000;         // idle keep-alive → close
    int maxConnections = 256;              // more are refused
};

} // namespace Http
