// SPDX-License-Identifier: MIT
#include "cli/simbanner.h"

#include "base/shellword.h"
#include "cli/simconfig.h"
#include "sim/deliveryengine.h"
#include "sim/localsimulator.h"
#include "sim/simulatorprofile.h"

#include <QTextStream>

namespace Cli {

namespace {

void printLabelled(QTextStream &out, const QString &label, const QString &value)
{
    out << "  " << label.leftJustified(18) << value << '\n';
}

QString secondsText(int milliseconds)
{
    return QString::number(milliseconds / 1000.0, 'g', 6) + QStringLiteral(" s");
}

} // namespace

void SimBanner::print(QTextStream &out, Sim::LocalSimulator &simulator, const SimConfig &config)
{
    const QUrl base = simulator.baseUrl();
    out << tr("Vipps simulator listening on %1 (port %2)").arg(base.toString()).arg(base.port()) << '\n';
    printCredentials(out, config);
    printClientHints(out, simulator, config);
    printBehaviour(out, simulator);
    out << tr("Press Ctrl+C to stop. One line per API call, payment event and delivery follows.") << '\n';
    out.flush();
}

void SimBanner::printCredentials(QTextStream &out, const SimConfig &config)
{
    const Sim::SimCredentials &keys = config.options.credentials;
    const bool demo = !config.ownClientSecret && !config.ownSubscriptionKey;
    out << (demo ? tr("Credentials (the simulator's demo values; public, printed on purpose):") : tr("Credentials:"))
        << '\n';
    printLabelled(out, tr("client id:"), keys.clientId);
    printLabelled(out, tr("client secret:"),
                  config.ownClientSecret ? tr("(as given with --client-secret)") : keys.clientSecret);
    printLabelled(out, tr("subscription key:"),
                  config.ownSubscriptionKey ? tr("(as given with --subscription-key)") : keys.subscriptionKey);
    printLabelled(out, tr("MSN:"), keys.merchantSerialNumber);
}

void SimBanner::printClientHints(QTextStream &out, Sim::LocalSimulator &simulator, const SimConfig &config)
{
    const Sim::SimCredentials &keys = config.options.credentials;
    const QString secret = config.ownClientSecret ? QStringLiteral("\"$YOUR_CLIENT_SECRET\"") : keys.clientSecret;
    const QString key = config.ownSubscriptionKey ? QStringLiteral("\"$YOUR_SUBSCRIPTION_KEY\"") : keys.subscriptionKey;
    const QString base = simulator.baseUrl().toString();
    out << tr("Point a client at it:") << '\n'
        << "  VIPPS_BASE_URL=" << base << " VIPPS_CLIENT_ID=" << Base::shellWord(keys.clientId)
        << " VIPPS_CLIENT_SECRET=" << secret << " VIPPS_SUBSCRIPTION_KEY=" << key
        << " VIPPS_MSN=" << keys.merchantSerialNumber << " vipps-hooks token\n";
    if (config.ownClientSecret || config.ownSubscriptionKey)
        out << tr("  (put the values you gave with --client-secret and --subscription-key in place of $YOUR_...)")
            << '\n';
    const QUrl profileAddress(QStringLiteral("http://127.0.0.1:%1").arg(Sim::SimulatorOptions::DefaultPort));
    const QString profile = Sim::SimulatorProfile::name();
    if (simulator.baseUrl() != profileAddress) {
        out << tr("  The '%1' profile of vipps-hooks and vipps-workbench uses %2, not this address: pass "
                  "--base-url %3 instead.")
                   .arg(profile, profileAddress.toString(), base)
            << '\n';
        return;
    }
    out << tr("  vipps-hooks token --profile %1   (the '%1' profile of vipps-hooks and vipps-workbench uses this "
              "address)")
               .arg(profile)
        << '\n';
    if (!config.ownClientSecret && !config.ownSubscriptionKey && keys.clientId == Sim::SimCredentials().clientId)
        return;
    out << tr("  (that profile has the demo credentials: it only works when the simulator uses them too)") << '\n';
}

void SimBanner::printBehaviour(QTextStream &out, Sim::LocalSimulator &simulator)
{
    const Sim::SimulatorOptions &options = simulator.options();
    QStringList delays;
    for (const int delay : simulator.deliveries().retrySchedule())
        delays.append(secondsText(delay));
    out << tr("Webhooks: %1 URLs; failed deliveries are retried after %2, then dropped.")
               .arg(options.strictUrls ? tr("https-only") : tr("http or https"),
                    delays.isEmpty() ? tr("no delay") : delays.join(QLatin1String(", ")))
        << '\n'
        << tr("Payments nobody approves expire after %1.").arg(secondsText(int(options.expireAfter.count()))) << '\n';
}

} // namespace Cli
