// SPDX-License-Identifier: MIT
// What every layer shares: amounts as people read them, and words a POSIX shell takes as they are.
#include "base/amounttext.h"
#include "base/answerguard.h"
#include "base/shellword.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <functional>
#include <limits>

class TstBase : public QObject
{
    Q_OBJECT

private slots:
    void amountText_data();
    void amountText();
    void amountTextInALocale();
    void shellWord_data();
    void shellWord();
    void singleQuotedSurvivesTheShell_data();
    void singleQuotedSurvivesTheShell();
    void guardedAnswerArrives();
    void answerAfterDropPendingIsDropped();
    void answerAfterTheGuardIsGoneIsDropped();
    void laterCallsStillAnswer();
};

void TstBase::amountText_data()
{
    QTest::addColumn<qint64>("minorUnits");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("text");
    QTest::newRow("whole kroner") << qint64(4900) << QStringLiteral("NOK") << QStringLiteral("49.00 NOK");
    QTest::newRow("øre below ten") << qint64(1005) << QStringLiteral("NOK") << QStringLiteral("10.05 NOK");
    QTest::newRow("one øre") << qint64(1) << QStringLiteral("DKK") << QStringLiteral("0.01 DKK");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("EUR") << QStringLiteral("0.00 EUR");
    QTest::newRow("no currency") << qint64(250) << QString() << QStringLiteral("2.50");
    QTest::newRow("negative") << qint64(-150) << QStringLiteral("NOK") << QStringLiteral("-1.50 NOK");
    QTest::newRow("negative below one") << qint64(-5) << QStringLiteral("NOK") << QStringLiteral("-0.05 NOK");
    QTest::newRow("most negative") << std::numeric_limits<qint64>::min() << QString()
                                   << QStringLiteral("-92233720368547758.08");
}

void TstBase::amountText()
{
    QFETCH(qint64, minorUnits);
    QFETCH(QString, currency);
    QFETCH(QString, text);
    QCOMPARE(Base::amountText(minorUnits, currency), text);
}

void TstBase::amountTextInALocale()
{
    const QLocale norwegian(QLocale::NorwegianBokmal, QLocale::Norway);
    QCOMPARE(Base::amountText(149900, QStringLiteral("NOK"), norwegian),
             norwegian.toString(1499) + QStringLiteral(",00 NOK"));
    QVERIFY(norwegian.toString(1499) != QLatin1String("1499")); // grouped
    QCOMPARE(Base::amountText(-5, QStringLiteral("NOK"), norwegian),
             norwegian.negativeSign() + QStringLiteral("0,05 NOK"));
    QCOMPARE(Base::amountText(149900, QStringLiteral("NOK"), QLocale::c()), QStringLiteral("1499.00 NOK"));
}

void TstBase::shellWord_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("word");
    QTest::newRow("plain") << QStringLiteral("demo-client_1.0") << QStringLiteral("demo-client_1.0");
    QTest::newRow("url") << QStringLiteral("http://127.0.0.1:8079/") << QStringLiteral("http://127.0.0.1:8079/");
    QTest::newRow("empty") << QString() << QStringLiteral("''");
    QTest::newRow("space") << QStringLiteral("a b") << QStringLiteral("'a b'");
    QTest::newRow("dollar") << QStringLiteral("$HOME") << QStringLiteral("'$HOME'");
    QTest::newRow("quote") << QStringLiteral("it's") << QStringLiteral("'it'\\''s'");
    QTest::newRow("non-ascii") << QStringLiteral("blåbær") << QStringLiteral("'blåbær'");
}

void TstBase::shellWord()
{
    QFETCH(QString, text);
    QFETCH(QString, word);
    QCOMPARE(Base::shellWord(text), word);
}

void TstBase::singleQuotedSurvivesTheShell_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("quotes") << QByteArray("'it''s'");
    QTest::newRow("specials") << QByteArray("$(id) `id` \\ \" ; & | * ?");
    QTest::newRow("newline") << QByteArray("one\ntwo");
}

// The shell itself gives the bytes back unchanged.
void TstBase::singleQuotedSurvivesTheShell()
{
    QFETCH(QByteArray, bytes);
    const QString sh = QStandardPaths::findExecutable(QStringLiteral("sh"));
    if (sh.isEmpty())
        QSKIP("no sh on this machine");
    QProcess shell;
    shell.start(sh, {QStringLiteral("-c"), QString::fromUtf8("printf %s " + Base::singleQuoted(bytes))});
    QVERIFY(shell.waitForFinished(10000));
    QCOMPARE(shell.readAllStandardOutput(), bytes);
    QCOMPARE(QString::fromUtf8(Base::singleQuoted(bytes)), Base::singleQuoted(QString::fromUtf8(bytes)));
}

void TstBase::guardedAnswerArrives()
{
    Base::AnswerGuard guard;
    QString received;
    auto answer =
        guard.guard([&received](const QString &text, int number) { received = text + QString::number(number); });
    answer(QStringLiteral("done "), 7);
    QCOMPARE(received, QStringLiteral("done 7"));
}

void TstBase::answerAfterDropPendingIsDropped()
{
    Base::AnswerGuard guard;
    int calls = 0;
    auto answer = guard.guard([&calls] { ++calls; });
    guard.dropPending();
    answer();
    QCOMPARE(calls, 0);
}

void TstBase::answerAfterTheGuardIsGoneIsDropped()
{
    int calls = 0;
    std::function<void()> answer;
    {
        Base::AnswerGuard guard;
        answer = guard.guard([&calls] { ++calls; });
    }
    answer();
    QCOMPARE(calls, 0);
}

void TstBase::laterCallsStillAnswer()
{
    Base::AnswerGuard guard;
    QStringList received;
    auto stale = guard.guard([&received](const QString &text) { received.append(text); });
    guard.dropPending();
    auto fresh = guard.guard([&received](const QString &text) { received.append(text); });
    stale(QStringLiteral("old profile"));
    fresh(QStringLiteral("new profile"));
    fresh(QStringLiteral("new profile, again"));
    QCOMPARE(received, QStringList({QStringLiteral("new profile"), QStringLiteral("new profile, again")}));
}

QTEST_GUILESS_MAIN(TstBase)
#include "tst_base.moc"
