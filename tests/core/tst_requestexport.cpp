// SPDX-License-Identifier: MIT
// A received request written out again: raw HTTP bytes, a curl command that /bin/sh reads back into the very
// bytes received, and pretty JSON that keeps what was sent.
#include "events/requestexport.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Events;

Q_DECLARE_METATYPE(Http::HeaderList)

namespace {

const QByteArray kJsonBody = R"({"msn":"123456","reference":"order-0001","name":"AUTHORIZED",)"
                             R"("amount":{"currency":"NOK","value":4900}})";
constexpr char kBinaryBytes[] = "\x1f\x8b\x08\x00\xff'%\\\r\n\x00tail"; // gzip magic, NUL, CR, quote, %
const QByteArray kBinaryBody(kBinaryBytes, sizeof kBinaryBytes - 1);

Journal::Entry entry(const QByteArray &method, const QByteArray &target, const Http::HeaderList &headers,
                     const QByteArray &body)
{
    Journal::Entry e;
    e.method = method;
    e.target = target;
    e.headers = headers;
    e.body = body;
    return e;
}

Http::HeaderList deliveryHeaders()
{
    return {{"Host", "localhost:8080"},
            {"x-ms-date", "Thu, 26 Nov 2026 12:00:00 GMT"},
            {"x-ms-content-sha256", "kQSmDK2O2OZoefs7WJBmm2OR4kuoPtDMNGGmh0QVvtA="},
            {"Authorization", "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=abc="},
            {"X-Trace", "first"},
            {"x-trace", "second"},
            {"Content-Type", "application/json; charset=utf-8"}};
}

// What /bin/sh makes of a command: the words curl would get, and what it would read from stdin for "@-".
struct ShellRun
{
    QList<QByteArray> words;
    QByteArray stdinBody;
    QByteArray error;
};

ShellRun runInShell(const QString &command)
{
    ShellRun run;
    QTemporaryDir dir;
    const QString bodyFile = dir.filePath(QStringLiteral("body"));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("VWB_BODY_FILE"), bodyFile);
    // A stand-in for curl that prints each argument NUL-terminated and saves stdin when told "@-".
    const QString stub = QStringLiteral("curl() { for a; do if [ \"$a\" = @- ]; then cat > \"$VWB_BODY_FILE\"; fi; "
                                        "printf '%s\\000' \"$a\"; done; }\n");
    QProcess shell;
    shell.setProcessEnvironment(environment);
    shell.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), stub + command});
    if (!shell.waitForFinished(30000) || shell.exitStatus() != QProcess::NormalExit || shell.exitCode() != 0) {
        run.error = "sh failed: " + shell.readAllStandardError();
        return run;
    }
    run.words = shell.readAllStandardOutput().split('\0');
    run.words.removeLast(); // the output ends with a NUL
    QFile body(bodyFile);
    if (body.open(QIODevice::ReadOnly))
        run.stdinBody = body.readAll();
    return run;
}

} // namespace

class TestRequestExport : public QObject
{
    Q_OBJECT

private slots:
    void rawRequest_data();
    void rawRequest();
    void curlText_data();
    void curlText();
    void curlReadsBackInShell_data();
    void curlReadsBackInShell();
    void defaultUrl_data();
    void defaultUrl();
    void curlNeverCarriesCredentials();
    void prettyJson_data();
    void prettyJson();
    void isPrintableText_data();
    void isPrintableText();
};

void TestRequestExport::rawRequest_data()
{
    QTest::addColumn<Http::HeaderList>("headers");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("headers in order, case and duplicates kept")
        << Http::HeaderList{{"Host", "localhost:8080"}, {"X-Trace", "first"}, {"x-trace", "second"}} << kJsonBody
        << "POST /hooks/vipps?env=test HTTP/1.1\r\nHost: localhost:8080\r\nX-Trace: first\r\nx-trace: second\r\n\r\n" +
               kJsonBody;
    QTest::newRow("empty body ends at the blank line")
        << Http::HeaderList{{"Content-Length", "0"}} << QByteArray()
        << QByteArray("POST /hooks/vipps?env=test HTTP/1.1\r\nContent-Length: 0\r\n\r\n");
    QTest::newRow("non-UTF-8 body kept byte for byte")
        << Http::HeaderList{{"Content-Length", "16"}} << kBinaryBody
        << "POST /hooks/vipps?env=test HTTP/1.1\r\nContent-Length: 16\r\n\r\n" + kBinaryBody;
    QTest::newRow("chunked body written as one chunk")
        << Http::HeaderList{{"Transfer-Encoding", "chunked"}} << QByteArray("{\"a\":1}")
        << QByteArray("POST /hooks/vipps?env=test HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                      "7\r\n{\"a\":1}\r\n0\r\n\r\n");
    QTest::newRow("bearer token and cookie redacted")
        << Http::HeaderList{{"authorization", "Bearer eyJhbGciOi.secret"}, {"Cookie", "session=abc"}} << QByteArray()
        << QByteArray("POST /hooks/vipps?env=test HTTP/1.1\r\nauthorization: Bearer [redacted]\r\n"
                      "Cookie: [redacted]\r\n\r\n");
}

void TestRequestExport::rawRequest()
{
    QFETCH(Http::HeaderList, headers);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, expected);

    QCOMPARE(RequestExport::rawRequest(entry("POST", "/hooks/vipps?env=test", headers, body)), expected);
}

void TestRequestExport::curlText_data()
{
    QTest::addColumn<Http::HeaderList>("headers");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");

    QTest::newRow("JSON delivery") << Http::HeaderList{{"Host", "localhost:8080"}, {"Webhook-Id", "it's"}}
                                   << QByteArray(R"({"name":"Ola's"})")
                                   << QStringLiteral("curl -X POST 'http://127.0.0.1:8080/hook' \\\n"
                                                     "  -H 'Host: localhost:8080' \\\n"
                                                     "  -H 'Webhook-Id: it'\\''s' \\\n"
                                                     "  --data-binary '{\"name\":\"Ola'\\''s\"}'");
    QTest::newRow("binary body piped from printf")
        << Http::HeaderList{{"Host", "localhost:8080"}} << QByteArray("\xff%\\\n", 4)
        << QStringLiteral("printf '\\377%%\\\\\\012' | curl -X POST 'http://127.0.0.1:8080/hook' \\\n"
                          "  -H 'Host: localhost:8080' \\\n"
                          "  --data-binary @-");
    QTest::newRow("empty body, empty header value")
        << Http::HeaderList{{"Host", "localhost:8080"}, {"X-Empty", ""}} << QByteArray()
        << QStringLiteral("curl -X POST 'http://127.0.0.1:8080/hook' \\\n"
                          "  -H 'Host: localhost:8080' \\\n"
                          "  -H 'X-Empty;'");
}

void TestRequestExport::curlText()
{
    QFETCH(Http::HeaderList, headers);
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);

    QCOMPARE(RequestExport::curl(entry("POST", "/hook", headers, body)), expected);
}

void TestRequestExport::curlReadsBackInShell_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<Http::HeaderList>("headers");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("signed delivery, duplicate headers in order")
        << QByteArray("POST") << deliveryHeaders() << kJsonBody;
    QTest::newRow("quotes and shell characters in headers and body")
        << QByteArray("POST") << Http::HeaderList{{"X-Note", R"(it's "quoted" $HOME `id` \n %s !x)"}, {"X-Single", "'"}}
        << QByteArray(R"({"text":"Ola's \"shop\" $PATH `uname` \\ %d 'x' !!"})");
    QTest::newRow("multi-line UTF-8 body with trailing newline")
        << QByteArray("POST") << Http::HeaderList{{"Content-Type", "text/plain; charset=utf-8"}}
        << QByteArray("bl\xc3\xa5\tb\xc3\xa6r\n\n'\n");
    QTest::newRow("non-UTF-8 body with NUL and CR") << QByteArray("POST") << deliveryHeaders() << kBinaryBody;
    QTest::newRow("non-UTF-8 header value")
        << QByteArray("POST") << Http::HeaderList{{"X-Latin1", "caf\xe9 'ok' %s \\"}} << QByteArray("x");
    QTest::newRow("empty body") << QByteArray("POST") << deliveryHeaders() << QByteArray();
    QTest::newRow("empty header value") << QByteArray("POST") << Http::HeaderList{{"X-Empty", ""}} << QByteArray("x");
    QTest::newRow("GET without body") << QByteArray("GET") << Http::HeaderList{{"Host", "127.0.0.1:9"}} << QByteArray();
}

void TestRequestExport::curlReadsBackInShell()
{
    QFETCH(QByteArray, method);
    QFETCH(Http::HeaderList, headers);
    QFETCH(QByteArray, body);

    const QByteArray url = "http://127.0.0.1:8080/hooks/vipps?env=test&x='y'";
    const QString command = RequestExport::curl(entry(method, "/ignored", headers, body), QUrl::fromEncoded(url));
    const ShellRun run = runInShell(command);
    QVERIFY2(run.error.isEmpty(), run.error.constData());

    QList<QByteArray> expected{"-X", method, QUrl::fromEncoded(url).toEncoded()};
    for (const Http::Header &header : headers) {
        expected.append("-H");
        expected.append(header.value.isEmpty() ? header.name + ';' : header.name + ": " + header.value);
    }
    const bool piped = !body.isEmpty() && !RequestExport::isPrintableText(body);
    if (!body.isEmpty())
        expected << "--data-binary" << (piped ? QByteArray("@-") : body);
    QCOMPARE(run.words, expected);
    QCOMPARE(run.stdinBody, piped ? body : QByteArray());
}

void TestRequestExport::defaultUrl_data()
{
    QTest::addColumn<Http::HeaderList>("headers");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("host with port") << Http::HeaderList{{"Host", "localhost:8080"}} << QByteArray("/hooks/vipps?env=1")
                                    << QByteArray("http://127.0.0.1:8080/hooks/vipps?env=1");
    QTest::newRow("host name in any case")
        << Http::HeaderList{{"hOsT", "example.com:3000"}} << QByteArray("/") << QByteArray("http://127.0.0.1:3000/");
    QTest::newRow("tunnel host without port")
        << Http::HeaderList{{"Host", "abc.ngrok.app"}} << QByteArray("/h") << QByteArray("http://127.0.0.1:80/h");
    QTest::newRow("IPv6 literal with port")
        << Http::HeaderList{{"Host", "[::1]:9000"}} << QByteArray("/h") << QByteArray("http://127.0.0.1:9000/h");
    QTest::newRow("IPv6 literal without port")
        << Http::HeaderList{{"Host", "[::1]"}} << QByteArray("/h") << QByteArray("http://127.0.0.1:80/h");
    QTest::newRow("no Host header") << Http::HeaderList{} << QByteArray("/h") << QByteArray("http://127.0.0.1:80/h");
    QTest::newRow("absolute-form target") << Http::HeaderList{{"Host", "a:81"}} << QByteArray("http://a:81/hooks?x=1")
                                          << QByteArray("http://127.0.0.1:81/hooks?x=1");
}

void TestRequestExport::defaultUrl()
{
    QFETCH(Http::HeaderList, headers);
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, expected);

    const Journal::Entry e = entry("POST", target, headers, {});
    QCOMPARE(RequestExport::defaultUrl(e), expected);
    QVERIFY(RequestExport::curl(e).startsWith(QLatin1String("curl -X POST '") + QString::fromUtf8(expected) + u'\''));
}

void TestRequestExport::curlNeverCarriesCredentials()
{
    const QByteArray token = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.payload.sig";
    Http::HeaderList headers = deliveryHeaders();
    headers.append(Http::Header{"X-Vipps-Authorization", "Bearer " + token});
    headers.append(Http::Header{"Cookie", "session=s3cr3t-cookie"});
    headers.append(Http::Header{"Ocp-Apim-Subscription-Key", "0123456789abcdef"});
    const Journal::Entry e = entry("POST", "/hooks/vipps", headers, kJsonBody);

    for (const QByteArray &text : {RequestExport::curl(e).toUtf8(), RequestExport::rawRequest(e)}) {
        QVERIFY(!text.contains(token));
        QVERIFY(!text.contains("s3cr3t-cookie"));
        QVERIFY(!text.contains("0123456789abcdef"));
        QVERIFY(text.contains("Bearer [redacted]"));
        // The HMAC signature is not a secret and is needed to re-check the delivery.
        QVERIFY(text.contains(deliveryHeaders().value("Authorization")));
    }
}

void TestRequestExport::prettyJson_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");

    QTest::newRow("keys stay in received order")
        << QByteArray(R"({"name":"AUTHORIZED","amount":{"value":4900,"currency":"NOK"},"msn":"1"})")
        << QStringLiteral("{\n  \"name\": \"AUTHORIZED\",\n  \"amount\": {\n    \"value\": 4900,\n"
                          "    \"currency\": \"NOK\"\n  },\n  \"msn\": \"1\"\n}");
    QTest::newRow("empty containers on one line, numbers as written")
        << QByteArray(" [ {}, [ ], 1.50e2, 12345678901234567890, null ]\n")
        << QStringLiteral("[\n  {},\n  [],\n  1.50e2,\n  12345678901234567890,\n  null\n]");
    QTest::newRow("structural characters inside strings untouched")
        << QByteArray(R"({"a":"x,{y}:[z] \"q\" \\","b":"bl\u00e5"})") << QStringLiteral(R"({
  "a": "x,{y}:[z] \"q\" \\",
  "b": "bl\u00e5"
})");
    QTest::newRow("UTF-8 text kept") << QByteArray("{\"by\":\"Troms\xc3\xb8\"}")
                                     << QStringLiteral("{\n  \"by\": \"Troms\u00f8\"\n}");
    QTest::newRow("not JSON") << QByteArray("name=AUTHORIZED&ref=1") << QString();
    QTest::newRow("truncated JSON") << QByteArray(R"({"name":"AUTH)") << QString();
    QTest::newRow("empty body") << QByteArray() << QString();
}

void TestRequestExport::prettyJson()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);

    QCOMPARE(RequestExport::prettyJson(body), expected);
}

void TestRequestExport::isPrintableText_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("printable");

    QTest::newRow("JSON") << kJsonBody << true;
    QTest::newRow("tabs, newlines, UTF-8") << QByteArray("a\tb\nbl\xc3\xa5") << true;
    QTest::newRow("carriage return") << QByteArray("a\r\nb") << false;
    QTest::newRow("NUL") << QByteArray("a\0b", 3) << false;
    QTest::newRow("DEL") << QByteArray("a\x7f") << false;
    QTest::newRow("Latin-1 byte") << QByteArray("caf\xe9") << false;
    QTest::newRow("empty") << QByteArray() << true;
}

void TestRequestExport::isPrintableText()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, printable);

    QCOMPARE(RequestExport::isPrintableText(bytes), printable);
}

QTEST_GUILESS_MAIN(TestRequestExport)
#include "tst_requestexport.moc"
