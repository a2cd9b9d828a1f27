// SPDX-License-Identifier: MIT
// One flushed line per sim API call, payment event and delivery; paths only, never queries, tokens or secrets.
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QUrl>

class QTextStream;

namespace Sim {
class LocalSimulator;
struct PaymentEvent;
} // namespace Sim

namespace Cli {

class SimLog : public QObject
{
    Q_OBJECT

public:
    // Neither is owned; both must outlive the log.
    SimLog(Sim::LocalSimulator *simulator, QTextStream *out, QObject *parent = nullptr);

    qint64 calls() const { return m_calls; }
    qint64 events() const { return m_events; }
    qint64 attempts() const { return m_attempts; }

private:
    void onRequest(const QByteArray &method, const QByteArray &path, int status);
    void onPaymentEvent(const QString &msn, const Sim::PaymentEvent &event);
    void onAttempt(const QString &registrationId, const QString &eventType, int attempt, int status,
                   const QString &error);
    void onDropped(const QString &registrationId, const QString &eventType, int attempts, int lastStatus,
                   const QString &lastError);
    void onDuplicate(const QString &registrationId, const QString &eventType, int status);
    void onCancelled(const QString &registrationId, const QString &eventType, int attempts);
    void rememberUrls();
    QString urlOf(const QString &registrationId) const;
    void write(const QString &line);

    Sim::LocalSimulator *m_simulator;
    QTextStream *m_out;
    QHash<QString, QUrl> m_urls; // registration id → URL, kept after a registration is deleted
    qint64 m_calls = 0;
    qint64 m_events = 0;
    qint64 m_attempts = 0;
};

} // namespace Cli
