// SPDX-License-Identifier: MIT
#include "events/packbuilder.h"

#include "events/replay.h"

#include <QHash>

#include <algorithm>

namespace Events {

bool PackBuilder::check(const QList<PackChoice> &choices, QString *error)
{
    if (choices.isEmpty()) {
        *error = tr("a test pack needs at least one step.");
        return false;
    }
    for (qsizetype i = 0; i < choices.size(); ++i) {
        const PackChoice &choice = choices.at(i);
        const auto sameSeq = [&choice](const PackChoice &other) { return other.seq == choice.seq; };
        const auto earlierSeq = [&choice](const PackChoice &other) { return other.seq < choice.seq; };
        if (choice.kind == PackStep::Kind::Duplicate && std::none_of(choices.cbegin(), choices.cbegin() + i, sameSeq)) {
            *error = tr("duplicate:%1 repeats an event the pack sent before: put entry %1 in an earlier step.")
                         .arg(choice.seq);
            return false;
        }
        if (choice.kind == PackStep::Kind::OutOfOrder &&
            std::none_of(choices.cbegin() + i + 1, choices.cend(), earlierSeq)) {
            *error = tr("out-of-order:%1 goes before an event that happened earlier: put an entry before #%1 in a "
                        "later step.")
                         .arg(choice.seq);
            return false;
        }
    }
    return true;
}

std::optional<TestPack> PackBuilder::build(const QList<PackChoice> &choices, const Lookup &lookup, QString *error)
{
    if (!check(choices, error))
        return std::nullopt;
    TestPack pack;
    for (const PackChoice &choice : choices) {
        const std::optional<Journal::Entry> entry = lookup(choice.seq, error);
        if (!entry)
            return std::nullopt;
        pack.steps.append(PackStep::fromEntry(*entry, choice.kind));
    }
    return pack;
}

std::optional<TestPack> PackBuilder::fromJournal(const QString &path, const QList<PackChoice> &choices, QString *error)
{
    QHash<qint64, Journal::Entry> found; // an entry used twice is read once
    const Lookup lookup = [&](qint64 seq, QString *lookupError) -> std::optional<Journal::Entry> {
        if (const auto known = found.constFind(seq); known != found.cend())
            return *known;
        std::optional<Journal::Entry> entry = Replay::find(path, seq, lookupError);
        if (entry)
            found.insert(seq, *entry);
        return entry;
    };
    return build(choices, lookup, error);
}

} // namespace Events
