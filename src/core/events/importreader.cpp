// SPDX-License-Identifier: MIT
#include "events/importreader.h"

#include "events/hardecoder.h"
#include "journal/codec.h"
#include "journal/cursor.h"
#include "journal/forwardcodec.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace Events {

namespace {
constexpr qint64 PeekBytes = 64 * 1024;
} // namespace

ImportReader::Format ImportReader::detect(QByteArrayView start)
{
    start = start.trimmed();
    const qsizetype newline = start.indexOf('\n');
    const QByteArrayView first = newline < 0 ? start : start.first(newline);
    // A journal's first line may be the answer to a forwarded entry of the file before (docs/architecture.md §4
    // "Forward lines").
    if (Journal::Codec::leadingSeq(first) || Journal::ForwardCodec::leadingForwardOf(first))
        return Format::JsonLines;
    const QJsonDocument document = QJsonDocument::fromJson(first.toByteArray());
    const QJsonObject object = document.object();
    const bool journalLine = (object.contains(QLatin1String("seq")) || object.contains(QLatin1String("forwardOf"))) &&
                             !object.contains(QLatin1String("log"));
    return journalLine ? Format::JsonLines : Format::Har;
}

ImportReader::ImportReader(const QString &path)
    : m_name(QDir::toNativeSeparators(path)), m_file(std::make_unique<QFile>(path))
{}

ImportReader::ImportReader(QIODevice *device, const QString &name) : m_name(name), m_device(device) {}

ImportReader::~ImportReader() = default;

void ImportReader::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
}

bool ImportReader::open()
{
    m_opened = true;
    if (m_file && !m_file->open(QIODevice::ReadOnly)) {
        fail(tr("Cannot read %1: %2.").arg(m_name, m_file->errorString()));
        return false;
    }
    if (m_file)
        m_device = m_file.get();
    const QByteArray start = m_device->peek(PeekBytes);
    if (!start.trimmed().startsWith('{')) {
        fail(tr("%1 is neither a HAR file nor JSON Lines: it does not start with '{'.").arg(m_name));
        return false;
    }
    m_format = detect(start);
    if (m_format == Format::Har)
        return openHar();
    m_cursor = std::make_unique<Journal::Cursor>(m_device, m_name);
    return true;
}

bool ImportReader::openHar()
{
    const QByteArray bytes = m_device->read(MaxHarBytes + 1);
    if (bytes.size() > MaxHarBytes) {
        fail(tr("%1 is larger than %2 MiB, the most a HAR file may have here; export as JSON Lines (--format jsonl), "
                "which is read as a stream.")
                 .arg(m_name)
                 .arg(MaxHarBytes / (1024 * 1024)));
        return false;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        fail(tr("%1 is not valid JSON: %2 at byte %3.").arg(m_name, error.errorString()).arg(error.offset));
        return false;
    }
    const QJsonValue entries = document.object().value(QLatin1String("log")).toObject().value(QLatin1String("entries"));
    if (!entries.isArray()) {
        fail(tr("%1 is not a HAR file: it has no log.entries list.").arg(m_name));
        return false;
    }
    m_harEntries = entries.toArray();
    return true;
}

std::optional<Journal::Entry> ImportReader::nextHar()
{
    while (m_harIndex < m_harEntries.size()) {
        const QJsonValue value = m_harEntries.at(m_harIndex++);
        HarDecoder::Decoded decoded = HarDecoder::decode(value, m_harIndex);
        if (decoded.entry)
            return std::move(decoded.entry);
        if (decoded.error.isEmpty()) {
            ++m_skipped;
            continue;
        }
        const QJsonValue seq = value.toObject().value(QLatin1String("_seq"));
        const QString entry = seq.isDouble() ? tr("HAR entry %1 (seq %2)").arg(m_harIndex).arg(seq.toInteger())
                                             : tr("HAR entry %1").arg(m_harIndex);
        fail(tr("%1: %2: %3").arg(m_name, entry, decoded.error));
        return std::nullopt;
    }
    return std::nullopt;
}

// Through Journal::Cursor, as every journal is read; a line it skips is an error here, naming where it was.
std::optional<Journal::Entry> ImportReader::nextLine()
{
    const int skippedBefore = m_cursor->skippedLines();
    std::optional<Journal::Entry> entry = m_cursor->next();
    if (!m_cursor->ok()) {
        fail(m_cursor->errorMessage());
        return std::nullopt;
    }
    const QString where = m_lastSeq < 0 ? tr("the first entry") : tr("the entry after seq %1").arg(m_lastSeq);
    if (m_cursor->skippedLines() > skippedBefore) {
        fail(tr("%1: %2 is not a journal entry (not JSON, or a field missing or of the wrong type).")
                 .arg(m_name, where));
        return std::nullopt;
    }
    if (!entry && m_cursor->tornTail())
        fail(tr("%1: %2 is cut off: the file ends in the middle of it.").arg(m_name, where));
    if (entry)
        entry->imported = true;
    return entry;
}

std::optional<Journal::Entry> ImportReader::next()
{
    if (!m_opened && !open())
        return std::nullopt;
    if (!ok())
        return std::nullopt;
    std::optional<Journal::Entry> entry = m_format == Format::Har ? nextHar() : nextLine();
    if (entry)
        m_lastSeq = entry->seq;
    return entry;
}

std::optional<Journal::Entry> ImportReader::find(qint64 seq)
{
    while (std::optional<Journal::Entry> entry = next()) {
        if (entry->seq == seq)
            return entry;
    }
    return std::nullopt;
}

std::optional<Journal::Entry> ImportReader::last()
{
    std::optional<Journal::Entry> last;
    while (std::optional<Journal::Entry> entry = next())
        last = std::move(entry);
    return ok() ? last : std::nullopt;
}

ImportReader::All ImportReader::readFile(const QString &path, qsizetype maxEntries)
{
    ImportReader reader(path);
    All all;
    while (std::optional<Journal::Entry> entry = reader.next()) {
        if (all.entries.size() == maxEntries) {
            reader.fail(tr("%1 has more than %2 entries, the most read at once.").arg(reader.m_name).arg(maxEntries));
            break;
        }
        all.entries.append(std::move(*entry));
    }
    all.skipped = reader.skipped();
    all.error = reader.errorMessage();
    if (!all.error.isEmpty())
        all.entries.clear();
    return all;
}

} // namespace Events
