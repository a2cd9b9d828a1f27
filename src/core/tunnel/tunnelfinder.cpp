// SPDX-License-Identifier: MIT
#include "tunnel/tunnelfinder.h"

#include "base/visibletext.h"
#include "http/requestsender.h"
#include "tunnel/ngrokanswer.h"
#include "tunnel/quicktunnelanswer.h"

#include <QCoreApplication>

namespace Tunnel {

namespace {

constexpr quint16 kFirstMetricsPort = 20241;
constexpr quint16 kLastMetricsPort = 20245;

QUrl withPath(QUrl url, const QString &path)
{
    if (url.path().isEmpty() || url.path() == QLatin1String("/"))
        url.setPath(path);
    return url;
}

QString agentName(bool ngrok)
{
    return ngrok ? PublicTunnel::sourceName(PublicTunnel::Source::Ngrok)
                 : PublicTunnel::sourceName(PublicTunnel::Source::Cloudflared);
}

} // namespace

QUrl TunnelFinder::defaultNgrokApi()
{
    return QUrl(QStringLiteral("http://127.0.0.1:4040"));
}

QList<QUrl> TunnelFinder::defaultCloudflaredMetrics()
{
    QList<QUrl> urls;
    for (quint16 port = kFirstMetricsPort; port <= kLastMetricsPort; ++port)
        urls.append(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    return urls;
}

TunnelFinder::TunnelFinder(QObject *parent) : QObject(parent) {}

TunnelFinder::~TunnelFinder() = default;

void TunnelFinder::find(const Sources &sources)
{
    qDeleteAll(std::exchange(m_senders, {}));
    m_ngrok.clear();
    m_cloudflared.clear();
    m_notes.clear();
    m_waiting = 0;
    if (sources.ngrokApi.isValid())
        ask(Kind::Ngrok, withPath(sources.ngrokApi, QStringLiteral("/api/tunnels")), false);
    for (const QUrl &url : sources.cloudflaredMetrics)
        ask(Kind::Cloudflared, withPath(url, QStringLiteral("/quicktunnel")), !sources.cloudflaredNamed);
    if (m_waiting == 0)
        QMetaObject::invokeMethod(
            this, [this] { emit finished({}, {}); }, Qt::QueuedConnection);
}

void TunnelFinder::ask(Kind kind, const QUrl &url, bool quiet)
{
    auto *sender = new Http::RequestSender(this);
    sender->setDeadlineClock(m_clock);
    Http::BoundedReply::Bounds bounds;
    bounds.refuseLonger = true; // an agent's answer is small; a longer one is not an agent's
    bounds.deadlineMs = DeadlineMs;
    sender->setBounds(bounds);
    const int source = int(m_senders.size());
    connect(sender, &Http::RequestSender::finished, this,
            [this, source, kind, url, quiet](const Http::PeerAnswer &answer) {
                onAnswer(source, kind, url, quiet, answer);
            });
    Http::OutgoingRequest request;
    request.method = QByteArrayLiteral("GET");
    request.url = url;
    request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    m_senders.append(sender);
    m_notes.append(QString());
    ++m_waiting;
    sender->send(request);
}

void TunnelFinder::onAnswer(int source, Kind kind, const QUrl &url, bool quiet, const Http::PeerAnswer &answer)
{
    const QString agent = agentName(kind == Kind::Ngrok);
    if (answer.status == 200) {
        read(source, kind, url, answer.body);
    } else if (answer.status != 0) {
        note(source, QCoreApplication::translate("Tunnel::TunnelFinder", "%1 at %2 answered %3.")
                         .arg(agent, url.toString())
                         .arg(answer.status));
    } else if (!quiet) {
        note(source, QCoreApplication::translate("Tunnel::TunnelFinder", "No %1 agent answered at %2 (%3).")
                         .arg(agent, url.toString(), Base::visibleText(answer.error)));
    }
    finishOne();
}

void TunnelFinder::read(int source, Kind kind, const QUrl &url, const QByteArray &body)
{
    QString error;
    if (kind == Kind::Ngrok) {
        m_ngrok = NgrokAnswer::parse(body, &error);
    } else if (const std::optional<PublicTunnel> tunnel = QuickTunnelAnswer::parse(body, &error)) {
        if (!m_cloudflared.contains(*tunnel))
            m_cloudflared.append(*tunnel);
    }
    if (!error.isEmpty())
        note(source, QCoreApplication::translate("Tunnel::TunnelFinder", "%1: %2.").arg(url.toString(), error));
}

void TunnelFinder::note(int source, const QString &text)
{
    m_notes[source] = text;
}

void TunnelFinder::finishOne()
{
    if (--m_waiting > 0)
        return;
    QStringList notes = m_notes;
    notes.removeAll(QString());
    emit finished(m_ngrok + m_cloudflared, notes);
}

} // namespace Tunnel
