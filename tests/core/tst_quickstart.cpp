// SPDX-License-Identifier: MIT
// The quick start's five steps: ticked as the user works, in any order, the current one always the first
// not done, registering undone when the registrations no longer reach the receiver, each profile with its own
// progress and error, and every step with a title, an explanation and an action.
#include "workbench/quickstart.h"

#include <QSignalSpy>
#include <QTest>

using Workbench::QuickStart;
using Step = QuickStart::Step;

class TstQuickStart : public QObject
{
    Q_OBJECT

private slots:
    void startsAtSetup();
    void walksThroughInOrder();
    void laterStepFirstKeepsEarlierCurrent();
    void repeatedReportsSignalOnce();
    void setupCanBeUndone();
    void resetStartsOver();
    void outdatedRegistrationUndoesRegister();
    void eachProfileKeepsItsProgress();
    void errorGoesWhenTheUserGetsOn();
    void everyStepHasTexts();
};

void TstQuickStart::startsAtSetup()
{
    QuickStart quickStart;
    QCOMPARE(quickStart.current(), Step::Setup);
    QCOMPARE(quickStart.doneCount(), 0);
    QVERIFY(!quickStart.isComplete());
}

void TstQuickStart::walksThroughInOrder()
{
    QuickStart quickStart;
    quickStart.profileReady(true);
    QCOMPARE(quickStart.current(), Step::Token);
    quickStart.tokenReceived();
    QCOMPARE(quickStart.current(), Step::Register);
    quickStart.webhookRegistered();
    QCOMPARE(quickStart.current(), Step::Trigger);
    quickStart.paymentTriggered();
    QCOMPARE(quickStart.current(), Step::View);
    QVERIFY(!quickStart.isComplete());
    quickStart.validEventReceived();
    QVERIFY(quickStart.isComplete());
    QCOMPARE(quickStart.doneCount(), 5);
}

void TstQuickStart::laterStepFirstKeepsEarlierCurrent()
{
    QuickStart quickStart;
    quickStart.tokenReceived();
    quickStart.validEventReceived();
    QCOMPARE(quickStart.current(), Step::Setup);
    QVERIFY(quickStart.isDone(Step::Token));
    QVERIFY(!quickStart.isDone(Step::Register));
    quickStart.profileReady(true);
    QCOMPARE(quickStart.current(), Step::Register);
}

void TstQuickStart::repeatedReportsSignalOnce()
{
    QuickStart quickStart;
    QSignalSpy changed(&quickStart, &QuickStart::changed);
    quickStart.tokenReceived();
    quickStart.tokenReceived();
    QCOMPARE(changed.count(), 1);
}

void TstQuickStart::setupCanBeUndone()
{
    QuickStart quickStart;
    quickStart.profileReady(true);
    quickStart.profileReady(false); // a key was removed
    QVERIFY(!quickStart.isDone(Step::Setup));
    QCOMPARE(quickStart.current(), Step::Setup);
}

void TstQuickStart::resetStartsOver()
{
    QuickStart quickStart;
    quickStart.profileReady(true);
    quickStart.tokenReceived();
    QSignalSpy changed(&quickStart, &QuickStart::changed);
    quickStart.reset();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(quickStart.doneCount(), 0);
    quickStart.reset();
    QCOMPARE(changed.count(), 1);
}

// The receiver moved and the registrations still point at its old address: step 3 is to do again, the others stay.
void TstQuickStart::outdatedRegistrationUndoesRegister()
{
    QuickStart quickStart;
    quickStart.profileReady(true);
    quickStart.tokenReceived();
    quickStart.webhookRegistered();
    quickStart.paymentTriggered();
    QSignalSpy changed(&quickStart, &QuickStart::changed);
    quickStart.registrationOutdated();
    QCOMPARE(changed.count(), 1);
    QVERIFY(!quickStart.isDone(Step::Register));
    QCOMPARE(quickStart.current(), Step::Register);
    QCOMPARE(quickStart.doneCount(), 3);
    quickStart.webhookRegistered();
    QVERIFY(quickStart.isDone(Step::Register));
}

void TstQuickStart::eachProfileKeepsItsProgress()
{
    QuickStart quickStart;
    quickStart.setProfile(QStringLiteral("simulator"));
    quickStart.profileReady(true);
    quickStart.tokenReceived();
    quickStart.webhookRegistered();
    quickStart.setError(QStringLiteral("401 Unauthorized"));

    QSignalSpy changed(&quickStart, &QuickStart::changed);
    quickStart.setProfile(QStringLiteral("vipps-test")); // not used before: nothing done, no error of another
    QCOMPARE(changed.count(), 1);
    QCOMPARE(quickStart.profile(), QStringLiteral("vipps-test"));
    QCOMPARE(quickStart.doneCount(), 0);
    QCOMPARE(quickStart.error(), QString());
    quickStart.profileReady(false);
    quickStart.setError(QStringLiteral("No subscription key"));

    quickStart.setProfile(QStringLiteral("simulator")); // back where it was left, without the old error
    QCOMPARE(quickStart.doneCount(), 3);
    QCOMPARE(quickStart.current(), Step::Trigger);
    QCOMPARE(quickStart.error(), QString());
    quickStart.setProfile(QStringLiteral("simulator"));
    QCOMPARE(changed.count(), 3); // the same profile again changes nothing

    quickStart.setProfile(QStringLiteral("vipps-test"));
    QCOMPARE(quickStart.doneCount(), 0);
    QCOMPARE(quickStart.current(), Step::Setup);
}

void TstQuickStart::errorGoesWhenTheUserGetsOn()
{
    QuickStart quickStart;
    QSignalSpy changed(&quickStart, &QuickStart::changed);
    quickStart.setError(QStringLiteral("401 Unauthorized"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(quickStart.error(), QStringLiteral("401 Unauthorized"));
    quickStart.setError(QStringLiteral("401 Unauthorized"));
    QCOMPARE(changed.count(), 1);
    quickStart.tokenReceived();
    QCOMPARE(quickStart.error(), QString());
}

void TstQuickStart::everyStepHasTexts()
{
    QSet<QString> titles;
    for (int i = 0; i < QuickStart::StepCount; ++i) {
        const Step step = Step(i);
        QVERIFY(!QuickStart::title(step).isEmpty());
        QVERIFY(!QuickStart::explanation(step).isEmpty());
        QVERIFY(!QuickStart::actionLabel(step).isEmpty());
        titles.insert(QuickStart::title(step));
    }
    QCOMPARE(titles.size(), QuickStart::StepCount);
}

QTEST_GUILESS_MAIN(TstQuickStart)
#include "tst_quickstart.moc"
