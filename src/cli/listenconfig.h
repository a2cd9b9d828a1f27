// SPDX-License-Identifier: MIT
// Options of `vipps-hooks listen`, parsed and checked.
#pragma once

#include "http/limits.h"
#include "journal/options.h"
#include "receiver/forwardroute.h"
#include "signature/secret.h"
#include "tunnel/tunnelfinder.h"

#include <QHostAddress>
#include <QSslConfiguration>
#include <QString>
#include <QStringList>
#include <QUrl>

class QCommandLineParser;

namespace Cli {

struct ListenConfig
{
    QHostAddress host = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 8780;
    Signature::SecretList secrets;
    QUrl publicUrl;
    bool publicUrlAuto = false;                  // --public-url auto: found before listening (resolvePublicUrl)
    Tunnel::TunnelFinder::Sources tunnelSources; // where to look for it
    QString publicUrlFrom;                       // which tunnel gave it, for the banner
    QString publicUrlNote;                       // what to know about it (TunnelChoice::note)
    QString journalPath;                         // empty with noJournal
    bool noJournal = false;
    Journal::Options journalOptions; // --journal-max-size, --journal-keep, --sync
    int maxClockSkew = 300;
    bool acceptAll = false;
    Receiver::ForwardRoutes forwardTo; // --forward-to, in the order given
    QString profile;                   // its stored webhook secrets are added before listening
    QStringList secretNotices;         // what reading the stored secrets has to say, shown once listening
    bool json = false;
    Http::Limits limits;
    QSslConfiguration tls; // --tls-cert and --tls-key read (Http::TlsFiles); null: plain HTTP

    // Whether --secret, --webhook-id, VIPPS_WEBHOOK_SECRET or --profile gave any secret to verify with.
    bool hasSecretSource() const { return !secrets.isEmpty() || !profile.isEmpty(); }

    static void addOptions(QCommandLineParser &parser);
    // Fills the config from a processed parser; on error returns false with a message.
    bool load(const QCommandLineParser &parser, QString *error);
    static QString defaultJournalPath();

private:
    bool loadAddress(const QCommandLineParser &parser, QString *error);
    bool loadSecrets(const QCommandLineParser &parser, QString *error);
    bool loadUrls(const QCommandLineParser &parser, QString *error);
    bool loadLimits(const QCommandLineParser &parser, QString *error);
    bool loadTls(const QCommandLineParser &parser, QString *error);
};

} // namespace Cli
