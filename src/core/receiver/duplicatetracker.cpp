// SPDX-License-Identifier: MIT
#include "receiver/duplicatetracker.h"

#include "signature/digest.h"

#include <QString>
#include <QtEndian>

namespace Receiver {

DuplicateTracker::DuplicateTracker(int capacity) : m_capacity(qMax(1, capacity)) {}

// A body hash has one length (a SHA-256), so no two pairs give the same text to hash.
DuplicateTracker::Key DuplicateTracker::keyOf(const QByteArray &contentHash, const QString &registration)
{
    const QByteArray digest = Signature::Digest::sha256(contentHash + '|' + registration.toUtf8());
    return {qFromBigEndian<quint64>(digest.constData()), qFromBigEndian<quint64>(digest.constData() + 8)};
}

bool DuplicateTracker::seen(const QByteArray &contentHash, const QString &registration)
{
    const Key key = keyOf(contentHash, registration);
    if (m_keys.contains(key))
        return true;
    if (m_order.size() < m_capacity) {
        m_order.append(key);
    } else {
        m_keys.remove(m_order.at(m_next));
        m_order[m_next] = key;
    }
    m_keys.insert(key);
    m_next = (m_next + 1) % m_capacity;
    return false;
}

} // namespace Receiver
