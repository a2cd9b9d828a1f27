// SPDX-License-Identifier: MIT
// Options of `vipps-hooks send`, parsed and checked: which ePayment event, where to, and how to sign it.
#pragma once

#include "api/epaymentrequest.h"
#include "cli/timeoutoption.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

class QCommandLineParser;

namespace Cli {

class CommandParser;

struct SendConfig
{
    Q_DECLARE_TR_FUNCTIONS(Cli::SendConfig)

public:
    // What to break after signing, to see the handler refuse it.
    enum class Tamper { None, Body, Signature, Date };

    static constexpr TimeoutOption Timeout{10, 600}; // docs/vipps-wire.md §5: Vipps waits 10 s for an answer

    QString eventType; // "epayments.payment.captured.v1"
    QString eventName; // "CAPTURED", the payload's name
    QUrl to;
    QByteArray secret; // never printed
    QString reference;
    Api::Amount amount{1000, QStringLiteral("NOK")};
    QString msn = QStringLiteral("123456");
    QString webhookId;
    Tamper tamper = Tamper::None;
    int timeoutSeconds = Timeout.defaultSeconds;
    bool json = false;

    // EVENT and the options.
    static void addOptions(CommandParser &parser);
    // event is the positional EVENT argument. Fills the config; on error returns false with a message.
    bool load(const QCommandLineParser &parser, const QString &event, QString *error);
    static QString tamperName(Tamper tamper); // "none", "body", "signature", "date"
    // --to: an http(s) URL with a host and no user name; false with a message when it is missing or not one.
    static bool readHandlerUrl(const QCommandLineParser &parser, QUrl *to, QString *error);
    // --secret, else VIPPS_WEBHOOK_SECRET; empty when neither is given.
    static QByteArray readSecret(const QCommandLineParser &parser);

private:
    bool loadEvent(const QString &event, QString *error);
    bool loadTarget(const QCommandLineParser &parser, QString *error);
    bool loadPayload(const QCommandLineParser &parser, QString *error);
    bool loadAmount(const QCommandLineParser &parser, QString *error);
    bool loadDelivery(const QCommandLineParser &parser, QString *error);
};

} // namespace Cli
