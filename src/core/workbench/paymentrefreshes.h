// SPDX-License-Identifier: MIT
// The gets that follow news about payments (received events, the simulator's own changes), at most one on its way
// per payment: news that arrives while it is on its way asks for one more get after it, however much news came,
// since the answer on its way may predate it. Several references in one batch are one get each.
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>

namespace Workbench {

class PaymentRefreshes
{
public:
    // fetch gets one payment and calls done once it has its answer, whatever the answer was.
    using Fetch = std::function<void(const QString &reference, std::function<void()> done)>;

    explicit PaymentRefreshes(Fetch fetch) : m_fetch(std::move(fetch)) {}

    void request(const QStringList &references);
    // Forgets the gets on their way (their answers were dropped, so their done never comes).
    void clear() { m_onTheirWay.clear(); }
    bool isOnItsWay(const QString &reference) const { return m_onTheirWay.contains(reference); }

private:
    void start(const QString &reference);
    void finished(const QString &reference);

    Fetch m_fetch;
    QHash<QString, bool> m_onTheirWay; // reference → news came after its get went out
};

} // namespace Workbench
