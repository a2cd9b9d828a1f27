// SPDX-License-Identifier: MIT
// ePayment request rules (docs/vipps-wire.md §6): every boundary passes, one past it fails, and the JSON bodies.
#include "api/epaymentrequest.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>

using Api::CreatePaymentRequest;
using Base::FieldErrors;
using Api::ForceApproveRequest;
using Api::ModificationRequest;

Q_DECLARE_METATYPE(Api::CreatePaymentRequest)
Q_DECLARE_METATYPE(Api::ModificationRequest)
Q_DECLARE_METATYPE(Api::ForceApproveRequest)
Q_DECLARE_METATYPE(Api::Amount)

namespace {

// The minimal test request of docs/vipps-wire.md §6.
CreatePaymentRequest minimalExample()
{
    CreatePaymentRequest request;
    request.amount = {1000, QStringLiteral("NOK")};
    request.paymentMethodType = QStringLiteral("WALLET");
    request.phoneNumber = QStringLiteral("4712345678");
    request.reference = QStringLiteral("acme-test-0001");
    request.returnUrl = QStringLiteral("https://example.com/return?reference=acme-test-0001");
    request.userFlow = QStringLiteral("WEB_REDIRECT");
    request.paymentDescription = QStringLiteral("Test payment");
    return request;
}

void addCreateRow(const char *name, const std::function<void(CreatePaymentRequest &)> &change,
                  const QStringList &fields = {})
{
    CreatePaymentRequest request = minimalExample();
    change(request);
    QTest::newRow(name) << request << fields;
}

QStringList fieldsOf(const Base::FieldErrors &errors)
{
    QStringList fields;
    for (const Base::FieldError &error : errors)
        fields.append(error.field);
    return fields;
}

// Every refusal is a sentence a user can act on.
void verifyMessages(const Base::FieldErrors &errors)
{
    for (const Base::FieldError &error : errors) {
        QVERIFY2(error.message.size() > 20, qPrintable(error.field));
        QVERIFY2(error.message.endsWith(QLatin1Char('.')), qPrintable(error.message));
    }
}

const QString kAmountValue = QStringLiteral("amount.value");
const QString kCurrency = QStringLiteral("amount.currency");
const QString kReference = QStringLiteral("reference");
const QString kDescription = QStringLiteral("paymentDescription");
const QString kUserFlow = QStringLiteral("userFlow");
const QString kReturnUrl = QStringLiteral("returnUrl");
const QString kPhone = QStringLiteral("customer.phoneNumber");
const QString kMethod = QStringLiteral("paymentMethod.type");

} // namespace

class TestEPaymentRequest : public QObject
{
    Q_OBJECT

private slots:
    void createAmount_data();
    void createAmount() { checkCreate(); }
    void createReference_data();
    void createReference() { checkCreate(); }
    void createDescription_data();
    void createDescription() { checkCreate(); }
    void createUserFlow_data();
    void createUserFlow() { checkCreate(); }
    void createReturnUrl_data();
    void createReturnUrl() { checkCreate(); }
    void createPhoneNumber_data();
    void createPhoneNumber() { checkCreate(); }
    void createPaymentMethod_data();
    void createPaymentMethod() { checkCreate(); }
    void createSeveralErrors_data();
    void createSeveralErrors() { checkCreate(); }
    void amountMessagesInTheFieldsUnit_data();
    void amountMessagesInTheFieldsUnit();
    void createJson_data();
    void createJson();
    void modification_data();
    void modification();
    void modificationJson();
    void cancelJson();
    void forceApprove_data();
    void forceApprove();

private:
    static void addCreateColumns();
    void checkCreate();
};

void TestEPaymentRequest::addCreateColumns()
{
    QTest::addColumn<CreatePaymentRequest>("request");
    QTest::addColumn<QStringList>("fields");
}

void TestEPaymentRequest::checkCreate()
{
    QFETCH(CreatePaymentRequest, request);
    QFETCH(QStringList, fields);

    const Base::FieldErrors errors = request.validate();
    QCOMPARE(fieldsOf(errors), fields);
    verifyMessages(errors);
}

void TestEPaymentRequest::createAmount_data()
{
    addCreateColumns();
    addCreateRow("the minimal example is valid", [](auto &) {});
    addCreateRow("NOK 100 øre is the minimum", [](auto &r) { r.amount.value = 100; });
    addCreateRow("NOK 99 øre is too small", [](auto &r) { r.amount.value = 99; }, {kAmountValue});
    addCreateRow("DKK 1 øre is the minimum", [](auto &r) { r.amount = {1, QStringLiteral("DKK")}; });
    addCreateRow("DKK 0 is too small", [](auto &r) { r.amount = {0, QStringLiteral("DKK")}; }, {kAmountValue});
    addCreateRow("EUR 1 cent is the minimum", [](auto &r) { r.amount = {1, QStringLiteral("EUR")}; });
    addCreateRow("EUR 0 is too small", [](auto &r) { r.amount = {0, QStringLiteral("EUR")}; }, {kAmountValue});
    addCreateRow("negative amount", [](auto &r) { r.amount.value = -1000; }, {kAmountValue});
    addCreateRow("65 000 000 is the maximum", [](auto &r) { r.amount.value = 65000000; });
    addCreateRow("65 000 001 is too large", [](auto &r) { r.amount.value = 65000001; }, {kAmountValue});
    addCreateRow("SEK is not a Vipps MobilePay currency", [](auto &r) { r.amount.currency = QStringLiteral("SEK"); },
                 {kCurrency});
    addCreateRow("currency in lower case", [](auto &r) { r.amount.currency = QStringLiteral("nok"); }, {kCurrency});
    addCreateRow("currency missing", [](auto &r) { r.amount.currency.clear(); }, {kCurrency});
    addCreateRow("unknown currency with value 0 reports both",
                 [](auto &r) {
                     r.amount = {0, QStringLiteral("XYZ")};
                 },
                 {kAmountValue, kCurrency});
}

void TestEPaymentRequest::amountMessagesInTheFieldsUnit_data()
{
    QTest::addColumn<Api::Amount>("amount");
    QTest::addColumn<QString>("minorUnits"); // what the command line's --amount (minor units) is told
    QTest::addColumn<QString>("majorUnits"); // what the app's amount field (kroner, euro) is told
    QTest::newRow("below the NOK minimum")
        << Api::Amount{99, QStringLiteral("NOK")}
        << QStringLiteral("The amount must be at least 100 (1.00 NOK); amounts are in minor units (øre/cents), so "
                          "1000 means 10.00 NOK.")
        << QStringLiteral("The amount must be at least 1.00 NOK.");
    QTest::newRow("nothing, NOK")
        << Api::Amount{0, QStringLiteral("NOK")}
        << QStringLiteral("The amount must be at least 100 (1.00 NOK); amounts are in minor units (øre/cents), so "
                          "1000 means 10.00 NOK.")
        << QStringLiteral("Enter an amount of at least 1.00 NOK, e.g. 49.00.");
    QTest::newRow("nothing, EUR") << Api::Amount{0, QStringLiteral("EUR")}
                                  << QStringLiteral("The amount must be at least 1 (0.01 EUR); amounts are in minor "
                                                    "units (øre/cents), so 1000 means 10.00 EUR.")
                                  << QStringLiteral("Enter an amount of at least 0.01 EUR, e.g. 49.00.");
    QTest::newRow("above the maximum")
        << Api::Amount{65000001, QStringLiteral("DKK")}
        << QStringLiteral("The amount must be at most 65000000 (650000.00); amounts are in minor units (øre/cents), "
                          "so 1000 means 10.00.")
        << QStringLiteral("The amount must be at most 650000.00 DKK.");
}

void TestEPaymentRequest::amountMessagesInTheFieldsUnit()
{
    QFETCH(Api::Amount, amount);
    QFETCH(QString, minorUnits);
    QFETCH(QString, majorUnits);
    CreatePaymentRequest request = minimalExample();
    request.amount = amount;
    const Base::FieldErrors minor = request.validate();
    QCOMPARE(minor.size(), 1);
    QCOMPARE(minor.first().field, kAmountValue);
    QCOMPARE(minor.first().message, minorUnits);
    const Base::FieldErrors major = request.validate(Api::Amount::Unit::Major);
    QCOMPARE(major.size(), 1);
    QCOMPARE(major.first().field, kAmountValue);
    QCOMPARE(major.first().message, majorUnits);
}

void TestEPaymentRequest::createReference_data()
{
    addCreateColumns();
    addCreateRow("8 characters is the minimum", [](auto &r) { r.reference = QStringLiteral("abcd-123"); });
    addCreateRow("7 characters is too short", [](auto &r) { r.reference = QStringLiteral("abc-123"); }, {kReference});
    addCreateRow("51 characters, above the older 50 limit",
                 [](auto &r) { r.reference = QString(51, QLatin1Char('a')); });
    addCreateRow("64 characters is the maximum", [](auto &r) { r.reference = QString(64, QLatin1Char('Z')); });
    addCreateRow("65 characters is too long", [](auto &r) { r.reference = QString(65, QLatin1Char('9')); },
                 {kReference});
    addCreateRow("letters, digits and hyphens", [](auto &r) { r.reference = QStringLiteral("Order-2024-ABC-xyz"); });
    addCreateRow("underscore", [](auto &r) { r.reference = QStringLiteral("order_00001"); }, {kReference});
    addCreateRow("space", [](auto &r) { r.reference = QStringLiteral("order 00001"); }, {kReference});
    addCreateRow("non-ASCII letter", [](auto &r) { r.reference = QStringLiteral("ordre-bl\u00e5-0001"); },
                 {kReference});
    addCreateRow("missing", [](auto &r) { r.reference.clear(); }, {kReference});
}

void TestEPaymentRequest::createDescription_data()
{
    addCreateColumns();
    addCreateRow("left out", [](auto &r) { r.paymentDescription.clear(); });
    addCreateRow("3 characters is the minimum", [](auto &r) { r.paymentDescription = QStringLiteral("Tea"); });
    addCreateRow("2 characters is too short", [](auto &r) { r.paymentDescription = QStringLiteral("Te"); },
                 {kDescription});
    addCreateRow("100 characters is the maximum",
                 [](auto &r) { r.paymentDescription = QString(100, QLatin1Char('x')); });
    addCreateRow("101 characters is too long", [](auto &r) { r.paymentDescription = QString(101, QLatin1Char('x')); },
                 {kDescription});
}

void TestEPaymentRequest::createUserFlow_data()
{
    addCreateColumns();
    addCreateRow("WEB_REDIRECT", [](auto &r) { r.userFlow = QStringLiteral("WEB_REDIRECT"); });
    addCreateRow("PUSH_MESSAGE", [](auto &r) { r.userFlow = QStringLiteral("PUSH_MESSAGE"); });
    addCreateRow("NATIVE_REDIRECT", [](auto &r) { r.userFlow = QStringLiteral("NATIVE_REDIRECT"); });
    addCreateRow("QR", [](auto &r) { r.userFlow = QStringLiteral("QR"); });
    addCreateRow("lower case", [](auto &r) { r.userFlow = QStringLiteral("web_redirect"); }, {kUserFlow});
    addCreateRow("unknown flow", [](auto &r) { r.userFlow = QStringLiteral("EMAIL"); }, {kUserFlow});
    addCreateRow("missing", [](auto &r) { r.userFlow.clear(); }, {kUserFlow});
    QTest::newRow("WEB_REDIRECT is the default")
        << CreatePaymentRequest() << QStringList{kAmountValue, kCurrency, kReference, kReturnUrl};
}

void TestEPaymentRequest::createReturnUrl_data()
{
    addCreateColumns();
    addCreateRow("https", [](auto &r) { r.returnUrl = QStringLiteral("https://shop.example/return"); });
    addCreateRow("custom app scheme", [](auto &r) { r.returnUrl = QStringLiteral("acmeshop://payment/return"); });
    addCreateRow("http is refused", [](auto &r) { r.returnUrl = QStringLiteral("http://shop.example/return"); },
                 {kReturnUrl});
    addCreateRow("HTTP in capitals is refused", [](auto &r) { r.returnUrl = QStringLiteral("HTTP://shop.example/"); },
                 {kReturnUrl});
    addCreateRow("no scheme", [](auto &r) { r.returnUrl = QStringLiteral("shop.example/return"); }, {kReturnUrl});
    addCreateRow("https without host", [](auto &r) { r.returnUrl = QStringLiteral("https:///return"); }, {kReturnUrl});
    addCreateRow("space in the URL", [](auto &r) { r.returnUrl = QStringLiteral("https://shop.example/a b"); },
                 {kReturnUrl});
    addCreateRow("missing with WEB_REDIRECT", [](auto &r) { r.returnUrl.clear(); }, {kReturnUrl});
    addCreateRow("missing with QR", [](auto &r) {
        r.returnUrl.clear();
        r.userFlow = QStringLiteral("QR");
    });
    addCreateRow("http with PUSH_MESSAGE is still refused",
                 [](auto &r) {
                     r.userFlow = QStringLiteral("PUSH_MESSAGE");
                     r.returnUrl = QStringLiteral("http://shop.example/");
                 },
                 {kReturnUrl});
}

void TestEPaymentRequest::createPhoneNumber_data()
{
    addCreateColumns();
    addCreateRow("10 digits is the minimum", [](auto &r) { r.phoneNumber = QStringLiteral("4712345678"); });
    addCreateRow("9 digits is too short", [](auto &r) { r.phoneNumber = QStringLiteral("471234567"); }, {kPhone});
    addCreateRow("15 digits is the maximum", [](auto &r) { r.phoneNumber = QStringLiteral("358401234567890"); });
    addCreateRow("16 digits is too long", [](auto &r) { r.phoneNumber = QStringLiteral("3584012345678901"); },
                 {kPhone});
    addCreateRow("leading plus", [](auto &r) { r.phoneNumber = QStringLiteral("+4712345678"); }, {kPhone});
    addCreateRow("spaces", [](auto &r) { r.phoneNumber = QStringLiteral("47 1234 5678"); }, {kPhone});
    addCreateRow("non-ASCII digits", [](auto &r) { r.phoneNumber = QStringLiteral("\u0664\u0667\u0661\u0662345678"); },
                 {kPhone});
    addCreateRow("left out with WEB_REDIRECT", [](auto &r) { r.phoneNumber.clear(); });
    addCreateRow("given with PUSH_MESSAGE", [](auto &r) { r.userFlow = QStringLiteral("PUSH_MESSAGE"); });
    addCreateRow("missing with PUSH_MESSAGE",
                 [](auto &r) {
                     r.userFlow = QStringLiteral("PUSH_MESSAGE");
                     r.phoneNumber.clear();
                 },
                 {kPhone});
}

void TestEPaymentRequest::createPaymentMethod_data()
{
    addCreateColumns();
    addCreateRow("WALLET", [](auto &r) { r.paymentMethodType = QStringLiteral("WALLET"); });
    addCreateRow("CARD with WEB_REDIRECT", [](auto &r) { r.paymentMethodType = QStringLiteral("CARD"); });
    addCreateRow("CARD with QR",
                 [](auto &r) {
                     r.paymentMethodType = QStringLiteral("CARD");
                     r.userFlow = QStringLiteral("QR");
                 },
                 {kMethod});
    addCreateRow("lower case", [](auto &r) { r.paymentMethodType = QStringLiteral("wallet"); }, {kMethod});
    addCreateRow("CARD_PASSTHROUGH is for PSPs only",
                 [](auto &r) { r.paymentMethodType = QStringLiteral("CARD_PASSTHROUGH"); }, {kMethod});
    addCreateRow("customer present", [](auto &r) { r.customerInteraction = QStringLiteral("CUSTOMER_PRESENT"); });
    addCreateRow("customer not present",
                 [](auto &r) { r.customerInteraction = QStringLiteral("CUSTOMER_NOT_PRESENT"); });
    addCreateRow("unknown customer interaction", [](auto &r) { r.customerInteraction = QStringLiteral("PRESENT"); },
                 {QStringLiteral("customerInteraction")});
}

void TestEPaymentRequest::createSeveralErrors_data()
{
    addCreateColumns();
    addCreateRow("every field wrong, reported in body order",
                 [](auto &r) {
                     r.amount = {65000001, QStringLiteral("USD")};
                     r.paymentMethodType = QStringLiteral("CARD");
                     r.userFlow = QStringLiteral("PUSH_MESSAGE");
                     r.phoneNumber = QStringLiteral("12");
                     r.reference = QStringLiteral("x");
                     r.returnUrl = QStringLiteral("http://a/");
                     r.paymentDescription = QStringLiteral("x");
                 },
                 {kAmountValue, kCurrency, kMethod, kPhone, kReference, kReturnUrl, kDescription});
}

void TestEPaymentRequest::createJson_data()
{
    QTest::addColumn<CreatePaymentRequest>("request");
    QTest::addColumn<QByteArray>("json");

    QTest::newRow("minimal example from the docs")
        << minimalExample()
        << QByteArray(R"({"amount":{"currency":"NOK","value":1000},"paymentMethod":{"type":"WALLET"},)"
                      R"("customer":{"phoneNumber":"4712345678"},"reference":"acme-test-0001",)"
                      R"("returnUrl":"https://example.com/return?reference=acme-test-0001",)"
                      R"("userFlow":"WEB_REDIRECT","paymentDescription":"Test payment"})");
    CreatePaymentRequest push;
    push.amount = {1, QStringLiteral("DKK")};
    push.reference = QStringLiteral("order-12345678");
    push.userFlow = QStringLiteral("PUSH_MESSAGE");
    push.phoneNumber = QStringLiteral("4512345678");
    push.customerInteraction = QStringLiteral("CUSTOMER_PRESENT");
    QTest::newRow("push message, optional fields left out")
        << push
        << QByteArray(R"({"amount":{"currency":"DKK","value":1},"paymentMethod":{"type":"WALLET"},)"
                      R"("customer":{"phoneNumber":"4512345678"},"reference":"order-12345678",)"
                      R"("userFlow":"PUSH_MESSAGE","customerInteraction":"CUSTOMER_PRESENT"})");
    CreatePaymentRequest qr;
    qr.amount = {2500, QStringLiteral("EUR")};
    qr.reference = QStringLiteral("qr-order-0001");
    qr.userFlow = QStringLiteral("QR");
    qr.paymentDescription = QStringLiteral("Kaffe \"stor\" \\ bl\u00e5\n\t/");
    QTest::newRow("QR, description escaped")
        << qr
        << QByteArray(R"({"amount":{"currency":"EUR","value":2500},"paymentMethod":{"type":"WALLET"},)"
                      R"("reference":"qr-order-0001","userFlow":"QR",)"
                      "\"paymentDescription\":\"Kaffe \\\"stor\\\" \\\\ bl\xc3\xa5\\u000a\\u0009/\"}");
}

void TestEPaymentRequest::createJson()
{
    QFETCH(CreatePaymentRequest, request);
    QFETCH(QByteArray, json);

    QCOMPARE(request.toJson(), json);
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(request.toJson(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(parsed.object().value(QLatin1String("paymentDescription")).toString(), request.paymentDescription);
}

void TestEPaymentRequest::modification_data()
{
    QTest::addColumn<ModificationRequest>("request");
    QTest::addColumn<QStringList>("fields");

    const QString value = QStringLiteral("modificationAmount.value");
    const QString currency = QStringLiteral("modificationAmount.currency");
    const QString nok = QStringLiteral("NOK");
    QTest::newRow("1 øre partial capture") << ModificationRequest{{1, nok}} << QStringList();
    QTest::newRow("0 is nothing to move") << ModificationRequest{{0, nok}} << QStringList{value};
    QTest::newRow("65 000 000 is the maximum") << ModificationRequest{{65000000, nok}} << QStringList();
    QTest::newRow("65 000 001 is too large") << ModificationRequest{{65000001, nok}} << QStringList{value};
    QTest::newRow("DKK") << ModificationRequest{{49900, QStringLiteral("DKK")}} << QStringList();
    QTest::newRow("unknown currency") << ModificationRequest{{49900, QStringLiteral("SEK")}} << QStringList{currency};
}

void TestEPaymentRequest::modification()
{
    QFETCH(ModificationRequest, request);
    QFETCH(QStringList, fields);

    const Base::FieldErrors errors = request.validate();
    QCOMPARE(fieldsOf(errors), fields);
    verifyMessages(errors);
}

void TestEPaymentRequest::modificationJson()
{
    const ModificationRequest capture{{49900, QStringLiteral("NOK")}};
    QCOMPARE(capture.toJson(), QByteArray(R"({"modificationAmount":{"currency":"NOK","value":49900}})"));
}

void TestEPaymentRequest::cancelJson()
{
    QCOMPARE(Api::CancelRequest().toJson(), QByteArray());
    QCOMPARE(Api::CancelRequest{true}.toJson(), QByteArray(R"({"cancelTransactionOnly":true})"));
}

void TestEPaymentRequest::forceApprove_data()
{
    QTest::addColumn<ForceApproveRequest>("request");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QByteArray>("json");

    const QString phone = QStringLiteral("4712345678");
    const QString token = QStringLiteral("eyJhbGciOi.token");
    QTest::newRow("phone number") << ForceApproveRequest{phone, {}} << QStringList()
                                  << QByteArray(R"({"customer":{"phoneNumber":"4712345678"}})");
    QTest::newRow("token") << ForceApproveRequest{{}, token} << QStringList()
                           << QByteArray(R"({"token":"eyJhbGciOi.token"})");
    QTest::newRow("both, like the Postman collection")
        << ForceApproveRequest{phone, token} << QStringList()
        << QByteArray(R"({"customer":{"phoneNumber":"4712345678"},"token":"eyJhbGciOi.token"})");
    QTest::newRow("neither") << ForceApproveRequest() << QStringList{kPhone} << QByteArray("{}");
    QTest::newRow("phone number with plus")
        << ForceApproveRequest{QStringLiteral("+4712345678"), {}} << QStringList{kPhone}
        << QByteArray(R"({"customer":{"phoneNumber":"+4712345678"}})");
}

void TestEPaymentRequest::forceApprove()
{
    QFETCH(ForceApproveRequest, request);
    QFETCH(QStringList, fields);
    QFETCH(QByteArray, json);

    const Base::FieldErrors errors = request.validate();
    QCOMPARE(fieldsOf(errors), fields);
    verifyMessages(errors);
    QCOMPARE(request.toJson(), json);
}

QTEST_GUILESS_MAIN(TestEPaymentRequest)
#include "tst_epaymentrequest.moc"
