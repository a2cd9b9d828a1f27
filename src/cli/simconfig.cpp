// SPDX-License-Identifier: MIT
#include "cli/simconfig.h"
#include "cli/wholenumber.h"

#include "credentials/profile.h"

#include <QCommandLineParser>

#include <cmath>

namespace Cli {

namespace {

// The flag's value trimmed into *value when it is set; false when it is set but empty.
bool loadText(const QCommandLineParser &parser, const QString &flag, QString *value)
{
    if (!parser.isSet(flag))
        return true;
    *value = parser.value(flag).trimmed();
    return !value->isEmpty();
}

} // namespace

void SimConfig::addOptions(QCommandLineParser &parser)
{
    const Sim::SimCredentials demo;
    parser.addOptions({
        {QStringLiteral("host"), tr("Address to bind (default 127.0.0.1)."), QStringLiteral("H")},
        {QStringLiteral("port"),
         tr("Port to listen on (default %1; 0 picks a free one).").arg(Sim::SimulatorOptions::DefaultPort),
         QStringLiteral("P")},
        {QStringLiteral("client-id"), tr("The client_id to accept (default %1).").arg(demo.clientId),
         QStringLiteral("ID")},
        {QStringLiteral("client-secret"), tr("The client_secret to accept (default the demo value, printed at start)."),
         QStringLiteral("S")},
        {QStringLiteral("subscription-key"),
         tr("The Ocp-Apim-Subscription-Key to accept (default the demo value, printed at start)."),
         QStringLiteral("K")},
        {QStringLiteral("msn"),
         tr("The merchant serial number of the sales unit (default %1).").arg(demo.merchantSerialNumber),
         QStringLiteral("MSN")},
        {QStringLiteral("expire-after"), tr("Seconds until a payment nobody approves expires (default 600)."),
         QStringLiteral("SECONDS")},
        {QStringLiteral("retry-schedule"),
         tr("Seconds before each retry of a failed delivery, e.g. 0.5,1,2 (default 1,2,5,10,30)."),
         QStringLiteral("S,S,...")},
        {QStringLiteral("strict-urls"), tr("Accept only https webhook URLs, as Vipps does.")},
    });
}

bool SimConfig::load(const QCommandLineParser &parser, QString *error)
{
    options.strictUrls = parser.isSet(QStringLiteral("strict-urls"));
    return loadAddress(parser, error) && loadCredentials(parser, error) && loadTimes(parser, error) &&
           loadRetrySchedule(parser, error);
}

bool SimConfig::parseSeconds(const QString &text, double min, int *milliseconds)
{
    bool ok = false;
    const double seconds = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(seconds) || seconds < min || seconds > MaxSeconds)
        return false;
    *milliseconds = int(std::lround(seconds * 1000));
    return true;
}

bool SimConfig::loadAddress(const QCommandLineParser &parser, QString *error)
{
    if (parser.isSet(QStringLiteral("host"))) {
        const QString text = parser.value(QStringLiteral("host")).trimmed();
        options.host = text == QLatin1String("localhost") ? QHostAddress(QHostAddress::LocalHost) : QHostAddress(text);
        if (options.host.isNull()) {
            *error = tr("--host must be an IP address such as 127.0.0.1, ::1 or 0.0.0.0.");
            return false;
        }
    }
    if (!parser.isSet(QStringLiteral("port")))
        return true;
    const std::optional<qint64> port = WholeNumber::parse(parser.value(QStringLiteral("port")), 0, 65535);
    if (!port) {
        *error = tr("--port must be a whole number from 0 to 65535 (0 picks a free port).");
        return false;
    }
    options.port = quint16(*port);
    return true;
}

bool SimConfig::loadCredentials(const QCommandLineParser &parser, QString *error)
{
    Sim::SimCredentials &keys = options.credentials;
    ownClientSecret = parser.isSet(QStringLiteral("client-secret"));
    ownSubscriptionKey = parser.isSet(QStringLiteral("subscription-key"));
    if (!loadText(parser, QStringLiteral("client-id"), &keys.clientId)) {
        *error = tr("--client-id must not be empty.");
        return false;
    }
    if (!loadText(parser, QStringLiteral("client-secret"), &keys.clientSecret)) {
        *error = tr("--client-secret must not be empty.");
        return false;
    }
    if (!loadText(parser, QStringLiteral("subscription-key"), &keys.subscriptionKey)) {
        *error = tr("--subscription-key must not be empty.");
        return false;
    }
    if (parser.isSet(QStringLiteral("msn")))
        keys.merchantSerialNumber = parser.value(QStringLiteral("msn")).trimmed();
    if (!Credentials::isMerchantSerialNumber(keys.merchantSerialNumber)) {
        *error = tr("--msn must be the 4 to 10 digits of a sales unit, e.g. 123456.");
        return false;
    }
    return true;
}

bool SimConfig::loadTimes(const QCommandLineParser &parser, QString *error)
{
    if (!parser.isSet(QStringLiteral("expire-after")))
        return true;
    int milliseconds = 0;
    if (!parseSeconds(parser.value(QStringLiteral("expire-after")), 0.001, &milliseconds) || milliseconds < 1) {
        *error = tr("--expire-after must be a positive number of seconds up to %1, e.g. 600 or 2.5.")
                     .arg(qint64(MaxSeconds));
        return false;
    }
    options.expireAfter = std::chrono::milliseconds(milliseconds);
    return true;
}

bool SimConfig::loadRetrySchedule(const QCommandLineParser &parser, QString *error)
{
    if (!parser.isSet(QStringLiteral("retry-schedule")))
        return true;
    const QStringList entries = parser.value(QStringLiteral("retry-schedule")).split(QLatin1Char(','));
    QList<int> delays;
    for (const QString &entry : entries) {
        int milliseconds = 0;
        if (!parseSeconds(entry, 0, &milliseconds)) {
            *error = tr("--retry-schedule must be seconds separated by commas, e.g. 0.5,1,2; '%1' is not a "
                        "number of seconds from 0 to %2.")
                         .arg(entry.trimmed())
                         .arg(qint64(MaxSeconds));
            return false;
        }
        delays.append(milliseconds);
    }
    options.retryScheduleMs = delays;
    return true;
}

} // namespace Cli
