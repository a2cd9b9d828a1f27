// SPDX-License-Identifier: MIT
// The header fields that belong to one connection, not to the message: what a request passed on over another
// connection (forwarding, replay, a test pack's step) leaves behind for the new one to make.
#pragma once

#include "http/header.h"

#include <QByteArrayView>

namespace Http::HopByHop {

// RFC 9110 §7.6.1 (Connection, Proxy-Connection, Keep-Alive, TE, Transfer-Encoding, Upgrade, Trailer), and what a
// client computes anew for its own connection: Content-Length (of the body it sends) and Expect (100-continue is a
// matter of each hop). Names compare case-insensitively.
bool isConnectionField(QByteArrayView name);

// headers in their order without the connection's fields: those above and those the Connection field names.
HeaderList endToEnd(const HeaderList &headers);

} // namespace Http::HopByHop
