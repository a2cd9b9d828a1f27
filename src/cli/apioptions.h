// SPDX-License-Identifier: MIT
// The options every API command shares (docs/architecture.md §6): where to call and with
// which keys, from flags, the environment or a stored profile, and how to answer (--json, --curl).
#pragma once

#include "cli/timeoutoption.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

class QCommandLineParser;

namespace Api {
struct ClientConfig;
}

namespace Cli {

class ApiOptions
{
    Q_DECLARE_TR_FUNCTIONS(Cli::ApiOptions)

public:
    // Whether a command needs the merchant serial number (docs/vipps-wire.md §1): the token call does not,
    // the Webhooks API not with partner keys, ePayment always.
    enum class MsnRule { Optional, RequiredUnlessPartner, Required };
    static constexpr TimeoutOption Timeout{30, 3600};

    static void addOptions(QCommandLineParser &parser);
    // The text under the description of every API command's --help.
    static QString helpEpilog();

    // Reads flags and environment; false with a message naming the flag on bad input.
    // With --profile only the secrets come from the environment; the profile gives the rest.
    bool load(const QCommandLineParser &parser, QString *error);
    // What the finished configuration still lacks, one line per piece naming its flag and variable.
    QStringList missing(const Api::ClientConfig &config, MsnRule rule) const;
    // Flags and environment applied to a configuration (a profile's, or an empty one).
    void applyTo(Api::ClientConfig *config) const;
    // --curl without --show-secrets needs no real secret: the placeholders stand in for them.
    bool needsSecrets() const { return !curl || showSecrets; }
    // Whether --profile, --base-url or VIPPS_BASE_URL says where to call.
    bool namesTarget() const { return !profile.isEmpty() || !baseUrl.isEmpty(); }
    // Runs as if --profile name had been given: the client id and MSN read from the environment give way to
    // the profile's, as they would with --profile (flags still win). Marks the profile as chosen by default.
    void useDefaultProfile(const QString &name);

    QString profile;
    QUrl baseUrl;
    QString clientId;
    QString clientSecret;
    QString subscriptionKey;
    QString merchantSerialNumber;
    bool partner = false;
    bool json = false;
    bool curl = false;
    bool showSecrets = false;
    int timeoutSeconds = Timeout.defaultSeconds;
    bool profileByDefault = false; // no --profile given: the only choice (the simulator) was taken
    QStringList savedProfiles;     // named in the "no base URL" line, so the user can pick one

private:
    bool loadFlagsAndEnvironment(const QCommandLineParser &parser, QString *error);
    bool loadBaseUrl(const QString &text, QString *error);
    bool checkMsn(QString *error) const;
    QString missingBaseUrl() const;

    bool m_clientIdFromEnvironment = false;
    bool m_msnFromEnvironment = false;
};

} // namespace Cli
