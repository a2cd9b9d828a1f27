// SPDX-License-Identifier: MIT
#include "tunnel/urlrules.h"

#include <QCoreApplication>

#include <algorithm>

namespace Tunnel::UrlRules {

namespace {

using Verdict = PreflightCheck::Verdict;

bool isPrivate(const QHostAddress &address)
{
    static const QList<QPair<QHostAddress, int>> ranges = {
        QHostAddress::parseSubnet(QStringLiteral("10.0.0.0/8")),
        QHostAddress::parseSubnet(QStringLiteral("172.16.0.0/12")),
        QHostAddress::parseSubnet(QStringLiteral("192.168.0.0/16")),
        QHostAddress::parseSubnet(QStringLiteral("169.254.0.0/16")),
        QHostAddress::parseSubnet(QStringLiteral("fc00::/7")),
        QHostAddress::parseSubnet(QStringLiteral("fe80::/10")),
    };
    return std::any_of(ranges.cbegin(), ranges.cend(),
                       [&address](const QPair<QHostAddress, int> &range) { return address.isInSubnet(range); });
}

QString listed(const QList<QHostAddress> &addresses)
{
    QStringList texts;
    for (const QHostAddress &address : addresses.mid(0, 3))
        texts.append(address.toString());
    return texts.join(QLatin1String(", "));
}

} // namespace

bool isCommonPort(int port)
{
    return port == 80 || port == 443 || port == 8080;
}

PreflightCheck scheme(const QUrl &url, bool plainAllowed)
{
    if (url.scheme() == QLatin1String("https"))
        return {Verdict::Passed, QCoreApplication::translate("Tunnel::UrlRules", "HTTPS")};
    if (url.scheme() == QLatin1String("http") && plainAllowed)
        return {Verdict::Passed,
                QCoreApplication::translate("Tunnel::UrlRules", "http: the local simulator delivers to it; Vipps "
                                                                "would not")};
    return {Verdict::Failed,
            QCoreApplication::translate("Tunnel::UrlRules",
                                        "%1: Vipps calls only HTTPS URLs. Put a tunnel in front of the receiver "
                                        "('vipps-hooks tunnel' finds it) and register its https address.")
                .arg(url.scheme().isEmpty() ? QStringLiteral("no scheme") : url.scheme())};
}

PreflightCheck port(const QUrl &url, bool plainAllowed)
{
    const int number = url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
    if (isCommonPort(number) || plainAllowed)
        return {Verdict::Passed, QCoreApplication::translate("Tunnel::UrlRules", "port %1").arg(number)};
    return {Verdict::Warning, QCoreApplication::translate(
                                  "Tunnel::UrlRules", "port %1: Vipps may not call it; to be safe use 443, 80 or 8080")
                                  .arg(number)};
}

PreflightCheck addresses(const QString &host, const QList<QHostAddress> &addresses, bool plainAllowed)
{
    const QString where =
        QCoreApplication::translate("Tunnel::UrlRules", "%1 resolves to %2").arg(host, listed(addresses));
    if (plainAllowed)
        return {Verdict::Passed, where};
    const bool local = std::all_of(addresses.cbegin(), addresses.cend(), [](const QHostAddress &address) {
        return address.isLoopback() || address == QHostAddress::AnyIPv4 || address == QHostAddress::AnyIPv6;
    });
    if (local)
        return {Verdict::Failed,
                QCoreApplication::translate("Tunnel::UrlRules", "%1: this machine, which Vipps cannot reach. Use a "
                                                                "tunnel's public address ('vipps-hooks tunnel').")
                    .arg(where)};
    if (std::all_of(addresses.cbegin(), addresses.cend(), isPrivate))
        return {Verdict::Warning,
                QCoreApplication::translate("Tunnel::UrlRules", "%1: a private network address, which Vipps cannot "
                                                                "reach from the internet")
                    .arg(where)};
    return {Verdict::Passed, where};
}

} // namespace Tunnel::UrlRules
