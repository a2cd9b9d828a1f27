// SPDX-License-Identifier: MIT
// Running a test pack over loopback (docs/architecture.md §6 "Test packs"): one step at a time with a signal each,
// judged on the answers of a handler that checks the signatures on its own (VerifyingHandler); a handler that passes
// everything fails the broken steps; a step's own "expect"; no handler at all; an answer that never comes, on a fake
// clock.
#include "cannedserver.h"
#include "events/packrunner.h"
#include "fakedeadlineclock.h"
#include "signature/scheme.h"
#include "verifyinghandler.h"

#include <QSignalSpy>
#include <QTest>

using Events::PackRunner;
using Events::PackStep;
using Kind = Events::PackStep::Kind;

namespace {

const QByteArray Secret = QByteArrayLiteral("runner-secret-5f0d");

PackStep step(Kind kind, qint64 seq)
{
    PackStep s;
    s.kind = kind;
    s.seq = seq;
    s.path = "/hooks/vipps";
    s.headers = {{"Webhook-Id", "hook-1"}, {"Content-Type", "application/json; charset=utf-8"}};
    s.body = QStringLiteral(R"({"msn":"123456","reference":"runner-order-%1","pspReference":"p-%1","name":"CAPTURED",)"
                            R"("amount":{"currency":"NOK","value":1000},"success":true})")
                 .arg(seq)
                 .toUtf8();
    return s;
}

// Every kind once, in an order pack new accepts.
Events::TestPack everyKind()
{
    Events::TestPack pack;
    pack.steps = {step(Kind::Valid, 1),     step(Kind::Tampered, 1),   step(Kind::WrongSecret, 1), step(Kind::Stale, 1),
                  step(Kind::Duplicate, 1), step(Kind::OutOfOrder, 3), step(Kind::Valid, 2)};
    return pack;
}

QList<Events::PackStepResult> results(const QSignalSpy &spy)
{
    QList<Events::PackStepResult> list;
    for (const QList<QVariant> &arguments : spy)
        list.append(arguments.at(0).value<Events::PackStepResult>());
    return list;
}

} // namespace

class TestPackRunner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyStepPassesAgainstACorrectHandler();
    void brokenStepsFailAgainstAHandlerThatTakesEverything();
    void aStepsOwnExpectationWins();
    void noHandlerAtAllStopsAfterTheFirstStep();
    void aHandlerThatGoesAwayLaterFailsItsSteps();
    void anAnswerThatNeverComesFailsAtTheDeadline();
    void cancelledRunsSendNoMore();
};

void TestPackRunner::initTestCase()
{
    qRegisterMetaType<Events::PackStepResult>();
    qRegisterMetaType<Events::PackSummary>();
    qRegisterMetaType<Http::OutgoingRequest>();
}

void TestPackRunner::everyStepPassesAgainstACorrectHandler()
{
    VerifyingHandler handler;
    QVERIFY(handler.start());
    handler.setSecret(Secret);
    PackRunner runner;
    QSignalSpy started(&runner, &PackRunner::stepStarted);
    QSignalSpy steps(&runner, &PackRunner::stepFinished);
    QSignalSpy finished(&runner, &PackRunner::finished);
    runner.start(everyKind(), handler.url(), Secret);
    QVERIFY(runner.running());
    QVERIFY(finished.wait(20000));
    QVERIFY(!runner.running());
    const Events::PackSummary summary = finished.at(0).at(0).value<Events::PackSummary>();
    QCOMPARE(summary.steps, 7);
    QCOMPARE(summary.run, 7);
    QCOMPARE(summary.passed, 7);
    QVERIFY(summary.allPassed());
    QCOMPARE(started.size(), 7);
    const QList<Events::PackStepResult> list = results(steps);
    QCOMPARE(list.size(), 7);
    const QList<Signature::Result> checked{
        Signature::Result::Valid, Signature::Result::Invalid, Signature::Result::Invalid, Signature::Result::Stale,
        Signature::Result::Valid, Signature::Result::Valid,   Signature::Result::Valid};
    QCOMPARE(handler.seen().size(), 7);
    for (int i = 0; i < 7; ++i) {
        QCOMPARE(list.at(i).index, i);
        QVERIFY2(list.at(i).passed, qPrintable(list.at(i).why));
        QCOMPARE(handler.seen().at(i).verification.result, checked.at(i));
        QCOMPARE(handler.seen().at(i).request.target, QByteArray("/hooks/vipps")); // the step's own path
        QCOMPARE(list.at(i).sent.headers.value("Authorization"),
                 handler.seen().at(i).request.headers.value("Authorization"));
    }
    QCOMPARE(list.at(1).answer.status, 401);
    QCOMPARE(list.at(1).why, QStringLiteral("4xx expected"));
    QCOMPARE(handler.seen().at(4).request.body, handler.seen().at(0).request.body); // the duplicate is the same event
}

void TestPackRunner::brokenStepsFailAgainstAHandlerThatTakesEverything()
{
    VerifyingHandler handler;
    QVERIFY(handler.start());
    handler.answerAlways(200);
    PackRunner runner;
    QSignalSpy steps(&runner, &PackRunner::stepFinished);
    QSignalSpy finished(&runner, &PackRunner::finished);
    runner.start(everyKind(), handler.url(QStringLiteral("/mine")), Secret);
    QVERIFY(finished.wait(20000));
    const Events::PackSummary summary = finished.at(0).at(0).value<Events::PackSummary>();
    QCOMPARE(summary.run, 7);
    QCOMPARE(summary.passed, 4);
    QVERIFY(!summary.allPassed());
    const QList<Events::PackStepResult> list = results(steps);
    const QList<bool> passed{true, false, false, false, true, true, true};
    for (int i = 0; i < 7; ++i)
        QCOMPARE(list.at(i).passed, passed.at(i));
    QVERIFY2(list.at(1).why.startsWith(QLatin1String("expected 4xx: a body that differs")), qPrintable(list.at(1).why));
    QCOMPARE(handler.seen().at(0).request.target, QByteArray("/mine")); // the URL's own path
}

void TestPackRunner::aStepsOwnExpectationWins()
{
    VerifyingHandler handler;
    QVERIFY(handler.start());
    handler.answerAlways(200);
    Events::TestPack pack;
    pack.steps = {step(Kind::Tampered, 1), step(Kind::Valid, 2)};
    pack.steps[0].expect = Events::PackExpectation::ofClass(2);
    pack.steps[1].expect = Events::PackExpectation::exactly(202);
    PackRunner runner;
    QSignalSpy steps(&runner, &PackRunner::stepFinished);
    QSignalSpy finished(&runner, &PackRunner::finished);
    runner.start(pack, handler.url(), Secret);
    QVERIFY(finished.wait(20000));
    const QList<Events::PackStepResult> list = results(steps);
    QVERIFY(list.at(0).passed);
    QVERIFY(!list.at(1).passed);
    QCOMPARE(list.at(1).why, QStringLiteral("expected 202, as the pack says"));
}

void TestPackRunner::noHandlerAtAllStopsAfterTheFirstStep()
{
    PackRunner runner;
    QSignalSpy steps(&runner, &PackRunner::stepFinished);
    QSignalSpy finished(&runner, &PackRunner::finished);
    runner.start(everyKind(), QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(closedPort())), Secret);
    QVERIFY(finished.wait(20000));
    const Events::PackSummary summary = finished.at(0).at(0).value<Events::PackSummary>();
    QVERIFY(summary.unreachable);
    QVERIFY(!summary.allPassed());
    QCOMPARE(steps.size(), 1);
    const Events::PackStepResult first = results(steps).constFirst();
    QVERIFY(!first.passed);
    QVERIFY(first.answer.connectionFailed);
    QCOMPARE(first.answer.status, 0);
}

void TestPackRunner::aHandlerThatGoesAwayLaterFailsItsSteps()
{
    auto handler = std::make_unique<VerifyingHandler>();
    QVERIFY(handler->start());
    handler->setSecret(Secret);
    const QUrl url = handler->url();
    PackRunner runner;
    QSignalSpy finished(&runner, &PackRunner::finished);
    QList<Events::PackStepResult> list;
    connect(&runner, &PackRunner::stepFinished, this, [&](const Events::PackStepResult &result) {
        list.append(result);
        handler.reset(); // gone after the first answer
    });
    Events::TestPack pack;
    pack.steps = {step(Kind::Valid, 1), step(Kind::Valid, 2)};
    runner.start(pack, url, Secret);
    QVERIFY(finished.wait(20000));
    const Events::PackSummary summary = finished.at(0).at(0).value<Events::PackSummary>();
    QVERIFY(!summary.unreachable); // it was reached: the second step fails like any other
    QCOMPARE(summary.run, 2);
    QCOMPARE(summary.passed, 1);
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(1).answer.status, 0);
}

void TestPackRunner::anAnswerThatNeverComesFailsAtTheDeadline()
{
    SilentServer silent;
    QVERIFY(silent.start());
    FakeDeadlineClock clock;
    PackRunner runner;
    runner.setDeadlineClock(&clock);
    const QDateTime now(QDate(2026, 11, 26), QTime(9, 30, 0), Qt::UTC);
    runner.setNow([now] { return now; });
    QSignalSpy started(&runner, &PackRunner::stepStarted);
    QSignalSpy finished(&runner, &PackRunner::finished);
    Events::TestPack pack;
    pack.steps = {step(Kind::Valid, 1)};
    runner.start(pack, silent.baseUrl(), Secret);
    QTRY_COMPARE_WITH_TIMEOUT(silent.accepted(), 1, 10000);
    QCOMPARE(started.size(), 1);
    const Http::OutgoingRequest sent = started.at(0).at(1).value<Http::OutgoingRequest>();
    QCOMPARE(sent.headers.value("x-ms-date"), Signature::Scheme::formatDate(now));
    clock.advance(9999);
    QCOMPARE(finished.size(), 0);
    clock.advance(1);
    QTRY_COMPARE(finished.size(), 1);
    const Events::PackSummary summary = finished.at(0).at(0).value<Events::PackSummary>();
    QVERIFY(!summary.unreachable);
    QCOMPARE(summary.run, 1);
    QCOMPARE(summary.passed, 0);
}

void TestPackRunner::cancelledRunsSendNoMore()
{
    VerifyingHandler handler;
    QVERIFY(handler.start());
    PackRunner runner;
    QSignalSpy started(&runner, &PackRunner::stepStarted);
    QSignalSpy steps(&runner, &PackRunner::stepFinished);
    QSignalSpy finished(&runner, &PackRunner::finished);
    connect(&runner, &PackRunner::stepFinished, &runner, &PackRunner::cancel);
    runner.start(everyKind(), handler.url(), Secret);
    QVERIFY(finished.wait(20000));
    QVERIFY(finished.at(0).at(0).value<Events::PackSummary>().cancelled);
    QVERIFY(!runner.running());
    QCOMPARE(steps.size(), 1);
    QCOMPARE(started.size(), 1); // the second step was never sent
}

QTEST_GUILESS_MAIN(TestPackRunner)
#include "tst_packrunner.moc"
