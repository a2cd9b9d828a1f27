// SPDX-License-Identifier: MIT
// The one-line summary of a delivery body: fast scan and full-parser fallback must agree.
#include "receiver/eventsummary.h"

#include <QTest>

using Receiver::EventSummary;

class TestEventSummary : public QObject
{
    Q_OBJECT

private slots:
    void fromBody_data();
    void fromBody();
    void amountText_data();
    void amountText();
};

void TestEventSummary::fromBody_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("reference");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QString>("currency");

    const QString none;
    QTest::newRow("ePayment event")
        << QByteArray(R"({"msn":"123456","reference":"acme-shop-123","pspReference":"p","name":"AUTHORIZED",)"
                      R"("amount":{"currency":"NOK","value":49900},"timestamp":"2026-01-19T16:26:32.099Z",)"
                      R"("idempotencyKey":null,"success":true})")
        << QStringLiteral("AUTHORIZED") << QStringLiteral("acme-shop-123") << qint64(49900) << QStringLiteral("NOK");
    QTest::newRow("pretty printed, other order")
        << QByteArray("{\n  \"amount\" : { \"value\" : 1000 , \"currency\" : \"DKK\" },\r\n\t\"name\":\"CAPTURED\",\n"
                      "  \"reference\": \"ref-00000001\"\n}\n")
        << QStringLiteral("CAPTURED") << QStringLiteral("ref-00000001") << qint64(1000) << QStringLiteral("DKK");
    QTest::newRow("escaped reference uses the full parser")
        << QByteArray(R"({"name":"REFUNDED","reference":"ref\u002d0001"})") << QStringLiteral("REFUNDED")
        << QStringLiteral("ref-0001") << qint64(-1) << none;
    QTest::newRow("escapes in fields nobody reads")
        << QByteArray(R"({"note":"a \"quoted\" \\ word","name":"EXPIRED","list":[1,{"x":[2,3]},"]"]})")
        << QStringLiteral("EXPIRED") << none << qint64(-1) << none;
    QTest::newRow("fractional amount truncated like QJsonValue")
        << QByteArray(R"({"amount":{"value":10.5,"currency":"EUR"}})") << none << none << qint64(10)
        << QStringLiteral("EUR");
    QTest::newRow("exponent amount") << QByteArray(R"({"amount":{"value":1e3,"currency":"NOK"}})") << none << none
                                     << qint64(1000) << QStringLiteral("NOK");
    QTest::newRow("amount as a string is no amount")
        << QByteArray(R"({"amount":{"value":"100","currency":"NOK"}})") << none << none << qint64(-1) << none;
    QTest::newRow("amount null") << QByteArray(R"({"amount":{"value":null}})") << none << none << qint64(-1) << none;
    QTest::newRow("name true is no name")
        << QByteArray(R"({"name":true,"type":"x"})") << QStringLiteral("x") << none << qint64(-1) << none;
    QTest::newRow("amount not an object")
        << QByteArray(R"({"amount":5,"name":"A"})") << QStringLiteral("A") << none << qint64(-1) << none;
    QTest::newRow("amount without currency")
        << QByteArray(R"({"amount":{"value":5}})") << none << none << qint64(5) << QString(QLatin1String(""));
    QTest::newRow("numeric name falls through to eventType")
        << QByteArray(R"({"name":7,"eventType":"recurring.charge-captured.v1","chargeId":"chr-1"})")
        << QStringLiteral("recurring.charge-captured.v1") << QStringLiteral("chr-1") << qint64(-1) << none;
    QTest::newRow("duplicate keys: the last wins")
        << QByteArray(R"({"name":"A","name":"B"})") << QStringLiteral("B") << none << qint64(-1) << none;
    QTest::newRow("non-ASCII text") << QByteArray("{\"name\":\"BETALT\",\"reference\":\"\xc3\xb8l-\xc3\xa6\xc3\xa5\"}")
                                    << QStringLiteral("BETALT") << QStringLiteral("øl-æå") << qint64(-1) << none;
    QTest::newRow("login ping") << QByteArray(R"({"auth_req_id":"abc123"})") << none << QStringLiteral("abc123")
                                << qint64(-1) << none;
    QTest::newRow("invalid literal") << QByteArray(R"({"name":"A","ok":tru})") << none << none << qint64(-1) << none;
    QTest::newRow("leading zero number") << QByteArray(R"({"name":"A","n":01})") << none << none << qint64(-1) << none;
    QTest::newRow("truncated") << QByteArray(R"({"name":"AUTHORIZED","refer)") << none << none << qint64(-1) << none;
    QTest::newRow("trailing garbage") << QByteArray(R"({"name":"A"} x)") << none << none << qint64(-1) << none;
    QTest::newRow("array at top") << QByteArray(R"([{"name":"A"}])") << none << none << qint64(-1) << none;
    QTest::newRow("not JSON") << QByteArray("name=AUTHORIZED") << none << none << qint64(-1) << none;
    QTest::newRow("empty") << QByteArray() << none << none << qint64(-1) << none;
    QTest::newRow("deep nesting") << ("{\"name\":\"DEEP\",\"x\":" + QByteArray(200, '[') + QByteArray(200, ']') + "}")
                                  << QStringLiteral("DEEP") << none << qint64(-1) << none;
}

void TestEventSummary::fromBody()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, name);
    QFETCH(QString, reference);
    QFETCH(qint64, amount);
    QFETCH(QString, currency);
    const EventSummary summary = EventSummary::fromBody(body);
    QCOMPARE(summary.name, name);
    QCOMPARE(summary.reference, reference);
    QCOMPARE(summary.amountValue, amount);
    QCOMPARE(summary.currency.isEmpty(), currency.isEmpty());
    QCOMPARE(summary.currency, currency.isEmpty() ? summary.currency : currency);
}

void TestEventSummary::amountText_data()
{
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("absent") << qint64(-1) << QString();
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0.00 NOK");
    QTest::newRow("single øre") << qint64(5) << QStringLiteral("0.05 NOK");
    QTest::newRow("kroner") << qint64(49900) << QStringLiteral("499.00 NOK");
}

void TestEventSummary::amountText()
{
    QFETCH(qint64, value);
    QFETCH(QString, text);
    EventSummary summary;
    summary.amountValue = value;
    summary.currency = QStringLiteral("NOK");
    QCOMPARE(summary.amountText(), text);
}

QTEST_GUILESS_MAIN(TestEventSummary)
#include "tst_eventsummary.moc"
