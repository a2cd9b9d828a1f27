// SPDX-License-Identifier: MIT
#include "cli/listenconfig.h"

#include "cli/forwardoption.h"
#include "cli/journaloptions.h"
#include "cli/tunneloptions.h"
#include "cli/wholenumber.h"
#include "http/tlsfiles.h"

#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>

namespace Cli {

namespace {
bool parseNumber(const QString &text, qint64 min, qint64 max, qint64 *value)
{
    const std::optional<qint64> number = WholeNumber::parse(text, min, max);
    if (!number)
        return false;
    *value = *number;
    return true;
}

bool loadNumber(const QCommandLineParser &parser, const QString &name, qint64 min, qint64 max, qint64 *value,
                QString *error)
{
    if (!parser.isSet(name))
        return true;
    if (parseNumber(parser.value(name), min, max, value))
        return true;
    *error = QStringLiteral("--%1 must be a whole number from %2 to %3.").arg(name).arg(min).arg(max);
    return false;
}
} // namespace

void ListenConfig::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("host"), QStringLiteral("Address to bind (default 127.0.0.1)."), QStringLiteral("H")},
        {QStringLiteral("port"), QStringLiteral("Port to listen on (default 8780; 0 picks a free one)."),
         QStringLiteral("P")},
        {QStringLiteral("secret"),
         QStringLiteral("A webhook secret to verify with (repeatable). Also read from VIPPS_WEBHOOK_SECRET."),
         QStringLiteral("S")},
        {QStringLiteral("webhook-id"), QStringLiteral("A registration's secret, picked by the Webhook-Id header."),
         QStringLiteral("ID=SECRET")},
        {QStringLiteral("profile"),
         QStringLiteral("Also verify with the webhook secrets this profile stored ('webhooks register --profile'). "
                        "With no secret given at all and no saved profile but 'simulator', that one's are used."),
         QStringLiteral("NAME")},
        {QStringLiteral("public-url"),
         QStringLiteral("The URL registered with Vipps (e.g. a tunnel); its host is used in the signed string. "
                        "'auto' takes the HTTPS URL of the ngrok or cloudflared tunnel serving --port."),
         QStringLiteral("URL")},
        {QStringLiteral("journal"), QStringLiteral("Journal file (JSON Lines). Default: %1").arg(defaultJournalPath()),
         QStringLiteral("FILE")},
        {QStringLiteral("no-journal"), QStringLiteral("Keep no journal (answers then mean 'verified', not 'stored').")},
        {QStringLiteral("max-clock-skew"),
         QStringLiteral("Allowed difference between x-ms-date and now, in seconds (default 300, 0 = no check)."),
         QStringLiteral("SECONDS")},
        {QStringLiteral("accept-all"), QStringLiteral("Answer 200 to every delivery, still recording the result.")},
        {QStringLiteral("forward-to"),
         QStringLiteral("Also pass each accepted delivery, its exact headers and body, to your handler at URL, and "
                        "journal and show its answer (repeatable). EVENT-TYPE=URL passes on only that event type, "
                        "e.g. epayments.payment.captured.v1=http://localhost:3000/vipps."),
         QStringLiteral("[EVENT-TYPE=]URL")},
        {QStringLiteral("json"), QStringLiteral("Print one JSON object per request instead of a text line.")},
        {QStringLiteral("max-body"), QStringLiteral("Largest body in bytes (default 1048576)."),
         QStringLiteral("BYTES")},
        {QStringLiteral("max-connections"), QStringLiteral("Connections at once (default 256)."), QStringLiteral("N")},
        {QStringLiteral("header-timeout"), QStringLiteral("Seconds to receive the headers (default 10)."),
         QStringLiteral("SECONDS")},
        {QStringLiteral("body-timeout"),
         QStringLiteral("Seconds to receive the whole body once the headers are in (default 30)."),
         QStringLiteral("SECONDS")},
        {QStringLiteral("idle-timeout"),
         QStringLiteral("Seconds an idle keep-alive connection stays open (default 60)."), QStringLiteral("SECONDS")},
        {QStringLiteral("tls-cert"),
         QStringLiteral("Serve HTTPS (TLS 1.2 or higher) with this certificate (PEM or DER, the chain with the "
                        "server's first); needs --tls-key."),
         QStringLiteral("FILE")},
        {QStringLiteral("tls-key"),
         QStringLiteral("The certificate's private key (PEM or DER); an encrypted one is opened with "
                        "VIPPS_TLS_KEY_PASSPHRASE."),
         QStringLiteral("FILE")},
    });
    JournalOptions::add(parser);
    TunnelOptions::add(parser);
}

QString ListenConfig::defaultJournalPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/journal.jsonl");
}

bool ListenConfig::load(const QCommandLineParser &parser, QString *error)
{
    json = parser.isSet(QStringLiteral("json"));
    acceptAll = parser.isSet(QStringLiteral("accept-all"));
    noJournal = parser.isSet(QStringLiteral("no-journal"));
    if (noJournal && parser.isSet(QStringLiteral("journal"))) {
        *error = QStringLiteral("--journal and --no-journal exclude each other.");
        return false;
    }
    journalPath = noJournal ? QString() : parser.value(QStringLiteral("journal"));
    if (!noJournal && journalPath.isEmpty())
        journalPath = defaultJournalPath();
    return loadAddress(parser, error) && loadSecrets(parser, error) && loadUrls(parser, error) &&
           loadLimits(parser, error) && JournalOptions::load(parser, noJournal, &journalOptions, error) &&
           loadTls(parser, error);
}

bool ListenConfig::loadTls(const QCommandLineParser &parser, QString *error)
{
    const QString cert = parser.value(QStringLiteral("tls-cert"));
    const QString key = parser.value(QStringLiteral("tls-key"));
    if (cert.isEmpty() && key.isEmpty())
        return true;
    if (cert.isEmpty() || key.isEmpty()) {
        *error = QStringLiteral("--tls-cert and --tls-key go together: the certificate and its private key.");
        return false;
    }
    const QByteArray passphrase = qgetenv("VIPPS_TLS_KEY_PASSPHRASE");
    const std::optional<QSslConfiguration> loaded =
        Http::TlsFiles::load(cert, key, passphrase, QDateTime::currentDateTimeUtc(), error);
    if (!loaded)
        return false;
    tls = *loaded;
    return true;
}

bool ListenConfig::loadAddress(const QCommandLineParser &parser, QString *error)
{
    if (parser.isSet(QStringLiteral("host"))) {
        const QString text = parser.value(QStringLiteral("host"));
        host = text == QLatin1String("localhost") ? QHostAddress(QHostAddress::LocalHost) : QHostAddress(text);
        if (host.isNull()) {
            *error = QStringLiteral("--host must be an IP address such as 127.0.0.1, ::1 or 0.0.0.0.");
            return false;
        }
    }
    qint64 value = port;
    if (!loadNumber(parser, QStringLiteral("port"), 0, 65535, &value, error))
        return false;
    port = quint16(value);
    return true;
}

bool ListenConfig::loadSecrets(const QCommandLineParser &parser, QString *error)
{
    QStringList plain = parser.values(QStringLiteral("secret"));
    const QByteArray fromEnvironment = qgetenv("VIPPS_WEBHOOK_SECRET");
    if (!fromEnvironment.isEmpty())
        plain.append(QString::fromUtf8(fromEnvironment));
    for (const QString &secret : plain) {
        if (secret.isEmpty()) {
            *error = QStringLiteral("--secret must not be empty.");
            return false;
        }
        secrets.append(Signature::Secret::numbered(int(secrets.size()) + 1, secret.toUtf8()));
    }
    profile = parser.value(QStringLiteral("profile")).trimmed();
    if (parser.isSet(QStringLiteral("profile")) && profile.isEmpty()) {
        *error = QStringLiteral("--profile needs a name.");
        return false;
    }
    for (const QString &pair : parser.values(QStringLiteral("webhook-id"))) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq <= 0 || eq == pair.size() - 1) {
            *error = QStringLiteral("--webhook-id takes ID=SECRET (the id from the register call, then its secret).");
            return false;
        }
        const QString id = pair.left(eq);
        secrets.append(Signature::Secret::ofWebhook(id, pair.mid(eq + 1).toUtf8()));
    }
    return true;
}

bool ListenConfig::loadUrls(const QCommandLineParser &parser, QString *error)
{
    if (!TunnelOptions::load(parser, &tunnelSources, error))
        return false;
    publicUrlAuto = parser.value(QStringLiteral("public-url")) == QLatin1String("auto");
    if (publicUrlAuto && port == 0) {
        *error = QStringLiteral("--public-url auto looks for the tunnel to --port, which 0 leaves open: give the port "
                                "the tunnel forwards to.");
        return false;
    }
    if (parser.isSet(QStringLiteral("public-url")) && !publicUrlAuto) {
        publicUrl = Receiver::ForwardRoute::httpUrl(parser.value(QStringLiteral("public-url")));
        if (publicUrl.isEmpty()) {
            *error =
                QStringLiteral("--public-url must be an http(s) URL with a host, e.g. https://abc.example.net/hook.");
            return false;
        }
    }
    if (!ForwardOption::load(parser.values(QStringLiteral("forward-to")), &forwardTo, error))
        return false;
    qint64 skew = maxClockSkew;
    if (!loadNumber(parser, QStringLiteral("max-clock-skew"), 0, 7 * 24 * 3600, &skew, error))
        return false;
    maxClockSkew = int(skew);
    return true;
}

bool ListenConfig::loadLimits(const QCommandLineParser &parser, QString *error)
{
    qint64 body = limits.maxBodyBytes;
    qint64 connections = limits.maxConnections;
    qint64 headerSeconds = limits.headerTimeoutMs / 1000;
    qint64 bodySeconds = limits.bodyTimeoutMs / 1000;
    qint64 idleSeconds = limits.idleTimeoutMs / 1000;
    if (!loadNumber(parser, QStringLiteral("max-body"), 0, qint64(1) << 30, &body, error) ||
        !loadNumber(parser, QStringLiteral("max-connections"), 1, 100000, &connections, error) ||
        !loadNumber(parser, QStringLiteral("header-timeout"), 1, 3600, &headerSeconds, error) ||
        !loadNumber(parser, QStringLiteral("body-timeout"), 1, 3600, &bodySeconds, error) ||
        !loadNumber(parser, QStringLiteral("idle-timeout"), 1, 24 * 3600, &idleSeconds, error))
        return false;
    limits.maxBodyBytes = body;
    limits.maxConnections = int(connections);
    limits.headerTimeoutMs = int(headerSeconds * 1000);
    limits.bodyTimeoutMs = int(bodySeconds * 1000);
    limits.idleTimeoutMs = int(idleSeconds * 1000);
    return true;
}

} // namespace Cli
