// SPDX-License-Identifier: MIT
// Remembers valid deliveries (body hash + registration) to flag repeats (docs/architecture.md §3 "Duplicates").
#pragma once

#include <QByteArray>
#include <QList>
#include <QSet>

namespace Receiver {

class DuplicateTracker
{
public:
    explicit DuplicateTracker(int capacity = 100000);

    // Records the key; returns true when it was seen before. Oldest keys are forgotten first.
    bool seen(const QByteArray &contentHash, const QString &registration);
    int size() const { return int(m_keys.size()); }

private:
    int m_capacity;
    QSet<QByteArray> m_keys;
    QList<QByteArray> m_order; // ring buffer of keys in arrival order
    qsizetype m_next = 0;
};

} // namespace Receiver
