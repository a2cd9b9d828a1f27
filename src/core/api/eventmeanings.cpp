// SPDX-License-Identifier: MIT
// The event types' meanings as translatable text. The catalogue (resources/data/eventtypes.json) holds them in
// English; this list only lets the translation tools find them, and tst_eventcatalog checks it names every one.
#include "api/eventcatalog.h"

#include <QCoreApplication>

namespace Api {

namespace {

const char *const kMeanings[] = {
    QT_TRANSLATE_NOOP("Api::EventCatalog", "Payment request created"),
    QT_TRANSLATE_NOOP("Api::EventCatalog", "User cancelled in the app or on the landing page before approving"),
    QT_TRANSLATE_NOOP("Api::EventCatalog", "User did not act before the payment timed out"),
    QT_TRANSLATE_NOOP("Api::EventCatalog", "Merchant cancelled (released) the reserved, uncaptured amount"),
    QT_TRANSLATE_NOOP("Api::EventCatalog", "Amount captured, fully or partially"),
    QT_TRANSLATE_NOOP("Api::EventCatalog", "Amount refunded, fully or partially"),
    QT_TRANSLATE_NOOP("Api::EventCatalog", "User approved the payment; the amount is reserved"),
    QT_TRANSLATE_NOOP("Api::EventCatalog", "Merchant cancelled the payment before the user approved it"),
    QT_TRANSLATE_NOOP("Api::EventCatalog", "Agreement accepted by the user"),
    QT_TRANSLATE_NOOP("Api::EventCatalog", "Agreement rejected by the user"),
    QT_TRANSLATE_NOOP("Api::EventCatalog", "Agreement stopped by the merchant or the user (see the payload's actor)"),
    QT_TRANSLATE_NOOP("Api::EventCatalog", "Pending agreement expired before the user acted"),
    QT_TRANSLATE_NOOP("Api::EventCatalog", "Charge reserved"),
    QT_TRANSLATE_NOOP("Api::EventCatalog", "Charge captured"),
    QT_TRANSLATE_NOOP("Api::EventCatalog", "Charge cancelled (the event type is spelled with a single l)"),
    QT_TRANSLATE_NOOP("Api::EventCatalog", "Charge failed"),
    QT_TRANSLATE_NOOP("Api::EventCatalog", "Charge refunded"),
    QT_TRANSLATE_NOOP("Api::EventCatalog", "Asynchronous failure of a (bulk) charge creation"),
    QT_TRANSLATE_NOOP("Api::EventCatalog", "User scanned a merchant-callback QR code; the payload carries a "
                                           "customerToken valid for 15 minutes"),
    QT_TRANSLATE_NOOP("Api::EventCatalog",
                      "User confirmed a merchant-initiated login (CIBA); the payload carries auth_req_id"),
};

} // namespace

QStringList EventCatalog::translatableMeanings()
{
    QStringList meanings;
    for (const char *meaning : kMeanings)
        meanings.append(QString::fromUtf8(meaning));
    return meanings;
}

QString EventType::meaningText() const
{
    return QCoreApplication::translate("Api::EventCatalog", meaning.toUtf8().constData());
}

} // namespace Api
