// SPDX-License-Identifier: MIT
// What a request says about itself (the parts of its target, keep-alive) and how an answer is written for it.
#include "http/request.h"
#include "http/response.h"

#include <QTest>

using Http::Request;
using Http::Response;

class TestHttpMessage : public QObject
{
    Q_OBJECT

private slots:
    void targetParts_data();
    void targetParts();
    void statusLine_data();
    void statusLine();
    void framing_data();
    void framing();
};

void TestHttpMessage::targetParts_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("pathAndQuery");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("authority");
    QTest::newRow("origin form") << QByteArray("/hooks/vipps?x=1") << QByteArray("/hooks/vipps?x=1")
                                 << QByteArray("/hooks/vipps") << QByteArray();
    QTest::newRow("absolute form") << QByteArray("http://127.0.0.1:8780/hooks/vipps?x=1")
                                   << QByteArray("/hooks/vipps?x=1") << QByteArray("/hooks/vipps")
                                   << QByteArray("127.0.0.1:8780");
    QTest::newRow("https, scheme in capitals") << QByteArray("HTTPS://Shop.Example/hook") << QByteArray("/hook")
                                               << QByteArray("/hook") << QByteArray("Shop.Example");
    QTest::newRow("absolute form without a path")
        << QByteArray("http://shop.example") << QByteArray("/") << QByteArray("/") << QByteArray("shop.example");
    QTest::newRow("absolute form with only a query") << QByteArray("http://shop.example?a=b") << QByteArray("/?a=b")
                                                     << QByteArray("/") << QByteArray("shop.example");
    QTest::newRow("userinfo is not the host") << QByteArray("http://user:pw@shop.example:81/h") << QByteArray("/h")
                                              << QByteArray("/h") << QByteArray("shop.example:81");
    QTest::newRow("IPv6 host") << QByteArray("http://[::1]:8780/h") << QByteArray("/h") << QByteArray("/h")
                               << QByteArray("[::1]:8780");
    QTest::newRow("another scheme is not absolute form")
        << QByteArray("ftp://shop.example/h") << QByteArray("ftp://shop.example/h")
        << QByteArray("ftp://shop.example/h") << QByteArray();
    QTest::newRow("asterisk form") << QByteArray("*") << QByteArray("*") << QByteArray("*") << QByteArray();
    QTest::newRow("a path that only mentions http://")
        << QByteArray("/go?to=http://x/") << QByteArray("/go?to=http://x/") << QByteArray("/go") << QByteArray();
}

// RFC 9112 §3.2.2: an absolute-form target carries the host; routing and the signed string use its path and query.
void TestHttpMessage::targetParts()
{
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, pathAndQuery);
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, authority);
    Request request;
    request.target = target;
    QCOMPARE(request.pathAndQuery(), pathAndQuery);
    QCOMPARE(request.path(), path);
    QCOMPARE(request.authority(), authority);
    QCOMPARE(request.authority().isNull(), authority.isNull());
}

void TestHttpMessage::statusLine_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("303") << 303 << QByteArray("HTTP/1.1 303 See Other"); // the landing page's redirect
    QTest::newRow("100") << 100 << QByteArray("HTTP/1.1 100 Continue");
    QTest::newRow("413") << 413 << QByteArray("HTTP/1.1 413 Content Too Large");
    QTest::newRow("431") << 431 << QByteArray("HTTP/1.1 431 Request Header Fields Too Large");
    // RFC 9112 §4: a status without a known phrase goes out with an empty one rather than a made-up word.
    QTest::newRow("unknown") << 599 << QByteArray("HTTP/1.1 599 ");
    // Every other status the receiver and the simulator send has its own phrase.
    for (const int status :
         {200, 201, 204, 400, 401, 403, 404, 405, 408, 409, 414, 415, 422, 423, 429, 500, 501, 502, 503, 504, 505}) {
        QTest::addRow("%d", status) << status
                                    << "HTTP/1.1 " + QByteArray::number(status) + ' ' +
                                           Response::standardReasonPhrase(status);
        QVERIFY(!Response::standardReasonPhrase(status).isEmpty());
    }
}

void TestHttpMessage::statusLine()
{
    QFETCH(int, status);
    QFETCH(QByteArray, line);
    Response response;
    response.status = status;
    const QByteArray bytes = response.serialize({});
    QCOMPARE(bytes.left(bytes.indexOf("\r\n")), line);
    QCOMPARE(Response::reasonPhrase(status), status == 599 ? QByteArray("Status") : line.mid(13));
}

void TestHttpMessage::framing_data()
{
    QTest::addColumn<bool>("keepAlive");
    QTest::addColumn<bool>("headersOnly");
    QTest::addColumn<bool>("http10");
    QTest::addColumn<QByteArray>("connection");
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("HTTP/1.1 kept") << true << false << false << QByteArray() << QByteArray("hello");
    QTest::newRow("HTTP/1.1 closed") << false << false << false << QByteArray("close") << QByteArray("hello");
    QTest::newRow("HTTP/1.0 kept") << true << false << true << QByteArray("keep-alive") << QByteArray("hello");
    QTest::newRow("HTTP/1.0 closed") << false << false << true << QByteArray("close") << QByteArray("hello");
    QTest::newRow("HEAD") << true << true << false << QByteArray() << QByteArray();
}

// RFC 9112 §9.3 and Appendix C.2.2: an HTTP/1.0 connection persists only when the answer says keep-alive too.
// RFC 9110 §9.3.2: an answer to HEAD has GET's Content-Length and no content.
void TestHttpMessage::framing()
{
    QFETCH(bool, keepAlive);
    QFETCH(bool, headersOnly);
    QFETCH(bool, http10);
    QFETCH(QByteArray, connection);
    QFETCH(QByteArray, content);
    const QByteArray bytes = Response::text(200, "hello").serialize({keepAlive, headersOnly, http10});
    const qsizetype end = bytes.indexOf("\r\n\r\n");
    QList<QByteArray> fields;
    for (const QByteArray &line : bytes.left(end).split('\n'))
        fields.append(line.trimmed());
    QVERIFY(fields.contains("Content-Length: 5"));
    QCOMPARE(fields.contains("Connection: " + connection), !connection.isEmpty());
    QCOMPARE(bytes.count("Connection:"), connection.isEmpty() ? 0 : 1);
    QCOMPARE(bytes.mid(end + 4), content);
}

QTEST_GUILESS_MAIN(TestHttpMessage)
#include "tst_httpmessage.moc"
