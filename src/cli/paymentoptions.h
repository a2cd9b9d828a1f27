// SPDX-License-Identifier: MIT
// Options the payments subcommands share: amounts in minor units and the Idempotency-Key (docs/vipps-wire.md §6).
#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QString>

class QCommandLineParser;

namespace Api {
struct ApiError;
}

namespace Cli {

class PaymentOptions
{
    Q_DECLARE_TR_FUNCTIONS(Cli::PaymentOptions)

public:
    static constexpr int MaxIdempotencyKeyLength = 50; // EP-SPEC

    static QCommandLineOption amount(const QString &help);
    static QCommandLineOption currency(const QString &help);
    static QCommandLineOption idempotencyKey();

    // --amount as a whole number of minor units; false with a message when absent or not a number.
    static bool readAmount(const QCommandLineParser &parser, qint64 *value, QString *error);
    // --idempotency-key, or a new key; false with a message when the given one is too long.
    static bool readIdempotencyKey(const QCommandLineParser &parser, QString *key, QString *error);
    // After a state-changing call failed without a clear answer: how to repeat it without doing it twice.
    static QStringList retryHints(const Api::ApiError &error, const QString &key);
};

} // namespace Cli
