// SPDX-License-Identifier: MIT
// The journal's forward line (docs/architecture.md §4 "Forward lines"): its layout, keys in a fixed order, bytes and
// text by the entry's rules, secrets in the handler's headers redacted, and never taken for an entry (nor an entry
// for it).
#include "journal/codec.h"
#include "journal/forwardcodec.h"
#include "journalsample.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using Journal::Forward;
namespace ForwardCodec = Journal::ForwardCodec;
namespace Codec = Journal::Codec;

class TestForwardCodec : public QObject
{
    Q_OBJECT

private slots:
    void layout();
    void roundTrip_data();
    void roundTrip();
    void secretsInTheAnswerAreRedacted();
    void decodeAccepts_data();
    void decodeAccepts();
    void decodeRejects_data();
    void decodeRejects();
    void neverAnEntry();
    void leadingForwardOf_data();
    void leadingForwardOf();
};

void TestForwardCodec::layout()
{
    Forward forward = JournalSample::forward(12);
    forward.elapsedMs = 12;
    QCOMPARE(
        ForwardCodec::encode(forward),
        QByteArray(R"({"forwardOf":12,"sentAt":"2026-11-26T10:00:01.012Z","to":"http://127.0.0.1:3000/vipps",)"
                   R"("status":200,"elapsedMs":12,"timedOut":false,"headers":[["Content-Type","application/json"]],)"
                   R"("body":"{\"ok\":true}","bodyTruncated":false,"error":""})"
                   "\n"));
}

void TestForwardCodec::roundTrip_data()
{
    QTest::addColumn<Forward>("forward");
    QTest::addColumn<QByteArray>("bodyKey");
    QTest::newRow("answered") << JournalSample::forward(1) << QByteArray("\"body\":");
    Forward binary = JournalSample::forward(2);
    binary.headers = {{"Content-Encoding", "gzip"}, {"X-Name", "caf\xe9"}};
    binary.body = QByteArray("\x1f\x8b\x08\x00\xff", 5);
    binary.bodyTruncated = true;
    QTest::newRow("binary body, latin1 header") << binary << QByteArray("\"bodyBase64\":");
    Forward refused = JournalSample::forward(3, 0);
    refused.headers.clear();
    refused.body.clear();
    refused.error = QStringLiteral("Connection refused");
    QTest::newRow("refused") << refused << QByteArray("\"body\":\"\"");
    Forward timedOut = JournalSample::forward(qint64(1) << 53, 0);
    timedOut.timedOut = true;
    timedOut.elapsedMs = 10000;
    timedOut.error = QStringLiteral("no answer within 10 s \"\x1b[2K\"\n");
    QTest::newRow("timed out, control characters") << timedOut << QByteArray("\"body\":");
}

void TestForwardCodec::roundTrip()
{
    QFETCH(Forward, forward);
    QFETCH(QByteArray, bodyKey);
    const QByteArray line = ForwardCodec::encode(forward);
    QVERIFY(line.endsWith('\n'));
    QCOMPARE(line.count('\n'), 1);
    QVERIFY(line.contains(bodyKey));
    QVERIFY(QJsonDocument::fromJson(line).isObject());
    const std::optional<Forward> decoded = ForwardCodec::decode(line);
    QVERIFY(decoded.has_value());
    QCOMPARE(decoded->forwardOf, forward.forwardOf);
    QCOMPARE(decoded->sentAt, forward.sentAt);
    QCOMPARE(decoded->headers, forward.headers);
    QCOMPARE(decoded->body, forward.body);
    QCOMPARE(decoded->error, forward.error);
    QVERIFY(*decoded == forward);
    QCOMPARE(ForwardCodec::encode(*decoded), line);
    QVERIFY(ForwardCodec::decode(line.chopped(1)).has_value()); // the newline is optional
}

void TestForwardCodec::secretsInTheAnswerAreRedacted()
{
    Forward forward = JournalSample::forward(4);
    forward.headers = {{"Set-Cookie", "session=s3cr3t; HttpOnly"}, {"X-Token", "Bearer eyJhbGciOi.s3cr3t"}};
    const QByteArray line = ForwardCodec::encode(forward);
    QVERIFY2(!line.contains("s3cr3t"), line.constData());
    const std::optional<Forward> decoded = ForwardCodec::decode(line);
    QVERIFY(decoded.has_value());
    QCOMPARE(decoded->headers.value("Set-Cookie"), QByteArray("[redacted]"));
    QCOMPARE(decoded->headers.value("X-Token"), QByteArray("Bearer [redacted]"));
}

void TestForwardCodec::decodeAccepts_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<qint64>("forwardOf");
    QTest::addColumn<int>("status");
    QTest::newRow("keys in another order")
        << QByteArray(R"({"status":503,"to":"http://h/","forwardOf":9,"elapsedMs":3})") << qint64(9) << 503;
    QTest::newRow("optional keys missing")
        << QByteArray(R"({"forwardOf":1,"sentAt":null,"to":"http://h/","status":0,"elapsedMs":0})") << qint64(1) << 0;
    QTest::newRow("base64 body") << QByteArray(
                                        R"({"forwardOf":2,"to":"x","status":200,"elapsedMs":1,"bodyBase64":"AP8="})")
                                 << qint64(2) << 200;
}

void TestForwardCodec::decodeAccepts()
{
    QFETCH(QByteArray, line);
    QFETCH(qint64, forwardOf);
    QFETCH(int, status);
    const std::optional<Forward> decoded = ForwardCodec::decode(line);
    QVERIFY(decoded.has_value());
    QCOMPARE(decoded->forwardOf, forwardOf);
    QCOMPARE(decoded->status, status);
}

void TestForwardCodec::decodeRejects_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("not JSON") << QByteArray("{\"forwardOf\":1,");
    QTest::newRow("an array") << QByteArray("[1]");
    QTest::newRow("no forwardOf") << QByteArray(R"({"to":"x","status":200,"elapsedMs":1})");
    QTest::newRow("negative forwardOf") << QByteArray(R"({"forwardOf":-1,"to":"x","status":200,"elapsedMs":1})");
    QTest::newRow("forwardOf a string") << QByteArray(R"({"forwardOf":"1","to":"x","status":200,"elapsedMs":1})");
    QTest::newRow("no to") << QByteArray(R"({"forwardOf":1,"status":200,"elapsedMs":1})");
    QTest::newRow("status a string") << QByteArray(R"({"forwardOf":1,"to":"x","status":"200","elapsedMs":1})");
    QTest::newRow("no elapsedMs") << QByteArray(R"({"forwardOf":1,"to":"x","status":200})");
    QTest::newRow("body and bodyBase64") << QByteArray(
        R"({"forwardOf":1,"to":"x","status":200,"elapsedMs":1,"body":"","bodyBase64":""})");
    QTest::newRow("bad base64") << QByteArray(
        R"({"forwardOf":1,"to":"x","status":200,"elapsedMs":1,"bodyBase64":"*"})");
    QTest::newRow("timedOut a string") << QByteArray(
        R"({"forwardOf":1,"to":"x","status":200,"elapsedMs":1,"timedOut":"no"})");
    QTest::newRow("an entry") << Codec::encode(JournalSample::entry(1));
}

void TestForwardCodec::decodeRejects()
{
    QFETCH(QByteArray, line);
    QVERIFY(!ForwardCodec::decode(line).has_value());
}

// An entry reader given a forward line, even one that also carries a seq, reads no entry from it.
void TestForwardCodec::neverAnEntry()
{
    const QByteArray line = ForwardCodec::encode(JournalSample::forward(5));
    QVERIFY(!Codec::decode(line).has_value());
    QVERIFY(!Codec::leadingSeq(line).has_value());
    QJsonObject withSeq = QJsonDocument::fromJson(Codec::encode(JournalSample::entry(5))).object();
    withSeq.insert(QStringLiteral("forwardOf"), 5);
    QVERIFY(!Codec::decode(QJsonDocument(withSeq).toJson(QJsonDocument::Compact)).has_value());
}

void TestForwardCodec::leadingForwardOf_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<qint64>("expected"); // -1: none
    QTest::newRow("as written") << ForwardCodec::encode(JournalSample::forward(4711)) << qint64(4711);
    QTest::newRow("an entry") << Codec::encode(JournalSample::entry(3)) << qint64(-1);
    QTest::newRow("space after the colon") << QByteArray(R"({"forwardOf": 3,"to":"x"})") << qint64(-1);
    QTest::newRow("no digits") << QByteArray(R"({"forwardOf":,"to":"x"})") << qint64(-1);
    QTest::newRow("the last key") << QByteArray(R"({"forwardOf":3})") << qint64(-1);
}

void TestForwardCodec::leadingForwardOf()
{
    QFETCH(QByteArray, line);
    QFETCH(qint64, expected);
    const std::optional<qint64> read = ForwardCodec::leadingForwardOf(line);
    QCOMPARE(read.value_or(-1), expected);
}

QTEST_GUILESS_MAIN(TestForwardCodec)
#include "tst_forwardcodec.moc"
