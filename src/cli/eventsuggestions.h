// SPDX-License-Identifier: MIT
// Close matches for a mistyped webhook event type, from the event catalog (docs/vipps-wire.md §4).
#pragma once

#include <QString>
#include <QStringList>

namespace Api {
class EventCatalog;
}

namespace Cli {

class EventSuggestions
{
public:
    static constexpr int MaxSuggestions = 4;

    // Types whose spelling is near the input, that contain it, or whose ePayment event name it is
    // ("captured" -> epayments.payment.captured.v1); best first.
    static QStringList closeTo(const QString &input, const Api::EventCatalog &catalog);

private:
    static int distance(const QString &a, const QString &b);
};

} // namespace Cli
