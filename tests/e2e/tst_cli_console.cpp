// SPDX-License-Identifier: MIT
// What `vipps-hooks` writes for a terminal (docs/architecture.md §6): `listen` keeps answering while nobody reads
// its output and says how many lines it could not show, and text from the wire (a body, a handler's reason
// phrase, a captured request) reaches the output with its control characters escaped.
#include "clienvironment.h"
#include "rawhttpclient.h"
#include "signeddelivery.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace {
const QByteArray Secret = QByteArrayLiteral("console-test-secret-3f9a");
constexpr int ProcessTimeoutMs = 30000;

// A body whose event name erases the line and draws a valid delivery, whose reference writes the clipboard
// (OSC 52) and clears the screen with the 8-bit CSI, and whose currency turns the text around.
const QByteArray HostileBody = QByteArrayLiteral(
    R"({"msn":"123456","name":"\u001b[2K\r10:00:00.000  AUTHORIZED  order-1  499.00 NOK  valid  200\u0007",)"
    R"("reference":"\u001b]52;c;aGk=\u0007\u009b2J","amount":{"currency":"N\u202eKO\u0085","value":100}})");

QString hooksBinary()
{
    return QStringLiteral(VIPPS_HOOKS_BIN);
}

// Empty when a terminal would take nothing in output as a command: no C0 control but '\n' (so no ESC, BEL or
// CR), no DEL, no C1 (as UTF-8 or as a lone byte), no bidi control; else what was found where.
QString firstControl(const QByteArray &output)
{
    const QString text = QString::fromUtf8(output);
    if (text.toUtf8() != output)
        return QStringLiteral("bytes that are not UTF-8");
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        const bool control = (c < 0x20 && c != u'\n') || (c >= 0x7f && c <= 0x9f);
        const bool bidi = (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
        if (control || bidi)
            return QStringLiteral("U+%1 at %2 in: %3")
                .arg(int(c), 4, 16, QLatin1Char('0'))
                .arg(i)
                .arg(text.mid(i - 40, 80));
    }
    return QString();
}

// Reads what the pipe holds without waiting; true once the writing side is closed.
bool readPipe(int fd, QByteArray *into)
{
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n > 0)
            into->append(buffer, n);
        else
            return n == 0;
    }
}

// A handler that answers every request with the same bytes, once the request is complete.
class RawAnswerServer : public QTcpServer
{
public:
    explicit RawAnswerServer(const QByteArray &answer) : m_answer(answer) {}

    bool start() { return listen(QHostAddress::LocalHost, 0); }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1/hooks").arg(serverPort()); }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            QByteArray &request = m_requests[socket];
            request += socket->readAll();
            const qsizetype end = request.indexOf("\r\n\r\n");
            const QRegularExpressionMatch length =
                QRegularExpression(QStringLiteral("(?i)content-length: *(\\d+)")).match(QString::fromLatin1(request));
            if (end >= 0 && request.size() >= end + 4 + length.captured(1).toLongLong()) {
                socket->write(m_answer);
                socket->disconnectFromHost();
            }
        });
    }

private:
    QByteArray m_answer;
    QHash<QTcpSocket *, QByteArray> m_requests;
};

} // namespace

class TestCliConsole : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listenAnswersWhileNobodyReadsItsOutput();
    void listenShowsAHostileBodyEscaped_data();
    void listenShowsAHostileBodyEscaped();
    void sendShowsTheHandlersAnswerEscaped_data();
    void sendShowsTheHandlersAnswerEscaped();
    void verifyShowsTheCapturedRequestEscaped();

private:
    QProcessEnvironment environment() const;
    // Starts `listen --port 0 --secret … extra`, reads the port from its banner.
    void startListen(QProcess &listener, const QStringList &extra, quint16 *port);
    // Stops it with SIGTERM as Ctrl+C would; it exits 0.
    void stopListen(QProcess &listener);
    void expectCleanExit(QProcess &listener);

    QTemporaryDir m_dir;
};

void TestCliConsole::initTestCase()
{
    QVERIFY(QFile::exists(hooksBinary()));
    QVERIFY(m_dir.isValid());
}

// No VIPPS_* variables, own settings, no keychain.
QProcessEnvironment TestCliConsole::environment() const
{
    return isolatedCliEnvironment(m_dir.path());
}

void TestCliConsole::startListen(QProcess &listener, const QStringList &extra, quint16 *port)
{
    *port = 0;
    listener.setProcessEnvironment(environment());
    listener.start(hooksBinary(), QStringList{QStringLiteral("listen"), QStringLiteral("--port"), QStringLiteral("0"),
                                              QStringLiteral("--secret"), QString::fromUtf8(Secret)} +
                                      extra);
    QVERIFY(listener.waitForStarted(ProcessTimeoutMs));
    QByteArray banner;
    const QRegularExpression portPattern(QStringLiteral("http://127\\.0\\.0\\.1:(\\d+)/"));
    QTRY_VERIFY_WITH_TIMEOUT(
        (banner += listener.readAllStandardError(), portPattern.match(QString::fromUtf8(banner)).hasMatch()),
        ProcessTimeoutMs);
    *port = quint16(portPattern.match(QString::fromUtf8(banner)).captured(1).toUInt());
}

void TestCliConsole::stopListen(QProcess &listener)
{
    QVERIFY(listener.processId() > 0); // kill(0) would stop this test's whole process group
    ::kill(pid_t(listener.processId()), SIGTERM);
    expectCleanExit(listener);
}

void TestCliConsole::expectCleanExit(QProcess &listener)
{
    QVERIFY(listener.state() == QProcess::NotRunning || listener.waitForFinished(ProcessTimeoutMs));
    QCOMPARE(listener.exitStatus(), QProcess::NormalExit);
    QCOMPARE(listener.exitCode(), 0);
}

// stdout is a pipe nobody reads while 3 000 deliveries arrive, as with `listen | less` or a terminal paused with
// Ctrl+S: every delivery and /healthz are answered. Read afterwards, the output holds each delivery's line or
// counts it in a "lines not shown" notice, and the journal has all of them.
void TestCliConsole::listenAnswersWhileNobodyReadsItsOutput()
{
    constexpr int Deliveries = 3000;
    int ends[2] = {-1, -1};
    QVERIFY(::pipe2(ends, O_CLOEXEC) == 0);
    const int readEnd = ends[0];
    const int writeEnd = ends[1];
    const QString journalPath = m_dir.filePath(QStringLiteral("unread.jsonl"));
    QProcess listener;
    listener.setStandardOutputFile(QProcess::nullDevice());
    listener.setChildProcessModifier([writeEnd] { ::dup2(writeEnd, STDOUT_FILENO); });
    quint16 port = 0;
    startListen(listener, {QStringLiteral("--journal"), journalPath}, &port);
    ::close(writeEnd);
    QVERIFY(port != 0);

    const QUrl url(QStringLiteral("http://127.0.0.1:%1/hooks/vipps").arg(port));
    const QByteArray padding(120, 'x'); // long lines fill the pipe and the queue sooner
    RawHttpClient client;
    QVERIFY(client.connectTo(port));
    for (int i = 0; i < Deliveries; ++i) {
        const QByteArray body = R"({"msn":"123456","reference":"console-)" + QByteArray::number(i) + '-' + padding +
                                R"(","name":"AUTHORIZED","amount":{"currency":"NOK","value":49900}})";
        client.send(signedDeliveryBytes(url, Secret, body));
        const int status = client.readResponse().status;
        if (status < 200 || status > 299)
            QFAIL(qPrintable(QStringLiteral("delivery %1 was answered %2").arg(i + 1).arg(status)));
    }
    client.send("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QCOMPARE(client.readResponse().status, 200);

    QVERIFY(::fcntl(readEnd, F_SETFL, O_NONBLOCK) == 0);
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((readPipe(readEnd, &out), out.contains("lines not shown")), ProcessTimeoutMs);
    QVERIFY(listener.processId() > 0);
    ::kill(pid_t(listener.processId()), SIGTERM);
    QTRY_VERIFY_WITH_TIMEOUT(readPipe(readEnd, &out), ProcessTimeoutMs); // the end: the pipe is closed
    ::close(readEnd);
    expectCleanExit(listener);

    const QRegularExpression notice(QStringLiteral("^… (\\d+) lines? not shown; the journal has (them|it)$"),
                                    QRegularExpression::MultilineOption);
    qint64 notShown = 0;
    for (QRegularExpressionMatchIterator it = notice.globalMatch(QString::fromUtf8(out)); it.hasNext();)
        notShown += it.next().captured(1).toLongLong();
    const qint64 shown = out.count("  valid  200\n");
    QVERIFY2(notShown > 0, out.right(2000).constData());
    QCOMPARE(shown + notShown, qint64(Deliveries));
    QFile journal(journalPath);
    QVERIFY(journal.open(QIODevice::ReadOnly));
    QCOMPARE(journal.readAll().count('\n'), qint64(Deliveries));
}

void TestCliConsole::listenShowsAHostileBodyEscaped_data()
{
    QTest::addColumn<bool>("json");
    QTest::newRow("text") << false;
    QTest::newRow("--json") << true;
}

// The body is unsigned, as anyone can send it: its line says 401, with the name, reference and currency escaped.
void TestCliConsole::listenShowsAHostileBodyEscaped()
{
    QFETCH(bool, json);
    QProcess listener;
    quint16 port = 0;
    startListen(listener,
                json ? QStringList{QStringLiteral("--no-journal"), QStringLiteral("--json")}
                     : QStringList{QStringLiteral("--no-journal")},
                &port);
    QVERIFY(port != 0);
    RawHttpClient client;
    QVERIFY(client.connectTo(port));
    client.send("POST /hooks/vipps HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: " +
                QByteArray::number(HostileBody.size()) + "\r\n\r\n" + HostileBody);
    QCOMPARE(client.readResponse().status, 401);
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += listener.readAllStandardOutput(), out.contains("401")), ProcessTimeoutMs);
    stopListen(listener);
    out += listener.readAllStandardOutput();
    const QByteArray err = listener.readAllStandardError();

    QVERIFY2(firstControl(out).isEmpty(), qPrintable(firstControl(out)));
    QVERIFY2(firstControl(err).isEmpty(), qPrintable(firstControl(err)));
    if (json) {
        const QJsonObject line = QJsonDocument::fromJson(out.left(out.indexOf('\n'))).object();
        const QJsonObject body = QJsonDocument::fromJson(HostileBody).object();
        QCOMPARE(line.value(QLatin1String("event")), body.value(QLatin1String("name")));
        QCOMPARE(line.value(QLatin1String("reference")), body.value(QLatin1String("reference")));
        return;
    }
    QVERIFY2(out.contains("\\x1b[2K\\x0d10:00:00.000  AUTHORIZED  order-1  499.00 NOK  valid  200\\x07"),
             out.constData());
    QVERIFY2(out.contains("\\x1b]52;c;aGk=\\x07\\x9b2J"), out.constData());
    QVERIFY2(out.contains("  1.00 N\\u202eKO\\x85  "), out.constData());
}

void TestCliConsole::sendShowsTheHandlersAnswerEscaped_data()
{
    QTest::addColumn<QByteArray>("reason");
    QTest::addColumn<QByteArray>("shown");
    // obs-text is allowed in a reason phrase (RFC 9112 §4): C1 CSI as UTF-8 and as one byte. Read as Latin-1
    // or as UTF-8, it holds a C1 CSI either way.
    QTest::newRow("C1 CSI") << QByteArray("Bad \xc2\x9b") + "2J\x9b" + "0m" << QByteArray("\\x9b2J");
    QTest::newRow("ESC, CR, BEL") << QByteArray("Error\x1b[2K\rHTTP 200 OK\x07")
                                  << QByteArray("Error\\x1b[2K\\x0dHTTP 200 OK\\x07");
}

// The reason phrase, the location and the body of a handler's answer are shown, never obeyed.
void TestCliConsole::sendShowsTheHandlersAnswerEscaped()
{
    QFETCH(QByteArray, reason);
    QFETCH(QByteArray, shown);
    const QByteArray body = "stack trace\r\n\x1b]52;c;aGk=\x07\tat handler()\roverwritten\n";
    RawAnswerServer handler("HTTP/1.1 500 " + reason + "\r\nLocation: /x\x1b[1m\r\nContent-Type: text/plain\r\n" +
                            "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" +
                            body);
    QVERIFY(handler.start());
    QProcess send;
    send.setProcessEnvironment(environment());
    QSignalSpy finished(&send, &QProcess::finished);
    send.start(hooksBinary(), {QStringLiteral("send"), QStringLiteral("AUTHORIZED"), QStringLiteral("--to"),
                               handler.url(), QStringLiteral("--secret"), QString::fromUtf8(Secret)});
    QVERIFY(finished.wait(ProcessTimeoutMs));
    const QByteArray out = send.readAllStandardOutput();
    const QByteArray err = send.readAllStandardError();
    QCOMPARE(send.exitCode(), 1);

    QVERIFY2(firstControl(out).isEmpty(), qPrintable(firstControl(out)));
    QVERIFY2(firstControl(err).isEmpty(), qPrintable(firstControl(err)));
    QVERIFY2(out.contains("HTTP 500 ") && out.contains(shown), out.constData());
    QVERIFY2(out.contains("Location: /x\\x1b[1m"), out.constData());
    QVERIFY2(out.contains("  stack trace\n  \\x1b]52;c;aGk=\\x07\\x09at handler()\\x0doverwritten\n"), out.constData());
}

// A captured request whose headers hold C1 and bidi controls as obs-text (RFC 9110 §5.5), from stdin, and a
// journal entry whose date holds ESC, CR and BEL (a journal is JSON and holds any character).
void TestCliConsole::verifyShowsTheCapturedRequestEscaped()
{
    const QUrl url(QStringLiteral("https://example.com/hooks/vipps"));
    const QByteArray body = R"({"name":"AUTHORIZED"})";
    QByteArray request = signedDeliveryBytes(url, Secret, body, {}, QDateTime::currentDateTimeUtc());
    const qsizetype date = request.indexOf("x-ms-date: ") + 11;
    request.insert(date, QByteArray("\xc2\x9b") + "2J\xe2\x80\xae");
    const QString journalPath = m_dir.filePath(QStringLiteral("hostile.jsonl"));
    QFile journal(journalPath);
    QVERIFY(journal.open(QIODevice::WriteOnly));
    journal.write(R"({"seq":1,"receivedAt":"2026-11-26T12:00:00.000Z","remote":"127.0.0.1:1","method":"POST",)"
                  R"("target":"/hooks/vipps","headers":[["Host","example.com"],["x-ms-date","\u001b[2K\rvalid\u0007"],)"
                  R"(["x-ms-content-sha256","x"],["Authorization","HMAC-SHA256 SignedHeaders=x-ms-date;host;)"
                  R"(x-ms-content-sha256&Signature=\u009b2J"]],"body":"{}","verification":null,"duplicate":false,)"
                  R"("response":{"status":401}})"
                  "\n");
    journal.close();
    const QStringList common{QStringLiteral("verify"), QStringLiteral("--secret"), QString::fromUtf8(Secret),
                             QStringLiteral("--url"), url.toString()};

    for (const bool fromJournal : {false, true}) {
        QProcess verify;
        verify.setProcessEnvironment(environment());
        verify.start(hooksBinary(),
                     fromJournal ? common + QStringList{QStringLiteral("--request"), journalPath} : common);
        QVERIFY(verify.waitForStarted(ProcessTimeoutMs));
        if (!fromJournal)
            verify.write(request);
        verify.closeWriteChannel();
        QVERIFY(verify.waitForFinished(ProcessTimeoutMs));
        const QByteArray out = verify.readAllStandardOutput();
        const QByteArray err = verify.readAllStandardError();
        QCOMPARE(verify.exitCode(), 1);
        QVERIFY2(firstControl(out).isEmpty(), qPrintable(firstControl(out)));
        QVERIFY2(firstControl(err).isEmpty(), qPrintable(firstControl(err)));
        const QByteArray expected = fromJournal ? "\\x1b[2K\\x0dvalid\\x07" : "\\x9b2J\\u202e";
        QVERIFY2(out.contains("x-ms-date " + expected), out.constData());
    }
}

QTEST_GUILESS_MAIN(TestCliConsole)
#include "tst_cli_console.moc"
