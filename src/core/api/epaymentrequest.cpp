// SPDX-License-Identifier: MIT
#include "api/epaymentrequest.h"

#include "base/amounttext.h"

#include <QCoreApplication>
#include <QUrl>

namespace Api {

namespace {

// ---- compact JSON with a fixed key order (QJsonObject would sort the keys) ----

QByteArray jsonString(const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    QByteArray out("\"");
    for (const char c : text.toUtf8()) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (byte < 0x20) {
            out += "\\u00";
            out += hex[byte >> 4];
            out += hex[byte & 0xf];
        } else {
            out += c; // UTF-8 passes through unchanged
        }
    }
    out += '"';
    return out;
}

class OrderedJsonObject
{
public:
    OrderedJsonObject &add(const char *key, const QByteArray &json)
    {
        m_json += m_json.isEmpty() ? '{' : ',';
        m_json += '"';
        m_json += key;
        m_json += "\":";
        m_json += json;
        return *this;
    }
    OrderedJsonObject &addString(const char *key, const QString &value) { return add(key, jsonString(value)); }
    QByteArray json() const { return m_json.isEmpty() ? QByteArray("{}") : m_json + '}'; }

private:
    QByteArray m_json;
};

// docs/vipps-wire.md §6 writes amounts as {"currency":"NOK","value":1000}.
QByteArray amountJson(const Amount &amount)
{
    return OrderedJsonObject()
        .addString("currency", amount.currency)
        .add("value", QByteArray::number(amount.value))
        .json();
}

// ---- rules (docs/vipps-wire.md §6) ----

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isReferenceCharacter(QChar c)
{
    return isAsciiDigit(c) || (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || c == QLatin1Char('-');
}

QString decimalText(qint64 minorUnits)
{
    const qint64 minor = minorUnits % 100;
    return QString::number(minorUnits / 100) + QLatin1Char('.') + QString::number(minor).rightJustified(2, u'0');
}

QString belowMinimumMessage(qint64 minimum, const QString &currency)
{
    if (!Amount::currencies().contains(currency))
        return QCoreApplication::translate(
                   "Api::EPayment",
                   "The amount must be at least %1; amounts are in minor units (øre/cents), so 1000 means 10.00.")
            .arg(minimum);
    return QCoreApplication::translate(
               "Api::EPayment", "The amount must be at least %1 (%2 %3); amounts are in minor units (øre/cents), "
                                "so 1000 means 10.00 %3.")
        .arg(minimum)
        .arg(decimalText(minimum), currency);
}

QString aboveMaximumMessage()
{
    return QCoreApplication::translate(
               "Api::EPayment",
               "The amount must be at most %1 (%2); amounts are in minor units (øre/cents), so 1000 means 10.00.")
        .arg(Amount::kMaxValue)
        .arg(decimalText(Amount::kMaxValue));
}

// A field in kroner (or euro) is told in kroner, written as the user's locale writes numbers; nothing or zero in
// it asks for an amount.
QString valueMessage(const Amount &amount, qint64 minimum, Amount::Unit unit)
{
    if (unit == Amount::Unit::Minor)
        return amount.value < minimum ? belowMinimumMessage(minimum, amount.currency) : aboveMaximumMessage();
    if (amount.value > Amount::kMaxValue)
        return QCoreApplication::translate("Api::EPayment", "The amount must be at most %1.")
            .arg(Amount{Amount::kMaxValue, amount.currency}.text(QLocale()));
    const QString least = Amount{minimum, amount.currency}.text(QLocale());
    if (amount.value <= 0)
        return QCoreApplication::translate("Api::EPayment", "Enter an amount of at least %1, e.g. 49.00.").arg(least);
    return QCoreApplication::translate("Api::EPayment", "The amount must be at least %1.").arg(least);
}

// prefix is "amount" or "modificationAmount"; minimum is the smallest accepted value.
void checkAmount(const Amount &amount, qint64 minimum, const QString &prefix, Base::FieldErrors *errors,
                 Amount::Unit unit = Amount::Unit::Minor)
{
    if (amount.value < minimum || amount.value > Amount::kMaxValue)
        errors->append({prefix + QLatin1String(".value"), valueMessage(amount, minimum, unit)});
    if (!Amount::currencies().contains(amount.currency))
        errors->append(
            {prefix + QLatin1String(".currency"),
             QCoreApplication::translate(
                 "Api::EPayment", "The currency must be one of %1 (in capitals) and match the sales unit's market.")
                 .arg(Amount::currencies().join(QLatin1String(", ")))});
}

// ^[a-zA-Z0-9-]{8,64}$ in the current docs; EP-SPEC v1.4.1 still said {8,50} (docs/vipps-wire.md §6, §8).
void checkReference(const QString &reference, Base::FieldErrors *errors)
{
    const QString field = QStringLiteral("reference");
    if (reference.size() < 8 || reference.size() > 64) {
        errors->append({field, QCoreApplication::translate("Api::EPayment",
                                                           "The reference must be 8 to 64 characters long (it has %1); "
                                                           "for example acme-order-0001.")
                                   .arg(reference.size())});
        return;
    }
    for (const QChar c : reference) {
        if (!isReferenceCharacter(c)) {
            errors->append(
                {field, QCoreApplication::translate(
                            "Api::EPayment", "The reference may contain only letters A-Z and a-z, digits and '-'; "
                                             "remove '%1'.")
                            .arg(c)});
            return;
        }
    }
}

// Counted in UTF-16 code units, as the API's .NET string length does.
void checkDescription(const QString &description, Base::FieldErrors *errors)
{
    if (description.isEmpty() || (description.size() >= 3 && description.size() <= 100))
        return;
    errors->append(
        {QStringLiteral("paymentDescription"),
         QCoreApplication::translate(
             "Api::EPayment", "The payment description must be 3 to 100 characters long (it has %1), or left out.")
             .arg(description.size())});
}

void checkUserFlow(const QString &userFlow, Base::FieldErrors *errors)
{
    if (CreatePaymentRequest::userFlows().contains(userFlow))
        return;
    errors->append(
        {QStringLiteral("userFlow"), QCoreApplication::translate("Api::EPayment", "The user flow must be one of %1.")
                                         .arg(CreatePaymentRequest::userFlows().join(QLatin1String(", ")))});
}

// https:// or a custom app scheme; plain http:// is refused (EP-SPEC returnUrl).
QString returnUrlProblem(const QString &returnUrl)
{
    const QUrl url(returnUrl, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty())
        return QCoreApplication::translate(
            "Api::EPayment", "The return URL is not a valid absolute URL; use for example https://example.com/return.");
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http"))
        return QCoreApplication::translate("Api::EPayment",
                                           "The return URL must start with https:// or a custom app scheme (myapp://); "
                                           "http:// is not accepted.");
    if (scheme == QLatin1String("https") && url.host().isEmpty())
        return QCoreApplication::translate("Api::EPayment",
                                           "The return URL has no host; use for example https://example.com/return.");
    return {};
}

void checkReturnUrl(const CreatePaymentRequest &request, Base::FieldErrors *errors)
{
    const QString field = QStringLiteral("returnUrl");
    if (request.returnUrl.isEmpty()) {
        if (request.userFlow == QLatin1String("WEB_REDIRECT"))
            errors->append(
                {field, QCoreApplication::translate("Api::EPayment",
                                                    "WEB_REDIRECT needs a return URL, the page the user comes back to; "
                                                    "for example https://example.com/return.")});
        return;
    }
    const QString problem = returnUrlProblem(request.returnUrl);
    if (!problem.isEmpty())
        errors->append({field, problem});
}

// MSISDN: country code and number, digits only (EP-SPEC ^\d{10,15}$).
bool isPhoneNumber(const QString &phoneNumber)
{
    if (phoneNumber.size() < 10 || phoneNumber.size() > 15)
        return false;
    for (const QChar c : phoneNumber) {
        if (!isAsciiDigit(c))
            return false;
    }
    return true;
}

QString phoneFormatMessage()
{
    return QCoreApplication::translate(
        "Api::EPayment", "The phone number must be 10 to 15 digits with the country code and no '+' or spaces; "
                         "for example 4712345678.");
}

void checkCustomer(const CreatePaymentRequest &request, Base::FieldErrors *errors)
{
    const QString field = QStringLiteral("customer.phoneNumber");
    if (request.phoneNumber.isEmpty()) {
        if (request.userFlow == QLatin1String("PUSH_MESSAGE"))
            errors->append(
                {field, QCoreApplication::translate(
                            "Api::EPayment", "PUSH_MESSAGE needs the customer's phone number: digits with the country "
                                             "code, for example 4712345678.")});
        return;
    }
    if (!isPhoneNumber(request.phoneNumber))
        errors->append({field, phoneFormatMessage()});
}

// CARD is a freestanding card payment, only with WEB_REDIRECT and not in the test environment.
void checkPaymentMethod(const CreatePaymentRequest &request, Base::FieldErrors *errors)
{
    const QString field = QStringLiteral("paymentMethod.type");
    if (!CreatePaymentRequest::paymentMethodTypes().contains(request.paymentMethodType))
        errors->append(
            {field, QCoreApplication::translate("Api::EPayment", "The payment method type must be WALLET or CARD.")});
    else if (request.paymentMethodType == QLatin1String("CARD") && request.userFlow != QLatin1String("WEB_REDIRECT"))
        errors->append(
            {field, QCoreApplication::translate("Api::EPayment",
                                                "CARD payments need the WEB_REDIRECT user flow; use WALLET with %1.")
                        .arg(request.userFlow)});
}

void checkCustomerInteraction(const QString &interaction, Base::FieldErrors *errors)
{
    if (interaction.isEmpty() || CreatePaymentRequest::customerInteractions().contains(interaction))
        return;
    errors->append({QStringLiteral("customerInteraction"),
                    QCoreApplication::translate(
                        "Api::EPayment",
                        "The customer interaction must be CUSTOMER_PRESENT or CUSTOMER_NOT_PRESENT, or left out.")});
}

} // namespace

QStringList Amount::currencies()
{
    return {QStringLiteral("NOK"), QStringLiteral("DKK"), QStringLiteral("EUR")};
}

qint64 Amount::minimumPaymentValue(const QString &currency)
{
    // docs/vipps-wire.md §6: EP-SPEC allows 0, but the business minimum is NOK 1.00, DKK 0.01, EUR 0.01.
    return currency == QLatin1String("NOK") ? 100 : 1;
}

QString Amount::text(const QLocale &locale) const
{
    return Base::amountText(value, currency, locale);
}

QStringList CreatePaymentRequest::userFlows()
{
    return {QStringLiteral("WEB_REDIRECT"), QStringLiteral("PUSH_MESSAGE"), QStringLiteral("NATIVE_REDIRECT"),
            QStringLiteral("QR")};
}

QStringList CreatePaymentRequest::paymentMethodTypes()
{
    return {QStringLiteral("WALLET"), QStringLiteral("CARD")};
}

QStringList CreatePaymentRequest::customerInteractions()
{
    return {QStringLiteral("CUSTOMER_PRESENT"), QStringLiteral("CUSTOMER_NOT_PRESENT")};
}

Base::FieldErrors CreatePaymentRequest::validate(Amount::Unit unit) const
{
    Base::FieldErrors errors;
    checkAmount(amount, Amount::minimumPaymentValue(amount.currency), QStringLiteral("amount"), &errors, unit);
    checkPaymentMethod(*this, &errors);
    checkCustomer(*this, &errors);
    checkReference(reference, &errors);
    checkReturnUrl(*this, &errors);
    checkUserFlow(userFlow, &errors);
    checkDescription(paymentDescription, &errors);
    checkCustomerInteraction(customerInteraction, &errors);
    return errors;
}

Base::FieldErrors CreatePaymentRequest::validateReference(const QString &reference)
{
    Base::FieldErrors errors;
    checkReference(reference, &errors);
    return errors;
}

QByteArray CreatePaymentRequest::toJson() const
{
    // Order of the minimal example in docs/vipps-wire.md §6; optional fields only when set.
    OrderedJsonObject json;
    json.add("amount", amountJson(amount));
    json.add("paymentMethod", OrderedJsonObject().addString("type", paymentMethodType).json());
    if (!phoneNumber.isEmpty())
        json.add("customer", OrderedJsonObject().addString("phoneNumber", phoneNumber).json());
    json.addString("reference", reference);
    if (!returnUrl.isEmpty())
        json.addString("returnUrl", returnUrl);
    json.addString("userFlow", userFlow);
    if (!paymentDescription.isEmpty())
        json.addString("paymentDescription", paymentDescription);
    if (!customerInteraction.isEmpty())
        json.addString("customerInteraction", customerInteraction);
    return json.json();
}

Base::FieldErrors ModificationRequest::validate() const
{
    // A capture or refund may be a small part of the payment: any positive amount (docs/vipps-wire.md §6).
    Base::FieldErrors errors;
    checkAmount(modificationAmount, 1, QStringLiteral("modificationAmount"), &errors);
    return errors;
}

QByteArray ModificationRequest::toJson() const
{
    return OrderedJsonObject().add("modificationAmount", amountJson(modificationAmount)).json();
}

QByteArray CancelRequest::toJson() const
{
    return cancelTransactionOnly ? QByteArray(R"({"cancelTransactionOnly":true})") : QByteArray();
}

Base::FieldErrors ForceApproveRequest::validate() const
{
    Base::FieldErrors errors;
    const QString field = QStringLiteral("customer.phoneNumber");
    if (phoneNumber.isEmpty() && token.isEmpty())
        errors.append(
            {field, QCoreApplication::translate(
                        "Api::EPayment", "Give the test user's phone number (for example 4712345678) or the token "
                                         "from the payment's redirect URL.")});
    else if (!phoneNumber.isEmpty() && !isPhoneNumber(phoneNumber))
        errors.append({field, phoneFormatMessage()});
    return errors;
}

QByteArray ForceApproveRequest::toJson() const
{
    // {"customer":{"phoneNumber":"..."}} and/or {"token":"..."} (docs/vipps-wire.md §6, force approve).
    OrderedJsonObject json;
    if (!phoneNumber.isEmpty())
        json.add("customer", OrderedJsonObject().addString("phoneNumber", phoneNumber).json());
    if (!token.isEmpty())
        json.addString("token", token);
    return json.json();
}

} // namespace Api
