// SPDX-License-Identifier: MIT
// `listen --tls-cert --tls-key`: a signed delivery over HTTPS verifies and is answered; plain HTTP to the TLS port
// gets no HTTP answer; certificates and keys that cannot be used are refused with a sentence and exit 2, never served
// as plain HTTP. The certificates are made by the test with openssl: self-signed for 127.0.0.1, valid, expired, and a
// key encrypted with a passphrase.
#include "clienvironment.h"
#include "hooksrun.h"
#include "listenprocess.h"
#include "rawhttpclient.h"
#include "signeddelivery.h"
#include "testcertificates.h"

#include <QProcess>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QByteArray kSecret = "tls-test-secret";
const QByteArray kBody = R"({"msn":"123456","reference":"acme-tls-1","name":"CAPTURED"})";

const QByteArray kPassphrase = TestCertificates::Passphrase;

// One request over TLS; the answer's bytes once the server closed or sent a whole answer.
QByteArray exchangeOverTls(quint16 port, const QByteArray &request, QString *protocol)
{
    QSslSocket socket;
    socket.setPeerVerifyMode(QSslSocket::VerifyNone); // a self-signed test certificate
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForEncrypted(10000))
        return "handshake failed: " + socket.errorString().toUtf8();
    *protocol = socket.sessionProtocol() == QSsl::TlsV1_3 ? QStringLiteral("1.3") : QStringLiteral("1.2 or older");
    socket.write(request);
    QByteArray answer;
    while (!answer.contains("\r\n\r\n") && socket.waitForReadyRead(10000))
        answer += socket.readAll();
    while (socket.waitForReadyRead(200))
        answer += socket.readAll();
    return answer;
}

} // namespace

class TstCliListenTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { m_home = std::make_unique<QTemporaryDir>(); }
    void signedDeliveryOverHttpsIsValid();
    void plainHttpToTheTlsPortGetsNoAnswer();
    void encryptedKeyOpensWithItsPassphrase();
    void unusableFilesExit2_data();
    void unusableFilesExit2();

private:
    QProcessEnvironment environment(const QByteArray &passphrase = {}) const;
    QString data(const char *name) const { return m_certificates.path(name); }
    QStringList tlsArguments(const char *cert, const char *key) const
    {
        return {QStringLiteral("--tls-cert"), data(cert), QStringLiteral("--tls-key"), data(key)};
    }

    TestCertificates m_certificates;
    std::unique_ptr<QTemporaryDir> m_home;
};

void TstCliListenTls::initTestCase()
{
    const QByteArray failure = m_certificates.make();
    QVERIFY2(failure.isEmpty(), failure.constData());
}

QProcessEnvironment TstCliListenTls::environment(const QByteArray &passphrase) const
{
    QProcessEnvironment env = isolatedCliEnvironment(m_home->path());
    env.remove(QStringLiteral("VIPPS_TLS_KEY_PASSPHRASE"));
    if (!passphrase.isEmpty())
        env.insert(QStringLiteral("VIPPS_TLS_KEY_PASSPHRASE"), QString::fromLatin1(passphrase));
    return env;
}

void TstCliListenTls::signedDeliveryOverHttpsIsValid()
{
    ListenProcess listen(QStringLiteral(VIPPS_HOOKS_BIN));
    QVERIFY2(listen.start(tlsArguments("receiver-cert.pem", "receiver-key.pem") +
                              QStringList{QStringLiteral("--no-journal"), QStringLiteral("--secret"),
                                          QString::fromLatin1(kSecret)},
                          environment()),
             listen.err());
    QVERIFY2(listen.err().contains("Listening on https://127.0.0.1:"), listen.err());
    const QUrl url(QStringLiteral("https://127.0.0.1:%1/hooks/vipps").arg(listen.port()));
    QString protocol;
    const QByteArray answer = exchangeOverTls(listen.port(), signedDeliveryBytes(url, kSecret, kBody), &protocol);
    QVERIFY2(answer.startsWith("HTTP/1.1 200 "), answer.constData());
    QVERIFY(!protocol.isEmpty());
    QCOMPARE(listen.stop(), 0);
}

void TstCliListenTls::plainHttpToTheTlsPortGetsNoAnswer()
{
    ListenProcess listen(QStringLiteral(VIPPS_HOOKS_BIN));
    QVERIFY2(listen.start(tlsArguments("receiver-cert.pem", "receiver-key.pem") +
                              QStringList{QStringLiteral("--no-journal")},
                          environment()),
             listen.err());
    RawHttpClient client;
    QVERIFY(client.connectTo(listen.port()));
    client.send(bareRequest("GET", "/healthz"));
    QVERIFY(client.waitForClose(15000)); // the handshake failed: closed
    QVERIFY(!client.socket().readAll().startsWith("HTTP/"));
    // The receiver goes on serving TLS.
    QString protocol;
    QVERIFY(exchangeOverTls(listen.port(), bareRequest("GET", "/healthz"), &protocol).startsWith("HTTP/1.1 200 "));
    QCOMPARE(listen.stop(), 0);
}

void TstCliListenTls::encryptedKeyOpensWithItsPassphrase()
{
    ListenProcess listen(QStringLiteral(VIPPS_HOOKS_BIN));
    QVERIFY2(listen.start(tlsArguments("receiver-cert.pem", "receiver-key-encrypted.pem") +
                              QStringList{QStringLiteral("--no-journal")},
                          environment(kPassphrase)),
             listen.err());
    QString protocol;
    QVERIFY(exchangeOverTls(listen.port(), bareRequest("GET", "/healthz"), &protocol).startsWith("HTTP/1.1 200 "));
    QCOMPARE(listen.stop(), 0);
    QVERIFY(!listen.err().contains(kPassphrase));
}

void TstCliListenTls::unusableFilesExit2_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("passphrase");
    QTest::addColumn<QString>("message");
    QTest::newRow("no certificate file") << QStringList{QStringLiteral("--tls-cert"), data("missing.pem"),
                                                        QStringLiteral("--tls-key"), data("receiver-key.pem")}
                                         << QByteArray() << QStringLiteral("Cannot read %1").arg(data("missing.pem"));
    QTest::newRow("a key for a certificate") << tlsArguments("receiver-key.pem", "receiver-key.pem") << QByteArray()
                                             << QStringLiteral("holds no certificate");
    QTest::newRow("a certificate for a key") << tlsArguments("receiver-cert.pem", "receiver-cert.pem") << QByteArray()
                                             << QStringLiteral("holds no private key that can be read");
    QTest::newRow("expired") << tlsArguments("expired-cert.pem", "receiver-key.pem") << QByteArray()
                             << QStringLiteral(": renew it");
    QTest::newRow("encrypted, no passphrase") << tlsArguments("receiver-cert.pem", "receiver-key-encrypted.pem")
                                              << QByteArray() << QStringLiteral("is encrypted: give its passphrase");
    QTest::newRow("wrong passphrase") << tlsArguments("receiver-cert.pem", "receiver-key-encrypted.pem")
                                      << QByteArray("battery-staple")
                                      << QStringLiteral("The passphrase does not open the key");
    QTest::newRow("certificate alone") << QStringList{QStringLiteral("--tls-cert"), data("receiver-cert.pem")}
                                       << QByteArray() << QStringLiteral("--tls-cert and --tls-key go together");
}

void TstCliListenTls::unusableFilesExit2()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, passphrase);
    QFETCH(QString, message);
    const HooksRun run = runHooks(QStringLiteral(VIPPS_HOOKS_BIN),
                                  QStringList{QStringLiteral("listen"), QStringLiteral("--port"), QStringLiteral("0"),
                                              QStringLiteral("--no-journal")} +
                                      arguments,
                                  environment(passphrase));
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message.toUtf8()), run.err.constData());
    QVERIFY2(!run.err.contains("Listening"), run.err.constData());
}

QTEST_GUILESS_MAIN(TstCliListenTls)
#include "tst_cli_listen_tls.moc"
