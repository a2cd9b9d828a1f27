// SPDX-License-Identifier: MIT
#include "workbench/packplan.h"

#include <algorithm>

namespace Workbench {

using Kind = Events::PackStep::Kind;

namespace {

int place(Kind kind)
{
    switch (kind) {
    case Kind::OutOfOrder: return 0;
    case Kind::Duplicate: return 2;
    default: return 1;
    }
}

} // namespace

QList<Events::PackChoice> PackPlan::order(const QList<Events::PackChoice> &marks)
{
    QList<Events::PackChoice> ordered = marks;
    // Kind's order is valid, tampered, wrong-secret, stale, then the others, which place() puts apart.
    std::stable_sort(ordered.begin(), ordered.end(), [](const Events::PackChoice &a, const Events::PackChoice &b) {
        return std::tuple(place(a.kind), a.seq, int(a.kind)) < std::tuple(place(b.kind), b.seq, int(b.kind));
    });
    ordered.erase(std::unique(ordered.begin(), ordered.end(),
                              [](const Events::PackChoice &a, const Events::PackChoice &b) {
                                  return a.seq == b.seq && a.kind == b.kind;
                              }),
                  ordered.end());
    return ordered;
}

std::optional<Events::TestPack> PackPlan::build(const QList<Journal::Entry> &entries,
                                                const QList<Events::PackChoice> &marks, QString *error)
{
    const auto lookup = [&entries](qint64 seq, QString *lookupError) -> std::optional<Journal::Entry> {
        const auto found =
            std::find_if(entries.cbegin(), entries.cend(), [seq](const Journal::Entry &e) { return e.seq == seq; });
        if (found != entries.cend())
            return *found;
        *lookupError = tr("no event #%1 among those chosen.").arg(seq);
        return std::nullopt;
    };
    return Events::PackBuilder::build(order(marks), lookup, error);
}

} // namespace Workbench
