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
