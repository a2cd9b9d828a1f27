// SPDX-License-Identifier: MIT
#include "tunnel/quicktunnelanswer.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace Tunnel::QuickTunnelAnswer {

std::optional<PublicTunnel> parse(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const QJsonValue hostname = document.object().value(QLatin1String("hostname"));
    if (parseError.error != QJsonParseError::NoError || !hostname.isString()) {
        *error = QCoreApplication::translate("Tunnel::QuickTunnelAnswer", "not a cloudflared quick tunnel's answer");
        return std::nullopt;
    }
    error->clear();
    if (hostname.toString().isEmpty())
        return std::nullopt;
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(hostname.toString(), QUrl::StrictMode);
    url.setPath(QStringLiteral("/"));
    if (!url.isValid() || url.host().isEmpty()) {
        *error =
            QCoreApplication::translate("Tunnel::QuickTunnelAnswer", "a quick tunnel hostname that is not a host name");
        return std::nullopt;
    }
    PublicTunnel tunnel;
    tunnel.source = PublicTunnel::Source::Cloudflared;
    tunnel.publicUrl = url;
    return tunnel;
}

} // namespace Tunnel::QuickTunnelAnswer
