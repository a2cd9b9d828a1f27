// SPDX-License-Identifier: MIT
#include "credentials/keychainsecretstore.h"
#include "credentials/memorysecretstore.h"
#include "credentials/storagelocations.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using Credentials::FallbackSecretStore;
using Credentials::MemorySecretStore;
using Credentials::SecretResult;
using Credentials::SecretStore;
using Credentials::StorageLocations;
using Status = Credentials::SecretResult::Status;

Q_DECLARE_METATYPE(Credentials::SecretResult::Status)

namespace {

// Stands in for the keychain: answers every call with one chosen status, either through the event
// loop or only when the test releases the answers one by one.
class FakeStore : public SecretStore
{
    Q_OBJECT

public:
    FakeStore(Status answer, bool holdAnswers = false) : m_answer(answer), m_hold(holdAnswers) {}

    void read(const QString &key, Callback done) override { answer(QStringLiteral("read ") + key, std::move(done)); }
    void write(const QString &key, const QByteArray &, Callback done) override
    {
        answer(QStringLiteral("write ") + key, std::move(done));
    }
    void remove(const QString &key, Callback done) override
    {
        answer(QStringLiteral("remove ") + key, std::move(done));
    }
    bool isPersistent() const override { return true; }

    bool releaseNext()
    {
        if (m_held.isEmpty())
            return false;
        m_held.takeFirst()();
        return true;
    }

    QStringList calls;

private:
    void answer(const QString &call, Callback done)
    {
        calls.append(call);
        SecretResult result;
        result.status = m_answer;
        if (m_answer == Status::Unavailable)
            result.message = QStringLiteral("No keychain is available on this system (fake).");
        auto deliver = [done = std::move(done), result] { done(result); };
        if (m_hold)
            m_held.append(deliver);
        else
            QMetaObject::invokeMethod(this, deliver, Qt::QueuedConnection);
    }

    Status m_answer;
    bool m_hold;
    QList<std::function<void()>> m_held;
};

// Collects answers in the order they arrive.
struct Answers
{
    QList<SecretResult> results;

    SecretStore::Callback collect()
    {
        return [this](const SecretResult &result) { results.append(result); };
    }
};

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void keyNames();

    void memoryAnswersLater();
    void memoryRoundTrip();
    void memoryMissingKey();
    void memoryAnswersInOrder();
    void memoryWithoutCallback();
    void memoryDestroyedBeforeAnswer();

    void fallbackPassesThrough_data();
    void fallbackPassesThrough();
    void fallbackSwitchesToMemory();
    void fallbackRedoesEveryPendingCall();
    void fallbackKeepsOrderAcrossTheSwitch();
};

void TestSecretStore::keyNames()
{
    QCOMPARE(StorageLocations::clientSecretKey(QStringLiteral("main")), QStringLiteral("profiles/main/client_secret"));
    QCOMPARE(StorageLocations::subscriptionKeyKey(QStringLiteral("main")),
             QStringLiteral("profiles/main/subscription_key"));
    QCOMPARE(StorageLocations::webhookSecretKey(QStringLiteral("main"), QStringLiteral("wh-1")),
             QStringLiteral("profiles/main/webhooks/wh-1"));
}

void TestSecretStore::memoryAnswersLater()
{
    MemorySecretStore store;
    bool answered = false;
    store.write(QStringLiteral("k"), "v", [&](const SecretResult &) { answered = true; });
    QVERIFY(!answered);
    QTRY_VERIFY(answered);

    answered = false;
    store.read(QStringLiteral("k"), [&](const SecretResult &) { answered = true; });
    QVERIFY(!answered);
    QTRY_VERIFY(answered);

    answered = false;
    store.remove(QStringLiteral("k"), [&](const SecretResult &) { answered = true; });
    QVERIFY(!answered);
    QTRY_VERIFY(answered);
}

void TestSecretStore::memoryRoundTrip()
{
    MemorySecretStore store;
    QVERIFY(!store.isPersistent());
    Answers answers;
    store.write(QStringLiteral("k"), QByteArray("s3cr\0t", 6), answers.collect());
    store.read(QStringLiteral("k"), answers.collect());
    store.write(QStringLiteral("k"), "second", answers.collect());
    store.read(QStringLiteral("k"), answers.collect());
    store.remove(QStringLiteral("k"), answers.collect());
    store.read(QStringLiteral("k"), answers.collect());
    QTRY_COMPARE(answers.results.size(), 6);
    QVERIFY(answers.results.at(0).ok());
    QVERIFY(answers.results.at(1).ok());
    QCOMPARE(answers.results.at(1).value, QByteArray("s3cr\0t", 6));
    QVERIFY(answers.results.at(2).ok());
    QCOMPARE(answers.results.at(3).value, QByteArray("second"));
    QVERIFY(answers.results.at(4).ok());
    QCOMPARE(answers.results.at(5).status, Status::NotFound);
}

void TestSecretStore::memoryMissingKey()
{
    MemorySecretStore store;
    Answers answers;
    store.write(QStringLiteral("other"), "v", answers.collect());
    store.read(QStringLiteral("k"), answers.collect());
    store.remove(QStringLiteral("k"), answers.collect());
    QTRY_COMPARE(answers.results.size(), 3);
    for (qsizetype i = 1; i < answers.results.size(); ++i) {
        const SecretResult &result = answers.results.at(i);
        QCOMPARE(result.status, Status::NotFound);
        QVERIFY(result.value.isEmpty());
        QVERIFY(!result.message.isEmpty());
    }
}

void TestSecretStore::memoryAnswersInOrder()
{
    MemorySecretStore store;
    QStringList order;
    for (int i = 0; i < 20; ++i) {
        const QString key = QStringLiteral("k%1").arg(i);
        store.write(key, QByteArray::number(i), [&order, key](const SecretResult &) { order.append(key); });
    }
    QTRY_COMPARE(order.size(), 20);
    for (int i = 0; i < 20; ++i)
        QCOMPARE(order.at(i), QStringLiteral("k%1").arg(i));
}

void TestSecretStore::memoryWithoutCallback()
{
    MemorySecretStore store;
    store.write(QStringLiteral("k"), "v", {});
    std::optional<SecretResult> read;
    store.read(QStringLiteral("k"), [&](const SecretResult &result) { read = result; });
    QTRY_VERIFY(read.has_value());
    QCOMPARE(read->value, QByteArray("v"));
}

void TestSecretStore::memoryDestroyedBeforeAnswer()
{
    auto store = std::make_unique<MemorySecretStore>();
    MemorySecretStore witness;
    bool answered = false;
    bool witnessAnswered = false;
    store->write(QStringLiteral("k"), "v", [&](const SecretResult &) { answered = true; });
    witness.write(QStringLiteral("k"), "v", [&](const SecretResult &) { witnessAnswered = true; });
    store.reset();
    QTRY_VERIFY(witnessAnswered);
    QVERIFY(!answered);
}

void TestSecretStore::fallbackPassesThrough_data()
{
    QTest::addColumn<Status>("answer");
    QTest::newRow("ok") << Status::Ok;
    QTest::newRow("not found") << Status::NotFound;
    QTest::newRow("denied") << Status::Denied;
    QTest::newRow("failed") << Status::Failed;
}

void TestSecretStore::fallbackPassesThrough()
{
    QFETCH(Status, answer);
    FakeStore primary(answer);
    MemorySecretStore memory;
    FallbackSecretStore store(&primary, &memory);
    QSignalSpy unavailable(&store, &FallbackSecretStore::keychainUnavailable);
    QVERIFY(store.isPersistent());

    Answers answers;
    store.write(QStringLiteral("k"), "v", answers.collect());
    store.read(QStringLiteral("k"), answers.collect());
    store.remove(QStringLiteral("k"), answers.collect());
    QVERIFY(answers.results.isEmpty());
    QTRY_COMPARE(answers.results.size(), 3);

    for (const SecretResult &result : std::as_const(answers.results))
        QCOMPARE(result.status, answer);
    QCOMPARE(primary.calls,
             (QStringList{QStringLiteral("write k"), QStringLiteral("read k"), QStringLiteral("remove k")}));
    QCOMPARE(unavailable.size(), 0);
    QVERIFY(store.isPersistent());

    std::optional<SecretResult> inMemory;
    memory.read(QStringLiteral("k"), [&](const SecretResult &result) { inMemory = result; });
    QTRY_VERIFY(inMemory.has_value());
    QCOMPARE(inMemory->status, Status::NotFound);
}

void TestSecretStore::fallbackSwitchesToMemory()
{
    FakeStore primary(Status::Unavailable);
    MemorySecretStore memory;
    FallbackSecretStore store(&primary, &memory);
    QSignalSpy unavailable(&store, &FallbackSecretStore::keychainUnavailable);

    Answers answers;
    store.write(QStringLiteral("k"), "v", answers.collect());
    QVERIFY(answers.results.isEmpty());
    QTRY_COMPARE(answers.results.size(), 1);
    QVERIFY(answers.results.at(0).ok());
    QCOMPARE(unavailable.size(), 1);
    QCOMPARE(unavailable.at(0).at(0).toString(), QStringLiteral("No keychain is available on this system (fake)."));
    QVERIFY(!store.isPersistent());

    store.read(QStringLiteral("k"), answers.collect());
    store.read(QStringLiteral("missing"), answers.collect());
    store.remove(QStringLiteral("k"), answers.collect());
    store.read(QStringLiteral("k"), answers.collect());
    QCOMPARE(answers.results.size(), 1);
    QTRY_COMPARE(answers.results.size(), 5);
    QCOMPARE(answers.results.at(1).value, QByteArray("v"));
    QCOMPARE(answers.results.at(2).status, Status::NotFound);
    QVERIFY(answers.results.at(3).ok());
    QCOMPARE(answers.results.at(4).status, Status::NotFound);

    QCOMPARE(primary.calls, QStringList{QStringLiteral("write k")});
    QCOMPARE(unavailable.size(), 1);
    QVERIFY(!store.isPersistent());
}

void TestSecretStore::fallbackRedoesEveryPendingCall()
{
    FakeStore primary(Status::Unavailable);
    MemorySecretStore memory;
    FallbackSecretStore store(&primary, &memory);
    QSignalSpy unavailable(&store, &FallbackSecretStore::keychainUnavailable);

    Answers answers;
    store.write(QStringLiteral("a"), "1", answers.collect());
    store.write(QStringLiteral("b"), "2", answers.collect());
    store.read(QStringLiteral("a"), answers.collect());
    store.read(QStringLiteral("b"), answers.collect());
    QCOMPARE(primary.calls.size(), 4);
    QTRY_COMPARE(answers.results.size(), 4);

    QVERIFY(answers.results.at(0).ok());
    QVERIFY(answers.results.at(1).ok());
    QCOMPARE(answers.results.at(2).value, QByteArray("1"));
    QCOMPARE(answers.results.at(3).value, QByteArray("2"));
    QCOMPARE(unavailable.size(), 1);
}

// A call made after the switch waits for calls still out at the keychain, so a read finds a write
// that was asked for before it.
void TestSecretStore::fallbackKeepsOrderAcrossTheSwitch()
{
    FakeStore primary(Status::Unavailable, true);
    MemorySecretStore memory;
    FallbackSecretStore store(&primary, &memory);
    QSignalSpy unavailable(&store, &FallbackSecretStore::keychainUnavailable);

    Answers answers;
    store.write(QStringLiteral("first"), "1", answers.collect());
    store.write(QStringLiteral("k"), "v", answers.collect());
    QVERIFY(primary.releaseNext());
    QCOMPARE(unavailable.size(), 1);
    QVERIFY(!store.isPersistent());

    store.read(QStringLiteral("k"), answers.collect());
    QCOMPARE(primary.calls.size(), 2);
    QVERIFY(primary.releaseNext());
    QVERIFY(!primary.releaseNext());

    QTRY_COMPARE(answers.results.size(), 3);
    QVERIFY(answers.results.at(0).ok());
    QVERIFY(answers.results.at(1).ok());
    QVERIFY(answers.results.at(2).ok());
    QCOMPARE(answers.results.at(2).value, QByteArray("v"));
    QCOMPARE(unavailable.size(), 1);
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
