// SPDX-License-Identifier: MIT
// The real keychain of the machine running the tests. Without a Secret Service (CI, containers)
// QtKeychain answers at once with an error; with one, the round trip has to work and is cleaned up.
#include "credentials/keychainsecretstore.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>
#include <optional>

using Credentials::KeychainSecretStore;
using Credentials::SecretResult;
using Status = Credentials::SecretResult::Status;

namespace {

constexpr int AnswerTimeoutMs = 20000;
const QString Service = QStringLiteral("vipps-workbench-tests");

QString uniqueKey()
{
    return QStringLiteral("tests/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QByteArray uniqueSecret()
{
    return "secret-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

// Whether any file under dir holds the secret, as it is or in base64.
bool anyFileHolds(const QString &dir, const QByteArray &secret)
{
    QDirIterator files(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = file.readAll();
        if (content.contains(secret) || content.contains(secret.toBase64()))
            return true;
    }
    return false;
}

QByteArray describe(const SecretResult &result)
{
    static const char *const names[] = {"ok", "not found", "unavailable", "denied", "failed"};
    return QByteArray(names[int(result.status)]) + ": " + result.message.toUtf8();
}

} // namespace

class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTripOrClearRefusal();
    void answersAreAsynchronous();
    void noAnswerAfterTheStoreIsGone();

private:
    // Where QSettings writes in this process (on Linux and the BSDs), to catch a plain-text fallback.
    QTemporaryDir m_configHome;

    // Waits for one answer; fails (never hangs) when none comes.
    template<typename Call> std::optional<SecretResult> answerOf(Call call)
    {
        std::optional<SecretResult> answer;
        call([&answer](const SecretResult &result) { answer = result; });
        return QTest::qWaitFor([&answer] { return answer.has_value(); }, AnswerTimeoutMs) ? answer : std::nullopt;
    }
};

void TestKeychainSecretStore::initTestCase()
{
    QVERIFY(m_configHome.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_configHome.path()));
}

void TestKeychainSecretStore::roundTripOrClearRefusal()
{
    KeychainSecretStore store(Service);
    QVERIFY(store.isPersistent());
    const QString key = uniqueKey();
    const QByteArray secret = uniqueSecret();

    QElapsedTimer timer;
    timer.start();
    const auto written = answerOf([&](auto done) { store.write(key, secret, done); });
    QVERIFY2(written.has_value(), "the keychain gave no answer within 20 s");
    qInfo("keychain answered a write in %lld ms: %s", timer.elapsed(), describe(*written).constData());
    // Set when CTest runs this test inside a private Secret Service (tests/run-with-keyring.sh).
    if (qEnvironmentVariableIsSet("VWB_REQUIRE_KEYCHAIN"))
        QVERIFY2(written->ok(), describe(*written).constData());

    if (!written->ok()) {
        QVERIFY2(written->status == Status::Unavailable || written->status == Status::Failed,
                 describe(*written).constData());
        QVERIFY(!written->message.isEmpty());
        QVERIFY2(!written->message.contains(QString::fromUtf8(secret)), "the message gives the secret away");
        const auto read = answerOf([&](auto done) { store.read(key, done); });
        QVERIFY2(read.has_value(), "the keychain gave no answer within 20 s");
        QCOMPARE(read->status, written->status);
        QVERIFY(read->value.isEmpty());
        return;
    }

    QVERIFY2(!anyFileHolds(m_configHome.path(), secret), "the secret went to a plain-text settings file");
    const auto read = answerOf([&](auto done) { store.read(key, done); });
    QVERIFY2(read.has_value() && read->ok(), read ? describe(*read).constData() : "no answer");
    QCOMPARE(read->value, secret);

    const auto removed = answerOf([&](auto done) { store.remove(key, done); });
    QVERIFY2(removed.has_value() && removed->ok(), removed ? describe(*removed).constData() : "no answer");

    const auto gone = answerOf([&](auto done) { store.read(key, done); });
    QVERIFY2(gone.has_value(), "the keychain gave no answer within 20 s");
    QCOMPARE(gone->status, Status::NotFound);
    QVERIFY(gone->value.isEmpty());
}

void TestKeychainSecretStore::answersAreAsynchronous()
{
    KeychainSecretStore store(Service);
    bool answered = false;
    store.read(uniqueKey(), [&answered](const SecretResult &) { answered = true; });
    QVERIFY(!answered);
    QTRY_VERIFY_WITH_TIMEOUT(answered, AnswerTimeoutMs);
}

// QtKeychain runs one job at a time, in order: once the witness is answered, the first job is done.
void TestKeychainSecretStore::noAnswerAfterTheStoreIsGone()
{
    auto store = std::make_unique<KeychainSecretStore>(Service);
    KeychainSecretStore witness(Service);
    bool answered = false;
    bool witnessAnswered = false;
    store->read(uniqueKey(), [&answered](const SecretResult &) { answered = true; });
    witness.read(uniqueKey(), [&witnessAnswered](const SecretResult &) { witnessAnswered = true; });
    store.reset();
    QTRY_VERIFY_WITH_TIMEOUT(witnessAnswered, AnswerTimeoutMs);
    QVERIFY(!answered);
}

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
