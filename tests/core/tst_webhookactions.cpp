// SPDX-License-Identifier: MIT
// The webhooks workflow without widgets, against the real local simulator: the list comes on its own when a
// profile is ready; register hands the secret to the session once; delete forgets it; one call at a time; a
// production profile asks first and a "no" sends nothing; a list answered for a profile no longer in use is dropped.
#include "nokeychain.h"
#include "sessionfixture.h"
#include "sim/simulatorprofile.h"
#include "sim/webhookregistry.h"
#include "workbench/webhookactions.h"
#include "workbench/webhooklistmodel.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using Workbench::ProfileSession;
using Workbench::WebhookActions;

namespace {

const QString kCaptured = QStringLiteral("epayments.payment.captured.v1");
const QUrl kHookUrl(QStringLiteral("http://127.0.0.1:8099/hooks/vipps"));
const QUrl kPublicHookUrl(QStringLiteral("https://hooks.example.com/vipps"));

Credentials::Profile otherProfile()
{
    Credentials::Profile profile = Sim::SimulatorProfile::defaultProfile();
    profile.name = QStringLiteral("simulator-copy");
    return profile;
}

} // namespace

class TstWebhookActions : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listsWhenTheProfileIsReady();
    void registerKeepsTheSecretAndLists();
    void deleteForgetsTheSecret();
    void oneCallAtATime();
    void productionAsksAndNoSendsNothing();
    void listForAnEarlierProfileIsDropped();
    void hintsNameWhatToCheck();
    void registrationsAtTheReceiver();
    void duplicatesShareTheUrlAndAnEvent_data();
    void duplicatesShareTheUrlAndAnEvent();
    void moveMakesNoDuplicate();
    void secretNoteSaysWhereTheSecretIsKept();

private:
    bool ready();
    Api::RegisteredWebhook registerOne(const QUrl &url = kHookUrl);

    TestSupport::SessionFixture m_fixture;
    std::unique_ptr<WebhookActions> m_actions;
    QStringList m_requests; // "POST /webhooks/v1/webhooks", as the simulator saw them
};

void TstWebhookActions::init()
{
    QString error;
    QVERIFY2(
        m_fixture.start({Sim::SimulatorProfile::defaultProfile(), TestSupport::productionOnSimulator(), otherProfile()},
                        &error, TestSupport::SessionFixture::Production::ToSimulator),
        qPrintable(error));
    connect(m_fixture.sim.get(), &Sim::LocalSimulator::requestHandled, this,
            [this](const QByteArray &method, const QByteArray &path) {
                m_requests.append(QString::fromUtf8(method + ' ' + path));
            });
    m_actions = std::make_unique<WebhookActions>(m_fixture.session.get(), &m_fixture.confirmer);
}

void TstWebhookActions::cleanup()
{
    m_actions.reset();
    m_fixture.stop();
    m_requests.clear();
}

// Ready, and the list it started by itself has come back.
bool TstWebhookActions::ready()
{
    return QTest::qWaitFor(
        [this] { return m_fixture.session->state() == ProfileSession::State::Ready && !m_actions->isBusy(); }, 5000);
}

Api::RegisteredWebhook TstWebhookActions::registerOne(const QUrl &url)
{
    QSignalSpy registered(m_actions.get(), &WebhookActions::registered);
    m_actions->registerWebhook(url, {kCaptured});
    if (!registered.wait(5000))
        return {};
    return registered.first().first().value<Api::RegisteredWebhook>();
}

void TstWebhookActions::listsWhenTheProfileIsReady()
{
    const QJsonObject body{{QStringLiteral("url"), QStringLiteral("https://example.com/hooks")},
                           {QStringLiteral("events"), QJsonArray{kCaptured}}};
    QVERIFY(m_fixture.sim->webhooks()
                .registerWebhook(Sim::SimulatorProfile::defaultProfile().merchantSerialNumber, body)
                .ok());
    QSignalSpy listed(m_actions.get(), &WebhookActions::listed);
    QVERIFY(!m_actions->canCall());
    m_fixture.session->activate(Sim::SimulatorProfile::defaultProfile());
    QVERIFY(listed.wait(5000));
    QCOMPARE(m_actions->model()->rowCount(), 1);
    QVERIFY(m_actions->canCall());
}

void TstWebhookActions::registerKeepsTheSecretAndLists()
{
    m_fixture.session->activate(Sim::SimulatorProfile::defaultProfile());
    QVERIFY(ready());
    const Api::RegisteredWebhook webhook = registerOne();
    QVERIFY(!webhook.id.isEmpty());
    QVERIFY(!webhook.secret.isEmpty());
    QVERIFY(m_fixture.session->holdsSecretFor(webhook.id));
    QTRY_COMPARE(m_actions->model()->rowCount(), 1);
    QCOMPARE(m_actions->model()->webhookAt(0).id, webhook.id);
    QVERIFY(m_fixture.confirmer.questions.isEmpty()); // not production: nobody is asked
}

void TstWebhookActions::deleteForgetsTheSecret()
{
    m_fixture.session->activate(Sim::SimulatorProfile::defaultProfile());
    QVERIFY(ready());
    const Api::RegisteredWebhook webhook = registerOne();
    QTRY_COMPARE(m_actions->model()->rowCount(), 1);
    QVERIFY(ready());
    QSignalSpy deleted(m_actions.get(), &WebhookActions::deleted);
    m_actions->deleteWebhook(m_actions->model()->webhookAt(0));
    QVERIFY(deleted.wait(5000));
    QVERIFY(!m_fixture.session->holdsSecretFor(webhook.id));
    QTRY_COMPARE(m_actions->model()->rowCount(), 0);
}

void TstWebhookActions::oneCallAtATime()
{
    m_fixture.session->activate(Sim::SimulatorProfile::defaultProfile());
    QVERIFY(ready());
    m_actions->refresh();
    QVERIFY(m_actions->isBusy());
    QVERIFY(!m_actions->canCall());
    QSignalSpy registered(m_actions.get(), &WebhookActions::registered);
    m_actions->registerWebhook(kHookUrl, {kCaptured}); // refused while the list is on its way
    QVERIFY(ready());
    QCOMPARE(registered.count(), 0);
    QCOMPARE(m_requests.count(QStringLiteral("POST /webhooks/v1/webhooks")), 0);
}

void TstWebhookActions::productionAsksAndNoSendsNothing()
{
    QVERIFY(m_fixture.storeDemoKeys(TestSupport::productionOnSimulator().name));
    m_fixture.session->activate(TestSupport::productionOnSimulator());
    QVERIFY(ready());
    QSignalSpy status(m_actions.get(), &WebhookActions::statusChanged);
    m_fixture.confirmer.answer = false;
    m_actions->registerWebhook(kPublicHookUrl, {kCaptured});
    QCOMPARE(m_fixture.confirmer.questions.size(), 1);
    QVERIFY(m_fixture.confirmer.questions.first().contains(kPublicHookUrl.toDisplayString()));
    QCOMPARE(status.last().first().toString(), QStringLiteral("Not registered"));
    QVERIFY(!m_actions->isBusy());

    m_fixture.confirmer.answer = true;
    QVERIFY(!registerOne(kPublicHookUrl).id.isEmpty());
    QCOMPARE(m_fixture.confirmer.questions.size(), 2);
    QCOMPARE(m_requests.count(QStringLiteral("POST /webhooks/v1/webhooks")), 1);
}

// The list for the simulator profile goes out while it has one registration; before it answers, a second is
// registered and another profile of the same merchant is put in use. Only that profile's list may show: once,
// with both registrations.
void TstWebhookActions::listForAnEarlierProfileIsDropped()
{
    const QString msn = Sim::SimulatorProfile::defaultProfile().merchantSerialNumber;
    const auto registerDirectly = [this, &msn](const QString &url) {
        const QJsonObject body{{QStringLiteral("url"), url}, {QStringLiteral("events"), QJsonArray{kCaptured}}};
        return m_fixture.sim->webhooks().registerWebhook(msn, body).ok();
    };
    QVERIFY(registerDirectly(QStringLiteral("https://example.com/hooks/1")));
    QVERIFY(m_fixture.activate(Sim::SimulatorProfile::defaultProfile()));
    QVERIFY(m_actions->isBusy()); // its list is on the way
    QVERIFY(registerDirectly(QStringLiteral("https://example.com/hooks/2")));
    QSignalSpy listed(m_actions.get(), &WebhookActions::listed);
    m_fixture.session->activate(otherProfile());
    QVERIFY(!m_actions->isBusy());
    QVERIFY(listed.wait(5000));
    QVERIFY(ready());
    QCOMPARE(listed.count(), 1);
    QCOMPARE(m_actions->model()->rowCount(), 2);
}

void TstWebhookActions::hintsNameWhatToCheck()
{
    QVERIFY(m_fixture.activate(Sim::SimulatorProfile::defaultProfile()));
    Api::ApiError network;
    network.kind = Api::ApiError::Kind::Network;
    QVERIFY(m_actions->errorHint(network).startsWith(QLatin1String("Is the simulator running?")));
    Api::ApiError denied;
    denied.kind = Api::ApiError::Kind::Http;
    denied.status = 401;
    QVERIFY(m_actions->errorHint(denied).contains(QLatin1String("profile simulator")));
    denied.status = 404;
    QCOMPARE(m_actions->errorHint(denied), QString());

    Api::ApiError refused;
    refused.kind = Api::ApiError::Kind::Http;
    refused.status = 400;
    refused.title = QStringLiteral("Bad Request");
    refused.extraDetails = {{QStringLiteral("url"), QStringLiteral("The URL must be https.")}};
    refused.traceId = QStringLiteral("00-trace-01");
    const QStringList details = m_actions->errorDetails(refused);
    QCOMPARE(details.first(), refused.summary());
    QVERIFY(details.contains(QStringLiteral("url: The URL must be https.")));
    QCOMPARE(details.last(), QStringLiteral("Trace id: 00-trace-01"));
}

// Those on this machine's loopback at the receiver's port deliver to it, whatever their path; the rest do not.
void TstWebhookActions::registrationsAtTheReceiver()
{
    const QString msn = Sim::SimulatorProfile::defaultProfile().merchantSerialNumber;
    const QStringList urls{
        QStringLiteral("http://127.0.0.1:8099/hooks/vipps"), QStringLiteral("http://localhost:8099/other"),
        QStringLiteral("http://127.0.0.1:8100/hooks/vipps"), QStringLiteral("https://example.com:8099/hooks/vipps")};
    for (const QString &url : urls) {
        const QJsonObject body{{QStringLiteral("url"), url}, {QStringLiteral("events"), QJsonArray{kCaptured}}};
        QVERIFY(m_fixture.sim->webhooks().registerWebhook(msn, body).ok());
    }
    QVERIFY(m_fixture.activate(Sim::SimulatorProfile::defaultProfile()));
    QVERIFY(ready());
    QCOMPARE(m_actions->model()->rowCount(), urls.size());
    QStringList found;
    for (const Api::Webhook &webhook : m_actions->registrationsAt(kHookUrl))
        found.append(webhook.url.toString());
    QCOMPARE(found, urls.mid(0, 2));
    QVERIFY(m_actions->registrationsAt(QUrl()).isEmpty());
}

void TstWebhookActions::duplicatesShareTheUrlAndAnEvent_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QStringList>("events");
    QTest::addColumn<bool>("duplicate");

    const QString authorized = QStringLiteral("epayments.payment.authorized.v1");
    const QString cancelled = QStringLiteral("epayments.payment.cancelled.v1");
    const QString url = QStringLiteral("https://hooks.example.com/vipps");
    QTest::newRow("same URL, same events") << url << QStringList{kCaptured, authorized} << true;
    QTest::newRow("same URL, one event in common") << url << QStringList{cancelled, authorized} << true;
    QTest::newRow("same URL, other events") << url << QStringList{cancelled} << false;
    QTest::newRow("same URL written otherwise")
        << QStringLiteral("https://HOOKS.example.com:443/vipps/") << QStringList{kCaptured} << true;
    QTest::newRow("another path") << QStringLiteral("https://hooks.example.com/other") << QStringList{kCaptured}
                                  << false;
    QTest::newRow("another port") << QStringLiteral("https://hooks.example.com:8443/vipps") << QStringList{kCaptured}
                                  << false;
    QTest::newRow("another scheme") << QStringLiteral("http://hooks.example.com/vipps") << QStringList{kCaptured}
                                    << false;
}

// A new registration duplicates one listed when Vipps would then send some event to the same endpoint twice.
void TstWebhookActions::duplicatesShareTheUrlAndAnEvent()
{
    QFETCH(QString, url);
    QFETCH(QStringList, events);
    QFETCH(bool, duplicate);

    const QJsonObject body{
        {QStringLiteral("url"), kPublicHookUrl.toString()},
        {QStringLiteral("events"), QJsonArray{kCaptured, QStringLiteral("epayments.payment.authorized.v1")}}};
    const Sim::RegisterOutcome existing =
        m_fixture.sim->webhooks().registerWebhook(Sim::SimulatorProfile::defaultProfile().merchantSerialNumber, body);
    QVERIFY(existing.ok());
    QVERIFY(m_fixture.activate(Sim::SimulatorProfile::defaultProfile()));
    QVERIFY(ready());
    const QList<Api::Webhook> found = m_actions->duplicatesOf(QUrl(url), events);
    QCOMPARE(found.size(), duplicate ? 1 : 0);
    if (duplicate)
        QCOMPARE(found.first().id, existing.registration.id);
}

// The new address already gets every event of the registration being moved: it is only deleted.
void TstWebhookActions::moveMakesNoDuplicate()
{
    const QString msn = Sim::SimulatorProfile::defaultProfile().merchantSerialNumber;
    const QUrl newUrl(QStringLiteral("http://127.0.0.1:8100/hooks/vipps"));
    for (const QUrl &url : {kHookUrl, newUrl}) {
        const QJsonObject body{{QStringLiteral("url"), url.toString()},
                               {QStringLiteral("events"), QJsonArray{kCaptured}}};
        QVERIFY(m_fixture.sim->webhooks().registerWebhook(msn, body).ok());
    }
    QVERIFY(m_fixture.activate(Sim::SimulatorProfile::defaultProfile()));
    QVERIFY(ready());
    m_requests.clear();
    QSignalSpy moved(m_actions.get(), &WebhookActions::moved);
    m_actions->moveWebhooks(m_actions->registrationsAt(kHookUrl), newUrl);
    QVERIFY(moved.wait(5000));
    QVERIFY(ready());
    QCOMPARE(m_requests.count(QStringLiteral("POST /webhooks/v1/webhooks")), 0);
    const QList<Sim::Registration> left = m_fixture.sim->webhooks().list(msn);
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().url, newUrl);
}

// The one time a new webhook's secret is shown, the note says where the app keeps it: the keychain, or, without
// one, memory until the app quits.
void TstWebhookActions::secretNoteSaysWhereTheSecretIsKept()
{
    m_fixture.session->activate(Sim::SimulatorProfile::defaultProfile());
    QVERIFY(ready());
    QVERIFY(m_actions->secretNote().contains(QLatin1String("The app keeps it in the keychain")));

    NoKeychain noKeychain;
    ProfileSession session(m_fixture.network.get(), m_fixture.profiles.get(), &noKeychain.store);
    session.setSimulatorUrl(m_fixture.sim->baseUrl());
    WebhookActions actions(&session, &m_fixture.confirmer);
    session.activate(Sim::SimulatorProfile::defaultProfile());
    QTRY_VERIFY(session.state() == ProfileSession::State::Ready && !actions.isBusy());
    const QString note = actions.secretNote();
    QVERIFY2(note.contains(QLatin1String("keeps it in memory only until it quits")), qPrintable(note));
    QVERIFY2(!note.contains(QLatin1String("keeps it in the keychain")), qPrintable(note));
    QVERIFY2(!note.contains(QLatin1String("The test's keychain said no")), qPrintable(note));
}

QTEST_GUILESS_MAIN(TstWebhookActions)
#include "tst_webhookactions.moc"
