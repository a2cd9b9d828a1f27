// SPDX-License-Identifier: MIT
#include "receiver/eventsummary.h"

#include "base/amounttext.h"
#include "receiver/jsonpeek.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <array>

namespace Receiver {

namespace {
const QLatin1String kNameKeys[] = {QLatin1String("name"), QLatin1String("eventType"), QLatin1String("type")};
const QLatin1String kReferenceKeys[] = {QLatin1String("reference"), QLatin1String("agreementId"),
                                        QLatin1String("chargeId"), QLatin1String("merchantQrId"),
                                        QLatin1String("auth_req_id")};

template<std::size_t N, typename Lookup> QString firstOf(const QLatin1String (&keys)[N], Lookup lookup)
{
    for (QLatin1String key : keys) {
        const QString value = lookup(key);
        if (!value.isNull())
            return value;
    }
    return {};
}

// The fast path: no document is built. False when the body needs the full parser.
bool summarizeFast(const QByteArray &body, EventSummary *summary)
{
    std::array<JsonPeek::Field, 10> wanted = {{{"name"},
                                               {"eventType"},
                                               {"type"},
                                               {"reference"},
                                               {"agreementId"},
                                               {"chargeId"},
                                               {"merchantQrId"},
                                               {"auth_req_id"},
                                               {"amount.currency"},
                                               {"amount.value"}}};
    if (!JsonPeek::scan(body, wanted))
        return false;
    const auto lookup = [&wanted](QLatin1String key) {
        for (const JsonPeek::Field &field : wanted) {
            if (field.found && field.quoted && field.path == QByteArrayView(key.data(), key.size()))
                return QString::fromUtf8(field.value);
        }
        return QString();
    };
    const JsonPeek::Field &value = wanted.back();
    const bool number =
        value.found && !value.quoted && value.value != "true" && value.value != "false" && value.value != "null";
    bool integer = false;
    const qint64 minor = number ? value.value.toLongLong(&integer) : -1;
    if (number && !integer)
        return false; // a fraction or an exponent: leave the conversion to QJsonValue
    summary->name = firstOf(kNameKeys, lookup);
    summary->reference = firstOf(kReferenceKeys, lookup);
    if (number) {
        summary->amountValue = minor;
        summary->currency = lookup(QLatin1String("amount.currency"));
    }
    return true;
}

EventSummary summarizeWithDocument(const QByteArray &body)
{
    EventSummary summary;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return summary;
    const QJsonObject object = document.object();
    const auto lookup = [&object](QLatin1String key) {
        const QJsonValue value = object.value(key);
        return value.isString() ? value.toString() : QString();
    };
    summary.name = firstOf(kNameKeys, lookup);
    summary.reference = firstOf(kReferenceKeys, lookup);
    const QJsonObject amount = object.value(QLatin1String("amount")).toObject();
    if (amount.value(QLatin1String("value")).isDouble()) {
        summary.amountValue = qint64(amount.value(QLatin1String("value")).toDouble());
        const QJsonValue currency = amount.value(QLatin1String("currency"));
        summary.currency = currency.isString() ? currency.toString() : QString();
    }
    return summary;
}
} // namespace

EventSummary EventSummary::fromBody(const QByteArray &body)
{
    EventSummary summary;
    if (summarizeFast(body, &summary))
        return summary;
    return summarizeWithDocument(body);
}

QString EventSummary::amountText(const QLocale &locale) const
{
    return amountValue < 0 ? QString() : Base::amountText(amountValue, currency, locale);
}

} // namespace Receiver
