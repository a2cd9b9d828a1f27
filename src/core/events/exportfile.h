// SPDX-License-Identifier: MIT
// An export written to a file atomically (docs/architecture.md §4 "Export and import"): the file appears whole,
// readable by its owner only, when commit() succeeds, and not at all (an older one left as it was) otherwise.
#pragma once

#include "events/exportwriter.h"

#include <QCoreApplication>
#include <QList>
#include <QSaveFile>
#include <QString>

namespace Events {

class ExportFile
{
    Q_DECLARE_TR_FUNCTIONS(Events::ExportFile)

public:
    ExportFile(const QString &path, ExportFormat format);

    // Starts a temporary file beside path, mode 0600.
    bool open();
    bool write(const Journal::Entry &entry);
    // Ends the export and puts it in place of path.
    bool commit();
    // Drops what was written; path stays as it was.
    void cancel();
    QString errorString() const { return m_error; }

    // entries, in their order, into path at once.
    static bool save(const QString &path, ExportFormat format, const QList<Journal::Entry> &entries, QString *error);

private:
    bool failed(const QString &message);

    QSaveFile m_file;
    ExportWriter m_writer;
    QString m_error;
};

} // namespace Events
