// SPDX-License-Identifier: MIT
#include "journal/reader.h"

#include "journal/cursor.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace Journal {

namespace {

ReadResult readAll(QIODevice *device, const QString &name)
{
    ReadResult result;
    Cursor cursor(device, name);
    while (std::optional<Record> record = cursor.nextRecord()) {
        if (Entry *entry = std::get_if<Entry>(&*record))
            result.entries.append(std::move(*entry));
        else
            result.forwards.append(std::get<Forward>(std::move(*record)));
    }
    result.skippedLines = cursor.skippedLines();
    result.tornTail = cursor.tornTail();
    result.errorMessage = cursor.errorMessage();
    return result;
}

} // namespace

QList<Forward> ReadResult::forwardsOf(qint64 seq) const
{
    QList<Forward> found;
    for (const Forward &forward : forwards) {
        if (forward.forwardOf == seq)
            found.append(forward);
    }
    return found;
}

ReadResult Reader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        ReadResult result;
        result.errorMessage = QCoreApplication::translate("Journal::Reader", "Cannot read the journal %1: %2.")
                                  .arg(QDir::toNativeSeparators(path), file.errorString());
        return result;
    }
    return readAll(&file, path);
}

ReadResult Reader::readBytes(const QByteArray &data)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    return readAll(&buffer, QString());
}

} // namespace Journal
