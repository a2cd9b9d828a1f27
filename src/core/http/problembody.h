// SPDX-License-Identifier: MIT
// RFC 9457 (formerly 7807) problem details for the receiver's own error answers.
#pragma once

#include "http/response.h"

#include <QString>

namespace Http::ProblemBody {

// {"type":"about:blank","title":<reason phrase>,"status":N,"detail":...} as application/problem+json.
Response response(int status, const QString &detail);
Response response(int status, const QString &title, const QString &detail);

} // namespace Http::ProblemBody
