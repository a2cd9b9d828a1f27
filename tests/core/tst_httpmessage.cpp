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

QTEST_GUILESS_MAIN(TestHttpMessage)
#include "tst_httpmessage.moc"
