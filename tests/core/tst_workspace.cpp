// SPDX-License-Identifier: MIT
// The app's first start without widgets: no profile yet → the simulator profile is created and used, the
// simulator and the receiver start, and the quick start runs through offline: token, register a webhook to
// the embedded receiver, create and approve a payment, and signed events arrive in the log as valid. The quick
// start follows the profile in use, however it was put in use.
#include "api/accesstoken.h"
#include "api/tokenprovider.h"
#include "awaitcall.h"
#include "credentials/memorysecretstore.h"
#include "credentials/profilestore.h"
#include "sim/simcredentials.h"
#include "sim/simulatorprofile.h"
#include "workbench/workspace.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using AwaitCall::await;
using AwaitCall::awaitDone;
using Workbench::Workspace;

class TstWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void firstStartUsesTheSimulator();
    void lastUsedProfileWins();
    void quickStartOffline();
    void tokenFetchedByAnyCallTicksItsStep();
    void quickStartFollowsTheProfileInUse();
    void savingAProfileWithKeysCallsNothingWithoutThem();
    void missingWebhookSecretWordedForTheApp();

private:
    Workbench::WorkspaceOptions options() const;
    bool startAndWait();

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Credentials::ProfileStore> m_profiles;
    std::unique_ptr<Credentials::MemorySecretStore> m_secrets;
    std::unique_ptr<Workspace> m_workspace;
};

void TstWorkspace::init()
{
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("profiles.ini")), QSettings::IniFormat);
    m_settings->clear();
    m_profiles = std::make_unique<Credentials::ProfileStore>(m_settings.get());
    m_secrets = std::make_unique<Credentials::MemorySecretStore>();
    m_workspace = std::make_unique<Workspace>(m_profiles.get(), m_secrets.get());
}

void TstWorkspace::cleanup()
{
    m_workspace.reset();
    m_secrets.reset();
    m_profiles.reset();
    m_settings.reset();
}

Workbench::WorkspaceOptions TstWorkspace::options() const
{
    Workbench::WorkspaceOptions options;
    options.receiver.port = 0;
    options.simulator.port = 0;
    return options;
}

bool TstWorkspace::startAndWait()
{
    m_workspace->start(options());
    return QTest::qWaitFor(
        [this] {
            return m_workspace->session().state() == Workbench::ProfileSession::State::Ready
                   && m_workspace->simulator().isRunning()
                   && m_workspace->receiver().state() == Workbench::ReceiverService::State::Listening;
        },
        5000);
}

void TstWorkspace::firstStartUsesTheSimulator()
{
    QVERIFY(startAndWait());
    QCOMPARE(m_profiles->names(), QStringList{Sim::SimulatorProfile::name()});
    QCOMPARE(m_profiles->lastUsed(), Sim::SimulatorProfile::name());
    QCOMPARE(m_workspace->session().profile().name, Sim::SimulatorProfile::name());
    QVERIFY(m_workspace->quickStart().isDone(Workbench::QuickStart::Step::Setup));
    QCOMPARE(m_workspace->receiverHookUrl().path(), QStringLiteral("/hooks/vipps"));
    QCOMPARE(m_workspace->receiverHookUrl().port(), int(m_workspace->receiver().port()));
}

void TstWorkspace::lastUsedProfileWins()
{
    Credentials::Profile test;
    test.name = QStringLiteral("acme-test");
    test.environment = Credentials::Environment::Test;
    test.clientId = QStringLiteral("acme-client");
    test.merchantSerialNumber = QStringLiteral("654321");
    QVERIFY(m_profiles->save(test));
    m_profiles->setLastUsed(test.name);
    QVERIFY(startAndWait());
    QCOMPARE(m_workspace->session().profile().name, test.name);
    QVERIFY(!m_profiles->names().contains(Sim::SimulatorProfile::name())); // another profile exists
    QVERIFY(!m_workspace->quickStart().isDone(Workbench::QuickStart::Step::Setup)); // its keys are missing
}

void TstWorkspace::quickStartOffline()
{
    QVERIFY(startAndWait());
    Workbench::ProfileSession &session = m_workspace->session();
    const auto token = await<const Api::AccessToken *>(
        [&](auto done) { session.client()->tokens()->token(done); });
    QVERIFY2(token.error.ok(), qPrintable(token.error.summary()));

    const auto registered = await<Api::RegisteredWebhook>([&](auto done) {
        session.webhooks()->registerWebhook(m_workspace->receiverHookUrl(),
                                            {QStringLiteral("epayments.payment.created.v1"),
                                             QStringLiteral("epayments.payment.authorized.v1")},
                                            done);
    });
    QVERIFY2(registered.error.ok(), qPrintable(registered.error.summary()));
    session.rememberWebhook(registered.value.id, registered.value.secret);

    Api::CreatePaymentRequest request;
    request.amount = Api::Amount{4900, QStringLiteral("NOK")};
    request.reference = QStringLiteral("workspace-0001");
    request.returnUrl = QStringLiteral("https://example.com/return");
    const auto created =
        await<Api::CreatedPayment>([&](auto done) { session.payments()->create(request, QStringLiteral("k-1"), done); });
    QVERIFY2(created.error.ok(), qPrintable(created.error.summary()));
    Api::ForceApproveRequest approve;
    approve.phoneNumber = QStringLiteral("4712345678");
    const Api::ApiError approved =
        awaitDone([&](auto done) { session.payments()->forceApprove(request.reference, approve, done); });
    QVERIFY2(approved.ok(), qPrintable(approved.summary()));

    Events::EventLogModel &events = m_workspace->events();
    QTRY_COMPARE_WITH_TIMEOUT(events.rowCount(), 2, 5000);
    for (int row = 0; row < events.rowCount(); ++row) {
        const Events::EventRecord &record = events.record(row);
        QCOMPARE(record.verification.result, Signature::Result::Valid);
        QCOMPARE(record.verification.webhookId, registered.value.id);
    }
    QCOMPARE(events.record(0).summary.name, QStringLiteral("CREATED"));
    QCOMPARE(events.record(1).summary.name, QStringLiteral("AUTHORIZED"));
    QCOMPARE(m_workspace->eventsReceived(), 2);
    QVERIFY(m_workspace->quickStart().isDone(Workbench::QuickStart::Step::View));
    QVERIFY(m_workspace->requests().rowCount() >= 4); // token, register, create, approve
}

// At first start the webhooks workflow lists the registrations, which fetches a token: step 2 is done.
void TstWorkspace::tokenFetchedByAnyCallTicksItsStep()
{
    QVERIFY(startAndWait());
    QTRY_VERIFY_WITH_TIMEOUT(m_workspace->quickStart().isDone(Workbench::QuickStart::Step::Token), 5000);
    QVERIFY(m_workspace->session().client()->tokens()->cached().has_value());
}

// Put in use from the credentials panel's workflow, another profile shows its own progress; back again, the first
// one's progress is still there.
void TstWorkspace::quickStartFollowsTheProfileInUse()
{
    Credentials::Profile test;
    test.name = QStringLiteral("vipps-test");
    test.environment = Credentials::Environment::Test;
    test.clientId = QStringLiteral("acme-client");
    test.merchantSerialNumber = QStringLiteral("654321");
    QVERIFY(m_profiles->save(test));
    QVERIFY(m_profiles->save(Sim::SimulatorProfile::defaultProfile()));
    m_profiles->setLastUsed(Sim::SimulatorProfile::name());
    QVERIFY(startAndWait());
    Workbench::QuickStart &quickStart = m_workspace->quickStart();
    QVERIFY(quickStart.isDone(Workbench::QuickStart::Step::Setup));
    quickStart.webhookRegistered();

    Workbench::ProfileEditing &editing = m_workspace->profileEditing();
    editing.open(test.name);
    editing.useEdited();
    QTRY_VERIFY(m_workspace->session().profile().name == test.name &&
                m_workspace->session().state() == Workbench::ProfileSession::State::Ready);
    QCOMPARE(quickStart.doneCount(), 0); // its keys are missing, and nothing else was done with it

    editing.open(Sim::SimulatorProfile::name());
    editing.useEdited();
    QTRY_VERIFY(m_workspace->session().profile().name == Sim::SimulatorProfile::name() &&
                m_workspace->session().state() == Workbench::ProfileSession::State::Ready);
    QVERIFY(quickStart.isDone(Workbench::QuickStart::Step::Setup));
    QVERIFY(quickStart.isDone(Workbench::QuickStart::Step::Register));
}

// A profile saved with typed keys is put in use with them: the webhooks list it makes at once is not refused for
// want of a key (it used to log "No subscription key" before the keys were stored).
void TstWorkspace::savingAProfileWithKeysCallsNothingWithoutThem()
{
    QVERIFY(startAndWait());
    QTRY_VERIFY(!m_workspace->webhooks().isBusy());
    Credentials::Profile custom = Sim::SimulatorProfile::defaultProfile();
    custom.name = QStringLiteral("acme-custom");
    custom.environment = Credentials::Environment::Custom;
    custom.baseUrl = m_workspace->simulator().baseUrl();
    QVERIFY(m_profiles->save(custom));
    QList<Api::CallRecord> calls;
    connect(&m_workspace->session(), &Workbench::ProfileSession::callFinished, this,
            [&calls](const Api::CallRecord &record) { calls.append(record); });

    Workbench::ProfileEditing &editing = m_workspace->profileEditing();
    editing.open(custom.name);
    const Sim::SimCredentials demo;
    QVERIFY(
        editing.save(custom, Workbench::ProfileEditing::Keys{custom.name, demo.clientSecret, demo.subscriptionKey}));
    QTRY_VERIFY_WITH_TIMEOUT(m_workspace->session().profile().name == custom.name &&
                                 m_workspace->session().state() == Workbench::ProfileSession::State::Ready &&
                                 !calls.isEmpty() && !m_workspace->webhooks().isBusy(),
                             5000);
    for (const Api::CallRecord &call : std::as_const(calls))
        QVERIFY2(call.error.ok(), qPrintable(call.operation + QLatin1String(": ") + call.error.summary()));
}

// A delivery for a webhook registered elsewhere (here: its secret not kept) is invalid, and the diagnosis points at
// what the app offers, not at a command-line option.
void TstWorkspace::missingWebhookSecretWordedForTheApp()
{
    QVERIFY(startAndWait());
    QTRY_VERIFY(!m_workspace->webhooks().isBusy());
    Workbench::ProfileSession &session = m_workspace->session();
    const QStringList created{QStringLiteral("epayments.payment.created.v1")};
    const auto kept = await<Api::RegisteredWebhook>(
        [&](auto done) { session.webhooks()->registerWebhook(m_workspace->receiverHookUrl(), created, done); });
    QVERIFY2(kept.error.ok(), qPrintable(kept.error.summary()));
    session.rememberWebhook(kept.value.id, kept.value.secret);
    const auto elsewhere = await<Api::RegisteredWebhook>(
        [&](auto done) { session.webhooks()->registerWebhook(m_workspace->receiverHookUrl(), created, done); });
    QVERIFY2(elsewhere.error.ok(), qPrintable(elsewhere.error.summary()));

    Api::CreatePaymentRequest request;
    request.amount = Api::Amount{4900, QStringLiteral("NOK")};
    request.reference = QStringLiteral("workspace-elsewhere");
    request.returnUrl = QStringLiteral("https://example.com/return");
    const auto payment = await<Api::CreatedPayment>(
        [&](auto done) { session.payments()->create(request, QStringLiteral("k-2"), done); });
    QVERIFY2(payment.error.ok(), qPrintable(payment.error.summary()));

    Events::EventLogModel &events = m_workspace->events();
    QTRY_COMPARE_WITH_TIMEOUT(events.rowCount(), 2, 5000);
    int invalid = 0;
    for (int row = 0; row < events.rowCount(); ++row) {
        const Signature::Verification &v = events.record(row).verification;
        if (v.webhookId == kept.value.id) {
            QCOMPARE(v.result, Signature::Result::Valid);
            continue;
        }
        ++invalid;
        QCOMPARE(v.result, Signature::Result::Invalid);
        QCOMPARE(v.webhookId, elsewhere.value.id);
        QVERIFY2(v.reason.contains(QLatin1String("whose secret this app does not hold")), qPrintable(v.reason));
        QVERIFY2(v.reason.contains(QLatin1String("Add the secret of this webhook")), qPrintable(v.reason));
        QVERIFY2(!v.reason.contains(QLatin1String("--webhook-id")), qPrintable(v.reason));
    }
    QCOMPARE(invalid, 1);
}

QTEST_GUILESS_MAIN(TstWorkspace)
#include "tst_workspace.moc"
