// SPDX-License-Identifier: MIT
// Makes a test pack from journal entries: which entries, in which order, and which of them broken on purpose
// (`vipps-hooks pack new`, and the app from its event log).
#pragma once

#include "events/testpack.h"
#include "journal/entry.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace Events {

struct PackChoice
{
    PackStep::Kind kind = PackStep::Kind::Valid;
    qint64 seq = 0;
};

class PackBuilder
{
    Q_DECLARE_TR_FUNCTIONS(Events::PackBuilder)

public:
    // The entry with seq, or nullopt with a message.
    using Lookup = std::function<std::optional<Journal::Entry>(qint64 seq, QString *error)>;

    // One step per choice, in their order, each made from its entry (PackStep::fromEntry). Refused with a message: no
    // choice, an entry lookup cannot find, a duplicate of an entry no earlier step sent, an out-of-order step with no
    // later step of an earlier entry (a smaller seq).
    static std::optional<TestPack> build(const QList<PackChoice> &choices, const Lookup &lookup, QString *error);
    // The same with the entries of the journal at path (Replay::find()).
    static std::optional<TestPack> fromJournal(const QString &path, const QList<PackChoice> &choices, QString *error);

private:
    static bool check(const QList<PackChoice> &choices, QString *error);
};

} // namespace Events
