// SPDX-License-Identifier: MIT
// The event log's history after a restart (Events::JournalHistory) from a journal with forward lines among its
// entries and files of their own (docs/architecture.md §4 "Forward lines"): every entry comes back once, in order,
// and no forward line is taken for an entry or counted as a line that is none.
#include "events/journalhistory.h"
#include "journal/files.h"
#include "journal/writer.h"
#include "journalsample.h"
#include "signedentry.h"

#include <QTemporaryDir>
#include <QTest>

namespace {

const QByteArray Secret = QByteArrayLiteral("history-forwards-secret-4e");
const QUrl HookUrl(QStringLiteral("https://example.com/hooks/vipps"));

} // namespace

class TestHistoryForwards : public QObject
{
    Q_OBJECT

private slots:
    void forwardLinesArePassed();
};

// Each entry answered twice, one answer before the next entry and one after it, in files of 2 KiB.
void TestHistoryForwards::forwardLinesArePassed()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("journal.jsonl"));
    Journal::Writer writer;
    writer.setOptions({2048, 100, false});
    QString error;
    QVERIFY2(writer.open(path, &error), qPrintable(error));
    for (qint64 seq = 1; seq <= 20; ++seq) {
        Journal::Entry entry = signedJournalEntry(
            HookUrl, Secret, R"({"name":"CAPTURED","reference":"history-)" + QByteArray::number(seq) + "\"}",
            QDateTime::currentDateTimeUtc());
        QVERIFY2(writer.append(&entry, &error), qPrintable(error));
        if (seq > 1)
            QVERIFY2(writer.appendForward(JournalSample::forward(seq - 1, 500), &error), qPrintable(error));
        QVERIFY2(writer.appendForward(JournalSample::forward(seq), &error), qPrintable(error));
    }
    writer.close();
    QVERIFY(Journal::Files::chain(path).size() > 3);

    const Events::JournalHistory::Loaded loaded = Events::JournalHistory::readNewest(path, 15);
    QVERIFY2(loaded.error.isEmpty(), qPrintable(loaded.error));
    QCOMPARE(loaded.skippedLines, 0);
    QCOMPARE(loaded.records.size(), 15);
    for (qsizetype i = 0; i < loaded.records.size(); ++i)
        QCOMPARE(loaded.records.at(i).entry.seq, 6 + i);
}

QTEST_GUILESS_MAIN(TestHistoryForwards)
#include "tst_historyforwards.moc"
