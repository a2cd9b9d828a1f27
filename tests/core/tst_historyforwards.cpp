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
    void forwardLinesBecomeHandlerAnswers();
};

namespace {
// Entries 1 to 20, each answered twice: 200 before the next entry, 500 after it; files of 2 KiB.
bool writeAnsweredJournal(const QString &path)
{
    Journal::Writer writer;
    writer.setOptions({2048, 100, false});
    QString error;
    if (!writer.open(path, &error))
        return false;
    for (qint64 seq = 1; seq <= 20; ++seq) {
        Journal::Entry entry = signedJournalEntry(
            HookUrl, Secret, R"({"name":"CAPTURED","reference":"history-)" + QByteArray::number(seq) + "\"}",
            QDateTime::currentDateTimeUtc());
        if (!writer.append(&entry, &error))
            return false;
        if (seq > 1 && !writer.appendForward(JournalSample::forward(seq - 1, 500), &error))
            return false;
        if (!writer.appendForward(JournalSample::forward(seq), &error))
            return false;
    }
    writer.close();
    return true;
}
} // namespace

// Each entry answered twice, one answer before the next entry and one after it, in files of 2 KiB.
void TestHistoryForwards::forwardLinesArePassed()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("journal.jsonl"));
    QVERIFY(writeAnsweredJournal(path));
    QVERIFY(Journal::Files::chain(path).size() > 3);

    const Events::JournalHistory::Loaded loaded = Events::JournalHistory::readNewest(path, 15);
    QVERIFY2(loaded.error.isEmpty(), qPrintable(loaded.error));
    QCOMPARE(loaded.skippedLines, 0);
    QCOMPARE(loaded.rows.size(), 15);
    for (qsizetype i = 0; i < loaded.rows.size(); ++i)
        QCOMPARE(loaded.rows.at(i).seq, 6 + i);
}

// The forward lines come back as the answers of the events they name, oldest first; those of events older than the
// ones kept are passed.
void TestHistoryForwards::forwardLinesBecomeHandlerAnswers()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("journal.jsonl"));
    QVERIFY(writeAnsweredJournal(path));

    const Events::JournalHistory::Loaded loaded = Events::JournalHistory::readNewest(path, 15);
    QVERIFY2(loaded.error.isEmpty(), qPrintable(loaded.error));
    QCOMPARE(loaded.rows.size(), 15);
    for (const Events::EventRow &record : loaded.rows) {
        const qint64 seq = record.seq;
        const bool last = seq == 20; // its second answer never came
        QCOMPARE(record.handlerAnswers.size(), last ? 1 : 2);
        QCOMPARE(record.handlerAnswers.first().kind, Events::HandlerAnswer::Kind::Forwarded);
        QCOMPARE(record.handlerAnswers.first().answer, JournalSample::forward(seq));
        if (!last)
            QCOMPARE(record.handlerAnswers.last().answer, JournalSample::forward(seq, 500));
    }
}

QTEST_GUILESS_MAIN(TestHistoryForwards)
#include "tst_historyforwards.moc"
