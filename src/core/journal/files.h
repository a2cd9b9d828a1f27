// SPDX-License-Identifier: MIT
// The journal's files on disk: who may read them (docs/architecture.md §4 "Files").
#pragma once

#include <QString>

namespace Journal::Files {

// Makes folder and any missing parent, each readable by its owner only (0700); folders that exist are left
// as they are. False when the folder does not exist afterwards.
bool makeFolders(const QString &folder);
// When the regular file at path may be read by users other than its owner: its mode in octal ("0644");
// otherwise (private, missing, not a regular file) an empty string.
QString modeIfReadableByOthers(const QString &path);

} // namespace Journal::Files
