// SPDX-License-Identifier: MIT
#include "journal/reader.h"

#include "journal/codec.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace Journal {

namespace {

// Read in pieces so a large journal is not held twice in memory.
constexpr qint64 ChunkSize = 4 * 1024 * 1024;

QString message(const char *text, const QString &path, const QString &reason)
{
    return QCoreApplication::translate("Journal::Reader", text).arg(QDir::toNativeSeparators(path), reason);
}

bool isBlank(QByteArrayView line)
{
    return line.trimmed().isEmpty();
}

void addLine(QByteArrayView line, ReadResult *result)
{
    if (isBlank(line))
        return;
    if (auto entry = Codec::decode(line))
        result->entries.append(std::move(*entry));
    else
        ++result->skippedLines;
}

// A last line without '\n' that does not decode was cut off by a crash: torn, not malformed.
void addLastLine(QByteArrayView line, ReadResult *result)
{
    if (isBlank(line))
        return;
    if (auto entry = Codec::decode(line))
        result->entries.append(std::move(*entry));
    else
        result->tornTail = true;
}

// Adds every line that ends in '\n'; returns where the unterminated rest begins.
qsizetype addCompleteLines(QByteArrayView data, ReadResult *result)
{
    qsizetype begin = 0;
    for (qsizetype newline = data.indexOf('\n'); newline >= 0; newline = data.indexOf('\n', begin)) {
        addLine(data.sliced(begin, newline - begin), result);
        begin = newline + 1;
    }
    return begin;
}

} // namespace

ReadResult Reader::readFile(const QString &path)
{
    ReadResult result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.errorMessage = message("Cannot read the journal %1: %2.", path, file.errorString());
        return result;
    }
    QByteArray pending;
    for (QByteArray chunk = file.read(ChunkSize); !chunk.isEmpty(); chunk = file.read(ChunkSize)) {
        pending.append(chunk);
        pending.remove(0, addCompleteLines(pending, &result));
    }
    if (file.error() != QFileDevice::NoError) {
        result.errorMessage = message("Reading the journal %1 stopped early: %2.", path, file.errorString());
        return result;
    }
    addLastLine(pending, &result);
    return result;
}

ReadResult Reader::readBytes(const QByteArray &data)
{
    ReadResult result;
    const qsizetype rest = addCompleteLines(data, &result);
    addLastLine(QByteArrayView(data).sliced(rest), &result);
    return result;
}

} // namespace Journal
