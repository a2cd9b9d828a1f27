// SPDX-License-Identifier: MIT
#include "journal/files.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

#if defined(Q_OS_UNIX)
#include <fcntl.h>
#include <unistd.h>
#endif

namespace Journal::Files {

namespace {
constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

int octalDigit(QFileDevice::Permissions permissions, QFileDevice::Permission read, QFileDevice::Permission write,
               QFileDevice::Permission execute)
{
    return (permissions.testFlag(read) ? 4 : 0) + (permissions.testFlag(write) ? 2 : 0) +
           (permissions.testFlag(execute) ? 1 : 0);
}
// journal.jsonl: "journal." and ".jsonl" around the number; journal: "journal." and nothing.
struct NameParts
{
    QString before;
    QString after;
};

NameParts nameParts(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    if (dot <= 0)
        return {name + QLatin1Char('.'), QString()};
    return {name.left(dot + 1), name.mid(dot)};
}

// The number in a rotated file's name, or 0 when the name is not one.
int numberIn(const QString &name, const NameParts &parts)
{
    if (!name.startsWith(parts.before) || !name.endsWith(parts.after))
        return 0;
    const QStringView digits =
        QStringView(name).sliced(parts.before.size(), name.size() - parts.before.size() - parts.after.size());
    const auto isDigit = [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); };
    if (digits.isEmpty() || digits.size() > 6 || digits.startsWith(QLatin1Char('0')) ||
        !std::all_of(digits.begin(), digits.end(), isDigit))
        return 0;
    return digits.toInt();
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

QString rotatedPath(const QString &path, int n)
{
    const NameParts parts = nameParts(path);
    return QFileInfo(path).dir().filePath(parts.before + QString::number(n) + parts.after);
}

QList<RotatedFile> rotatedFiles(const QString &path)
{
    const NameParts parts = nameParts(path);
    const QDir folder = QFileInfo(path).dir();
    QList<RotatedFile> files;
    const QStringList names =
        folder.entryList({parts.before + QLatin1Char('*') + parts.after}, QDir::Files | QDir::Hidden);
    for (const QString &name : names) {
        if (const int number = numberIn(name, parts))
            files.append({number, folder.filePath(name)});
    }
    std::sort(files.begin(), files.end(),
              [](const RotatedFile &a, const RotatedFile &b) { return a.number < b.number; });
    return files;
}

QStringList chain(const QString &path)
{
    QStringList files;
    const QList<RotatedFile> rotated = rotatedFiles(path);
    for (auto it = rotated.crbegin(); it != rotated.crend(); ++it)
        files.append(it->path);
    if (QFileInfo::exists(path))
        files.append(path);
    return files;
}

bool shift(const QString &path, int keep)
{
    const QList<RotatedFile> rotated = rotatedFiles(path);
    for (auto it = rotated.crbegin(); it != rotated.crend(); ++it) {
        if (it->number >= keep)
            QFile::remove(it->path);
        else
            QFile::rename(it->path, rotatedPath(path, it->number + 1));
    }
    return QFile::rename(path, rotatedPath(path, 1));
}

bool syncFolder(const QString &folder)
{
#if defined(Q_OS_UNIX)
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
#else
    Q_UNUSED(folder);
    return false;
#endif
}

} // namespace Journal::Files
