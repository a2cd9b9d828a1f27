// SPDX-License-Identifier: MIT
// The token answer (docs/vipps-wire.md §2): numbers as strings or numbers, the expiry fallback, refusals that name
// the field but never the token, and when a token is still usable.
#include "api/accesstoken.h"

#include <QTest>

namespace {
const QByteArray kToken = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1Ni.secret-part";
const QDateTime kReceived = QDateTime::fromSecsSinceEpoch(1495184574, Qt::UTC);
} // namespace

class TestAccessToken : public QObject
{
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void refuses_data();
    void refuses();
    void usableAt_data();
    void usableAt();
};

void TestAccessToken::parses_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<qint64>("expiresIn");
    QTest::addColumn<QDateTime>("expiresOn");
    QTest::addColumn<QDateTime>("notBefore");
    QTest::addColumn<QString>("tokenType");

    const QDateTime on = QDateTime::fromSecsSinceEpoch(1495271273, Qt::UTC);
    const QDateTime before = QDateTime::fromSecsSinceEpoch(1495184574, Qt::UTC);
    const QString bearer = QStringLiteral("Bearer");

    QTest::newRow("all strings, as Vipps sends them")
        << QByteArray(R"({"token_type":"Bearer","expires_in":"86398","ext_expires_in":"0",)"
                      R"("expires_on":"1495271273","not_before":"1495184574",)"
                      R"("resource":"00000002-0000-0000-c000-000000000000","access_token":")" +
                      kToken + "\"}")
        << qint64(86398) << on << before << bearer;
    QTest::newRow("all numbers, as the spec's examples")
        << QByteArray(R"({"token_type":"Bearer","expires_in":86398,"ext_expires_in":0,)"
                      R"("expires_on":1495271273,"not_before":1495184574,"access_token":")" +
                      kToken + "\"}")
        << qint64(86398) << on << before << bearer;
    QTest::newRow("mixed strings and numbers")
        << QByteArray(R"({"expires_in":86398,"expires_on":"1495271273","not_before":1495184574,)"
                      R"("access_token":")" +
                      kToken + "\"}")
        << qint64(86398) << on << before << QString();
    QTest::newRow("no expires_on: received time plus expires_in")
        << QByteArray(R"({"token_type":"Bearer","expires_in":"3600","access_token":")" + kToken + "\"}") << qint64(3600)
        << kReceived.addSecs(3600) << QDateTime() << bearer;
    QTest::newRow("null and empty optional fields")
        << QByteArray(R"({"token_type":"Bearer","expires_in":"3600","expires_on":null,"not_before":"",)"
                      R"("ext_expires_in":null,"access_token":")" +
                      kToken + "\"}")
        << qint64(3600) << kReceived.addSecs(3600) << QDateTime() << bearer;
    QTest::newRow("unknown fields ignored")
        << QByteArray(R"({"expires_in":" 60 ","future":{"a":1},"access_token":")" + kToken + "\"}") << qint64(60)
        << kReceived.addSecs(60) << QDateTime() << QString();
}

void TestAccessToken::parses()
{
    QFETCH(QByteArray, body);
    QString error;
    const std::optional<Api::AccessToken> token = Api::AccessToken::fromJson(body, kReceived, &error);
    QVERIFY2(token.has_value(), qPrintable(error));
    QCOMPARE(token->value, kToken);
    QTEST(token->expiresIn, "expiresIn");
    QTEST(token->expiresOn, "expiresOn");
    QTEST(token->notBefore, "notBefore");
    QTEST(token->tokenType, "tokenType");
    QCOMPARE(token->expiresOn.timeSpec(), Qt::UTC);
}

void TestAccessToken::refuses_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("empty body") << QByteArray() << QStringLiteral("not JSON");
    QTest::newRow("HTML page") << QByteArray("<html><body>Bad gateway</body></html>") << QStringLiteral("not JSON");
    QTest::newRow("JSON array") << QByteArray(R"(["access_token"])") << QStringLiteral("not a JSON object");
    QTest::newRow("no access_token") << QByteArray(R"({"token_type":"Bearer","expires_in":"3600"})")
                                     << QStringLiteral("\"access_token\"");
    QTest::newRow("null access_token") << QByteArray(R"({"access_token":null,"expires_in":"3600"})")
                                       << QStringLiteral("\"access_token\"");
    QTest::newRow("empty access_token") << QByteArray(R"({"access_token":"","expires_in":"3600"})")
                                        << QStringLiteral("\"access_token\"");
    QTest::newRow("numeric access_token")
        << QByteArray(R"({"access_token":12345,"expires_in":"3600"})") << QStringLiteral("\"access_token\"");
    QTest::newRow("expires_in not a number")
        << QByteArray(R"({"access_token":")" + kToken + R"(","expires_in":"soon"})") << QStringLiteral("expires_in");
    QTest::newRow("expires_on an object")
        << QByteArray(R"({"access_token":")" + kToken + R"(","expires_on":{}})") << QStringLiteral("expires_on");
    QTest::newRow("not_before a boolean")
        << QByteArray(R"({"access_token":")" + kToken + R"(","expires_in":"1","not_before":true})")
        << QStringLiteral("not_before");
}

void TestAccessToken::refuses()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, mentions);
    QString error;
    QVERIFY(!Api::AccessToken::fromJson(body, kReceived, &error).has_value());
    QVERIFY2(error.contains(mentions), qPrintable(error));
    QVERIFY2(!error.contains(QString::fromLatin1(kToken)), "the error message must never carry the token");
    QVERIFY(!Api::AccessToken::fromJson(body, kReceived, nullptr).has_value());
}

void TestAccessToken::usableAt_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QDateTime>("expiresOn");
    QTest::addColumn<int>("margin");
    QTest::addColumn<bool>("usable");

    const QDateTime now = kReceived;
    QTest::newRow("an hour left, two-minute margin") << kToken << now.addSecs(3600) << 120 << true;
    QTest::newRow("a minute left, two-minute margin") << kToken << now.addSecs(60) << 120 << false;
    QTest::newRow("exactly the margin left") << kToken << now.addSecs(120) << 120 << false;
    QTest::newRow("one second more than the margin") << kToken << now.addSecs(121) << 120 << true;
    QTest::newRow("expired") << kToken << now.addSecs(-1) << 0 << false;
    QTest::newRow("expires this instant, no margin") << kToken << now << 0 << false;
    QTest::newRow("no expiry known") << kToken << QDateTime() << 0 << false;
    QTest::newRow("no token value") << QByteArray() << now.addSecs(3600) << 0 << false;
}

void TestAccessToken::usableAt()
{
    QFETCH(QByteArray, value);
    QFETCH(QDateTime, expiresOn);
    QFETCH(int, margin);
    Api::AccessToken token;
    token.value = value;
    token.expiresOn = expiresOn;
    QTEST(token.usableAt(kReceived, margin), "usable");
}

QTEST_GUILESS_MAIN(TestAccessToken)
#include "tst_accesstoken.moc"
