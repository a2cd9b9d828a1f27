// SPDX-License-Identifier: MIT
// The app's first start without widgets: no profile yet → the simulator profile is created and used, the
// simulator and the receiver start, and the quick start runs through offline: token, register a webhook to
// the embedded receiver, create and approve a payment, and signed events arrive in the log as valid. When the
// receiver moves to another port, the registrations to its old address are offered for moving. A payment in the
// payments list follows what happens to it elsewhere: the simulator's own changes and received events refresh its row.
// The quick start follows the profile in use, however it was put in use.
#include "api/accesstoken.h"
#include "api/tokenprovider.h"
#include "awaitcall.h"
#include "cannedserver.h"
#include "credentials/memorysecretstore.h"
#include "credentials/profilestore.h"
#include "journal/writer.h"
#include "signedentry.h"
#include "sim/simcredentials.h"
#include "sim/simulatorprofile.h"
#include "workbench/paymentlistmodel.h"
#include "workbench/webhooklistmodel.h"
#include "workbench/workspace.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using AwaitCall::await;
using AwaitCall::awaitDone;
using Workbench::WebhookActions;
using Workbench::Workspace;
using Step = Workbench::QuickStart::Step;

namespace {

const QString kCreated = QStringLiteral("epayments.payment.created.v1");
const QString kAuthorized = QStringLiteral("epayments.payment.authorized.v1");

} // namespace

class TstWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void firstStartUsesTheSimulator();
    void lastUsedProfileWins();
    void quickStartOffline();
    void portChangeMovesTheRegistrations();
    void landingPageApprovalRefreshesTheRow();
    void receivedEventRefreshesTheRow();
    void tokenFetchedByAnyCallTicksItsStep();
    void quickStartFollowsTheProfileInUse();
    void savingAProfileWithKeysCallsNothingWithoutThem();
    void missingWebhookSecretWordedForTheApp();
    void historyComesBackAtStart();
    void importedDeliveryIsCheckedWithTheSecretsLoadedNow();

private:
    Workbench::WorkspaceOptions options() const;
    bool startAndWait();
    // Creates and approves a payment on the simulator profile; true when both calls succeeded.
    bool createAndApprove(const QString &reference);
    QStringList operationsFrom(int row) const;
    QString createPayment(const QString &reference);
    Api::Payment listed(const QString &reference) const;
    int getsOf(const QString &reference) const;

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
            return m_workspace->session().state() == Workbench::ProfileSession::State::Ready &&
                   m_workspace->simulator().isRunning() &&
                   m_workspace->receiver().state() == Workbench::ReceiverService::State::Listening;
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
    QVERIFY(!m_profiles->names().contains(Sim::SimulatorProfile::name()));          // another profile exists
    QVERIFY(!m_workspace->quickStart().isDone(Workbench::QuickStart::Step::Setup)); // its keys are missing
}

bool TstWorkspace::createAndApprove(const QString &reference)
{
    Workbench::ProfileSession &session = m_workspace->session();
    Api::CreatePaymentRequest request;
    request.amount = Api::Amount{4900, QStringLiteral("NOK")};
    request.reference = reference;
    request.returnUrl = QStringLiteral("https://example.com/return");
    const auto created = await<Api::CreatedPayment>(
        [&](auto done) { session.payments()->create(request, reference + QStringLiteral("-key"), done); });
    if (!created.error.ok())
        return false;
    Api::ForceApproveRequest approve;
    approve.phoneNumber = QStringLiteral("4712345678");
    return awaitDone([&](auto done) { session.payments()->forceApprove(reference, approve, done); }).ok();
}

// The operations of the outgoing requests from that row on, in the order they were made.
QStringList TstWorkspace::operationsFrom(int row) const
{
    const Workbench::RequestLogModel &requests = m_workspace->requests();
    QStringList operations;
    for (; row < requests.rowCount(); ++row)
        operations.append(requests.index(row, Workbench::RequestLogModel::Operation).data().toString());
    return operations;
}

void TstWorkspace::quickStartOffline()
{
    QVERIFY(startAndWait());
    Workbench::ProfileSession &session = m_workspace->session();
    const auto token = await<const Api::AccessToken *>([&](auto done) { session.client()->tokens()->token(done); });
    QVERIFY2(token.error.ok(), qPrintable(token.error.summary()));

    const auto registered = await<Api::RegisteredWebhook>([&](auto done) {
        session.webhooks()->registerWebhook(
            m_workspace->receiverHookUrl(),
            {QStringLiteral("epayments.payment.created.v1"), QStringLiteral("epayments.payment.authorized.v1")}, done);
    });
    QVERIFY2(registered.error.ok(), qPrintable(registered.error.summary()));
    session.rememberWebhook(registered.value.id, registered.value.secret);

    Api::CreatePaymentRequest request;
    request.amount = Api::Amount{4900, QStringLiteral("NOK")};
    request.reference = QStringLiteral("workspace-0001");
    request.returnUrl = QStringLiteral("https://example.com/return");
    const auto created = await<Api::CreatedPayment>(
        [&](auto done) { session.payments()->create(request, QStringLiteral("k-1"), done); });
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

// Receiver → Change port with a registration to the old address: it is offered for moving and step 3 is undone;
// the move registers the new address before it deletes the old one (docs/vipps-wire.md §3), and a payment's
// events then arrive at the new port, valid.
void TstWorkspace::portChangeMovesTheRegistrations()
{
    QVERIFY(startAndWait());
    WebhookActions &webhooks = m_workspace->webhooks();
    QVERIFY(QTest::qWaitFor([&] { return webhooks.canCall(); }, 5000));
    const QUrl oldUrl = m_workspace->receiverHookUrl();
    QSignalSpy registered(&webhooks, &WebhookActions::registered);
    webhooks.registerWebhook(oldUrl, {kCreated, kAuthorized});
    QVERIFY(registered.wait(5000));
    const QString oldId = registered.first().first().value<Api::RegisteredWebhook>().id;
    QTRY_VERIFY(webhooks.canCall() && webhooks.model()->rowCount() == 1);
    QVERIFY(m_workspace->quickStart().isDone(Step::Register));

    QSignalSpy outdated(m_workspace.get(), &Workspace::registrationsOutdated);
    const quint16 newPort = closedPort();
    m_workspace->moveReceiver(newPort);
    QVERIFY(outdated.wait(5000));
    QCOMPARE(m_workspace->receiver().port(), newPort);
    const QUrl newUrl = m_workspace->receiverHookUrl();
    const auto offered = outdated.first().at(0).value<QList<Api::Webhook>>();
    QCOMPARE(offered.size(), 1);
    QCOMPARE(offered.first().id, oldId);
    QCOMPARE(outdated.first().at(1).toUrl(), oldUrl);
    QCOMPARE(outdated.first().at(2).toUrl(), newUrl);
    QVERIFY(!m_workspace->quickStart().isDone(Step::Register));

    const int callsBefore = m_workspace->requests().rowCount();
    QSignalSpy moved(&webhooks, &WebhookActions::moved);
    m_workspace->moveRegistrations();
    QVERIFY(moved.wait(5000));
    QTRY_VERIFY(webhooks.canCall());
    QCOMPARE(webhooks.model()->rowCount(), 1);
    const Api::Webhook now = webhooks.model()->webhookAt(0);
    QCOMPARE(now.url, newUrl);
    QCOMPARE(now.events, (QStringList{kCreated, kAuthorized}));
    QVERIFY(m_workspace->session().holdsSecretFor(now.id));
    QVERIFY(!m_workspace->session().holdsSecretFor(oldId));
    QVERIFY(m_workspace->quickStart().isDone(Step::Register));
    QCOMPARE(operationsFrom(callsBefore).mid(0, 2),
             (QStringList{Api::WebhooksApi::registerRequest(newUrl, now.events).operation,
                          Api::WebhooksApi::removeRequest(oldId).operation}));

    QVERIFY(createAndApprove(QStringLiteral("workspace-moved-0001")));
    Events::EventLogModel &events = m_workspace->events();
    QTRY_COMPARE_WITH_TIMEOUT(events.rowCount(), 2, 5000);
    for (int row = 0; row < events.rowCount(); ++row) {
        QCOMPARE(events.record(row).verification.result, Signature::Result::Valid);
        QCOMPARE(events.record(row).verification.webhookId, now.id);
    }
}

// Through the payments workflow, as the Payments panel does; empty when the row did not appear.
QString TstWorkspace::createPayment(const QString &reference)
{
    Api::CreatePaymentRequest request;
    request.amount = Api::Amount{4900, QStringLiteral("NOK")};
    request.reference = reference;
    request.returnUrl = QStringLiteral("https://example.com/return");
    QSignalSpy created(&m_workspace->payments(), &Workbench::PaymentActions::created);
    m_workspace->payments().create(request, false);
    return created.wait(5000) && listed(reference).state == QLatin1String("CREATED") ? reference : QString();
}

Api::Payment TstWorkspace::listed(const QString &reference) const
{
    const Workbench::PaymentListModel *model = m_workspace->payments().model();
    const int row = model->rowForReference(reference);
    return row < 0 ? Api::Payment{} : model->paymentAt(row).payment;
}

// The finished GETs of a payment in the outgoing request log.
int TstWorkspace::getsOf(const QString &reference) const
{
    using Workbench::RequestLogModel;
    const RequestLogModel &requests = m_workspace->requests();
    int gets = 0;
    for (int row = 0; row < requests.rowCount(); ++row) {
        const QString method = requests.index(row, RequestLogModel::Method).data().toString();
        const QString path = requests.index(row, RequestLogModel::Path).data().toString();
        if (method == QLatin1String("GET") && path.endsWith(QLatin1Char('/') + reference))
            ++gets;
    }
    return gets;
}

// The customer approves on the simulator's landing page, in a browser; no webhook is registered, so no event
// arrives: the simulator's own change refreshes the row, without Refresh.
void TstWorkspace::landingPageApprovalRefreshesTheRow()
{
    QVERIFY(startAndWait());
    const QString reference = createPayment(QStringLiteral("workspace-land-0001"));
    QVERIFY(!reference.isEmpty());

    const QUrl landingPage(listed(reference).redirectUrl);
    QUrl approve = landingPage.resolved(QUrl(QStringLiteral("/landing/approve")));
    approve.setQuery(QString());
    QNetworkRequest form(approve);
    form.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
    const QString token = QUrlQuery(landingPage).queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded);
    QNetworkAccessManager browser;
    std::unique_ptr<QNetworkReply> reply(browser.post(form, "token=" + QUrl::toPercentEncoding(token)));
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->error(), QNetworkReply::NoError);

    QTRY_COMPARE_WITH_TIMEOUT(listed(reference).state, QStringLiteral("AUTHORIZED"), 5000);
    QCOMPARE(listed(reference).aggregate.authorized.value, 4900);
}

// A delivery about a payment in the list gets that payment again; several about it in one batch get it once, and
// one about a payment the list does not hold gets nothing.
void TstWorkspace::receivedEventRefreshesTheRow()
{
    QVERIFY(startAndWait());
    // Only the received events tell about changes here, not the simulator itself.
    QObject::disconnect(&m_workspace->simulator(), &Workbench::SimulatorService::paymentEvent, &m_workspace->payments(),
                        nullptr);
    const QString reference = createPayment(QStringLiteral("workspace-event-0001"));
    QVERIFY(!reference.isEmpty());
    QTRY_COMPARE(getsOf(reference), 1); // the one after the create

    // What the row says is out of date, as after a change the app did not see.
    Api::Payment stale = listed(reference);
    stale.state = QStringLiteral("STALE");
    QVERIFY(m_workspace->payments().model()->update(stale));

    QList<Events::EventRecord> records;
    for (const QString &about : {reference, QStringLiteral("workspace-other-0001"), reference, reference}) {
        Events::EventRecord record;
        record.verified = true;
        record.summary.name = QStringLiteral("AUTHORIZED");
        record.summary.reference = about;
        records.append(record);
    }
    emit m_workspace->receiver().eventsReceived(records);
    QTRY_COMPARE_WITH_TIMEOUT(listed(reference).state, QStringLiteral("CREATED"), 5000);
    QCOMPARE(getsOf(reference), 2);
    QCOMPARE(getsOf(QStringLiteral("workspace-other-0001")), 0);
    QCOMPARE(m_workspace->eventsReceived(), 4);
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

// The log shows the journal's events of an earlier run; inspected, one is checked again with the secrets loaded now.
void TstWorkspace::historyComesBackAtStart()
{
    const QByteArray secret = QByteArrayLiteral("workspace-history-secret");
    const QUrl url(QStringLiteral("https://example.com/hooks/vipps"));
    Workbench::WorkspaceOptions started = options();
    started.receiver.journalPath = m_dir.filePath(QStringLiteral("history.jsonl"));
    QFile::remove(started.receiver.journalPath);
    {
        Journal::Writer writer;
        QString error;
        QVERIFY2(writer.open(started.receiver.journalPath, &error), qPrintable(error));
        for (int n = 1; n <= 3; ++n) {
            const QByteArray body = R"({"reference":"earlier-run-)" + QByteArray::number(n) + R"(","name":"CREATED"})";
            Journal::Entry entry = signedJournalEntry(url, secret, body, QDateTime::currentDateTimeUtc());
            QVERIFY2(writer.append(&entry, &error), qPrintable(error));
        }
    }
    QSignalSpy restored(m_workspace.get(), &Workspace::historyRestored);
    m_workspace->start(started);
    QVERIFY(restored.wait(5000));
    QCOMPARE(restored.first().at(0).toInt(), 3);
    Events::EventLogModel &events = m_workspace->events();
    QCOMPARE(events.rowCount(), 3);
    QCOMPARE(events.record(2).summary.reference, QStringLiteral("earlier-run-3"));
    QVERIFY(events.record(2).restored);
    QCOMPARE(events.record(2).verification.result, Signature::Result::Valid); // as journaled
    QCOMPARE(m_workspace->eventsReceived(), 0);                               // received in this run: none
    QCOMPARE(m_workspace->eventsRestored(), 3);

    QTRY_VERIFY(m_workspace->session().state() == Workbench::ProfileSession::State::Ready);
    const Events::EventRecord unknown = m_workspace->inspected(2);
    QCOMPARE(unknown.verification.result, Signature::Result::NoSecret); // no secret of it loaded now
    QCOMPARE(unknown.entry.result, QStringLiteral("valid"));
    m_workspace->session().rememberWebhook(QStringLiteral("wh-earlier"), secret);
    const Events::EventRecord checked = m_workspace->inspected(2);
    QCOMPARE(checked.verification.result, Signature::Result::Valid);
    QVERIFY(!checked.verification.computedSignature.isEmpty());
    QCOMPARE(checked.verification.computedSignature, checked.verification.receivedSignature);
}

// An imported delivery another program's HAR kept no result for is checked with the webhook secrets loaded now, as a
// restored one is; a request of the journal that was no delivery stays as it was.
void TstWorkspace::importedDeliveryIsCheckedWithTheSecretsLoadedNow()
{
    m_workspace->start(options());
    QTRY_VERIFY(m_workspace->session().state() == Workbench::ProfileSession::State::Ready);
    const QByteArray secret = QByteArrayLiteral("workspace-import-secret");
    Journal::Entry entry = signedJournalEntry(QUrl(QStringLiteral("https://example.com/hooks/vipps")), secret,
                                              R"({"reference":"imported-1","name":"CREATED"})",
                                              QDateTime::currentDateTimeUtc(), 7, QString());
    entry.imported = true;
    const Events::EventRecord record = Events::EventRecord::fromJournal(entry);
    QVERIFY(!record.verified);
    QCOMPARE(m_workspace->checkedAgain(record).verification.result, Signature::Result::NoSecret);
    m_workspace->session().rememberWebhook(QStringLiteral("wh-imported"), secret);
    const Events::EventRecord checked = m_workspace->checkedAgain(record);
    QVERIFY(checked.verified);
    QCOMPARE(checked.verification.result, Signature::Result::Valid);
    QCOMPARE(checked.verification.computedSignature, checked.verification.receivedSignature);

    entry.imported = false;
    QVERIFY(!m_workspace->checkedAgain(Events::EventRecord::fromJournal(entry)).verified);
}

QTEST_GUILESS_MAIN(TstWorkspace)
#include "tst_workspace.moc"
