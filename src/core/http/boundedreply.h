// SPDX-License-Identifier: MIT
// One HTTP answer read as its bytes arrive (docs/architecture.md §3 "Answers read from others"): a bounded prefix
// of the body kept, the rest counted and dropped, and a total deadline from the moment the request went out.
#pragma once

#include "http/deadlineclock.h"

#include <QByteArray>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

namespace Http {

class BoundedReply : public QObject
{
    Q_OBJECT

public:
    // What deliveries and forwarding keep of an answer: more than anyone is shown.
    static constexpr qsizetype ShownBytes = 64 * 1024;
    // docs/vipps-wire.md §5: Vipps gives an answer 10 s.
    static constexpr int DefaultDeadlineMs = 10 * 1000;

    struct Bounds
    {
        qsizetype keepBytes = ShownBytes;   // of the body kept; the rest is counted and dropped
        bool refuseLonger = false;          // a longer body aborts the reply: tooLarge(), not complete()
        int deadlineMs = DefaultDeadlineMs; // from construction to the answer's end; 0 or less: none
    };

    // Reads the reply, just sent, and releases it (aborted when not finished) when destroyed; it stays a child of
    // its network manager. The deadline runs from now on clock (not owned; DeadlineClock::system() when null).
    BoundedReply(QNetworkReply *reply, const Bounds &bounds, DeadlineClock *clock = nullptr, QObject *parent = nullptr);
    ~BoundedReply() override;

    // For the status line's attributes and the headers; its body is read here, never by the caller. Null once
    // its network manager is gone.
    QNetworkReply *reply() const { return m_reply; }
    // The status line's code, 0 when none came; the answer may still have failed after it (see complete()).
    int status() const;
    // A whole HTTP answer came: its end within the deadline, and no more body than allowed.
    bool complete() const;
    bool timedOut() const { return m_timedOut; }
    bool tooLarge() const { return m_tooLarge; }
    // The kept start of the body, and how many body bytes came in all.
    const QByteArray &body() const { return m_body; }
    qint64 bodyBytes() const { return m_bodyBytes; }
    bool cut() const { return m_bodyBytes > m_body.size(); }
    const Bounds &bounds() const { return m_bounds; }
    // Why the answer is not complete, in a few words for people ("no answer within 10 s"); empty when it is.
    QString failure() const;

    // "10 s", or "250 ms" when not whole seconds.
    static QString durationText(int ms);
    // "4 MiB", "64 KiB", or "500 bytes".
    static QString sizeText(qint64 bytes);

signals:
    // Exactly once: the answer ended, failed, timed out or was refused as too large. Delete this with
    // deleteLater() from a slot.
    void finished();

private:
    void holdBackTheBody();
    void limitReadBuffer();
    void take();
    void keep(const QByteArray &bytes);
    void expire();
    void abortTooLarge();
    void stop();
    void onFinished();

    QPointer<QNetworkReply> m_reply;
    Bounds m_bounds;
    std::unique_ptr<DeadlineClock::Timer> m_deadline;
    QByteArray m_body;
    qint64 m_bodyBytes = 0;
    bool m_timedOut = false;
    bool m_tooLarge = false;
    bool m_finished = false;
};

} // namespace Http
