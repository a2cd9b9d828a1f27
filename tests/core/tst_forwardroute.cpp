// SPDX-License-Identifier: MIT
// Forward routes (`listen --forward-to [EVENT-TYPE=]URL`, docs/architecture.md §3 "Forwarding"): the forms read and
// refused, which deliveries a route takes by the event its body names (docs/vipps-wire.md §4), and the distinct
// targets of a delivery.
#include "receiver/forwardroute.h"

#include <QTest>

using Receiver::ForwardRoute;

class TestForwardRoute : public QObject
{
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void refuses_data();
    void refuses();
    void matches_data();
    void matches();
    void targetsAreDistinctAndInOrder();
    void passwordIsNotShown();
};

void TestForwardRoute::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("eventType");
    QTest::addColumn<QString>("url");
    QTest::newRow("a URL") << "http://localhost:3000/vipps" << QString() << "http://localhost:3000/vipps";
    QTest::newRow("https") << " https://shop.example/hooks " << QString() << "https://shop.example/hooks";
    QTest::newRow("a query with '='") << "http://127.0.0.1:3000/h?env=test&x=1" << QString()
                                      << "http://127.0.0.1:3000/h?env=test&x=1";
    QTest::newRow("no scheme") << "localhost:3000/vipps" << QString() << "http://localhost:3000/vipps";
    QTest::newRow("no scheme, '=' in the query")
        << "localhost:3000/h?a=b" << QString() << "http://localhost:3000/h?a=b";
    QTest::newRow("a type") << "epayments.payment.captured.v1=http://localhost:3000/captured"
                            << "epayments.payment.captured.v1"
                            << "http://localhost:3000/captured";
    QTest::newRow("a type, '=' in the query") << "recurring.charge-failed.v1=http://h:1/p?a=b"
                                              << "recurring.charge-failed.v1"
                                              << "http://h:1/p?a=b";
    QTest::newRow("a name") << "CAPTURED=http://h/"
                            << "CAPTURED"
                            << "http://h/";
}

void TestForwardRoute::parses()
{
    QFETCH(QString, text);
    QFETCH(QString, eventType);
    QFETCH(QString, url);
    QString error;
    const std::optional<ForwardRoute> route = ForwardRoute::parse(text, &error);
    QVERIFY2(route.has_value(), qPrintable(error));
    QCOMPARE(route->eventType, eventType);
    QCOMPARE(route->url, QUrl(url));
    QCOMPARE(ForwardRoute::parse(route->toString(), &error), route); // toString() reads back
}

void TestForwardRoute::refuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << ""
                           << "No URL given";
    QTest::newRow("a type without a URL") << "epayments.payment.captured.v1="
                                          << "No URL given";
    QTest::newRow("another scheme") << "ftp://h/x"
                                    << "'ftp://h/x' is not an http(s) URL";
    QTest::newRow("a type and another scheme") << "CAPTURED=file:///tmp/x"
                                               << "'file:///tmp/x' is not";
    QTest::newRow("no host") << "http:///x"
                             << "is not an http(s) URL with a host";
    QTest::newRow("a type with a space") << "captured event=http://h/"
                                         << "is not an http(s) URL";
}

void TestForwardRoute::refuses()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!ForwardRoute::parse(text, &error).has_value());
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("EVENT-TYPE=URL")), qPrintable(error));
}

void TestForwardRoute::matches_data()
{
    QTest::addColumn<QString>("eventType");
    QTest::addColumn<QString>("eventName");
    QTest::addColumn<bool>("matches");
    QTest::newRow("every delivery") << QString() << "CAPTURED" << true;
    QTest::newRow("every delivery, no name") << QString() << QString() << true;
    QTest::newRow("an ePayment type by its name") << "epayments.payment.captured.v1"
                                                  << "CAPTURED" << true;
    QTest::newRow("another ePayment event") << "epayments.payment.captured.v1"
                                            << "AUTHORIZED" << false;
    QTest::newRow("a body without a name") << "epayments.payment.captured.v1" << QString() << false;
    QTest::newRow("a type the body names") << "recurring.charge-failed.v1"
                                           << "recurring.charge-failed.v1" << true;
    QTest::newRow("another type") << "recurring.charge-failed.v1"
                                  << "recurring.charge-captured.v1" << false;
    QTest::newRow("a name") << "CAPTURED"
                            << "CAPTURED" << true;
}

void TestForwardRoute::matches()
{
    QFETCH(QString, eventType);
    QFETCH(QString, eventName);
    QFETCH(bool, matches);
    const ForwardRoute route{eventType, QUrl(QStringLiteral("http://h/"))};
    QCOMPARE(route.matches(eventName), matches);
}

void TestForwardRoute::targetsAreDistinctAndInOrder()
{
    const QUrl captured(QStringLiteral("http://h/captured"));
    const QUrl all(QStringLiteral("http://h/all"));
    const Receiver::ForwardRoutes routes = {{QStringLiteral("epayments.payment.captured.v1"), captured},
                                            {QString(), all},
                                            {QStringLiteral("epayments.payment.captured.v1"), all}};
    QCOMPARE(Receiver::forwardTargets(routes, QStringLiteral("CAPTURED")), (QList<QUrl>{captured, all}));
    QCOMPARE(Receiver::forwardTargets(routes, QStringLiteral("CREATED")), QList<QUrl>{all});
    QVERIFY(Receiver::routesByType(routes));
    QVERIFY(!Receiver::routesByType({{QString(), all}}));
}

void TestForwardRoute::passwordIsNotShown()
{
    QString error;
    const std::optional<ForwardRoute> route = ForwardRoute::parse(QStringLiteral("CAPTURED=http://me:pw@h/x"), &error);
    QVERIFY(route.has_value());
    QCOMPARE(route->url.password(), QStringLiteral("pw")); // still sent
    QCOMPARE(route->urlText(), QStringLiteral("http://me@h/x"));
    QCOMPARE(route->toString(), QStringLiteral("CAPTURED=http://me@h/x"));
}

QTEST_GUILESS_MAIN(TestForwardRoute)
#include "tst_forwardroute.moc"
