// SPDX-License-Identifier: MIT
// Checks a webhook URL before it is registered (docs/architecture.md §3 "Pre-flight of a webhook URL"): Vipps' rules
// for it, that its name resolves, and that a signed test POST reaches it without a redirect. Everything is bounded in
// time; the answer read as every answer from others is.
#pragma once

#include "http/deadlineclock.h"
#include "tunnel/preflightreport.h"

#include <QHostInfo>
#include <QObject>
#include <QUrl>

#include <memory>

namespace Http {
class RequestSender;
struct PeerAnswer;
} // namespace Http

namespace Tunnel {

class UrlPreflight : public QObject
{
    Q_OBJECT

public:
    static constexpr int LookupDeadlineMs = 5000;

    explicit UrlPreflight(QObject *parent = nullptr);
    ~UrlPreflight() override;

    // The clock of the deadlines; nullptr: the system's. Not owned; for tests.
    void setDeadlineClock(Http::DeadlineClock *clock) { m_clock = clock; }
    // Checks url; finished() follows from the event loop. plainAllowed: the local simulator registers it (http, any
    // port, this machine are fine). A check under way is dropped first.
    void check(const QUrl &url, bool plainAllowed);
    bool busy() const { return m_busy; }

    // What the test POST carries: a body no handler takes for a real event, signed with a secret made for it alone.
    static QByteArray testBody();

signals:
    void finished(const Tunnel::PreflightReport &report);

private:
    void lookUp();
    void onLookedUp(const QHostInfo &info);
    void sendTest();
    void onAnswer(const Http::PeerAnswer &answer);
    void skipRest(const QString &why);
    void finish();

    Http::DeadlineClock *m_clock = nullptr;
    std::unique_ptr<Http::RequestSender> m_sender;
    std::unique_ptr<QObject> m_lookup; // the receiver of the lookup's answer; gone when given up
    std::unique_ptr<Http::DeadlineClock::Timer> m_lookupTimer;
    PreflightReport m_report;
    QUrl m_url;
    bool m_plainAllowed = false;
    bool m_busy = false;
};

} // namespace Tunnel
