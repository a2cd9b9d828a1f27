// SPDX-License-Identifier: MIT
// Replaying a journal entry (docs/architecture.md §6 "Replay"): the request as received, re-signed and edited, checked
// field by field and, over loopback, by a handler that verifies the signature on its own (VerifyingHandler); finding
// the entry in a journal.
#include "events/replay.h"
#include "http/requestsender.h"
#include "journal/codec.h"
#include "signature/scheme.h"
#include "signature/signer.h"
#include "signedentry.h"
#include "verifyinghandler.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using Events::Replay;

namespace {

const QByteArray OriginalSecret = QByteArrayLiteral("original-secret-0b4e");
const QByteArray NewSecret = QByteArrayLiteral("handler-secret-77a1");
const QUrl OriginalUrl(QStringLiteral("https://shop.example/hooks/vipps?shop=1"));
const QByteArray Body = QByteArrayLiteral(
    R"({"msn":"123456","reference":"replay-order-1","pspReference":"p-1","name":"CAPTURED",)"
    R"("amount":{"currency":"NOK","value":49900},"timestamp":"2026-11-26T12:00:00.000Z","success":true})");
const QDateTime SignedAt(QDate(2026, 11, 26), QTime(12, 0, 1), Qt::UTC);

// A delivery to OriginalUrl as the journal keeps it, with the fields of its connection and one repeated field.
Journal::Entry entry(const QByteArray &body = Body)
{
    return deliveryEntry(
        7, OriginalSecret, OriginalUrl, body, SignedAt,
        {{"Connection", "keep-alive"}, {"Accept-Encoding", "gzip"}, {"X-Trace", "a"}, {"X-Trace", "b"}});
}

// Checked with the secret and URL at now.
Signature::Verification verify(const Http::OutgoingRequest &outgoing, const QByteArray &secret, const QUrl &url,
                               const QDateTime &now)
{
    return verifySignature(receivedAs(outgoing), secret, url, now);
}

QStringList names(const Http::HeaderList &headers)
{
    QStringList list;
    for (const Http::Header &header : headers)
        list.append(QString::fromLatin1(header.name));
    return list;
}

// Sends request to handler and waits for the answer.
Http::PeerAnswer exchange(const Http::OutgoingRequest &request)
{
    Http::RequestSender sender;
    QSignalSpy finished(&sender, &Http::RequestSender::finished);
    sender.send(request);
    if (!finished.wait(10000))
        return {};
    return finished.at(0).at(0).value<Http::PeerAnswer>();
}

} // namespace

class TestReplay : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<Http::PeerAnswer>(); }
    void targetUrl_data();
    void targetUrl();
    void asReceivedKeepsEveryByte();
    void resignedForTheNewUrl();
    void resignAddsMissingFieldsFirst();
    void editedBodyIsSigned();
    void repeatedFieldsAreJoined();
    void fieldsTheConnectionNamesStayBehind();
    void repeatedFieldKeepsItsPlace();
    void asReceivedOverLoopbackVerifiesWithTheOriginalSecret();
    void resignedOverLoopbackVerifiesWithTheHandlersSecret();
    void findsEntriesInAJournal();
};

void TestReplay::targetUrl_data()
{
    QTest::addColumn<QString>("to");
    QTest::addColumn<QByteArray>("received");
    QTest::addColumn<QString>("expected");
    QTest::newRow("origin only: the entry's path and query")
        << "http://127.0.0.1:3000" << QByteArray("/hooks/vipps?shop=1") << "http://127.0.0.1:3000/hooks/vipps?shop=1";
    QTest::newRow("a path: as given") << "http://127.0.0.1:3000/mine?x=2" << QByteArray("/hooks/vipps?shop=1")
                                      << "http://127.0.0.1:3000/mine?x=2";
    QTest::newRow("the root path: as given")
        << "https://handler.example/" << QByteArray("/hooks/vipps") << "https://handler.example/";
}

void TestReplay::targetUrl()
{
    QFETCH(QString, to);
    QFETCH(QByteArray, received);
    QFETCH(QString, expected);
    QCOMPARE(Replay::targetUrl(received, QUrl(to)).toString(), expected);
}

void TestReplay::asReceivedKeepsEveryByte()
{
    Journal::Entry absolute = entry();
    absolute.target = "http://shop.example/hooks/vipps?shop=1"; // as sent to a proxy
    for (const Journal::Entry &e : {entry(), absolute}) {
        const Http::OutgoingRequest request = Replay::asReceived(e, QUrl(QStringLiteral("http://127.0.0.1:3000")));
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.url.toString(), QStringLiteral("http://127.0.0.1:3000/hooks/vipps?shop=1"));
        QCOMPARE(request.body, Body);
        Http::HeaderList expected;
        for (const Http::Header &header : e.headers) {
            if (header.name == "Host")
                expected.append(Http::Header{"Host", "127.0.0.1:3000"});
            else if (!Replay::isConnectionField(header.name))
                expected.append(header);
        }
        QCOMPARE(request.headers, expected);
        QCOMPARE(
            names(request.headers).mid(0, 5),
            QStringList({QStringLiteral("Host"), QStringLiteral("x-ms-date"), QStringLiteral("x-ms-content-sha256"),
                         QStringLiteral("Authorization"), QStringLiteral("X-Vipps-Authorization")}));
        // Still the signature made for the original URL.
        QCOMPARE(verify(request, OriginalSecret, OriginalUrl, SignedAt).result, Signature::Result::Valid);
    }
}

void TestReplay::resignedForTheNewUrl()
{
    const QUrl to(QStringLiteral("http://127.0.0.1:3000/vipps"));
    const QDateTime now = SignedAt.addSecs(3600);
    const Http::OutgoingRequest request = Replay::resigned(entry(), to, NewSecret, now);
    QCOMPARE(request.body, Body);
    QCOMPARE(request.headers.value("Host"), QByteArray("127.0.0.1:3000"));
    QCOMPARE(request.headers.value("x-ms-date"), Signature::Scheme::formatDate(now));
    QCOMPARE(request.headers.value("X-Vipps-Authorization"), request.headers.value("Authorization"));
    QCOMPARE(request.headers.count("Authorization"), 1);
    // The same fields in the same places; only the signature's values are new.
    QCOMPARE(names(request.headers), names(Replay::asReceived(entry(), to).headers));
    QCOMPARE(request.headers.value("Webhook-Id"), QByteArray("hook-1"));
    QCOMPARE(verify(request, NewSecret, to, now).result, Signature::Result::Valid);
    QCOMPARE(verify(request, OriginalSecret, to, now).result, Signature::Result::Invalid);
}

void TestReplay::resignAddsMissingFieldsFirst()
{
    Http::OutgoingRequest request;
    request.url = QUrl(QStringLiteral("http://127.0.0.1:3000/vipps"));
    request.headers = {{"Webhook-Id", "hook-1"}, {"Content-Type", "application/json"}};
    request.body = Body;
    Replay::sign(request, NewSecret, SignedAt);
    QCOMPARE(names(request.headers),
             QStringLiteral("Host x-ms-date x-ms-content-sha256 Authorization X-Vipps-Authorization "
                            "Webhook-Id Content-Type")
                 .split(QLatin1Char(' ')));
    QCOMPARE(verify(request, NewSecret, request.url, SignedAt).result, Signature::Result::Valid);
}

void TestReplay::editedBodyIsSigned()
{
    const QUrl to(QStringLiteral("http://127.0.0.1:3000/vipps"));
    const QByteArray edited = R"({"name":"REFUNDED","reference":"replay-order-1"})";
    const Http::OutgoingRequest request = Replay::resigned(entry(), to, NewSecret, SignedAt, edited);
    QCOMPARE(request.body, edited);
    QCOMPARE(request.headers.value("x-ms-content-sha256"), Signature::Scheme::contentHash(edited));
    QCOMPARE(verify(request, NewSecret, to, SignedAt).result, Signature::Result::Valid);
}

void TestReplay::repeatedFieldsAreJoined()
{
    const QNetworkRequest request =
        Http::RequestSender::networkRequest(Replay::asReceived(entry(), QUrl(QStringLiteral("http://127.0.0.1:1"))));
    QCOMPARE(request.rawHeader("X-Trace"), QByteArray("a, b"));
    QCOMPARE(request.rawHeader("Host"), QByteArray("127.0.0.1:1"));
    QVERIFY(!request.hasRawHeader("Content-Length"));
    QVERIFY(!request.hasRawHeader("Connection"));
}

// RFC 9110 §7.6.1: a field the Connection field names belongs to that connection, as do Trailer and
// Proxy-Connection (Http::HopByHop, as for forwarding).
void TestReplay::fieldsTheConnectionNamesStayBehind()
{
    Journal::Entry received = entry();
    received.headers += Http::HeaderList{
        {"Connection", "close, X-Hop"}, {"X-Hop", "1"}, {"Trailer", "X-Sum"}, {"Proxy-Connection", "keep-alive"}};
    const Http::OutgoingRequest request = Replay::asReceived(received, QUrl(QStringLiteral("http://127.0.0.1:1")));
    for (const QByteArray name : {"Connection", "X-Hop", "Trailer", "Proxy-Connection"})
        QVERIFY2(!request.headers.contains(name), name.constData());
    QCOMPARE(request.headers.value("Webhook-Id"), QByteArray("hook-1"));
}

// Qt's request keeps one value per name: a repeated field goes out joined, in the place of its first.
void TestReplay::repeatedFieldKeepsItsPlace()
{
    Journal::Entry received = entry();
    received.headers += Http::HeaderList{{"X-Repeat", "1"}, {"X-Between", "x"}, {"X-Repeat", "2"}};
    const QList<QByteArray> sent =
        Http::RequestSender::networkRequest(Replay::asReceived(received, QUrl(QStringLiteral("http://127.0.0.1:1"))))
            .rawHeaderList();
    QVERIFY(sent.contains("X-Repeat") && sent.contains("X-Between"));
    QVERIFY(sent.indexOf("X-Repeat") < sent.indexOf("X-Between"));
}

void TestReplay::asReceivedOverLoopbackVerifiesWithTheOriginalSecret()
{
    VerifyingHandler handler;
    QVERIFY(handler.start());
    handler.setSecret(OriginalSecret);
    handler.setRegisteredUrl(OriginalUrl);
    handler.answerAlways(200); // the original x-ms-date is old; the signature is what is checked here
    const QByteArray binary = QByteArray("\xff\x00\x01{\"a\":1}\r\n", 11);
    for (const QByteArray &body : {Body, binary}) {
        const Journal::Entry e = entry(body);
        const Http::PeerAnswer answer = exchange(Replay::asReceived(e, handler.url()));
        QCOMPARE(answer.status, 200);
        const VerifyingHandler::Seen &seen = handler.seen().constLast();
        QCOMPARE(seen.request.body, body);
        QCOMPARE(seen.request.target, QByteArray("/hooks/vipps?shop=1"));
        QCOMPARE(seen.request.headers.value("Host"), handler.url().authority().toUtf8());
        for (const QByteArray name : {"x-ms-date", "x-ms-content-sha256", "Authorization", "X-Vipps-Authorization",
                                      "Webhook-Id", "Content-Type"})
            QCOMPARE(seen.request.headers.value(name), e.headers.value(name));
        QVERIFY2(seen.verification.result != Signature::Result::Invalid, qPrintable(seen.verification.reason));
        QCOMPARE(seen.verification.computedSignature, seen.verification.receivedSignature);
    }
}

void TestReplay::resignedOverLoopbackVerifiesWithTheHandlersSecret()
{
    VerifyingHandler handler;
    QVERIFY(handler.start());
    handler.setSecret(NewSecret);
    const Journal::Entry e = entry();
    const QByteArray edited = R"({"name":"CAPTURED","reference":"replay-order-1","amount":{"value":1}})";
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(exchange(Replay::resigned(e, handler.url(), NewSecret, now)).status, 200);
    QCOMPARE(exchange(Replay::resigned(e, handler.url(), NewSecret, now, edited)).status, 200);
    QCOMPARE(exchange(Replay::asReceived(e, handler.url())).status, 401); // signed for another URL and secret
    QCOMPARE(handler.seen().size(), 3);
    QCOMPARE(handler.seen().at(0).verification.result, Signature::Result::Valid);
    QCOMPARE(handler.seen().at(0).request.body, Body);
    QCOMPARE(handler.seen().at(1).verification.result, Signature::Result::Valid);
    QCOMPARE(handler.seen().at(1).request.body, edited);
    QCOMPARE(handler.seen().at(2).verification.result, Signature::Result::Invalid);
}

void TestReplay::findsEntriesInAJournal()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.jsonl"));
    QString error;
    QVERIFY(!Replay::find(path, 7, &error));
    QVERIFY2(error.contains(QLatin1String("no journal")), qPrintable(error));

    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    Journal::Entry first = entry();
    first.seq = 6;
    file.write(Journal::Codec::encode(first) + Journal::Codec::encode(entry()));
    file.close();
    const std::optional<Journal::Entry> found = Replay::find(path, 7, &error);
    QVERIFY(found);
    QCOMPARE(*found, entry());
    QVERIFY(!Replay::find(path, 8, &error));
    QVERIFY2(error.contains(QLatin1String("no entry #8")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestReplay)
#include "tst_replay.moc"
