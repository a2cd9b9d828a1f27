// SPDX-License-Identifier: MIT
// What a test pack's step wants its handler to answer: a class of statuses ("2xx", "4xx") or one status ("409").
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace Events {

struct PackExpectation
{
    int status = 0;      // one status, or 0 for the class
    int statusClass = 2; // the hundreds of the class when status is 0: 2 for "2xx"

    static PackExpectation ofClass(int hundreds) { return {0, hundreds}; }
    static PackExpectation exactly(int status) { return {status, status / 100}; }

    // An answer's status (0 for none: never).
    bool matches(int answered) const;
    // "2xx" or "409".
    QString text() const;
    // "1xx" to "5xx" (any case), or a status from 100 to 599; nullopt for anything else.
    static std::optional<PackExpectation> parse(QStringView text);

    friend bool operator==(const PackExpectation &, const PackExpectation &) = default;
};

} // namespace Events
