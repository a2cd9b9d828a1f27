// SPDX-License-Identifier: MIT
// The quick start's real path for a profile that calls Vipps (docs/architecture.md §3 "Public URL from a tunnel"):
// looks for a tunnel to the receiver while step 3 waits for one, keeps what it finds as the profile's public URL, and
// when no valid delivery came within a minute of the payment, says the usual causes.
#pragma once

#include <QObject>
#include <QTimer>

namespace Workbench {

class PublicAddress;
class QuickStart;

class TunnelQuickStart : public QObject
{
    Q_OBJECT

public:
    static constexpr int LookEveryMs = 3000;
    static constexpr int DeliveryWaitMs = 60000;

    // Neither is owned; both must outlive this.
    TunnelQuickStart(QuickStart *quickStart, PublicAddress *address, QObject *parent = nullptr);

    // How often to look while waiting, and how long to wait for a delivery; for tests.
    void setIntervals(int lookEveryMs, int deliveryWaitMs);
    bool looking() const { return m_look.isActive(); }

private:
    void update();
    void onDetected(bool found, const QUrl &url);
    void deliveryLate();

    QuickStart *m_quickStart;
    PublicAddress *m_address;
    QTimer m_look;
    QTimer m_delivery;
};

} // namespace Workbench
