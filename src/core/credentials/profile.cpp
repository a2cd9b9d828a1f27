// SPDX-License-Identifier: MIT
#include "credentials/profile.h"

#include <QCoreApplication>

namespace Credentials {

namespace {

using Base::FieldError;
using Base::FieldErrors;

void checkName(const QString &name, Base::FieldErrors *errors)
{
    const QString field = QStringLiteral("name");
    if (name.trimmed().isEmpty()) {
        errors->append(
            {field, QCoreApplication::translate("Credentials::Profile",
                                                "The profile needs a name. Enter one, for example \"test\".")});
    } else if (name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\'))) {
        errors->append({field, QCoreApplication::translate(
                                   "Credentials::Profile",
                                   "A profile name cannot contain \"/\" or \"\\\". Remove them from the name.")});
    }
}

// Simulator and Custom profiles carry their own base URL; Test and Production use the fixed hosts.
void checkBaseUrl(const Profile &profile, Base::FieldErrors *errors)
{
    if (!fixedBaseUrl(profile.environment).isEmpty())
        return;
    const QUrl &url = profile.baseUrl;
    const QString scheme = url.scheme();
    const QString field = QStringLiteral("baseUrl");
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        errors->append({field, QCoreApplication::translate("Credentials::Profile",
                                                           "The base URL must be a full http:// or https:// address "
                                                           "with a host, for example http://127.0.0.1:8080. "
                                                           "Check the address.")});
    } else if (!url.userInfo().isEmpty()) {
        // A password in the URL would end up in the settings file.
        errors->append({field, QCoreApplication::translate("Credentials::Profile",
                                                           "The base URL must not contain a user name or password. "
                                                           "Remove the part before \"@\".")});
    }
}

void checkClientId(const QString &clientId, Base::FieldErrors *errors)
{
    if (clientId.trimmed().isEmpty()) {
        errors->append({QStringLiteral("clientId"),
                        QCoreApplication::translate("Credentials::Profile",
                                                    "The client ID is missing. Copy client_id from the API keys "
                                                    "of the sales unit in the business portal.")});
    }
}

// docs/vipps-wire.md §1: the MSN is a string of 4 to 10 digits; partner keys may leave it out here.
void checkMsn(const Profile &profile, Base::FieldErrors *errors)
{
    const QString &msn = profile.merchantSerialNumber;
    const QString field = QStringLiteral("merchantSerialNumber");
    if (msn.isEmpty()) {
        if (!profile.partnerMode) {
            errors->append({field, QCoreApplication::translate("Credentials::Profile",
                                                               "The merchant serial number (MSN) is missing. Enter "
                                                               "the 4 to 10 digits of the sales unit, or turn on "
                                                               "partner mode.")});
        }
        return;
    }
    if (!isMerchantSerialNumber(msn)) {
        errors->append({field, QCoreApplication::translate("Credentials::Profile",
                                                           "The merchant serial number (MSN) must be 4 to 10 digits "
                                                           "and nothing else, for example 123456. Check it in the "
                                                           "business portal.")});
    }
}

// The value becomes an HTTP header: printable ASCII and spaces only (RFC 9110 §5.5), no line breaks.
bool isHeaderSafe(const QString &value)
{
    for (const QChar c : value) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

void checkSystemValue(const QString &value, const QString &field, const char *header, Base::FieldErrors *errors)
{
    if (!isHeaderSafe(value)) {
        errors->append({field, QCoreApplication::translate("Credentials::Profile",
                                                           "%1 can hold only printable ASCII characters and spaces, "
                                                           "for example \"acme-shop\" or \"2.1.0\".")
                                   .arg(QLatin1String(header))});
        return;
    }
    if (value.size() <= SystemInfo::MaxLength)
        return;
    errors->append({field, QCoreApplication::translate("Credentials::Profile",
                                                       "%1 can be at most %2 characters long; this one has %3. "
                                                       "Shorten it.")
                               .arg(QLatin1String(header))
                               .arg(SystemInfo::MaxLength)
                               .arg(value.size())});
}

// docs/vipps-wire.md §1: the four Vipps-System-* headers, at most 30 characters each.
void checkSystem(const SystemInfo &system, Base::FieldErrors *errors)
{
    checkSystemValue(system.name, QStringLiteral("system.name"), "Vipps-System-Name", errors);
    checkSystemValue(system.version, QStringLiteral("system.version"), "Vipps-System-Version", errors);
    checkSystemValue(system.pluginName, QStringLiteral("system.pluginName"), "Vipps-System-Plugin-Name", errors);
    checkSystemValue(system.pluginVersion, QStringLiteral("system.pluginVersion"), "Vipps-System-Plugin-Version",
                     errors);
}

} // namespace

bool isMerchantSerialNumber(QStringView text)
{
    if (text.size() < 4 || text.size() > 10)
        return false;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

SystemInfo SystemInfo::defaults()
{
    const QString name = QStringLiteral("vipps-workbench");
    const QString version = QStringLiteral(VWB_VERSION);
    return SystemInfo{name, version, name, version};
}

QUrl Profile::effectiveBaseUrl() const
{
    const QUrl fixed = fixedBaseUrl(environment);
    return fixed.isEmpty() ? baseUrl : fixed;
}

Base::FieldErrors Profile::validate() const
{
    Base::FieldErrors errors;
    checkName(name, &errors);
    checkBaseUrl(*this, &errors);
    checkClientId(clientId, &errors);
    checkMsn(*this, &errors);
    checkSystem(system, &errors);
    return errors;
}

} // namespace Credentials
