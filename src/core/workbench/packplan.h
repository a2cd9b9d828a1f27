// SPDX-License-Identifier: MIT
// The app's "New pack from events": which journal entries go into a test pack, and which of them broken on purpose,
// put into an order `pack run` accepts (docs/architecture.md §6 "Test packs").
#pragma once

#include "events/packbuilder.h"
#include "journal/entry.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Workbench {

class PackPlan
{
    Q_DECLARE_TR_FUNCTIONS(Workbench::PackPlan)

public:
    // marks: the steps wanted, one per entry and kind, in any order. The out-of-order ones go first (each so before a
    // step of an earlier event), then each entry in seq order with its valid, tampered, wrong-secret and stale
    // steps, then the duplicates (each after the entry's first sending).
    static QList<Events::PackChoice> order(const QList<Events::PackChoice> &marks);
    // The pack of the marked entries (Events::PackBuilder::build, which says why it refuses one).
    static std::optional<Events::TestPack> build(const QList<Journal::Entry> &entries,
                                                 const QList<Events::PackChoice> &marks, QString *error);
};

} // namespace Workbench
