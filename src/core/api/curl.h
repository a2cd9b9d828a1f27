// SPDX-License-Identifier: MIT
// Renders a request as an equivalent curl command line for a POSIX shell.
#pragma once

#include "http/header.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace Api::Curl {

struct Placeholder
{
    QByteArray secret; // the value to hide
    QString variable;  // e.g. "VIPPS_CLIENT_SECRET": rendered as "$VIPPS_CLIENT_SECRET"
};

// Exact method, URL, headers (in order) and body. A header whose whole value is a placeholder's secret, or
// "<scheme> <secret>" (Bearer), shows the variable in double quotes so the shell expands it; everything else
// is single-quoted. Secrets are never looked for inside other text, the URL or the body: the API calls carry
// them only as whole header values. An empty body on POST is sent as --data '' (like Vipps' token call).
QString render(const QByteArray &method, const QUrl &url, const Http::HeaderList &headers, const QByteArray &body,
               const QList<Placeholder> &placeholders);

} // namespace Api::Curl
