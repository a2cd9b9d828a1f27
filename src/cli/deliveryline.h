// SPDX-License-Identifier: MIT
// The one line `listen` prints per request: time, event name, reference, result, status.
#pragma once

#include <QByteArray>
#include <QString>

namespace Receiver {
struct Delivery;
}

namespace Cli::DeliveryLine {

// "10:56:22.123  AUTHORIZED  acme-shop-123  499.00 NOK  valid  200" plus " duplicate" and,
// for a failed check, an indented second line with the reason. UTF-8, without the final newline.
QByteArray text(const Receiver::Delivery &delivery);
// "#12 10:56:22.123 AUTHORIZED acme-shop-123": which event a later line is about. UTF-8.
QByteArray label(const Receiver::Delivery &delivery);
// One compact JSON object (no secrets; the body is not included).
QByteArray json(const Receiver::Delivery &delivery);

} // namespace Cli::DeliveryLine
