// SPDX-License-Identifier: MIT
// The app's public URL (Workbench::PublicAddress in a Workspace), with real sockets: kept per profile, applied to the
// running receiver so a delivery signed for the public host verifies whatever Host the tunnel passes on, offered to
// the register dialog for profiles that call Vipps, and found from a local fake of the ngrok agent's API.
#include "cannedserver.h"
#include "credentials/memorysecretstore.h"
#include "credentials/profilestore.h"
#include "rawhttpclient.h"
#include "sim/deliveryheaders.h"
#include "workbench/workspace.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using Workbench::PublicAddress;
using Workbench::Workspace;

namespace {
const QByteArray Secret = QByteArrayLiteral("public-address-test-secret");
const QString WebhookId = QStringLiteral("4b1d2c3e-5f60-4718-9a0b-1c2d3e4f5a6b");
const QUrl Public(QStringLiteral("https://a1b2c3.ngrok.app"));
} // namespace

class TstPublicAddress : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void problems_data();
    void problems();
    void verifiesForThePublicHostWhateverHostSays();
    void keptPerProfileAndOfferedForVipps();
    void detectFindsTheTunnelToTheReceiversPort();

private:
    bool startAndWait();
    // Puts a test environment profile in use, holding the webhook's secret.
    bool useTestProfile();
    // The status a delivery signed for signedFor gets when it arrives with Host set to host.
    int deliver(const QUrl &signedFor, const QByteArray &host);

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Credentials::ProfileStore> m_profiles;
    std::unique_ptr<Credentials::MemorySecretStore> m_secrets;
    std::unique_ptr<Workspace> m_workspace;
};

void TstPublicAddress::init()
{
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("profiles.ini")), QSettings::IniFormat);
    m_settings->clear();
    m_profiles = std::make_unique<Credentials::ProfileStore>(m_settings.get());
    m_secrets = std::make_unique<Credentials::MemorySecretStore>();
    m_workspace = std::make_unique<Workspace>(m_profiles.get(), m_secrets.get());
}

void TstPublicAddress::cleanup()
{
    m_workspace.reset();
    m_secrets.reset();
    m_profiles.reset();
    m_settings.reset();
}

bool TstPublicAddress::startAndWait()
{
    Workbench::WorkspaceOptions options;
    options.receiver.port = 0;
    options.startSimulator = false;
    m_workspace->start(options);
    const bool ready = QTest::qWaitFor(
        [this] {
            return m_workspace->session().state() == Workbench::ProfileSession::State::Ready &&
                   m_workspace->receiver().state() == Workbench::ReceiverService::State::Listening;
        },
        5000);
    if (ready)
        m_workspace->session().rememberWebhook(WebhookId, Secret);
    return ready;
}

bool TstPublicAddress::useTestProfile()
{
    Credentials::Profile test;
    test.name = QStringLiteral("test");
    test.environment = Credentials::Environment::Test;
    test.clientId = QStringLiteral("client");
    test.merchantSerialNumber = QStringLiteral("123456");
    if (!m_profiles->save(test) || !m_workspace->useProfile(test.name))
        return false;
    const bool ready = QTest::qWaitFor(
        [this] {
            return m_workspace->session().profile().name == QLatin1String("test") &&
                   m_workspace->session().state() == Workbench::ProfileSession::State::Ready;
        },
        5000);
    if (ready)
        m_workspace->session().rememberWebhook(WebhookId, Secret);
    return ready;
}

int TstPublicAddress::deliver(const QUrl &signedFor, const QByteArray &host)
{
    const QByteArray body = R"({"msn":"123456","reference":"public-1","name":"CAPTURED"})";
    Http::HeaderList headers =
        Sim::DeliveryHeaders::build(Secret, signedFor, WebhookId, body, QDateTime::currentDateTimeUtc());
    QByteArray request = "POST " + signedFor.path().toUtf8() + " HTTP/1.1\r\n";
    for (const Http::Header &header : headers)
        request +=
            header.name + ": " + (header.name.compare("Host", Qt::CaseInsensitive) == 0 ? host : header.value) + "\r\n";
    request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    RawHttpClient client;
    if (!client.connectTo(m_workspace->receiver().port()))
        return -1;
    client.send(request);
    return client.readResponse().status;
}

void TstPublicAddress::problems_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("fine");
    QTest::newRow("tunnel") << "https://a1b2c3.ngrok.app" << true;
    QTest::newRow("with a path") << "https://a1b2c3.ngrok.app/hooks/vipps" << true;
    QTest::newRow("empty clears") << "" << true;
    QTest::newRow("no host") << "https://" << false;
    QTest::newRow("other scheme") << "ftp://a1b2c3.ngrok.app" << false;
    QTest::newRow("password") << "https://user:pw@a1b2c3.ngrok.app" << false;
}

void TstPublicAddress::problems()
{
    QFETCH(QString, text);
    QFETCH(bool, fine);
    QCOMPARE(PublicAddress::problemWith(text).isEmpty(), fine);
}

void TstPublicAddress::verifiesForThePublicHostWhateverHostSays()
{
    QVERIFY(startAndWait());
    const quint16 port = m_workspace->receiver().port();
    const QByteArray local = "127.0.0.1:" + QByteArray::number(port);
    const QUrl signedForPublic(QStringLiteral("https://a1b2c3.ngrok.app/hooks/vipps"));
    const QUrl signedForLocal(QStringLiteral("http://%1/hooks/vipps").arg(QString::fromLatin1(local)));
    // The simulator's profile keeps a public URL but delivers to this machine, signing for the receiver's address.
    QVERIFY(m_workspace->publicAddress().setUrlText(Public.toString()));
    QTRY_VERIFY(m_workspace->receiver().publicUrl().isEmpty());
    QCOMPARE(deliver(signedForLocal, local), 200);

    QVERIFY(useTestProfile());
    QVERIFY(m_workspace->publicAddress().url().isEmpty());
    QCOMPARE(deliver(signedForPublic, local), 401); // no public URL yet: verified for the Host it came with

    QVERIFY(m_workspace->publicAddress().setUrlText(Public.toString()));
    QTRY_COMPARE(m_workspace->receiver().publicUrl(), Public);
    QTRY_COMPARE(deliver(signedForPublic, local), 200);          // a tunnel that rewrites Host
    QCOMPARE(deliver(signedForPublic, "a1b2c3.ngrok.app"), 200); // one that passes it on
    QCOMPARE(m_workspace->receiver().port(), port);              // applied while running

    QVERIFY(m_workspace->publicAddress().setUrlText(QString())); // cleared
    QTRY_COMPARE(deliver(signedForPublic, local), 401);
}

void TstPublicAddress::keptPerProfileAndOfferedForVipps()
{
    QVERIFY(startAndWait());
    const QString simulator = m_workspace->session().profile().name;
    QSignalSpy changed(&m_workspace->publicAddress(), &PublicAddress::urlChanged);
    QVERIFY(m_workspace->publicAddress().setUrlText(QStringLiteral("https://a1b2c3.ngrok.app")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_profiles->publicUrl(simulator), Public);
    QCOMPARE(m_workspace->publicAddress().hookUrl(), QUrl(QStringLiteral("https://a1b2c3.ngrok.app/hooks/vipps")));
    // The simulator delivers to this machine: the register dialog is offered the receiver's own address.
    QCOMPARE(m_workspace->suggestedHookUrl(), m_workspace->receiverHookUrl());

    Credentials::Profile test;
    test.name = QStringLiteral("test");
    test.environment = Credentials::Environment::Test;
    test.clientId = QStringLiteral("client");
    test.merchantSerialNumber = QStringLiteral("123456");
    QVERIFY(m_profiles->save(test));
    QVERIFY(m_workspace->useProfile(QStringLiteral("test")));
    QTRY_VERIFY(m_workspace->publicAddress().url().isEmpty()); // its own, none yet
    QVERIFY(m_workspace->publicAddress().setUrlText(QStringLiteral("https://other.ngrok.app/vipps")));
    QCOMPARE(m_workspace->suggestedHookUrl(), QUrl(QStringLiteral("https://other.ngrok.app/vipps")));
    QVERIFY(m_workspace->useProfile(simulator));
    QTRY_COMPARE(m_workspace->publicAddress().url(), Public);
    QVERIFY(m_workspace->receiver().publicUrl().isEmpty()); // the simulator's deliveries are signed for this machine
}

void TstPublicAddress::detectFindsTheTunnelToTheReceiversPort()
{
    QVERIFY(startAndWait());
    const quint16 port = m_workspace->receiver().port();
    CannedServer ngrok;
    QVERIFY(ngrok.start());
    ngrok.enqueueJson("/api/tunnels", 200,
                      R"({"tunnels":[{"name":"hooks","public_url":"https://a1b2c3.ngrok.app","proto":"https",)"
                      R"("config":{"addr":"http://localhost:)" +
                          QByteArray::number(port) + R"(","inspect":true}}]})");
    QSignalSpy detected(&m_workspace->publicAddress(), &PublicAddress::detected);
    Tunnel::TunnelFinder::Sources sources;
    sources.ngrokApi = ngrok.baseUrl();
    sources.cloudflaredMetrics.clear();
    m_workspace->publicAddress().setTunnelSources(sources);
    m_workspace->publicAddress().detect();
    QVERIFY(detected.wait(10000));
    const auto choice = detected.first().at(0).value<Tunnel::TunnelChoice>();
    QVERIFY(choice.tunnel.has_value());
    QCOMPARE(choice.tunnel->publicUrl, Public);
}

QTEST_GUILESS_MAIN(TstPublicAddress)
#include "tst_publicaddress.moc"
