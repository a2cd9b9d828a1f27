// SPDX-License-Identifier: MIT
// The digest backend the build chose (OpenSSL or Qt) must give Qt's reference bytes.
#include "signature/digest.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QTest>

class TestDigest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void matchesReference_data();
    void matchesReference();
};

void TestDigest::initTestCase()
{
    qInfo("digest backend: %s", Signature::Digest::backend());
}

void TestDigest::matchesReference_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("empty key, empty message") << QByteArray() << QByteArray();
    QTest::newRow("short key") << QByteArray("k") << QByteArray("POST\n/\nThu, 30 Mar 2023 08:38:32 GMT;h;x");
    QTest::newRow("key of one block") << QByteArray(64, 'a') << QByteArray("message");
    QTest::newRow("key longer than a block is hashed first") << QByteArray(200, 'b') << QByteArray("message");
    QTest::newRow("binary message") << QByteArray("secret") << QByteArray::fromHex("00ff00ff10");
    QTest::newRow("one MiB message") << QByteArray("secret") << QByteArray(1024 * 1024, 'z');
}

void TestDigest::matchesReference()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, message);
    QCOMPARE(Signature::Digest::sha256(message), QCryptographicHash::hash(message, QCryptographicHash::Sha256));
    QCOMPARE(Signature::Digest::hmacSha256(key, message),
             QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256));
}

QTEST_GUILESS_MAIN(TestDigest)
#include "tst_digest.moc"
