// SPDX-License-Identifier: MIT
// Test helper: a large journal made quickly from one real line repeated with increasing seq, written in big
// blocks, and the peak memory of this process, read from /proc.
#pragma once

#include "journal/codec.h"

#include <QFile>

// Appends copies of entry, numbered first, first + 1, …, to path until it holds at least minBytes; returns the
// last seq written (0 on a write error).
inline qint64 writeRepeatedJournal(const QString &path, Journal::Entry entry, qint64 first, qint64 minBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
        return 0;
    entry.seq = 0;
    const QByteArray line = Journal::Codec::encode(entry);
    const QByteArray rest = line.mid(line.indexOf(','));
    constexpr qsizetype BlockBytes = 4 * 1024 * 1024;
    QByteArray block;
    block.reserve(BlockBytes + line.size() + 32);
    qint64 seq = first - 1;
    for (qint64 written = file.size(); written < minBytes;) {
        block.clear();
        while (block.size() < BlockBytes && written + block.size() < minBytes)
            block += "{\"seq\":" + QByteArray::number(++seq) + rest;
        if (file.write(block) != block.size())
            return 0;
        written += block.size();
    }
    return seq;
}

// VmHWM of this process in bytes: the most resident memory it has had (0 where /proc is missing).
inline qint64 peakResidentBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return 0;
}
