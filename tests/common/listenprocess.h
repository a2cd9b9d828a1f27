// SPDX-License-Identifier: MIT
// Test helper: `vipps-hooks listen` as a child process on 127.0.0.1 and a free port, started with its banner read
// and stopped with SIGTERM as a user's Ctrl+C would.
#pragma once

#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <csignal>

class ListenProcess
{
public:
    explicit ListenProcess(const QString &binary) : m_binary(binary) {}
    ~ListenProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
    }

    // Keeps standard output for out() instead of discarding it; before start().
    void keepStandardOutput() { m_keepOutput = true; }

    // Starts listen with --port 0 and arguments, its standard output discarded unless kept; true once its banner named
    // the port (within 10 s).
    bool start(const QStringList &arguments, const QProcessEnvironment &environment)
    {
        m_process.setProcessEnvironment(environment);
        if (!m_keepOutput)
            m_process.setStandardOutputFile(QProcess::nullDevice()); // one line per request, not read here
        m_process.start(m_binary, QStringList{QStringLiteral("listen"), QStringLiteral("--port"), QStringLiteral("0")} +
                                      arguments);
        if (!m_process.waitForStarted(10000))
            return false;
        const QRegularExpression pattern(QStringLiteral("https?://127\\.0\\.0\\.1:(\\d+)/"));
        QRegularExpressionMatch match;
        const auto bannerSeen = [&] {
            m_err += m_process.readAllStandardError();
            match = pattern.match(QString::fromUtf8(m_err));
            return match.hasMatch() && m_err.contains("Press Ctrl+C");
        };
        if (!QTest::qWaitFor(bannerSeen, 10000))
            return false;
        m_port = quint16(match.captured(1).toUInt());
        return true;
    }

    // SIGTERM, then the exit code (-1 when it did not stop within 10 s or crashed).
    int stop()
    {
        ::kill(pid_t(m_process.processId()), SIGTERM);
        if (!m_process.waitForFinished(10000) || m_process.exitStatus() != QProcess::NormalExit)
            return -1;
        m_err += m_process.readAllStandardError();
        m_out += m_process.readAllStandardOutput();
        return m_process.exitCode();
    }

    quint16 port() const { return m_port; }
    QUrl hookUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/hooks/vipps").arg(m_port)); }
    // Standard error so far: the banner, and after stop() everything.
    QByteArray err() const { return m_err; }
    // Standard output so far, when kept (keepStandardOutput()).
    QByteArray out()
    {
        m_out += m_process.readAllStandardOutput();
        return m_out;
    }
    QProcess &process() { return m_process; }

private:
    QString m_binary;
    QProcess m_process;
    QByteArray m_err;
    QByteArray m_out;
    bool m_keepOutput = false;
    quint16 m_port = 0;
};
