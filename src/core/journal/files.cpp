// SPDX-License-Identifier: MIT
#include "journal/files.h"

#include <QDir>
#include <QFileInfo>

namespace Journal::Files {

namespace {
constexpr QFileDevice::Permissions OwnerOnly =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

int octalDigit(QFileDevice::Permissions permissions, QFileDevice::Permission read, QFileDevice::Permission write,
               QFileDevice::Permission execute)
{
    return (permissions.testFlag(read) ? 4 : 0) + (permissions.testFlag(write) ? 2 : 0) +
           (permissions.testFlag(execute) ? 1 : 0);
}
} // namespace

bool makeFolders(const QString &folder)
{
    const QFileInfo info(folder);
    if (info.exists())
        return info.isDir();
    const QString parent = info.absolutePath();
    if (parent != info.absoluteFilePath() && !makeFolders(parent))
        return false;
    // Another process may have made it meanwhile: that counts as made.
    return QDir().mkdir(info.absoluteFilePath(), OwnerOnly) || QFileInfo(folder).isDir();
}

QString modeIfReadableByOthers(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return QString();
    const QFileDevice::Permissions p = info.permissions();
    if (!p.testAnyFlags(QFileDevice::ReadGroup | QFileDevice::ReadOther))
        return QString();
    return QStringLiteral("0%1%2%3")
        .arg(octalDigit(p, QFileDevice::ReadOwner, QFileDevice::WriteOwner, QFileDevice::ExeOwner))
        .arg(octalDigit(p, QFileDevice::ReadGroup, QFileDevice::WriteGroup, QFileDevice::ExeGroup))
        .arg(octalDigit(p, QFileDevice::ReadOther, QFileDevice::WriteOther, QFileDevice::ExeOther));
}

} // namespace Journal::Files
