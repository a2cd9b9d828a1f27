// SPDX-License-Identifier: MIT
// `vipps-hooks listen` as a slow or odd HTTP client meets it: a body that dribbles in is cut at --body-timeout.
// Every run gets its own settings and no keychain.
#include "rawhttpclient.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

class TestCliListenHttp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void helpNamesTheBodyTimeout();
    void dribblingBodyIsCutAtTheBodyTimeout();

private:
    QProcessEnvironment environment() const;
    // Starts `listen --no-journal --port 0` with more arguments; returns the port it listens on (0: it did not).
    quint16 startListening(const QStringList &arguments);

    QTemporaryDir m_dir;
    QProcess m_listener;
};

void TestCliListenHttp::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(VIPPS_HOOKS_BIN)));
    QVERIFY(m_dir.isValid());
}

void TestCliListenHttp::cleanup()
{
    m_listener.kill();
    m_listener.waitForFinished();
}

// Own settings and a D-Bus address that leads nowhere (no keychain).
QProcessEnvironment TestCliListenHttp::environment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                       QStringLiteral("unix:path=") + m_dir.filePath(QStringLiteral("no-bus")));
    return environment;
}

quint16 TestCliListenHttp::startListening(const QStringList &arguments)
{
    m_listener.setProcessEnvironment(environment());
    m_listener.start(QStringLiteral(VIPPS_HOOKS_BIN),
                     QStringList{QStringLiteral("listen"), QStringLiteral("--no-journal"), QStringLiteral("--port"),
                                 QStringLiteral("0")} +
                         arguments);
    if (!m_listener.waitForStarted())
        return 0;
    const QRegularExpression portPattern(QStringLiteral("http://127\\.0\\.0\\.1:(\\d+)/"));
    QByteArray banner;
    const bool settled = QTest::qWaitFor(
        [&] {
            banner += m_listener.readAllStandardError();
            return portPattern.match(QString::fromUtf8(banner)).hasMatch() ||
                   m_listener.state() == QProcess::NotRunning;
        },
        10000);
    const quint16 port = quint16(portPattern.match(QString::fromUtf8(banner)).captured(1).toUInt());
    if (!settled || port == 0)
        qWarning("listen did not start: %s", banner.constData());
    return port;
}

void TestCliListenHttp::helpNamesTheBodyTimeout()
{
    m_listener.setProcessEnvironment(environment());
    m_listener.start(QStringLiteral(VIPPS_HOOKS_BIN), {QStringLiteral("listen"), QStringLiteral("--help")});
    QVERIFY(m_listener.waitForFinished(10000));
    QCOMPARE(m_listener.exitCode(), 0);
    const QByteArray help = m_listener.readAllStandardOutput();
    QVERIFY2(help.contains("--body-timeout <SECONDS>"), help.constData());
}

// One byte a second keeps the idle timeout away, but the whole body is due within --body-timeout of the headers.
void TestCliListenHttp::dribblingBodyIsCutAtTheBodyTimeout()
{
    const quint16 port = startListening({QStringLiteral("--body-timeout"), QStringLiteral("2")});
    QVERIFY(port != 0);
    RawHttpClient client;
    QVERIFY(client.connectTo(port));
    QElapsedTimer elapsed;
    elapsed.start();
    client.send("POST /hooks/vipps HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n\r\n");
    QTimer drip;
    drip.setInterval(1000);
    connect(&drip, &QTimer::timeout, this, [&client] { client.send("x"); });
    drip.start();
    const RawResponse answer = client.readResponse(15000);
    drip.stop();
    QCOMPARE(answer.status, 408);
    // A coarse timer may fire up to 5 % early; well past one drip interval is what matters here.
    QVERIFY2(elapsed.elapsed() >= 1500, qPrintable(QString::number(elapsed.elapsed())));
    QCOMPARE(answer.header("Connection"), QByteArray("close"));
    QVERIFY(client.waitForClose());
}

QTEST_GUILESS_MAIN(TestCliListenHttp)
#include "tst_cli_listen_http.moc"
