// SPDX-License-Identifier: MIT
// Journal entries written out for sharing, one at a time, as HAR 1.2 or JSON Lines (docs/architecture.md §4
// "Export and import"): memory stays bounded by one entry whatever the number of entries.
#pragma once

#include "journal/entry.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class QIODevice;

namespace Events {

enum class ExportFormat { Har, JsonLines };

class ExportWriter
{
    Q_DECLARE_TR_FUNCTIONS(Events::ExportWriter)

public:
    // "har" or "jsonl" (any case); nullopt for anything else.
    static std::optional<ExportFormat> formatNamed(const QString &name);

    // device: open for writing, not owned; it must outlive the writer.
    ExportWriter(QIODevice *device, ExportFormat format);

    // One entry: a HAR entry (harencoder.h; the log around it is written before the first one), or the entry's
    // journal line (journal/codec.h). Secrets in headers are removed by Journal::Redaction either way. False when
    // the device took less than all of it (errorString() says why).
    bool write(const Journal::Entry &entry);
    // Ends the HAR log (also one with no entries); nothing for JSON Lines. Call once, after the last write().
    bool finish();

    qint64 entriesWritten() const { return m_entries; }
    QString errorString() const { return m_error; }

private:
    bool put(const QByteArray &bytes);
    bool start();

    QIODevice *m_device;
    ExportFormat m_format;
    bool m_started = false;
    qint64 m_entries = 0;
    QString m_error;
};

} // namespace Events
