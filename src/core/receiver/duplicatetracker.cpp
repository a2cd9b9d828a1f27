// SPDX-License-Identifier: MIT
#include "receiver/duplicatetracker.h"

#include <QString>

namespace Receiver {

DuplicateTracker::DuplicateTracker(int capacity) : m_capacity(qMax(1, capacity)) {}

bool DuplicateTracker::seen(const QByteArray &contentHash, const QString &registration)
{
    const QByteArray key = contentHash + '|' + registration.toUtf8();
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
