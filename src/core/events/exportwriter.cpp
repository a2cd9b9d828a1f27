// SPDX-License-Identifier: MIT
#include "events/exportwriter.h"

#include "base/visibletext.h"
#include "events/harencoder.h"
#include "journal/codec.h"

#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>

namespace Events {

namespace {

// Compact JSON whose every character is plain to a terminal: DEL, C1 and bidi controls as JSON escapes
// (Base::visibleJson), so the bytes are the same whether they go to a file or through vipps-hooks' output.
QByteArray compact(const QJsonObject &object)
{
    return Base::visibleJson(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

std::optional<ExportFormat> ExportWriter::formatNamed(const QString &name)
{
    if (name.compare(QLatin1String("har"), Qt::CaseInsensitive) == 0)
        return ExportFormat::Har;
    if (name.compare(QLatin1String("jsonl"), Qt::CaseInsensitive) == 0)
        return ExportFormat::JsonLines;
    return std::nullopt;
}

ExportWriter::ExportWriter(QIODevice *device, ExportFormat format) : m_device(device), m_format(format) {}

bool ExportWriter::put(const QByteArray &bytes)
{
    if (m_device->write(bytes) == bytes.size())
        return true;
    if (m_error.isEmpty())
        m_error = tr("Writing the export failed: %1.").arg(m_device->errorString());
    return false;
}

// One HAR entry a line between the log's head and tail, so a large export can still be read with a pager.
bool ExportWriter::start()
{
    m_started = true;
    if (m_format != ExportFormat::Har)
        return true;
    return put(R"({"log":{"version":"1.2","creator":)" + compact(HarEncoder::creator()) + R"(,"entries":[)");
}

bool ExportWriter::write(const Journal::Entry &entry)
{
    if (!m_started && !start())
        return false;
    QByteArray bytes;
    if (m_format == ExportFormat::Har)
        bytes = (m_entries == 0 ? "\n" : ",\n") + compact(HarEncoder::entry(entry));
    else
        bytes = Base::visibleJson(Journal::Codec::encode(entry));
    if (!put(bytes))
        return false;
    ++m_entries;
    return true;
}

bool ExportWriter::finish()
{
    if (!m_started && !start())
        return false;
    return m_format != ExportFormat::Har || put("\n]}}\n");
}

} // namespace Events
