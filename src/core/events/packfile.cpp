// SPDX-License-Identifier: MIT
#include "events/packfile.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace Events {

std::optional<TestPack> PackFile::read(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    QString packError;
    std::optional<TestPack> pack = TestPack::fromJson(file.read(MaxBytes), &packError);
    if (!pack)
        *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), packError);
    return pack;
}

bool PackFile::write(const QString &path, const TestPack &pack, QString *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(pack.toJson()) >= 0 && file.commit())
        return true;
    *error = tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return false;
}

} // namespace Events
