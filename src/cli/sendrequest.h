// SPDX-License-Identifier: MIT
// The body (docs/vipps-wire.md §5 ePayment payload) and delivery headers `vipps-hooks send` posts, tampered on request.
#pragma once

#include "cli/sendconfig.h"
#include "http/header.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Sim {
struct PaymentEvent;
}

namespace Cli {

struct SendRequest
{
    Q_DECLARE_TR_FUNCTIONS(Cli::SendRequest)

public:
    static constexpr int StaleDateSeconds = 15 * 60; // --tamper date: beyond the usual 300 s skew check

    QByteArray body;
    Http::HeaderList headers;
    QString tamperNote; // what was broken, for the report; empty without --tamper

    static SendRequest build(const SendConfig &config, const QDateTime &nowUtc);

private:
    static Sim::PaymentEvent paymentEvent(const SendConfig &config, const QDateTime &nowUtc);
    static void corruptSignatures(Http::HeaderList &headers);
};

} // namespace Cli
