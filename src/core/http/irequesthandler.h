// SPDX-License-Identifier: MIT
#pragma once

#include "http/response.h"

#include <functional>
#include <optional>

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
    // The final answer to a request of which only the request line and header fields have arrived, when they
    // alone decide it (a path that does not exist, a method it does not take); nullopt: the body is needed. Asked
    // when the client waits for "100 Continue" before sending its body (RFC 9110 §10.1.1).
    virtual std::optional<Response> refuseBeforeBody(const Request &head)
    {
        Q_UNUSED(head);
        return std::nullopt;
    }
    // Answers through respond, at once or later (an answer that waits for its journal entry to reach the disk,
    // docs/architecture.md §4 "Durability"); the connection reads no further request until it is answered. By
    // default, at once with handle().
    virtual void handleAsync(const Request &request, const Respond &respond) { respond(handle(request)); }
};

} // namespace Http
