// SPDX-License-Identifier: MIT
// Posts one `vipps-hooks send` delivery as Vipps would (docs/vipps-wire.md §5): no proxy, no redirects, a timeout
// for the whole answer, of which only the start is kept (docs/architecture.md §3 "Answers read from others").
#pragma once

#include "http/boundedreply.h"
#include "http/outgoingrequest.h"
#include "http/peeranswer.h"

#include <QByteArray>
#include <QObject>
#include <QUrl>

namespace Cli {

struct SendRequest;

// The answer to a `send`: only its start is kept.
struct SendResult : Http::PeerAnswer
{
    static constexpr qsizetype MaxBodyBytes = 500;
};

class SendClient : public QObject
{
    Q_OBJECT

public:
    explicit SendClient(int timeoutSeconds, QObject *parent = nullptr);

    // Runs the event loop until the whole answer, an error or the timeout.
    SendResult exec(const QUrl &url, const SendRequest &request);
    // Sends request and runs the event loop until its answer has been read within bounds, or not.
    static Http::PeerAnswer exchange(const Http::OutgoingRequest &request, const Http::BoundedReply::Bounds &bounds);

private:
    int m_timeoutMs;
};

} // namespace Cli
