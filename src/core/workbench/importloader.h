// SPDX-License-Identifier: MIT
// Reads a HAR or JSON Lines file for the app's import window on a thread of its own, so a large file never holds up
// the window (docs/architecture.md §2, §4 "Export and import"). What it reads is marked imported: it never reaches
// the receiver, its forwarding or the journal.
#pragma once

#include "events/eventrecord.h"

#include <QList>
#include <QObject>
#include <QString>

class QThread;

namespace Workbench {

class ImportLoader : public QObject
{
    Q_OBJECT

public:
    // More entries than the event log holds are refused (Events::ImportReader::readFile).
    static constexpr int MaxEntries = 100000;

    explicit ImportLoader(QObject *parent = nullptr);
    // Waits for a read under way.
    ~ImportLoader() override;

    // Starts reading path; loaded() follows on this object's thread. Ignored while a read is under way.
    void load(const QString &path);
    bool isLoading() const { return m_thread != nullptr; }

    struct Result
    {
        QList<Events::EventRecord> records; // in the file's order, each EventRecord::fromJournal()
        qint64 skipped = 0;                 // HAR entries that were no deliveries
        QString error;                      // unreadable, not HAR or JSON Lines, no delivery in it
    };
    // The same, at once on the calling thread.
    static Result read(const QString &path);

signals:
    void loaded(const Workbench::ImportLoader::Result &result);

private:
    void finish(const Result &result);

    QThread *m_thread = nullptr;
};

} // namespace Workbench
