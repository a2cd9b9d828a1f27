// SPDX-License-Identifier: MIT
// `vipps-hooks pack run FILE --to URL --secret S`: a test pack against your handler, a pass/fail line per step.
#pragma once

#include "cli/command.h"
#include "events/testpack.h"

#include <optional>

namespace Cli {

class PackRunCommand : public Command
{
public:
    static constexpr qint64 MaxPackBytes = 64 * 1024 * 1024;

    QString name() const override { return QStringLiteral("pack run"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliContext &context) override;

private:
    static std::optional<Events::TestPack> readPack(const QString &path, QString *error);
};

} // namespace Cli
