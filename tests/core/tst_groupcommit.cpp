// SPDX-License-Identifier: MIT
// `listen --sync` in the receiver's handler (docs/architecture.md §4 "Durability"): answers wait for the sync of
// their entries, the entries of one event-loop turn share one write and one sync, a failed sync answers 503, and
// without --sync the answer is given at once with no sync at all. The sync is a fake that records what had been
// answered when it ran.
#include "http/request.h"
#include "journal/reader.h"
#include "journal/writer.h"
#include "receiver/webhookhandler.h"
#include "signature/signer.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QByteArray Secret = QByteArrayLiteral("group-commit-secret-41x");
const QDateTime Now = QDateTime(QDate(2026, 11, 26), QTime(12, 0, 0), Qt::UTC);

Http::Request delivery(int n)
{
    const QByteArray body = R"({"reference":"sync-)" + QByteArray::number(n) + R"(","name":"CAPTURED"})";
    Http::Request request;
    request.method = "POST";
    request.target = "/hooks/vipps";
    request.version = "HTTP/1.1";
    request.headers =
        Signature::Signer::sign(Secret, QUrl(QStringLiteral("http://127.0.0.1:8780/hooks/vipps")), body, Now)
            .toHeaders();
    request.body = body;
    request.remote = QStringLiteral("127.0.0.1:50000");
    request.receivedAt = Now;
    return request;
}

} // namespace

class TestGroupCommit : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void answersWaitForOneSyncPerTurn();
    void failedSyncAnswers503();
    void withoutSyncAnswersAtOnce();
    void closingTheJournalCommitsWhatWaits();

private:
    void openJournal(bool sync);
    void handle(int n); // answers land in m_statuses
    QList<qint64> journalSeqs() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Journal::Writer> m_journal;
    std::unique_ptr<Receiver::WebhookHandler> m_handler;
    QList<int> m_statuses;       // answers given, in order
    QList<int> m_answeredAtSync; // how many answers had been given when each sync ran
    bool m_syncFails = false;
};

void TestGroupCommit::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_statuses.clear();
    m_answeredAtSync.clear();
    m_syncFails = false;
}

void TestGroupCommit::openJournal(bool sync)
{
    m_journal = std::make_unique<Journal::Writer>();
    Journal::Options options;
    options.sync = sync;
    m_journal->setOptions(options);
    m_journal->setSyncFunction([this](int handle) {
        m_answeredAtSync.append(int(m_statuses.size()));
        return handle >= 0 && !m_syncFails;
    });
    QString error;
    QVERIFY2(m_journal->open(m_dir->filePath(QStringLiteral("journal.jsonl")), &error), qPrintable(error));
    m_handler = std::make_unique<Receiver::WebhookHandler>();
    m_handler->setJournal(m_journal.get());
    m_handler->verifier().setSecrets({{QString(), Secret, QStringLiteral("secret #1")}});
}

void TestGroupCommit::handle(int n)
{
    m_handler->handleAsync(delivery(n), [this](const Http::Response &response) { m_statuses.append(response.status); });
}

QList<qint64> TestGroupCommit::journalSeqs() const
{
    QList<qint64> seqs;
    for (const Journal::Entry &entry :
         Journal::Reader::readFile(m_dir->filePath(QStringLiteral("journal.jsonl"))).entries)
        seqs.append(entry.seq);
    return seqs;
}

void TestGroupCommit::answersWaitForOneSyncPerTurn()
{
    openJournal(true);
    QSignalSpy delivered(m_handler.get(), &Receiver::WebhookHandler::delivered);
    for (int n = 1; n <= 3; ++n)
        handle(n);
    QVERIFY(m_statuses.isEmpty()); // nothing answered within the turn
    QVERIFY(delivered.isEmpty());
    QVERIFY(journalSeqs().isEmpty()); // nor written: the turn's entries go out in one write

    QTRY_COMPARE(m_statuses.size(), 3);
    QCOMPARE(m_statuses, (QList<int>{200, 200, 200}));
    QCOMPARE(m_answeredAtSync, QList<int>{0}); // one sync, before any answer
    QCOMPARE(journalSeqs(), (QList<qint64>{1, 2, 3}));
    QCOMPARE(delivered.size(), 3);
    QCOMPARE(delivered.at(2).at(0).value<Receiver::Delivery>().entry.seq, 3);
    QVERIFY(delivered.at(2).at(0).value<Receiver::Delivery>().journaled);
    // Each says where its line starts, as append() does, so the app's log can read it back from there.
    QFile journal(m_dir->filePath(QStringLiteral("journal.jsonl")));
    QVERIFY(journal.open(QIODevice::ReadOnly));
    qint64 lineStart = 0;
    for (const QList<QVariant> &signal : delivered) {
        QCOMPARE(signal.at(0).value<Receiver::Delivery>().journalOffset, lineStart);
        lineStart += journal.readLine().size();
    }

    handle(4); // a later turn gets its own sync
    QTRY_COMPARE(m_statuses.size(), 4);
    QCOMPARE(m_answeredAtSync, (QList<int>{0, 3}));
    QCOMPARE(journalSeqs(), (QList<qint64>{1, 2, 3, 4}));
}

// A sync that fails leaves no 2xx: the senders are told to retry, and the next turn goes on after the lines that
// did reach the file.
void TestGroupCommit::failedSyncAnswers503()
{
    openJournal(true);
    QSignalSpy failed(m_handler.get(), &Receiver::WebhookHandler::journalFailed);
    m_syncFails = true;
    handle(1);
    handle(2);
    QTRY_COMPARE(m_statuses.size(), 2);
    QCOMPARE(m_statuses, (QList<int>{503, 503}));
    QCOMPARE(failed.size(), 2);
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral("journal.jsonl")),
             qPrintable(failed.first().first().toString()));

    m_syncFails = false;
    handle(3);
    QTRY_COMPARE(m_statuses.size(), 3);
    QCOMPARE(m_statuses.last(), 200);
    QCOMPARE(journalSeqs(), (QList<qint64>{1, 2, 3}));
}

void TestGroupCommit::withoutSyncAnswersAtOnce()
{
    openJournal(false);
    handle(1);
    QCOMPARE(m_statuses, QList<int>{200}); // within the call
    QCOMPARE(journalSeqs(), QList<qint64>{1});
    QCoreApplication::processEvents();
    QVERIFY(m_answeredAtSync.isEmpty());
}

// The receiver stopping closes the journal; what waits is still written and synced first.
void TestGroupCommit::closingTheJournalCommitsWhatWaits()
{
    openJournal(true);
    handle(1);
    m_handler->setJournal(nullptr);
    QCOMPARE(m_statuses, QList<int>{200});
    QCOMPARE(m_answeredAtSync, QList<int>{0});
    QCOMPARE(journalSeqs(), QList<qint64>{1});
}

QTEST_GUILESS_MAIN(TestGroupCommit)
#include "tst_groupcommit.moc"
