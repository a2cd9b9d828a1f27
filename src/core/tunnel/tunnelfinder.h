// SPDX-License-Identifier: MIT
// Asks the tunnel agents running on this machine for their public URLs: the ngrok agent's local API and cloudflared's
// metrics servers, all at once, each bounded in size and time (docs/architecture.md §3 "Public URL from a tunnel").
#pragma once

#include "tunnel/publictunnel.h"

#include <QObject>
#include <QStringList>

namespace Http {
class DeadlineClock;
class RequestSender;
struct PeerAnswer;
} // namespace Http

namespace Tunnel {

class TunnelFinder : public QObject
{
    Q_OBJECT

public:
    // Where to ask. A URL without a path gets the agent's: /api/tunnels, /quicktunnel.
    struct Sources
    {
        QUrl ngrokApi = defaultNgrokApi();
        QList<QUrl> cloudflaredMetrics = defaultCloudflaredMetrics();
        // Said so when one of these does not answer: the user named them. cloudflared's default addresses are
        // quiet when no agent runs there; that no ngrok agent answers is always said, as the usual tunnel.
        bool cloudflaredNamed = false;
    };
    static constexpr int DeadlineMs = 3000;
    static QUrl defaultNgrokApi();                  // http://127.0.0.1:4040
    static QList<QUrl> defaultCloudflaredMetrics(); // http://127.0.0.1:20241 to 20245, where cloudflared tries

    explicit TunnelFinder(QObject *parent = nullptr);
    ~TunnelFinder() override;

    // The clock of the deadline; nullptr: the system's. Not owned; for tests.
    void setDeadlineClock(Http::DeadlineClock *clock) { m_clock = clock; }
    // Asks every source; finished() follows from the event loop. A search under way is dropped first.
    void find(const Sources &sources);
    bool busy() const { return m_waiting > 0; }

signals:
    // Every tunnel found, ngrok's first; notes: what an agent that was asked said wrong or why it could not be asked
    // (translated, wire text escaped).
    void finished(const Tunnel::PublicTunnels &found, const QStringList &notes);

private:
    enum class Kind { Ngrok, Cloudflared };
    void ask(Kind kind, const QUrl &url, bool quiet);
    void note(int source, const QString &text);
    void onAnswer(int source, Kind kind, const QUrl &url, bool quiet, const Http::PeerAnswer &answer);
    void read(int source, Kind kind, const QUrl &url, const QByteArray &body);
    void finishOne();

    QList<Http::RequestSender *> m_senders;
    Http::DeadlineClock *m_clock = nullptr;
    PublicTunnels m_ngrok;
    PublicTunnels m_cloudflared;
    QStringList m_notes; // by source, in the order asked: what each said wrong, empty when nothing
    int m_waiting = 0;
};

} // namespace Tunnel
