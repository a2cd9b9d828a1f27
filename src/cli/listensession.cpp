// SPDX-License-Identifier: MIT
#include "cli/listensession.h"

#include "base/visibletext.h"
#include "cli/clicontext.h"
#include "cli/deliveryline.h"
#include "cli/forwardline.h"

#include <unistd.h>

namespace Cli {

namespace {
// The most a batch holds before it is handed over without waiting for the timer.
constexpr qsizetype kBatchBytes = 16 * 1024;
// Labels kept for handlers' answers that come after other events' lines: answers come within 10 s, so this covers
// hundreds of deliveries a second.
constexpr qsizetype kLabelsKept = 4096;

Receiver::ReceiverSettings receiverSettings(const ListenConfig &config)
{
    Receiver::ReceiverSettings settings;
    settings.host = config.host;
    settings.port = config.port;
    settings.journalPath = config.noJournal ? QString() : config.journalPath;
    settings.journalOptions = config.journalOptions;
    settings.limits = config.limits;
    settings.maxClockSkew = config.maxClockSkew;
    settings.publicUrl = config.publicUrl;
    settings.acceptAll = config.acceptAll;
    settings.forwardTo = config.forwardTo;
    settings.tls = config.tls;
    return settings;
}
} // namespace

ListenSession::ListenSession(const ListenConfig &config, CliContext &context, QObject *parent)
    : QObject(parent), m_config(config), m_context(context)
{
    m_host.setSecrets(m_config.secrets);
    connect(&m_host, &Receiver::ReceiverHost::delivered, this, &ListenSession::onDelivered);
    connect(&m_host, &Receiver::ReceiverHost::forwarded, this, &ListenSession::onForwarded);
    m_interactive = ::isatty(STDOUT_FILENO) == 1;
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(200);
    connect(&m_flushTimer, &QTimer::timeout, this, &ListenSession::flushOutput);
    connect(&m_host, &Receiver::ReceiverHost::journalFailed, this, [this](const QString &message) {
        m_context.err() << "journal: " << message << " (answered 503 so the sender retries)\n";
        m_context.err().flush();
    });
    connect(&m_host, &Receiver::ReceiverHost::forwardNotJournaled, this, [this](const QString &message) {
        m_context.err() << "journal: " << message << '\n';
        m_context.err().flush();
    });
}

ListenSession::~ListenSession() = default;

int ListenSession::start()
{
    const Receiver::ReceiverHost::StartResult result = m_host.start(receiverSettings(m_config));
    if (result == Receiver::ReceiverHost::StartResult::Started) {
        // From here on the receiver never waits for whoever reads the output (docs/architecture.md §6).
        m_context.queueOutput(!m_config.noJournal);
        printBanner();
        return ExitOk;
    }
    m_context.err() << "vipps-hooks listen: " << m_host.errorString() << '\n';
    m_context.err().flush();
    // A journal that cannot be opened is a usage error; a port that cannot be bound a network
    // one (docs/architecture.md §6).
    return result == Receiver::ReceiverHost::StartResult::JournalFailed ? ExitUsage : ExitNetwork;
}

void ListenSession::printBanner()
{
    QTextStream &err = m_context.err();
    const QString host = m_config.host.protocol() == QAbstractSocket::IPv6Protocol
                             ? QStringLiteral("[%1]").arg(m_config.host.toString())
                             : m_config.host.toString();
    err << "Listening on " << (m_config.tls.isNull() ? "http" : "https") << "://" << host << ':' << m_host.port()
        << "/ (any path; GET /healthz)\n";
    err << "  secrets: " << m_config.secrets.size();
    if (m_config.secrets.isEmpty())
        err << " (deliveries will be answered 401 no-secret; pass --secret)";
    err << "\n  journal: " << (m_config.noJournal ? QStringLiteral("off") : m_host.journalPath()) << '\n';
    for (const QString &notice : m_config.secretNotices)
        err << notice << '\n';
    if (!m_host.journalWarning().isEmpty())
        err << "  warning: " << m_host.journalWarning() << '\n';
    if (m_config.publicUrl.isValid()) {
        err << "  public URL: " << Base::visibleText(m_config.publicUrl.toString());
        if (!m_config.publicUrlFrom.isEmpty())
            err << " (from " << m_config.publicUrlFrom << ')';
        err << '\n';
    }
    if (!m_config.publicUrlNote.isEmpty())
        err << "  note: " << m_config.publicUrlNote << '\n';
    if (m_config.acceptAll)
        err << "  accept-all: every delivery is answered 200\n";
    for (const Receiver::ForwardRoute &route : m_config.forwardTo) {
        err << "  forwarding to: " << route.urlText();
        if (!route.eventType.isEmpty())
            err << " (" << route.eventType << " only)";
        err << '\n';
    }
    err << "Press Ctrl+C to stop.\n";
    err.flush();
}

void ListenSession::onDelivered(const Receiver::Delivery &delivery)
{
    ++m_requests;
    if (!m_config.noJournal && !delivery.journaled)
        ++m_notStored; // answered 503, whatever its signature
    else if (delivery.verification.result == Signature::Result::Valid && !delivery.entry.result.isEmpty())
        ++m_valid;
    if (!m_config.forwardTo.isEmpty() && !m_config.json)
        rememberLabel(delivery);
    m_lastSeqShown = delivery.entry.seq;
    printLine(m_config.json ? DeliveryLine::json(delivery) : DeliveryLine::text(delivery));
}

void ListenSession::rememberLabel(const Receiver::Delivery &delivery)
{
    m_labels.insert(delivery.entry.seq, DeliveryLine::label(delivery));
    if (m_labels.size() > kLabelsKept)
        m_labels.erase(m_labels.begin());
}

void ListenSession::printLine(const QByteArray &line)
{
    m_lines += line;
    m_lines += '\n';
    if (m_interactive || m_lines.size() >= kBatchBytes)
        flushOutput();
    else if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void ListenSession::flushOutput()
{
    if (m_lines.isEmpty())
        return;
    // The lines are UTF-8 already; they skip QTextStream's decoding and encoding again.
    m_context.out().flush();
    m_context.outDevice().write(m_lines);
    m_lines.resize(0);
}

// docs/architecture.md §3 "Forwarding": under its event when nothing came between, else naming it.
void ListenSession::onForwarded(const Journal::Forward &forward, bool journaled)
{
    if (m_config.json) {
        printLine(ForwardLine::json(forward, journaled));
        return;
    }
    const bool underItsEvent = forward.forwardOf == m_lastSeqShown;
    const QByteArray label =
        underItsEvent ? QByteArray() : m_labels.value(forward.forwardOf, '#' + QByteArray::number(forward.forwardOf));
    printLine(ForwardLine::text(forward, label));
}

void ListenSession::stop()
{
    flushOutput();
    m_host.stop();
    QTextStream &err = m_context.err();
    err << "Stopped. " << m_requests << " requests, " << m_valid << " valid deliveries";
    if (m_notStored > 0)
        err << ", " << m_notStored << " not journaled (answered 503)";
    err << ".\n";
    m_context.err().flush();
}

} // namespace Cli
