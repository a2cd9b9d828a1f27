// SPDX-License-Identifier: MIT
#include "tunnel/ngrokanswer.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Tunnel::NgrokAnswer {

namespace {

bool isThisMachine(const QString &host)
{
    if (host.isEmpty() || host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return address.isLoopback() || address == QHostAddress::AnyIPv4 || address == QHostAddress::AnyIPv6;
}

std::optional<PublicTunnel> tunnelOf(const QJsonObject &object)
{
    const QUrl publicUrl(object.value(QLatin1String("public_url")).toString(), QUrl::StrictMode);
    if (!publicUrl.isValid() || publicUrl.host().isEmpty())
        return std::nullopt;
    PublicTunnel tunnel;
    tunnel.source = PublicTunnel::Source::Ngrok;
    tunnel.publicUrl = publicUrl;
    tunnel.name = object.value(QLatin1String("name")).toString();
    tunnel.localAddress = object.value(QLatin1String("config")).toObject().value(QLatin1String("addr")).toString();
    const LocalAddress local = localAddress(tunnel.localAddress);
    tunnel.localPort = local.port;
    tunnel.localHost = local.localHost;
    return tunnel;
}

} // namespace

LocalAddress localAddress(const QString &addr)
{
    bool digits = false;
    const int bare = addr.toInt(&digits);
    if (digits)
        return {bare > 0 && bare < 65536 ? bare : -1, true};
    const QUrl url(addr.contains(QLatin1String("://")) ? addr : QStringLiteral("http://") + addr, QUrl::StrictMode);
    if (!url.isValid())
        return {};
    const int fallback = url.scheme() == QLatin1String("https") ? 443 : url.scheme() == QLatin1String("http") ? 80 : -1;
    return {url.port(fallback), isThisMachine(url.host())};
}

PublicTunnels parse(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const QJsonValue list = document.object().value(QLatin1String("tunnels"));
    if (parseError.error != QJsonParseError::NoError || !list.isArray()) {
        *error = QCoreApplication::translate("Tunnel::NgrokAnswer", "not an ngrok agent's list of tunnels");
        return {};
    }
    PublicTunnels tunnels;
    for (const QJsonValue &value : list.toArray()) {
        if (tunnels.size() == MaxTunnels)
            break;
        if (const std::optional<PublicTunnel> tunnel = tunnelOf(value.toObject()))
            tunnels.append(*tunnel);
    }
    return tunnels;
}

} // namespace Tunnel::NgrokAnswer
