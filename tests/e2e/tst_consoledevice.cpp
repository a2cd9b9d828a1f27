// SPDX-License-Identifier: MIT
// The device under `vipps-hooks`' output (docs/architecture.md §6), against a real pipe: it escapes what a
// terminal would obey, and once queued it never waits for the reader, drops whole lines and counts them.
#include "cli/consoledevice.h"

#include <QElapsedTimer>
#include <QTest>

#include <algorithm>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace {

QByteArray notice(qint64 dropped)
{
    return "dropped " + QByteArray::number(dropped) + '\n';
}

// A pipe whose reading end the test reads when it chooses.
class Pipe
{
public:
    Pipe() { m_ok = ::pipe2(m_ends, O_CLOEXEC) == 0 && ::fcntl(m_ends[0], F_SETFL, O_NONBLOCK) == 0; }
    ~Pipe()
    {
        closeReader();
        ::close(m_ends[1]);
    }
    bool ok() const { return m_ok; }
    int writer() const { return m_ends[1]; }
    // Everything the pipe holds now.
    QByteArray read()
    {
        QByteArray bytes;
        char buffer[65536];
        ssize_t n = 0;
        while ((n = ::read(m_ends[0], buffer, sizeof buffer)) > 0)
            bytes.append(buffer, n);
        return bytes;
    }
    void closeReader()
    {
        if (m_ends[0] >= 0)
            ::close(m_ends[0]);
        m_ends[0] = -1;
    }

private:
    int m_ends[2] = {-1, -1};
    bool m_ok = false;
};

// Fills the pipe's 64 KiB with lines of filler through device, before it queues: whatever the device writes
// next waits for a reader.
void fillPipe(Cli::ConsoleDevice &device)
{
    const QByteArray filler = QByteArray("filler").leftJustified(1023, '.') + '\n';
    for (int i = 0; i < 64; ++i)
        device.write(filler);
}

// "line 0\n" … "line n-1\n", each padded to 100 bytes.
QByteArray numberedLines(int first, int count)
{
    QByteArray lines;
    for (int i = first; i < first + count; ++i)
        lines += ("line " + QByteArray::number(i)).leftJustified(99, '.') + '\n';
    return lines;
}

// The numbers of the lines in output, and the sum of the "dropped N" notices.
void account(const QByteArray &output, QList<int> *numbers, qint64 *dropped)
{
    for (const QByteArray &line : output.split('\n')) {
        if (line.startsWith("line "))
            numbers->append(line.mid(5, line.indexOf('.') - 5).toInt());
        else if (line.startsWith("dropped "))
            *dropped += line.mid(8).toLongLong();
    }
}

} // namespace

class TstConsoleDevice : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void escapesWhatATerminalWouldObey();
    void queuedWritesNeverWaitAndCountWhatTheyDrop();
    void aBatchKeepsTheWholeLinesThatFit();
    void finishWaitsBoundedForAReaderThatIsGone();
    void finishWritesALastUnfinishedLine();
    void aClosedPipeIsNotWrittenAgain();
};

void TstConsoleDevice::initTestCase()
{
    ::signal(SIGPIPE, SIG_IGN); // a write to a pipe without reader fails with EPIPE instead
}

void TstConsoleDevice::escapesWhatATerminalWouldObey()
{
    Pipe pipe;
    QVERIFY(pipe.ok());
    Cli::ConsoleDevice device(pipe.writer());
    const QByteArray input = "plain \xc3\xa6\n\x1b[2K\r\x07\xc2\x9b\x9b\xe2\x80\xae\n";
    QCOMPARE(device.write(input), qint64(input.size()));
    QCOMPARE(pipe.read(), QByteArray("plain \xc3\xa6\n\\x1b[2K\\x0d\\x07\\x9b\\x9b\\u202e\n"));
}

// The pipe is full and the queue holds 64 KiB: of 5 000 lines of 100 bytes most cannot be kept.
void TstConsoleDevice::queuedWritesNeverWaitAndCountWhatTheyDrop()
{
    constexpr int Lines = 5000;
    Pipe pipe;
    QVERIFY(pipe.ok());
    Cli::ConsoleDevice device(pipe.writer());
    fillPipe(device);
    device.queueLines(64 * 1024, notice);
    for (int i = 0; i < Lines; ++i)
        QCOMPARE(device.write(numberedLines(i, 1)), qint64(100));

    QByteArray output;
    QTRY_VERIFY((output += pipe.read(), device.finish(std::chrono::milliseconds(0))));
    output += pipe.read();
    QList<int> numbers;
    qint64 dropped = 0;
    account(output, &numbers, &dropped);
    QVERIFY(dropped > Lines / 2);
    QCOMPARE(numbers.size() + dropped, qint64(Lines));
    // The lines kept are the first ones, in order; one notice stands for the rest.
    QCOMPARE(numbers.last(), int(numbers.size() - 1));
    QVERIFY(std::is_sorted(numbers.cbegin(), numbers.cend()));
    QVERIFY2(output.endsWith(numberedLines(numbers.last(), 1) + notice(dropped)), output.right(300));
    // Nothing is dropped once the reader keeps up again.
    device.write(numberedLines(Lines, 1));
    QTRY_VERIFY((output += pipe.read(), output.endsWith(numberedLines(Lines, 1))));
}

void TstConsoleDevice::aBatchKeepsTheWholeLinesThatFit()
{
    Pipe pipe;
    QVERIFY(pipe.ok());
    Cli::ConsoleDevice device(pipe.writer());
    device.queueLines(1000, notice);
    // The writer may take the first batch at once; the pipe has room for all of it.
    device.write(numberedLines(0, 25));
    QTRY_VERIFY(device.finish(std::chrono::milliseconds(0)));
    const QByteArray output = pipe.read();
    QCOMPARE(output, numberedLines(0, 10) + notice(15));
}

void TstConsoleDevice::finishWaitsBoundedForAReaderThatIsGone()
{
    Pipe pipe;
    QVERIFY(pipe.ok());
    QElapsedTimer timer;
    {
        Cli::ConsoleDevice device(pipe.writer());
        fillPipe(device);
        device.queueLines(64 * 1024, notice);
        device.write(numberedLines(0, 1));
        timer.start();
        QVERIFY(!device.finish(std::chrono::milliseconds(200)));
        QVERIFY(timer.elapsed() >= 150);
    } // the writer, stuck in write(), is left behind
    QVERIFY(timer.elapsed() < 5000);
}

void TstConsoleDevice::finishWritesALastUnfinishedLine()
{
    Pipe pipe;
    QVERIFY(pipe.ok());
    Cli::ConsoleDevice device(pipe.writer());
    device.queueLines(1000, notice);
    device.write("first\nsecond without end");
    QByteArray output;
    QTRY_COMPARE((output += pipe.read(), output), QByteArray("first\n"));
    QVERIFY(device.finish(std::chrono::seconds(5)));
    QCOMPARE(pipe.read(), QByteArray("second without end"));
}

void TstConsoleDevice::aClosedPipeIsNotWrittenAgain()
{
    Pipe pipe;
    QVERIFY(pipe.ok());
    Cli::ConsoleDevice device(pipe.writer());
    device.queueLines(1000, notice);
    pipe.closeReader();
    device.write("lost\n");
    QVERIFY(device.finish(std::chrono::seconds(5)));
    device.write("also lost\n");
    QVERIFY(device.finish(std::chrono::seconds(5)));
}

QTEST_GUILESS_MAIN(TstConsoleDevice)
#include "tst_consoledevice.moc"
