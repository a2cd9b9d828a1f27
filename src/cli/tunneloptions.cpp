// SPDX-License-Identifier: MIT
#include "cli/tunneloptions.h"

#include "receiver/forwardroute.h"

#include <QCommandLineParser>
#include <QEventLoop>

namespace Cli::TunnelOptions {

namespace {
const QString kNgrokApi = QStringLiteral("ngrok-api");
const QString kCloudflaredMetrics = QStringLiteral("cloudflared-metrics");
} // namespace

void add(QCommandLineParser &parser)
{
    parser.addOptions({
        {kNgrokApi,
         QStringLiteral("The ngrok agent's local API (default %1).")
             .arg(Tunnel::TunnelFinder::defaultNgrokApi().toString()),
         QStringLiteral("URL")},
        {kCloudflaredMetrics,
         QStringLiteral("A cloudflared metrics server to ask for its quick tunnel (repeatable; default "
                        "127.0.0.1:20241 to 20245)."),
         QStringLiteral("URL")},
    });
}

bool load(const QCommandLineParser &parser, Tunnel::TunnelFinder::Sources *sources, QString *error)
{
    if (parser.isSet(kNgrokApi)) {
        sources->ngrokApi = Receiver::ForwardRoute::httpUrl(parser.value(kNgrokApi));
        if (sources->ngrokApi.isEmpty()) {
            *error = QStringLiteral("--ngrok-api must be an http URL, e.g. http://127.0.0.1:4040.");
            return false;
        }
    }
    if (!parser.isSet(kCloudflaredMetrics))
        return true;
    sources->cloudflaredMetrics.clear();
    sources->cloudflaredNamed = true;
    for (const QString &text : parser.values(kCloudflaredMetrics)) {
        const QUrl url = Receiver::ForwardRoute::httpUrl(text);
        if (url.isEmpty()) {
            *error = QStringLiteral("--cloudflared-metrics must be an http URL, e.g. http://127.0.0.1:20241.");
            return false;
        }
        sources->cloudflaredMetrics.append(url);
    }
    return true;
}

Found lookup(const Tunnel::TunnelFinder::Sources &sources)
{
    Tunnel::TunnelFinder finder;
    QEventLoop loop;
    Found found;
    QObject::connect(&finder, &Tunnel::TunnelFinder::finished, &loop,
                     [&](const Tunnel::PublicTunnels &tunnels, const QStringList &notes) {
                         found = {tunnels, notes};
                         loop.quit();
                     });
    finder.find(sources);
    loop.exec();
    return found;
}

} // namespace Cli::TunnelOptions
