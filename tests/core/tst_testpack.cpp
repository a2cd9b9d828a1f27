// SPDX-License-Identifier: MIT
// Test packs without a network (docs/architecture.md §6 "Test packs"): the file format read and written, what each
// kind of step expects, making a pack from journal entries, and the request each kind of step sends, checked with
// Signature::Verifier.
#include "events/packbuilder.h"
#include "events/packsteprequest.h"
#include "signature/scheme.h"
#include "signature/signer.h"
#include "signedentry.h"
#include "verifyinghandler.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using Events::PackExpectation;
using Events::PackStep;
using Events::TestPack;
using Kind = Events::PackStep::Kind;

namespace {

const QByteArray Secret = QByteArrayLiteral("pack-secret-31c9");
const QUrl Handler(QStringLiteral("http://127.0.0.1:3000/vipps"));
const QByteArray Body = QByteArrayLiteral(
    R"({"msn":"123456","reference":"pack-order-1","pspReference":"p-1","name":"AUTHORIZED",)"
    R"("amount":{"currency":"NOK","value":49900},"timestamp":"2026-11-26T12:00:00.000Z","success":true})");
const QDateTime Now(QDate(2026, 11, 26), QTime(12, 0, 0), Qt::UTC);

Journal::Entry entry(qint64 seq)
{
    return deliveryEntry(seq, "another", QUrl(QStringLiteral("https://shop.example/hooks/vipps?shop=1")), Body, Now,
                         {{"X-Api-Token", "Bearer abc.def"}});
}

PackStep step(Kind kind, const QByteArray &body = Body)
{
    PackStep s = PackStep::fromEntry(entry(3), kind);
    s.body = body;
    return s;
}

Signature::Verification verify(const Http::OutgoingRequest &outgoing, const QDateTime &now)
{
    return verifySignature(receivedAs(outgoing), Secret, outgoing.url, now);
}

std::optional<Journal::Entry> lookup(qint64 seq, QString *error)
{
    if (seq > 5) {
        *error = QStringLiteral("no entry #%1").arg(seq);
        return std::nullopt;
    }
    return entry(seq);
}

} // namespace

class TestTestPack : public QObject
{
    Q_OBJECT

private slots:
    void expectationParses_data();
    void expectationParses();
    void expectationMatches();
    void defaultsFollowTheKind();
    void stepFromEntryLeavesOutSigningAndConnection();
    void roundTrip();
    void fileLooksAsDocumented();
    void readsHandWrittenPacks();
    void refusesWhatItCannotRead_data();
    void refusesWhatItCannotRead();
    void builderKeepsTheOrderGiven();
    void builderRefuses_data();
    void builderRefuses();
    void stepRequests_data();
    void stepRequests();
    void tamperingWithoutAnAmountAddsASpace();
};

void TestTestPack::expectationParses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("parsed"); // text(), empty when refused
    QTest::newRow("2xx") << "2xx"
                         << "2xx";
    QTest::newRow("4XX") << " 4XX "
                         << "4xx";
    QTest::newRow("409") << "409"
                         << "409";
    QTest::newRow("200") << "200"
                         << "200";
    QTest::newRow("6xx") << "6xx"
                         << "";
    QTest::newRow("0xx") << "0xx"
                         << "";
    QTest::newRow("short") << "20"
                           << "";
    QTest::newRow("long") << "2000"
                          << "";
    QTest::newRow("mixed") << "2x9"
                           << "";
    QTest::newRow("word") << "ok"
                          << "";
    QTest::newRow("empty") << ""
                           << "";
}

void TestTestPack::expectationParses()
{
    QFETCH(QString, text);
    QFETCH(QString, parsed);
    const std::optional<PackExpectation> expectation = PackExpectation::parse(text);
    QCOMPARE(expectation ? expectation->text() : QString(), parsed);
}

void TestTestPack::expectationMatches()
{
    QVERIFY(PackExpectation::ofClass(4).matches(401));
    QVERIFY(PackExpectation::ofClass(4).matches(499));
    QVERIFY(!PackExpectation::ofClass(4).matches(200));
    QVERIFY(!PackExpectation::ofClass(4).matches(0)); // no answer never passes
    QVERIFY(PackExpectation::exactly(409).matches(409));
    QVERIFY(!PackExpectation::exactly(409).matches(400));
}

void TestTestPack::defaultsFollowTheKind()
{
    QCOMPARE(PackStep::defaultExpectation(Kind::Valid).text(), QStringLiteral("2xx"));
    QCOMPARE(PackStep::defaultExpectation(Kind::Tampered).text(), QStringLiteral("4xx"));
    QCOMPARE(PackStep::defaultExpectation(Kind::WrongSecret).text(), QStringLiteral("4xx"));
    QCOMPARE(PackStep::defaultExpectation(Kind::Stale).text(), QStringLiteral("4xx"));
    QCOMPARE(PackStep::defaultExpectation(Kind::Duplicate).text(), QStringLiteral("2xx"));
    QCOMPARE(PackStep::defaultExpectation(Kind::OutOfOrder).text(), QStringLiteral("2xx"));
    PackStep overridden = step(Kind::Tampered);
    overridden.expect = PackExpectation::exactly(400);
    QCOMPARE(overridden.expectation().text(), QStringLiteral("400"));
    for (const Kind kind : PackStep::kinds())
        QCOMPARE(PackStep::kindFromName(PackStep::kindName(kind)), kind);
}

void TestTestPack::stepFromEntryLeavesOutSigningAndConnection()
{
    Journal::Entry absolute = entry(4);
    absolute.target = "http://shop.example/hooks/vipps?shop=1";
    const PackStep s = PackStep::fromEntry(absolute, Kind::Stale);
    QCOMPARE(s.kind, Kind::Stale);
    QCOMPARE(s.seq, 4);
    QCOMPARE(s.method, QByteArray("POST"));
    QCOMPARE(s.path, QByteArray("/hooks/vipps?shop=1"));
    QCOMPARE(s.body, Body);
    const Http::HeaderList expected{{"Webhook-Id", "hook-1"},
                                    {"Content-Type", "application/json; charset=utf-8"},
                                    {"User-Agent", "Vipps MobilePay/1.0 Webhooks/1.0"},
                                    {"X-Api-Token", "Bearer [redacted]"}};
    QCOMPARE(s.headers, expected);
    QVERIFY(!s.expect);
}

void TestTestPack::roundTrip()
{
    TestPack pack;
    for (const Kind kind : PackStep::kinds())
        pack.steps.append(step(kind));
    pack.steps[1].expect = PackExpectation::exactly(400);
    pack.steps[2].expect = PackExpectation::ofClass(5);
    pack.steps[3].body = QByteArray("\xff\xfe\x00 not UTF-8", 14);
    pack.steps[4].headers.append(Http::Header{"X-Latin", "caf\xe9"});
    pack.steps[5].seq = 0;
    pack.steps[5].method = "PUT";
    QString error;
    const std::optional<TestPack> read = TestPack::fromJson(pack.toJson(), &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->steps, pack.steps);
}

void TestTestPack::fileLooksAsDocumented()
{
    TestPack pack;
    pack.steps.append(step(Kind::Valid));
    const QByteArray json = pack.toJson();
    QVERIFY(json.startsWith("{\n    \"format\": \"vipps-hooks-test-pack\",\n    \"version\": 1,\n    \"steps\": [\n"));
    const qsizetype kind = json.indexOf("\"kind\"");
    QVERIFY(kind > 0 && kind < json.indexOf("\"seq\"") && json.indexOf("\"seq\"") < json.indexOf("\"method\"") &&
            json.indexOf("\"path\"") < json.indexOf("\"headers\"") &&
            json.indexOf("\"headers\"") < json.indexOf("\"body\""));
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    QCOMPARE(root.value(QLatin1String("version")).toInt(), 1);
    QVERIFY(!json.contains("Authorization") && !json.contains("x-ms-date"));
}

void TestTestPack::readsHandWrittenPacks()
{
    const QByteArray json = R"({"version": 1, "format": "vipps-hooks-test-pack", "description": "shared by a colleague",
        "steps": [{"kind": "duplicate", "expect": 202, "path": "/hook", "note": "unknown keys are ignored",
                   "headers": [["Authorization", "HMAC-SHA256 old"], ["Webhook-Id", "w"]], "body": "{}"}]})";
    QString error;
    const std::optional<TestPack> pack = TestPack::fromJson(json, &error);
    QVERIFY2(pack, qPrintable(error));
    QCOMPARE(pack->steps.size(), 1);
    const PackStep &s = pack->steps.constFirst();
    QCOMPARE(s.kind, Kind::Duplicate);
    QCOMPARE(s.expect, PackExpectation::exactly(202));
    QCOMPARE(s.method, QByteArray("POST"));
    QCOMPARE(s.seq, 0);
    QCOMPARE(s.headers, Http::HeaderList({{"Webhook-Id", "w"}})); // the signature is made when the pack runs
}

void TestTestPack::refusesWhatItCannotRead_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    const QByteArray head = R"({"format":"vipps-hooks-test-pack","version":1,"steps":[)";
    QTest::newRow("not JSON") << QByteArray("kind: valid") << "not a test pack";
    QTest::newRow("another format") << QByteArray(R"({"format":"har","version":1,"steps":[]})") << "not a test pack";
    QTest::newRow("newer version") << QByteArray(R"({"format":"vipps-hooks-test-pack","version":2,"steps":[]})")
                                   << "version 2; this vipps-hooks reads version 1";
    QTest::newRow("no steps") << head + "]}"
                              << "no steps";
    QTest::newRow("unknown kind") << head + R"({"kind":"slow","path":"/","body":""}]})"
                                  << "step 1: \"kind\"";
    QTest::newRow("bad expect") << head + R"({"kind":"valid","expect":"ok","path":"/","body":""}]})"
                                << "step 1: \"expect\"";
    QTest::newRow("bad header") << head + R"({"kind":"valid","path":"/","headers":[["A"]],"body":""}]})"
                                << "step 1: each of \"headers\"";
    QTest::newRow("no body") << head + R"({"kind":"valid","path":"/"}]})"
                             << "step 1: a step needs \"body\"";
    QTest::newRow("two bodies") << head + R"({"kind":"valid","path":"/","body":"","bodyBase64":""}]})"
                                << "step 1: a step needs \"body\"";
    QTest::newRow("bad base64") << head + R"({"kind":"valid","path":"/","bodyBase64":"*"}]})"
                                << "step 1: a step needs \"body\"";
    QTest::newRow("relative path") << head + R"({"kind":"valid","body":""},{"kind":"valid","path":"x","body":""}]})"
                                   << "step 2: \"method\" must not be empty and \"path\" must start with \"/\"";
}

void TestTestPack::refusesWhatItCannotRead()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!TestPack::fromJson(json, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestTestPack::builderKeepsTheOrderGiven()
{
    const QList<Events::PackChoice> choices{
        {Kind::Valid, 2}, {Kind::Tampered, 2}, {Kind::Duplicate, 2}, {Kind::OutOfOrder, 5}, {Kind::Valid, 4}};
    QString error;
    const std::optional<TestPack> pack = Events::PackBuilder::build(choices, lookup, &error);
    QVERIFY2(pack, qPrintable(error));
    QCOMPARE(pack->steps.size(), choices.size());
    for (qsizetype i = 0; i < choices.size(); ++i) {
        QCOMPARE(pack->steps.at(i).kind, choices.at(i).kind);
        QCOMPARE(pack->steps.at(i).seq, choices.at(i).seq);
    }
}

void TestTestPack::builderRefuses_data()
{
    QTest::addColumn<QList<Events::PackChoice>>("choices");
    QTest::addColumn<QString>("message");
    QTest::newRow("nothing") << QList<Events::PackChoice>{} << "at least one step";
    QTest::newRow("duplicate first") << QList<Events::PackChoice>{{Kind::Duplicate, 2}, {Kind::Valid, 2}}
                                     << "duplicate:2 repeats";
    QTest::newRow("duplicate of another")
        << QList<Events::PackChoice>{{Kind::Valid, 1}, {Kind::Duplicate, 2}} << "duplicate:2 repeats";
    QTest::newRow("out of order last") << QList<Events::PackChoice>{{Kind::Valid, 1}, {Kind::OutOfOrder, 3}}
                                       << "out-of-order:3";
    QTest::newRow("out of order before a later one")
        << QList<Events::PackChoice>{{Kind::OutOfOrder, 3}, {Kind::Valid, 4}} << "out-of-order:3";
    QTest::newRow("unknown entry") << QList<Events::PackChoice>{{Kind::Valid, 1}, {Kind::Stale, 9}} << "no entry #9";
}

void TestTestPack::builderRefuses()
{
    QFETCH(QList<Events::PackChoice>, choices);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!Events::PackBuilder::build(choices, lookup, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestTestPack::stepRequests_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<Signature::Result>("result");
    QTest::addColumn<QString>("note");
    QTest::newRow("valid") << Kind::Valid << Signature::Result::Valid << "signed correctly";
    QTest::newRow("tampered") << Kind::Tampered << Signature::Result::Invalid
                              << "the amount changed from 49900 to 49901 after signing";
    QTest::newRow("wrong secret") << Kind::WrongSecret << Signature::Result::Invalid << "another secret";
    QTest::newRow("stale") << Kind::Stale << Signature::Result::Stale << "15 minutes old";
    QTest::newRow("duplicate") << Kind::Duplicate << Signature::Result::Valid << "sent again";
    QTest::newRow("out of order") << Kind::OutOfOrder << Signature::Result::Valid << "before an event";
}

void TestTestPack::stepRequests()
{
    QFETCH(Kind, kind);
    QFETCH(Signature::Result, result);
    QFETCH(QString, note);
    const Events::PackStepRequest sent = Events::PackStepRequest::build(step(kind), Handler, Secret, Now);
    QCOMPARE(sent.request.url, Handler);
    QCOMPARE(sent.request.method, QByteArray("POST"));
    QCOMPARE(sent.request.headers.value("Webhook-Id"), QByteArray("hook-1"));
    QCOMPARE(sent.request.headers.value("Host"), QByteArray("127.0.0.1:3000"));
    QVERIFY2(sent.note.contains(note), qPrintable(sent.note));
    const Signature::Verification verification = verify(sent.request, Now);
    QCOMPARE(verification.result, result);
    const QDateTime signedAt = Signature::Scheme::parseDate(sent.request.headers.value("x-ms-date"));
    QCOMPARE(signedAt, kind == Kind::Stale ? Now.addSecs(-PackStep::StaleSeconds) : Now);
    if (kind == Kind::Tampered)
        QVERIFY(sent.request.body.contains("\"value\":49901"));
    else
        QCOMPARE(sent.request.body, Body);
    // A step's own path is used when the URL has none.
    const Events::PackStepRequest bare =
        Events::PackStepRequest::build(step(kind), QUrl(QStringLiteral("http://127.0.0.1:3000")), Secret, Now);
    QCOMPARE(bare.request.url.toString(), QStringLiteral("http://127.0.0.1:3000/hooks/vipps?shop=1"));
}

void TestTestPack::tamperingWithoutAnAmountAddsASpace()
{
    const Events::PackStepRequest sent =
        Events::PackStepRequest::build(step(Kind::Tampered, "{\"ping\":true}"), Handler, Secret, Now);
    QCOMPARE(sent.request.body, QByteArray("{\"ping\":true} "));
    QCOMPARE(verify(sent.request, Now).result, Signature::Result::Invalid);
    QVERIFY(sent.note.contains(QLatin1String("space")));
}

QTEST_GUILESS_MAIN(TestTestPack)
#include "tst_testpack.moc"
