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
    while (std::optional<Entry> entry = cursor.next())
        result.entries.append(std::move(*entry));
    result.skippedLines = cursor.skippedLines();
    result.tornTail = cursor.tornTail();
    result.errorMessage = cursor.errorMessage();
    return result;
}

} // namespace

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
