// SPDX-License-Identifier: MIT
#pragma once

#include "http/response.h"

namespace Http {

struct Request;

// Answers one complete request. Called on the server's thread; must not block for long.
class IRequestHandler
{
public:
    virtual ~IRequestHandler() = default;
    virtual Response handle(const Request &request) = 0;
};

} // namespace Http
