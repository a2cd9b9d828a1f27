// SPDX-License-Identifier: MIT
// A test pack read from and written to a file, the same for `vipps-hooks pack` and the app (docs/architecture.md §6
// "Test packs").
#pragma once

#include "events/testpack.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Events {

class PackFile
{
    Q_DECLARE_TR_FUNCTIONS(Events::PackFile)

public:
    // A pack is small; more than this is not read.
    static constexpr qint64 MaxBytes = 64 * 1024 * 1024;

    // The pack at path; nullopt with a message naming the file (unreadable, not a pack, a step it cannot read).
    static std::optional<TestPack> read(const QString &path, QString *error);
    // Writes pack to path whole or not at all (an older file stays as it was).
    static bool write(const QString &path, const TestPack &pack, QString *error);
};

} // namespace Events
