// SPDX-License-Identifier: MIT
// How API answers and errors look on the terminal.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QJsonDocument;
class QTextStream;

namespace Api {
struct Amount;
struct ApiError;
struct Payment;
} // namespace Api

namespace Cli {

class ApiOutput
{
    Q_DECLARE_TR_FUNCTIONS(Cli::ApiOutput)

public:
    // "vipps-hooks COMMAND: ..." then ApiError::lines() (status and title, detail, extraDetails, traceId,
    // or "field: message" per refused input), then the hints.
    static void printError(QTextStream &stream, const QString &command, const Api::ApiError &error,
                           const QStringList &hints = {});
    static void printJson(QTextStream &stream, const QJsonDocument &document);
    // 49900 NOK -> "499.00 NOK": all three currencies have two decimals.
    // Reference, state, amount and what was authorized, captured, refunded and cancelled.
    static QString paymentText(const Api::Payment &payment);

private:
    static QString heading(const Api::ApiError &error);
};

} // namespace Cli
