// SPDX-License-Identifier: MIT
// curl command lines for a POSIX shell: exact text, secrets as $VIPPS_* variables, and quoting that a real
// shell reads back into the intended arguments.
#include "api/curl.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using Api::Curl::Placeholder;

Q_DECLARE_METATYPE(Http::HeaderList)
Q_DECLARE_METATYPE(QList<Api::Curl::Placeholder>)

namespace {

const QByteArray kToken = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1Ni.token";
const QByteArray kClientSecret = "Zm9vYmFy'secret$HOME`id`\"!";
const QByteArray kSubscriptionKey = "0123456789abcdef0123456789abcdef";

QList<Placeholder> vippsPlaceholders()
{
    return {Placeholder{kToken, QStringLiteral("VIPPS_ACCESS_TOKEN")},
            Placeholder{kClientSecret, QStringLiteral("VIPPS_CLIENT_SECRET")},
            Placeholder{kSubscriptionKey, QStringLiteral("VIPPS_SUBSCRIPTION_KEY")}};
}

Http::HeaderList tokenCallHeaders()
{
    return {{"client_id", "8f2a4c1e-client"},
            {"client_secret", kClientSecret},
            {"Ocp-Apim-Subscription-Key", kSubscriptionKey},
            {"Merchant-Serial-Number", "123456"}};
}

QString lines(std::initializer_list<const char *> parts)
{
    QStringList list;
    for (const char *part : parts)
        list.append(QString::fromUtf8(part));
    return list.join(QLatin1String(" \\\n  "));
}

// Lets /bin/sh split the rendered command into words, with the VIPPS_* variables set to the secrets.
QStringList shellWords(const QString &rendered)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const Placeholder &placeholder : vippsPlaceholders())
        environment.insert(placeholder.variable, QString::fromUtf8(placeholder.secret));
    QProcess shell;
    shell.setProcessEnvironment(environment);
    const QString script = QLatin1String("for a in ") + rendered + QLatin1String("; do printf '%s\\000' \"$a\"; done");
    shell.start(QStringLiteral("sh"), {QStringLiteral("-c"), script});
    if (!shell.waitForFinished(30000) || shell.exitCode() != 0)
        return {QStringLiteral("<sh failed: %1>").arg(QString::fromLocal8Bit(shell.readAllStandardError()))};
    QStringList words;
    const QList<QByteArray> pieces = shell.readAllStandardOutput().split('\0');
    for (qsizetype i = 0; i + 1 < pieces.size(); ++i) // the output ends with a NUL: drop the empty tail
        words.append(QString::fromUtf8(pieces.at(i)));
    return words;
}

} // namespace

class TestCurl : public QObject
{
    Q_OBJECT

private slots:
    void render_data();
    void render();
    void shellReadsTheIntendedArguments_data();
    void shellReadsTheIntendedArguments();
};

void TestCurl::render_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<Http::HeaderList>("headers");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QList<Placeholder>>("placeholders");
    QTest::addColumn<QString>("expected");

    QTest::newRow("GET webhooks with token and subscription key")
        << QByteArray("GET") << QUrl(QStringLiteral("https://apitest.vipps.no/webhooks/v1/webhooks"))
        << Http::HeaderList{{"Authorization", "Bearer " + kToken},
                            {"Ocp-Apim-Subscription-Key", kSubscriptionKey},
                            {"Merchant-Serial-Number", "123456"}}
        << QByteArray() << vippsPlaceholders()
        << lines({"curl -X GET 'https://apitest.vipps.no/webhooks/v1/webhooks'",
                  R"(-H 'Authorization: Bearer '"$VIPPS_ACCESS_TOKEN")",
                  R"(-H 'Ocp-Apim-Subscription-Key: '"$VIPPS_SUBSCRIPTION_KEY")",
                  "-H 'Merchant-Serial-Number: 123456'"});
    QTest::newRow("POST JSON with a single quote")
        << QByteArray("POST") << QUrl(QStringLiteral("https://apitest.vipps.no/epayment/v1/payments"))
        << Http::HeaderList{{"Content-Type", "application/json"}}
        << QByteArray(R"({"reference":"acme-0001","paymentDescription":"Ola's shop"})") << vippsPlaceholders()
        << lines({"curl -X POST 'https://apitest.vipps.no/epayment/v1/payments'", "-H 'Content-Type: application/json'",
                  R"(--data-raw '{"reference":"acme-0001","paymentDescription":"Ola'\''s shop"}')"});
    QTest::newRow("token call: secrets as variables, empty body")
        << QByteArray("POST") << QUrl(QStringLiteral("https://apitest.vipps.no/accesstoken/get")) << tokenCallHeaders()
        << QByteArray() << vippsPlaceholders()
        << lines({"curl -X POST 'https://apitest.vipps.no/accesstoken/get'", "-H 'client_id: 8f2a4c1e-client'",
                  R"(-H 'client_secret: '"$VIPPS_CLIENT_SECRET")",
                  R"(-H 'Ocp-Apim-Subscription-Key: '"$VIPPS_SUBSCRIPTION_KEY")", "-H 'Merchant-Serial-Number: 123456'",
                  "--data ''"});
    QTest::newRow("a secret inside other text is left alone")
        << QByteArray("POST") << QUrl(QStringLiteral("http://127.0.0.1:8080/hook"))
        << Http::HeaderList{{"X-Both", kSubscriptionKey + "-and-" + kSubscriptionKey}}
        << QByteArray(R"({"key":")" + kSubscriptionKey + R"("})") << vippsPlaceholders()
        << lines({"curl -X POST 'http://127.0.0.1:8080/hook'",
                  "-H 'X-Both: " + kSubscriptionKey + "-and-" + kSubscriptionKey + "'",
                  R"(--data-raw '{"key":")" + kSubscriptionKey + R"("}')"});
    QTest::newRow("a one-letter secret does not scatter through the command")
        << QByteArray("POST") << QUrl(QStringLiteral("http://127.0.0.1:1/epayment/v1/payments"))
        << Http::HeaderList{{"Ocp-Apim-Subscription-Key", "k"}, {"Vipps-System-Name", "vipps-workbench"}}
        << QByteArray(R"({"userFlow":"WEB_REDIRECT"})")
        << QList<Placeholder>{{"s", QStringLiteral("VIPPS_CLIENT_SECRET")},
                              {"k", QStringLiteral("VIPPS_SUBSCRIPTION_KEY")}}
        << lines({"curl -X POST 'http://127.0.0.1:1/epayment/v1/payments'",
                  R"(-H 'Ocp-Apim-Subscription-Key: '"$VIPPS_SUBSCRIPTION_KEY")",
                  "-H 'Vipps-System-Name: vipps-workbench'", R"(--data-raw '{"userFlow":"WEB_REDIRECT"}')"});
    QTest::newRow("dollar, backslash, backtick and bang stay literal")
        << QByteArray("GET") << QUrl(QStringLiteral("https://example.com/a?b=c&d=e"))
        << Http::HeaderList{{"X-Note", R"(cost $5 \n `date` "q" !x)"}} << QByteArray() << vippsPlaceholders()
        << lines({"curl -X GET 'https://example.com/a?b=c&d=e'", R"(-H 'X-Note: cost $5 \n `date` "q" !x')"});
    QTest::newRow("DELETE without body has no data")
        << QByteArray("DELETE") << QUrl(QStringLiteral("https://apitest.vipps.no/webhooks/v1/webhooks/0b3f"))
        << Http::HeaderList() << QByteArray() << QList<Placeholder>()
        << QStringLiteral("curl -X DELETE 'https://apitest.vipps.no/webhooks/v1/webhooks/0b3f'");
    QTest::newRow("bearer scheme keeps its word")
        << QByteArray("GET") << QUrl(QStringLiteral("https://example.com/"))
        << Http::HeaderList{{"Authorization", "Bearer " + kToken}} << QByteArray() << vippsPlaceholders()
        << lines({"curl -X GET 'https://example.com/'", R"(-H 'Authorization: Bearer '"$VIPPS_ACCESS_TOKEN")"});
    QTest::newRow("empty secret hides nothing")
        << QByteArray("GET") << QUrl(QStringLiteral("https://example.com/")) << Http::HeaderList{{"X-Empty", ""}}
        << QByteArray() << QList<Placeholder>{{QByteArray(), QStringLiteral("NOTHING")}}
        << lines({"curl -X GET 'https://example.com/'", "-H 'X-Empty: '"});
    QTest::newRow("whole header value is a secret")
        << QByteArray("PUT") << QUrl(QStringLiteral("https://example.com/")) << Http::HeaderList{{"X-Token", kToken}}
        << QByteArray() << vippsPlaceholders()
        << lines({"curl -X PUT 'https://example.com/'", R"(-H 'X-Token: '"$VIPPS_ACCESS_TOKEN")"});
    QTest::newRow("multi-line UTF-8 body")
        << QByteArray("POST") << QUrl(QStringLiteral("https://example.com/")) << Http::HeaderList()
        << QByteArray("{\n  \"text\": \"bl\xc3\xa5"
                      "b\xc3\xa6"
                      "r\"\n}")
        << QList<Placeholder>()
        << lines({"curl -X POST 'https://example.com/'", "--data-raw '{\n  \"text\": \"bl\xc3\xa5"
                                                         "b\xc3\xa6"
                                                         "r\"\n}'"});
}

void TestCurl::render()
{
    QFETCH(QByteArray, method);
    QFETCH(QUrl, url);
    QFETCH(Http::HeaderList, headers);
    QFETCH(QByteArray, body);
    QFETCH(QList<Placeholder>, placeholders);
    QFETCH(QString, expected);

    const QString rendered = Api::Curl::render(method, url, headers, body, placeholders);
    QCOMPARE(rendered, expected);
    // A header that carries a secret as its value never shows it.
    for (const Placeholder &placeholder : placeholders) {
        for (const Http::Header &header : headers) {
            const bool carries = !placeholder.secret.isEmpty() &&
                                 (header.value == placeholder.secret || header.value == "Bearer " + placeholder.secret);
            if (carries)
                QVERIFY2(!rendered.toUtf8().contains(header.name + ": " + header.value),
                         placeholder.variable.toUtf8().constData());
        }
    }
}

void TestCurl::shellReadsTheIntendedArguments_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<Http::HeaderList>("headers");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("arguments");

    const QString clientSecret = QString::fromUtf8(kClientSecret);
    const QString subscriptionKey = QString::fromUtf8(kSubscriptionKey);
    QTest::newRow("token call")
        << QByteArray("POST") << QUrl(QStringLiteral("https://apitest.vipps.no/accesstoken/get")) << tokenCallHeaders()
        << QByteArray()
        << QStringList{QStringLiteral("curl"),   QStringLiteral("-X"),
                       QStringLiteral("POST"),   QStringLiteral("https://apitest.vipps.no/accesstoken/get"),
                       QStringLiteral("-H"),     QStringLiteral("client_id: 8f2a4c1e-client"),
                       QStringLiteral("-H"),     QStringLiteral("client_secret: ") + clientSecret,
                       QStringLiteral("-H"),     QStringLiteral("Ocp-Apim-Subscription-Key: ") + subscriptionKey,
                       QStringLiteral("-H"),     QStringLiteral("Merchant-Serial-Number: 123456"),
                       QStringLiteral("--data"), QString()};
    const QByteArray body = R"({"paymentDescription":"Ola's $HOME `id` \\ !x","key":")" + kSubscriptionKey + "\"}\n";
    QTest::newRow("awkward characters and a secret in the body")
        << QByteArray("POST") << QUrl(QStringLiteral("https://example.com/it's"))
        << Http::HeaderList{{"X-Note", R"(a'b"c$d\e)"}, {"Authorization", "Bearer " + kToken}} << body
        << QStringList{
               QStringLiteral("curl"),       QStringLiteral("-X"),
               QStringLiteral("POST"),       QStringLiteral("https://example.com/it's"),
               QStringLiteral("-H"),         QStringLiteral(R"(X-Note: a'b"c$d\e)"),
               QStringLiteral("-H"),         QStringLiteral("Authorization: Bearer ") + QString::fromUtf8(kToken),
               QStringLiteral("--data-raw"), QString::fromUtf8(body)};
}

void TestCurl::shellReadsTheIntendedArguments()
{
    QFETCH(QByteArray, method);
    QFETCH(QUrl, url);
    QFETCH(Http::HeaderList, headers);
    QFETCH(QByteArray, body);
    QFETCH(QStringList, arguments);

    if (QStandardPaths::findExecutable(QStringLiteral("sh")).isEmpty())
        QSKIP("no POSIX shell on this system");
    const QString rendered = Api::Curl::render(method, url, headers, body, vippsPlaceholders());
    QCOMPARE(shellWords(rendered), arguments);
}

QTEST_GUILESS_MAIN(TestCurl)
#include "tst_curl.moc"
