// SPDX-License-Identifier: MIT
// Remembers valid deliveries (body hash + registration) to flag repeats (docs/architecture.md §3 "Duplicates"). Each is
// kept as 16 bytes of a SHA-256 of the two, so 100 000 of them take a few MiB, not tens.
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

    struct Key
    {
        quint64 high = 0;
        quint64 low = 0;
        friend bool operator==(const Key &, const Key &) = default;
        friend size_t qHash(const Key &key, size_t seed = 0) noexcept { return qHashMulti(seed, key.high, key.low); }
    };

private:
    static Key keyOf(const QByteArray &contentHash, const QString &registration);

    int m_capacity;
    QSet<Key> m_keys;
    QList<Key> m_order; // ring buffer of keys in arrival order
    qsizetype m_next = 0;
};

} // namespace Receiver
