// SPDX-License-Identifier: MIT
// What every layer shares: amounts as people read them, words a POSIX shell takes as they are, and text from the
// wire made safe to show.
#include "base/amounttext.h"
#include "base/answerguard.h"
#include "base/shellword.h"
#include "base/visibletext.h"

#include <QJsonDocument>
#include <QJsonObject>
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
    void visibleText_data();
    void visibleText();
    void visibleTextKeepsLineBreaksWhenAsked();
    void visibleUtf8_data();
    void visibleUtf8();
    void visibleJsonStaysTheSameJson();
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

void TstBase::visibleText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    QTest::newRow("plain") << QStringLiteral("AUTHORIZED ordre-1 æøå €") << QStringLiteral("AUTHORIZED ordre-1 æøå €");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("erase line and redraw") << QStringLiteral("\u001b[2K\r10:00 AUTHORIZED valid 200")
                                           << QStringLiteral("\\x1b[2K\\x0d10:00 AUTHORIZED valid 200");
    QTest::newRow("OSC 52 and BEL") << QStringLiteral("\u001b]52;c;aGk=\u0007")
                                    << QStringLiteral("\\x1b]52;c;aGk=\\x07");
    QTest::newRow("NUL, tab, newline") << QString::fromUtf16(u"a\0b\tc\nd", 7) << QStringLiteral("a\\x00b\\x09c\\x0ad");
    QTest::newRow("DEL and C1 CSI") << QStringLiteral("x\u007fy\u009b2Jz") << QStringLiteral("x\\x7fy\\x9b2Jz");
    QTest::newRow("C1 bounds") << QStringLiteral("\u0080\u009f\u00a0") << QStringLiteral("\\x80\\x9f\u00a0");
    QTest::newRow("bidi override") << QStringLiteral("ref\u202eTXT.exe") << QStringLiteral("ref\\u202eTXT.exe");
    QTest::newRow("bidi bounds") << QStringLiteral("\u2029\u202a\u202e\u202f\u2066\u2069\u206a")
                                 << QStringLiteral("\\u2029\\u202a\\u202e\u202f\\u2066\\u2069\u206a");
    QTest::newRow("backslash kept") << QStringLiteral("C:\\x1b") << QStringLiteral("C:\\x1b");
    QTest::newRow("astral kept") << QStringLiteral("\U0001F600") << QStringLiteral("\U0001F600");
}

void TstBase::visibleText()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QCOMPARE(Base::visibleText(text), shown);
    QCOMPARE(Base::visibleUtf8(text.toUtf8()), shown.toUtf8());
}

void TstBase::visibleTextKeepsLineBreaksWhenAsked()
{
    const QString text = QStringLiteral("line one\nline two\r\n\u001b[1m");
    QCOMPARE(Base::visibleText(text, Base::LineBreaks::Kept), QStringLiteral("line one\nline two\\x0d\n\\x1b[1m"));
    QCOMPARE(Base::visibleUtf8(text.toUtf8(), Base::LineBreaks::Kept),
             QByteArray("line one\nline two\\x0d\n\\x1b[1m"));
}

// Bytes that are not well-formed UTF-8 are shown byte by byte; a lone 0x9b is the 8-bit CSI of some terminals.
void TstBase::visibleUtf8_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("shown");
    QTest::newRow("8-bit CSI") << QByteArray("a\x9b") + "2Jb" << QByteArray("a\\x9b2Jb");
    QTest::newRow("C1 as UTF-8") << QByteArray("a\xc2\x9b") + "2J" << QByteArray("a\\x9b2J");
    QTest::newRow("overlong ESC") << QByteArray("\xc0\x9b") << QByteArray("\\xc0\\x9b");
    QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << QByteArray("\\xed\\xa0\\x80");
    QTest::newRow("beyond U+10FFFF") << QByteArray("\xf4\x90\x80\x80") << QByteArray("\\xf4\\x90\\x80\\x80");
    QTest::newRow("cut sequence") << QByteArray("\xe2\x82") << QByteArray("\\xe2\\x82");
    QTest::newRow("four bytes kept") << QByteArray("\xf0\x9f\x98\x80") << QByteArray("\xf0\x9f\x98\x80");
    QTest::newRow("bidi as UTF-8") << QByteArray("\xe2\x81\xa6x") << QByteArray("\\u2066x");
    QTest::newRow("three bytes kept") << QByteArray("\xe2\x82\xac") << QByteArray("\xe2\x82\xac");
}

void TstBase::visibleUtf8()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, shown);
    QCOMPARE(Base::visibleUtf8(bytes), shown);
}

// DEL, C1 and bidi controls leave QJsonDocument as they are; visibleJson() writes them as JSON escapes.
void TstBase::visibleJsonStaysTheSameJson()
{
    const QString hostile = QStringLiteral("a\u001b[2K\u007f\u009b2J\u202e\u2028\r\nb æ");
    const QByteArray json = QJsonDocument(QJsonObject{{QStringLiteral("name"), hostile}}).toJson();
    const QByteArray visible = Base::visibleJson(json);
    QCOMPARE(Base::visibleUtf8(visible, Base::LineBreaks::Kept), visible);
    QVERIFY2(visible.contains("\\u007f\\u009b2J\\u202e\\u2028"), visible.constData());
    QCOMPARE(QJsonDocument::fromJson(visible).object().value(QLatin1String("name")).toString(), hostile);
    QCOMPARE(Base::visibleJson("{\"a\": 1}\n"), QByteArray("{\"a\": 1}\n"));
}

QTEST_GUILESS_MAIN(TstBase)
#include "tst_base.moc"
