// SPDX-License-Identifier: MIT
// One step of a test pack: a delivery's request, unsigned (it is signed for the handler's URL and secret when the pack
// runs), what kind of delivery it stands for and what the handler should answer (docs/architecture.md §6
// "Test packs").
#pragma once

#include "events/packexpectation.h"
#include "http/header.h"
#include "journal/entry.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Events {

struct PackStep
{
    Q_DECLARE_TR_FUNCTIONS(Events::PackStep)

public:
    enum class Kind {
        Valid,       // signed correctly, now
        Tampered,    // the body changed after signing
        WrongSecret, // signed with a secret the handler does not have
        Stale,       // signed correctly, StaleSeconds ago
        Duplicate,   // an event sent before, again, as Vipps' retries are: re-signed with a new x-ms-date
        OutOfOrder,  // a valid event sent before one that happened earlier
    };

    // Beyond the 300 s of clock skew receivers allow (docs/vipps-wire.md §5 "Signing algorithm", freshness).
    static constexpr int StaleSeconds = 15 * 60;

    Kind kind = Kind::Valid;
    qint64 seq = 0; // the journal entry it was made from, 0 when not known
    QByteArray method = QByteArrayLiteral("POST");
    QByteArray path = QByteArrayLiteral("/"); // and query, as received
    Http::HeaderList headers;                 // without Host, the signature's fields and framing (signedFields())
    QByteArray body;
    std::optional<PackExpectation> expect; // the pack's own; without one, defaultExpectation(kind)

    PackExpectation expectation() const { return expect.value_or(defaultExpectation(kind)); }

    // docs/vipps-wire.md §5 "Delivery, retry and ordering": a valid delivery is acknowledged with a 2xx, a repeat and
    // one out of order too (anything else is retried for days and holds back the payment's later events; handlers are
    // to be idempotent and fall back on GET payment); one whose signature does not hold gets a 4xx.
    static PackExpectation defaultExpectation(Kind kind);
    // "valid", "tampered", "wrong-secret", "stale", "duplicate", "out-of-order".
    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(QStringView name);
    static QList<Kind> kinds();
    // Why the handler should answer as defaultExpectation() says, for a line that failed.
    static QString rule(Kind kind);

    // The request of entry, without the fields signing and sending set again: Host, x-ms-date, x-ms-content-sha256,
    // Authorization, X-Vipps-Authorization and the connection's (Replay::isConnectionField()).
    static PackStep fromEntry(const Journal::Entry &entry, Kind kind);
    static bool isSignedField(QByteArrayView name);

    friend bool operator==(const PackStep &, const PackStep &) = default;
};

} // namespace Events
