// SPDX-License-Identifier: MIT
// Routing, verification, journaling order, duplicates and failure answers of the receiver's handler.
#include "http/request.h"
#include "journal/reader.h"
#include "journal/writer.h"
#include "markingtranslator.h"
#include "receiver/webhookhandler.h"
#include "signature/signer.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QByteArray Secret = QByteArrayLiteral("handler-test-secret-9f1c");
const QDateTime Now = QDateTime(QDate(2026, 11, 26), QTime(12, 0, 0), Qt::UTC);
const QByteArray Body = QByteArrayLiteral(
    R"({"msn":"123456","reference":"handler-test-0001","pspReference":"p1","name":"AUTHORIZED",)"
    R"("amount":{"currency":"NOK","value":49900},"timestamp":"2026-11-26T12:00:00.000Z","success":true})");

Http::Request signedDelivery(const QByteArray &body = Body, const QByteArray &webhookId = {})
{
    Http::Request request;
    request.method = "POST";
    request.target = "/hooks/vipps";
    request.version = "HTTP/1.1";
    request.headers =
        Signature::Signer::sign(Secret, QUrl(QStringLiteral("http://127.0.0.1:8780/hooks/vipps")), body, Now)
            .toHeaders();
    if (!webhookId.isEmpty())
        request.headers.append(Http::Header{"Webhook-Id", webhookId});
    request.headers.append(Http::Header{"Content-Type", "application/json; charset=utf-8"});
    request.body = body;
    request.remote = QStringLiteral("127.0.0.1:50000");
    request.receivedAt = Now;
    return request;
}
} // namespace

class TestWebhookHandler : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void validDeliveryIsJournaledBeforeAnswer();
    void failedChecksAnswer401_data();
    void failedChecksAnswer401();
    void acceptAllAnswers200ButRecords();
    void wrongMethodIs405AndJournaled();
    void healthzIsAnsweredWithoutJournal();
    void duplicatesAreFlagged();
    void journalFailureAnswers503();
    void secretNeverInJournal();
    void reasonsStayEnglishUnderATranslation();

private:
    QList<Journal::Entry> journalEntries();

    QTemporaryDir m_dir;
    std::unique_ptr<Journal::Writer> m_journal;
    std::unique_ptr<Receiver::WebhookHandler> m_handler;
};

void TestWebhookHandler::init()
{
    QVERIFY(m_dir.isValid());
    m_journal = std::make_unique<Journal::Writer>();
    QFile::remove(m_dir.filePath(QStringLiteral("j.jsonl")));
    QString error;
    QVERIFY2(m_journal->open(m_dir.filePath(QStringLiteral("j.jsonl")), &error), qPrintable(error));
    m_handler = std::make_unique<Receiver::WebhookHandler>();
    m_handler->setJournal(m_journal.get());
    m_handler->setClock([] { return Now; });
    m_handler->verifier().setSecrets({{QString(), Secret, QStringLiteral("secret #1")}});
}

QList<Journal::Entry> TestWebhookHandler::journalEntries()
{
    return Journal::Reader::readFile(m_dir.filePath(QStringLiteral("j.jsonl"))).entries;
}

void TestWebhookHandler::validDeliveryIsJournaledBeforeAnswer()
{
    QSignalSpy delivered(m_handler.get(), &Receiver::WebhookHandler::delivered);
    const Http::Response response = m_handler->handle(signedDelivery());
    QCOMPARE(response.status, 200);
    // The line is on disk when handle() returns, i.e. before the connection writes the answer.
    const QList<Journal::Entry> entries = journalEntries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().result, QStringLiteral("valid"));
    QCOMPARE(entries.first().status, 200);
    QCOMPARE(entries.first().body, Body);
    QCOMPARE(entries.first().target, QByteArray("/hooks/vipps"));
    QCOMPARE(delivered.size(), 1);
    const auto delivery = delivered.first().first().value<Receiver::Delivery>();
    QVERIFY(delivery.journaled);
    QCOMPARE(delivery.entry.seq, entries.first().seq);
    QCOMPARE(delivery.journalOffset, 0);
    // The next one says where its line starts, so the app's log can read it back (Journal::EntryLookup).
    QCOMPARE(m_handler->handle(signedDelivery()).status, 200);
    const auto second = delivered.last().first().value<Receiver::Delivery>();
    QFile journal(m_dir.filePath(QStringLiteral("j.jsonl")));
    QVERIFY(journal.open(QIODevice::ReadOnly));
    QCOMPARE(second.journalOffset, journal.readLine().size());
    QVERIFY(journal.readLine().startsWith("{\"seq\":" + QByteArray::number(second.entry.seq) + ','));
}

void TestWebhookHandler::failedChecksAnswer401_data()
{
    QTest::addColumn<Http::Request>("request");
    QTest::addColumn<bool>("withSecret");
    QTest::addColumn<QString>("result");

    Http::Request tampered = signedDelivery();
    tampered.body.replace("49900", "99900");
    Http::Request unsigned_ = signedDelivery();
    unsigned_.headers.removeIf([](const Http::Header &h) { return h.name == "Authorization"; });
    Http::Request stale = signedDelivery();
    stale.receivedAt = Now.addSecs(301);

    QTest::newRow("tampered body") << tampered << true << QStringLiteral("invalid");
    QTest::newRow("unsigned") << unsigned_ << true << QStringLiteral("unsigned");
    QTest::newRow("stale") << stale << true << QStringLiteral("stale");
    QTest::newRow("no secret") << signedDelivery() << false << QStringLiteral("no-secret");
}

void TestWebhookHandler::failedChecksAnswer401()
{
    QFETCH(Http::Request, request);
    QFETCH(bool, withSecret);
    QFETCH(QString, result);
    if (!withSecret)
        m_handler->verifier().setSecrets({});
    const Http::Response response = m_handler->handle(request);
    QCOMPARE(response.status, 401);
    QCOMPARE(response.headers.value("Content-Type"), QByteArray("application/problem+json"));
    QVERIFY(response.body.contains(result.toUtf8()));
    const QList<Journal::Entry> entries = journalEntries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().result, result);
    QCOMPARE(entries.first().status, 401);
    QVERIFY(!entries.first().reason.isEmpty());
}

void TestWebhookHandler::acceptAllAnswers200ButRecords()
{
    m_handler->setAcceptAll(true);
    Http::Request tampered = signedDelivery();
    tampered.body.append(' ');
    QCOMPARE(m_handler->handle(tampered).status, 200);
    const QList<Journal::Entry> entries = journalEntries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().result, QStringLiteral("invalid"));
    QCOMPARE(entries.first().status, 200);
}

void TestWebhookHandler::wrongMethodIs405AndJournaled()
{
    Http::Request request = signedDelivery();
    request.method = "PUT";
    const Http::Response response = m_handler->handle(request);
    QCOMPARE(response.status, 405);
    QCOMPARE(response.headers.value("Allow"), QByteArray("POST"));
    const QList<Journal::Entry> entries = journalEntries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().method, QByteArray("PUT"));
    QCOMPARE(entries.first().status, 405);
    QVERIFY(entries.first().result.isEmpty());
}

void TestWebhookHandler::healthzIsAnsweredWithoutJournal()
{
    Http::Request get;
    get.method = "GET";
    get.target = "/healthz";
    QCOMPARE(m_handler->handle(get).status, 200);
    Http::Request post = get;
    post.method = "POST";
    QCOMPARE(m_handler->handle(post).status, 405);
    QVERIFY(journalEntries().isEmpty());
}

void TestWebhookHandler::duplicatesAreFlagged()
{
    QSignalSpy delivered(m_handler.get(), &Receiver::WebhookHandler::delivered);
    QCOMPARE(m_handler->handle(signedDelivery(Body, "id-1")).status, 200);
    QCOMPARE(m_handler->handle(signedDelivery(Body, "id-1")).status, 200);
    QCOMPARE(m_handler->handle(signedDelivery(Body, "id-2")).status, 200);
    const QList<Journal::Entry> entries = journalEntries();
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(0).duplicate, false);
    QCOMPARE(entries.at(1).duplicate, true);
    QCOMPARE(entries.at(2).duplicate, false); // another registration receives the same event legitimately
}

void TestWebhookHandler::journalFailureAnswers503()
{
    if (!QFile::exists(QStringLiteral("/dev/full")))
        QSKIP("needs /dev/full to simulate a full disk");
    Journal::Writer full;
    QString error;
    QVERIFY2(full.open(QStringLiteral("/dev/full"), &error), qPrintable(error));
    m_handler->setJournal(&full);
    QSignalSpy failed(m_handler.get(), &Receiver::WebhookHandler::journalFailed);
    const Http::Response response = m_handler->handle(signedDelivery());
    QCOMPARE(response.status, 503);
    QCOMPARE(failed.size(), 1);
    QVERIFY(!failed.first().first().toString().isEmpty());
}

void TestWebhookHandler::secretNeverInJournal()
{
    m_handler->handle(signedDelivery());
    Http::Request tampered = signedDelivery();
    tampered.body.chop(1);
    m_handler->handle(tampered);
    QFile file(m_dir.filePath(QStringLiteral("j.jsonl")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray all = file.readAll();
    QVERIFY(!all.isEmpty());
    QVERIFY(!all.contains(Secret));
}

// The app's receiver runs with the user's translation installed: the journal and the answer keep the English reason.
void TestWebhookHandler::reasonsStayEnglishUnderATranslation()
{
    const MarkingTranslator translator;
    m_handler->verifier().setSecrets({Signature::Secret::ofWebhook(QStringLiteral("hook-1"), Secret)});
    Http::Request stale = signedDelivery();
    stale.receivedAt = Now.addSecs(301);
    QCOMPARE(m_handler->handle(signedDelivery()).status, 200);
    const Http::Response answer = m_handler->handle(stale);
    const QByteArray staleReason = "x-ms-date is 301 s in the past; allowed skew is 300 s: check the clocks, or this "
                                   "is a replay (the signature matches webhook hook-1)";
    QVERIFY2(answer.body.contains(staleReason), answer.body.constData());
    const QList<Journal::Entry> entries = journalEntries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).reason, QStringLiteral("signature matches webhook hook-1"));
    QCOMPARE(entries.at(1).reason, QString::fromUtf8(staleReason));
}

QTEST_GUILESS_MAIN(TestWebhookHandler)
#include "tst_webhookhandler.moc"
