// SPDX-License-Identifier: MIT
#include "cli/paymentoptions.h"

#include "api/apierror.h"
#include "api/epaymentapi.h"
#include "cli/wholenumber.h"

#include <QCommandLineParser>

#include <limits>

namespace Cli {

QCommandLineOption PaymentOptions::amount(const QString &help)
{
    return {QStringLiteral("amount"), help, QStringLiteral("MINOR_UNITS")};
}

QCommandLineOption PaymentOptions::currency(const QString &help)
{
    return {QStringLiteral("currency"), help, QStringLiteral("NOK|DKK|EUR")};
}

QCommandLineOption PaymentOptions::idempotencyKey()
{
    return {QStringLiteral("idempotency-key"),
            tr("Idempotency-Key to send (at most %1 characters). Default: a new one, printed if the call fails, "
               "so a retry with it cannot act twice.")
                .arg(MaxIdempotencyKeyLength),
            QStringLiteral("KEY")};
}

bool PaymentOptions::readAmount(const QCommandLineParser &parser, qint64 *value, QString *error)
{
    const QString text = parser.value(QStringLiteral("amount"));
    // The API checks the range and says so; here it only has to be a number.
    const std::optional<qint64> number =
        WholeNumber::parse(text, -std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::max());
    if (number) {
        *value = *number;
        return true;
    }
    *error = text.isEmpty() ? tr("--amount is required: the amount in minor units (øre/cents), so 1000 is 10.00.")
                            : tr("--amount must be a whole number of minor units (øre/cents), so 1000 is 10.00; "
                                 "'%1' is not.")
                                  .arg(text);
    return false;
}

bool PaymentOptions::readIdempotencyKey(const QCommandLineParser &parser, QString *key, QString *error)
{
    *key = parser.value(QStringLiteral("idempotency-key")).trimmed();
    if (key->size() > MaxIdempotencyKeyLength) {
        *error = tr("--idempotency-key can be at most %1 characters long.").arg(MaxIdempotencyKeyLength);
        return false;
    }
    if (key->isEmpty())
        *key = Api::EPaymentApi::newIdempotencyKey();
    return true;
}

QStringList PaymentOptions::retryHints(const Api::ApiError &error, const QString &key)
{
    using Kind = Api::ApiError::Kind;
    const bool unclear =
        error.kind == Kind::Network || error.kind == Kind::Timeout || (error.kind == Kind::Http && error.status >= 500);
    if (!unclear)
        return {};
    return {tr("The request may have reached Vipps. To try again without doing it twice, repeat the command with "
               "--idempotency-key %1")
                .arg(key)};
}

} // namespace Cli
