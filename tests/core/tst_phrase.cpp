// SPDX-License-Identifier: MIT
// Signature::Phrase: English made once, the user's language asked for each part, placeholders by number.
#include "markingtranslator.h"
#include "signature/phrase.h"

#include <QTest>

Q_DECLARE_METATYPE(Signature::Phrase)

using Signature::Phrase;

namespace {

// A translation that puts the arguments the other way round, as a language with another word order may.
class ReorderingTranslator : public QTranslator
{
public:
    QString translate(const char *, const char *sourceText, const char *, int) const override
    {
        return QLatin1String(sourceText) == QLatin1String("%1 before %2") ? QStringLiteral("%2 after %1") : QString();
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestPhrase : public QObject
{
    Q_OBJECT

private slots:
    void english_data();
    void english();
    void translatedPartByPart();
    void translationMayReorderTheArguments();
    void withoutATranslationItIsEnglish();
};

void TestPhrase::english_data()
{
    QTest::addColumn<Phrase>("phrase");
    QTest::addColumn<QString>("english");

    QTest::newRow("arguments by number") << Phrase("%2, then %1", {QStringLiteral("a"), QStringLiteral("b")})
                                         << QStringLiteral("b, then a");
    QTest::newRow("a number used twice") << Phrase("%1 at https://%1/", {QStringLiteral("host")})
                                         << QStringLiteral("host at https://host/");
    QTest::newRow("an argument's own %1 stays")
        << Phrase("%1 and %2", {QStringLiteral("%2"), QStringLiteral("b")}) << QStringLiteral("%2 and b");
    QTest::newRow("a number without an argument stays")
        << Phrase("%1 and %2", {QStringLiteral("a")}) << QStringLiteral("a and %2");
    QTest::newRow("a percent sign before no number")
        << Phrase("100% of %1", {QStringLiteral("a")}) << QStringLiteral("100% of a");
    QTest::newRow("a phrase in a phrase")
        << Phrase("the %1", {Phrase("webhook %1", {QStringLiteral("id")})}) << QStringLiteral("the webhook id");
    QTest::newRow("text said as it is") << Phrase(QStringLiteral("as %1 it is")) << QStringLiteral("as %1 it is");
    QTest::newRow("nothing") << Phrase() << QString();
}

void TestPhrase::english()
{
    QFETCH(Phrase, phrase);
    QFETCH(QString, english);
    const MarkingTranslator translator; // English is never translated
    QCOMPARE(phrase.english(), english);
    QCOMPARE(phrase.isEmpty(), english.isEmpty());
}

void TestPhrase::translatedPartByPart()
{
    const Phrase phrase("the %1 of %2", {Phrase("webhook %1", {QStringLiteral("id")}), QStringLiteral("a host")});
    const MarkingTranslator translator;
    QCOMPARE(phrase.translated(), QStringLiteral("[nb] the [nb] webhook id of a host"));
    QCOMPARE(Phrase(QStringLiteral("a host")).translated(), QStringLiteral("a host"));
    QCOMPARE(phrase.english(), QStringLiteral("the webhook id of a host"));
}

void TestPhrase::translationMayReorderTheArguments()
{
    ReorderingTranslator translator;
    QCoreApplication::installTranslator(&translator);
    const QString translated = Phrase("%1 before %2", {QStringLiteral("one"), QStringLiteral("two")}).translated();
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(translated, QStringLiteral("two after one"));
}

void TestPhrase::withoutATranslationItIsEnglish()
{
    const Phrase phrase("the %1", {Phrase("webhook %1", {QStringLiteral("id")})});
    QCOMPARE(phrase.translated(), QStringLiteral("the webhook id"));
}

QTEST_GUILESS_MAIN(TestPhrase)
#include "tst_phrase.moc"
