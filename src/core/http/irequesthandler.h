// SPDX-License-Identifier: MIT
#pragma once

#include "http/response.h"

#include <functional>

namespace Http {

struct Request;

// Answers one complete request. Called on the server's thread; must not block for long.
class IRequestHandler
{
public:
    // Sends the answer to a request, on the server's thread; does nothing once its connection is gone.
    using Respond = std::function<void(const Response &)>;

    virtual ~IRequestHandler() = default;
    virtual Response handle(const Request &request) = 0;
    // Answers through respond, at once or later (an answer that waits for its journal entry to reach the disk,
    // docs/architecture.md §4 "Durability"); the connection reads no further request until it is answered. By
    // default, at once with handle().
    virtual void handleAsync(const Request &request, const Respond &respond) { respond(handle(request)); }
};

} // namespace Http
