// SPDX-License-Identifier: MIT
// The options every API command shares (DESIGN.md, "vipps-hooks command line"): where to call and with
// which keys, from flags, the environment or a stored profile, and how to answer (--json, --curl).
#pragma once

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
    // Whether a command needs the merchant serial number (vipps-api.md §1): the token call does not,
    // the Webhooks API not with partner keys, ePayment always.
    enum class MsnRule { Optional, RequiredUnlessPartner, Required };

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
    int timeoutSeconds = 30;

private:
    bool loadFlagsAndEnvironment(const QCommandLineParser &parser, QString *error);
    bool loadBaseUrl(const QString &text, QString *error);
    bool loadTimeout(const QCommandLineParser &parser, QString *error);
    bool checkMsn(QString *error) const;
};

} // namespace Cli
