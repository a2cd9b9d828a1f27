// SPDX-License-Identifier: MIT
// The journal of `vipps-hooks listen` as a user meets it (docs/architecture.md §4): private files and folders,
// a warning for one others may read, and `verify` reading it back.
#include "listenprocess.h"
#include "rawhttpclient.h"
#include "signeddelivery.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {

const QByteArray Secret = QByteArrayLiteral("journal-cli-secret-Zq81");
const QByteArray Body = QByteArrayLiteral(
    R"({"msn":"123456","reference":"journal-order-7","pspReference":"p-7","name":"CAPTURED",)"
    R"("amount":{"currency":"NOK","value":1500},"timestamp":"2026-11-26T12:00:00.000Z","success":true})");

QString hooksBinary()
{
    return QStringLiteral(VIPPS_HOOKS_BIN);
}

// The permission bits of path (0 when it cannot be read).
int modeOf(const QString &path)
{
    struct stat info = {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 07777) : 0;
}

// Restores the process's umask when the test ends.
class UmaskGuard
{
public:
    explicit UmaskGuard(mode_t mask) : m_previous(::umask(mask)) {}
    ~UmaskGuard() { ::umask(m_previous); }
    UmaskGuard(const UmaskGuard &) = delete;
    UmaskGuard &operator=(const UmaskGuard &) = delete;

private:
    mode_t m_previous;
};

} // namespace

class TestCliJournal : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void newJournalIsPrivate();
    void readableJournalIsWarnedAbout();

private:
    QProcessEnvironment environment() const;
    QStringList listenArguments(const QString &journal) const;
    static int deliver(const ListenProcess &listen, int count);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliJournal::initTestCase()
{
    QVERIFY(QFile::exists(hooksBinary()));
}

void TestCliJournal::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

// Own settings, no VIPPS_* variables and no keychain: only what the test passes counts.
QProcessEnvironment TestCliJournal::environment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QStringList names = environment.keys();
    for (const QString &name : names) {
        if (name.startsWith(QLatin1String("VIPPS_")))
            environment.remove(name);
    }
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                       QStringLiteral("unix:path=") + m_dir->filePath(QStringLiteral("no-bus")));
    return environment;
}

QStringList TestCliJournal::listenArguments(const QString &journal) const
{
    return {QStringLiteral("--secret"), QString::fromUtf8(Secret), QStringLiteral("--journal"), journal};
}

// Sends count signed deliveries on one keep-alive connection; returns how many were answered 200.
int TestCliJournal::deliver(const ListenProcess &listen, int count)
{
    RawHttpClient client;
    if (!client.connectTo(listen.port()))
        return 0;
    int accepted = 0;
    for (int i = 0; i < count; ++i) {
        client.send(signedDeliveryBytes(listen.hookUrl(), Secret, Body));
        accepted += client.readResponse().status == 200 ? 1 : 0;
    }
    return accepted;
}

// A umask of 022 would leave a plain new file 0644 and a folder 0755; the journal holds whole requests, so
// listen makes both its owner's alone, and has nothing to warn about.
void TestCliJournal::newJournalIsPrivate()
{
    const UmaskGuard umask(022);
    const QString folder = m_dir->filePath(QStringLiteral("made/by/listen"));
    const QString journal = folder + QStringLiteral("/journal.jsonl");
    ListenProcess listen(hooksBinary());
    QVERIFY2(listen.start(listenArguments(journal), environment()), listen.err().constData());
    QCOMPARE(deliver(listen, 1), 1);
    QCOMPARE(listen.stop(), 0);

    QCOMPARE(modeOf(journal), 0600);
    QCOMPARE(modeOf(folder), 0700);
    QCOMPARE(modeOf(m_dir->filePath(QStringLiteral("made/by"))), 0700);
    QCOMPARE(modeOf(m_dir->filePath(QStringLiteral("made"))), 0700);
    QVERIFY2(!listen.err().contains("warning"), listen.err().constData());
}

// A journal that exists keeps its mode: listen says once that others may read it, and goes on.
void TestCliJournal::readableJournalIsWarnedAbout()
{
    const QString journal = m_dir->filePath(QStringLiteral("shared.jsonl"));
    QFile file(journal);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QVERIFY(::chmod(QFile::encodeName(journal).constData(), 0644) == 0);

    ListenProcess listen(hooksBinary());
    QVERIFY2(listen.start(listenArguments(journal), environment()), listen.err().constData());
    QCOMPARE(deliver(listen, 2), 2);
    QCOMPARE(listen.stop(), 0);

    const QByteArray err = listen.err();
    QCOMPARE(err.count("other users may read it"), 1);
    QVERIFY2(err.contains("(mode 0644)"), err.constData());
    QVERIFY2(err.contains("chmod 600"), err.constData());
    QCOMPARE(modeOf(journal), 0644);
}

QTEST_GUILESS_MAIN(TestCliJournal)
#include "tst_cli_journal.moc"
