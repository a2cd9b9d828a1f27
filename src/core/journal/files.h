// SPDX-License-Identifier: MIT
// The journal's files on disk: their names once rotated and who may read them (docs/architecture.md §4 "Files",
// "Rotation").
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Journal::Files {

// Makes folder and any missing parent, each readable by its owner only (0700); folders that exist are left
// as they are. False when the folder does not exist afterwards.
bool makeFolders(const QString &folder);
// When the regular file at path may be read by users other than its owner: its mode in octal ("0644");
// otherwise (private, missing, not a regular file) an empty string.
QString modeIfReadableByOthers(const QString &path);

struct RotatedFile
{
    int number; // 1 is the newest
    QString path;
};

// The nth file rotated from path (n >= 1): journal.jsonl becomes journal.1.jsonl, a name without a suffix gets ".1".
QString rotatedPath(const QString &path, int n);
// The files rotated from path that exist, newest (1) first.
QList<RotatedFile> rotatedFiles(const QString &path);
// Every file of the journal at path, oldest first: the rotated ones, then path itself when it exists.
QStringList chain(const QString &path);
// Makes room for a new file at path: deletes the rotated files numbered keep and above, numbers the others one
// up, and renames path to number 1. False when path could not be renamed.
bool shift(const QString &path, int keep);
// Makes the folder's entries (new files, renames) durable; false where that fails or is not possible.
bool syncFolder(const QString &folder);

} // namespace Journal::Files
