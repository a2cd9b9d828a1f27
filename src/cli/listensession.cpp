// SPDX-License-Identifier: MIT
#include "cli/listensession.h"

#include "cli/clicontext.h"
#include "cli/deliveryline.h"
#include "http/server.h"
#include "receiver/forwarder.h"

#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>

#include <unistd.h>

namespace Cli {

ListenSession::ListenSession(const ListenConfig &config, CliContext &context, QObject *parent)
    : QObject(parent), m_config(config), m_context(context)
{
    Signature::Verifier &verifier = m_handler.verifier();
    verifier.setSecrets(m_config.secrets);
    verifier.setPublicUrl(m_config.publicUrl);
    verifier.setMaxClockSkew(m_config.maxClockSkew);
    m_handler.setAcceptAll(m_config.acceptAll);
    connect(&m_handler, &Receiver::WebhookHandler::delivered, this, &ListenSession::onDelivered);
    m_interactive = ::isatty(STDOUT_FILENO) == 1;
    m_context.out().flush();
    // The per-request lines are bytes already; they bypass QTextStream's re-encoding.
    m_lines.open(stdout, QIODevice::WriteOnly);
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(200);
    connect(&m_flushTimer, &QTimer::timeout, this, &ListenSession::flushOutput);
    connect(&m_handler, &Receiver::WebhookHandler::journalFailed, this, [this](const QString &message) {
        m_context.err() << "journal: " << message << " (answered 503 so the sender retries)\n";
        m_context.err().flush();
    });
}

ListenSession::~ListenSession() = default;

int ListenSession::start()
{
    if (const int code = openJournal(); code != ExitOk)
        return code;
    if (const int code = bind(); code != ExitOk)
        return code;
    if (m_config.forwardTo.isValid()) {
        m_network = new QNetworkAccessManager(this);
        m_forwarder = new Receiver::Forwarder(m_network, m_config.forwardTo, this);
        connect(m_forwarder, &Receiver::Forwarder::forwarded, this, &ListenSession::onForwarded);
    }
    printBanner();
    return ExitOk;
}

int ListenSession::openJournal()
{
    if (m_config.noJournal)
        return ExitOk;
    const QFileInfo info(m_config.journalPath);
    if (m_config.journalPath == ListenConfig::defaultJournalPath())
        QDir().mkpath(info.absolutePath());
    QString error;
    if (!m_journal.open(m_config.journalPath, &error)) {
        m_context.err() << "vipps-hooks listen: " << error << '\n';
        m_context.err().flush();
        return ExitUsage;
    }
    m_handler.setJournal(&m_journal);
    return ExitOk;
}

int ListenSession::bind()
{
    m_server = new Http::Server(&m_handler, m_config.limits, this);
    QString error;
    if (!m_server->start(m_config.host, m_config.port, &error)) {
        m_context.err() << "vipps-hooks listen: " << error << '\n';
        m_context.err().flush();
        return ExitNetwork;
    }
    return ExitOk;
}

void ListenSession::printBanner()
{
    QTextStream &err = m_context.err();
    const QString host = m_config.host.protocol() == QAbstractSocket::IPv6Protocol
                             ? QStringLiteral("[%1]").arg(m_config.host.toString())
                             : m_config.host.toString();
    err << "Listening on http://" << host << ':' << m_server->serverPort() << "/ (any path; GET /healthz)\n";
    err << "  secrets: " << m_config.secrets.size();
    if (m_config.secrets.isEmpty())
        err << " (deliveries will be answered 401 no-secret; pass --secret)";
    err << "\n  journal: " << (m_config.noJournal ? QStringLiteral("off") : m_journal.path()) << '\n';
    if (m_config.publicUrl.isValid())
        err << "  public URL: " << m_config.publicUrl.toString() << '\n';
    if (m_config.acceptAll)
        err << "  accept-all: every delivery is answered 200\n";
    if (m_forwarder)
        err << "  forwarding to: " << m_config.forwardTo.toString() << '\n';
    err << "Press Ctrl+C to stop.\n";
    err.flush();
}

void ListenSession::onDelivered(const Receiver::Delivery &delivery)
{
    ++m_requests;
    if (delivery.verification.result == Signature::Result::Valid && !delivery.entry.result.isEmpty())
        ++m_valid;
    m_lines.write(m_config.json ? DeliveryLine::json(delivery) : DeliveryLine::text(delivery));
    m_lines.write("\n", 1);
    if (m_interactive)
        flushOutput();
    else if (!m_flushTimer.isActive())
        m_flushTimer.start();
    const bool accepted = delivery.entry.status >= 200 && delivery.entry.status < 300;
    if (m_forwarder && accepted && !delivery.entry.result.isEmpty())
        m_forwarder->forward(delivery);
}

void ListenSession::flushOutput()
{
    m_lines.flush();
}

void ListenSession::onForwarded(qint64 seq, int status, qint64 elapsedMs, const QString &error)
{
    QTextStream &err = m_context.err();
    err << "  forwarded #" << seq << " -> ";
    if (status == 0)
        err << "failed: " << error;
    else
        err << status << " in " << elapsedMs << " ms";
    err << '\n';
    err.flush();
}

void ListenSession::stop()
{
    flushOutput();
    if (m_server)
        m_server->close();
    if (m_journal.isOpen()) {
        m_journal.sync();
        m_journal.close();
    }
    m_context.err() << "Stopped. " << m_requests << " requests, " << m_valid << " valid deliveries.\n";
    m_context.err().flush();
}

} // namespace Cli
