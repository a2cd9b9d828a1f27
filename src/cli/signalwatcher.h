// SPDX-License-Identifier: MIT
// Turns SIGINT and SIGTERM into a Qt signal on the main thread (self-pipe), for a clean stop.
#pragma once

#include <QObject>

class QSocketNotifier;

namespace Cli {

class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

signals:
    void stopRequested(int signalNumber);

private:
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Cli
