// SPDX-License-Identifier: MIT
#include "events/exportfile.h"

#include <QDir>

namespace Events {

ExportFile::ExportFile(const QString &path, ExportFormat format) : m_file(path), m_writer(&m_file, format) {}

bool ExportFile::failed(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    m_file.cancelWriting();
    return false;
}

// The export holds whole requests, as the journal does, so it is its owner's alone (docs/architecture.md §4
// "Files").
bool ExportFile::open()
{
    const QString name = QDir::toNativeSeparators(m_file.fileName());
    if (!m_file.open(QIODevice::WriteOnly))
        return failed(tr("Cannot write %1: %2.").arg(name, m_file.errorString()));
    if (!m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return failed(tr("Cannot make %1 private: %2.").arg(name, m_file.errorString()));
    return true;
}

bool ExportFile::write(const Journal::Entry &entry)
{
    return m_writer.write(entry) || failed(m_writer.errorString());
}

bool ExportFile::commit()
{
    if (!m_writer.finish())
        return failed(m_writer.errorString());
    if (!m_file.commit())
        return failed(
            tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString()));
    return true;
}

void ExportFile::cancel()
{
    m_file.cancelWriting();
}

bool ExportFile::save(const QString &path, ExportFormat format, const QList<Journal::Entry> &entries, QString *error)
{
    ExportFile file(path, format);
    bool ok = file.open();
    for (qsizetype i = 0; ok && i < entries.size(); ++i)
        ok = file.write(entries.at(i));
    ok = ok && file.commit();
    if (!ok)
        *error = file.errorString();
    return ok;
}

} // namespace Events
