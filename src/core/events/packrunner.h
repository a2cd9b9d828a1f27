// SPDX-License-Identifier: MIT
// Runs a test pack against a webhook handler: one step at a time, each signed as it goes out and judged on its answer
// (docs/architecture.md §6 "Test packs"). `vipps-hooks pack run` and the app use it.
#pragma once

#include "events/packresult.h"
#include "events/testpack.h"
#include "http/requestsender.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QUrl>

#include <functional>

namespace Events {

class PackRunner : public QObject
{
    Q_OBJECT

public:
    explicit PackRunner(QObject *parent = nullptr);

    // The clock of each answer's deadline (10 s, docs/vipps-wire.md §5); nullptr: the system's. Not owned.
    void setDeadlineClock(Http::DeadlineClock *clock) { m_sender.setDeadlineClock(clock); }
    // Where the x-ms-date of each step comes from; the current UTC time unless set.
    void setNow(std::function<QDateTime()> now) { m_now = std::move(now); }

    // Sends the pack's steps to `to` (its path, or each step's when it has none), signed with secret, which is kept
    // in memory only while the run lasts. stepFinished() follows for each step, then finished(), all from the event
    // loop. A run under way is cancelled first.
    void start(const TestPack &pack, const QUrl &to, const QByteArray &secret);
    // Stops after nothing more: finished() comes with cancelled set.
    void cancel();
    bool running() const { return m_running; }

signals:
    void stepStarted(int index, const Http::OutgoingRequest &request);
    void stepFinished(const Events::PackStepResult &result);
    void finished(const Events::PackSummary &summary);

private:
    void sendNext();
    void onAnswer(const Http::PeerAnswer &answer);
    void finish();

    Http::RequestSender m_sender;
    std::function<QDateTime()> m_now;
    TestPack m_pack;
    QUrl m_to;
    QByteArray m_secret;
    int m_next = 0;
    Http::OutgoingRequest m_sent;
    QString m_note;
    PackSummary m_summary;
    bool m_running = false;
};

} // namespace Events
