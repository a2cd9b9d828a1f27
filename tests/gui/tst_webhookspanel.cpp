// SPDX-License-Identifier: MIT
// The webhooks panel and its register dialog against the real local simulator: register, list, delete through
// the widgets; a question before registering a duplicate; API and network errors in the panel; the production
// guard; the dialog's input check.
#include "api/eventcatalog.h"
#include "cannedserver.h"
#include "gui/preflightchecklist.h"
#include "gui/registerwebhookdialog.h"
#include "gui/webhookspanel.h"
#include "sessionfixture.h"
#include "sim/localsimulator.h"
#include "sim/simulator.h"
#include "sim/simulatorprofile.h"
#include "sim/webhookregistry.h"
#include "workbench/profilesession.h"
#include "workbench/webhookactions.h"
#include "workbench/webhooklistmodel.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QGroupBox>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

#include <memory>

using Gui::RegisterWebhookDialog;
using Gui::WebhooksPanel;
using Workbench::ProfileSession;
using Workbench::WebhookListModel;

namespace {

const QString kCaptured = QStringLiteral("epayments.payment.captured.v1");
const QUrl kReceiverUrl(QStringLiteral("http://127.0.0.1:8099/"));
const QUrl kHookUrl(QStringLiteral("http://127.0.0.1:8099/hooks/vipps"));

template<typename T> T *child(const QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

QStringList paymentEventTypes()
{
    QStringList types;
    const QList<Api::EventType> group = Api::EventCatalog::instance().inGroup(QStringLiteral("ePayment"));
    for (const Api::EventType &type : group)
        types.append(type.type);
    return types;
}

Credentials::Profile productionProfile()
{
    Credentials::Profile profile;
    profile.name = QStringLiteral("acme-production");
    profile.environment = Credentials::Environment::Production;
    profile.clientId = QStringLiteral("acme-client");
    profile.merchantSerialNumber = QStringLiteral("654321");
    return profile;
}

// Runs the posted layout requests, so a grab shows the widget laid out as a user would see it.
void settle()
{
    for (int pass = 0; pass < 3; ++pass) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

// Every message logged while a test runs, passed on to Qt Test's own handler as well.
QStringList &loggedMessages()
{
    static QStringList messages;
    return messages;
}

QtMessageHandler &previousHandler()
{
    static QtMessageHandler handler = nullptr;
    return handler;
}

void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    loggedMessages().append(message);
    if (previousHandler())
        previousHandler()(type, context, message);
}

} // namespace

class TstWebhooksPanel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void noProfileReadyDisablesTheButtons();
    void registerThroughTheDialog();
    void dialogRegistersAtOnceWhenTheCheckPasses();
    void dialogShowsWhyVippsCouldNotDeliver_data();
    void dialogShowsWhyVippsCouldNotDeliver();
    void keyboardOpensTheDialogAndRefreshes();
    void deleteAsksFirstNamingTheUrl();
    void duplicateAsksFirst();
    void apiErrorShownWithTheReason_data();
    void apiErrorShownWithTheReason();
    void networkErrorShownWithAHint();
    void productionGuard_data();
    void productionGuard();
    void dialogDefaults();
    void dialogGroupRowChecksItsEvents();
    void dialogValidation_data();
    void dialogValidation();
    void hookUrlFor_data();
    void hookUrlFor();
    void screenshots();

private:
    std::unique_ptr<WebhooksPanel> makePanel();
    // Activates the profile and waits until the panel has its first list answer.
    bool activate(WebhooksPanel &panel, const Credentials::Profile &profile);
    bool registerDirectly(WebhooksPanel &panel, const QUrl &url, const QStringList &events);
    RegisterWebhookDialog *clickRegister(WebhooksPanel &panel);
    QList<Sim::Registration> registry() const;

    TestSupport::SessionFixture m_fixture;
    std::unique_ptr<Workbench::WebhookActions> m_actions;
};

void TstWebhooksPanel::init()
{
    QString error;
    QVERIFY2(m_fixture.start({Sim::SimulatorProfile::defaultProfile(), productionProfile()}, &error),
             qPrintable(error));
}

void TstWebhooksPanel::cleanup()
{
    m_actions.reset();
    m_fixture.stop();
}

std::unique_ptr<WebhooksPanel> TstWebhooksPanel::makePanel()
{
    m_actions = std::make_unique<Workbench::WebhookActions>(m_fixture.session.get(), &m_fixture.confirmer);
    auto panel = std::make_unique<WebhooksPanel>(m_actions.get(), [] { return kReceiverUrl; });
    panel->resize(900, 420);
    return panel;
}

bool TstWebhooksPanel::activate(WebhooksPanel &panel, const Credentials::Profile &profile)
{
    m_fixture.session->activate(profile);
    return QTest::qWaitFor(
        [&] { return m_fixture.session->state() == ProfileSession::State::Ready && !panel.isBusy(); }, 10000);
}

bool TstWebhooksPanel::registerDirectly(WebhooksPanel &panel, const QUrl &url, const QStringList &events)
{
    QSignalSpy registered(&panel, &WebhooksPanel::webhookRegistered);
    panel.registerWebhook(url, events);
    return QTest::qWaitFor([&] { return registered.count() == 1 && !panel.isBusy(); }, 10000);
}

RegisterWebhookDialog *TstWebhooksPanel::clickRegister(WebhooksPanel &panel)
{
    QTest::mouseClick(child<QToolButton>(&panel, "registerButton"), Qt::LeftButton);
    RegisterWebhookDialog *dialog = panel.findChild<RegisterWebhookDialog *>();
    return dialog && dialog->isVisible() ? dialog : nullptr;
}

QList<Sim::Registration> TstWebhooksPanel::registry() const
{
    return m_fixture.sim->webhooks().list(Sim::SimulatorProfile::defaultProfile().merchantSerialNumber);
}

void TstWebhooksPanel::noProfileReadyDisablesTheButtons()
{
    const auto panel = makePanel();
    const auto *refresh = child<QToolButton>(panel.get(), "refreshButton");
    const auto *add = child<QToolButton>(panel.get(), "registerButton");
    const auto *remove = child<QToolButton>(panel.get(), "deleteButton");
    const auto *title = child<QLabel>(panel.get(), "messageTitle");
    QVERIFY(!refresh->isEnabled());
    QVERIFY(!add->isEnabled());
    QVERIFY(!remove->isEnabled());
    QVERIFY(!child<QFrame>(panel.get(), "messageFrame")->isHidden());
    QCOMPARE(title->text(), QStringLiteral("No profile ready"));

    m_fixture.session->activate(Sim::SimulatorProfile::defaultProfile());
    QCOMPARE(m_fixture.session->state(), ProfileSession::State::Loading); // keys are read asynchronously
    QVERIFY(!add->isEnabled());
    QVERIFY(title->text().startsWith(QLatin1String("No profile ready")));

    // Ready: the panel lists on its own, then the buttons come on (delete only with a selection).
    QTRY_VERIFY(m_fixture.session->state() == ProfileSession::State::Ready && !panel->isBusy());
    QVERIFY(child<QFrame>(panel.get(), "messageFrame")->isHidden());
    QVERIFY(refresh->isEnabled());
    QVERIFY(add->isEnabled());
    QVERIFY(!remove->isEnabled());
    QVERIFY(child<QLabel>(panel.get(), "statusLabel")->text().startsWith(QLatin1String("0 webhooks")));
    QVERIFY(child<QLabel>(panel.get(), "hintLabel")->isVisibleTo(panel.get()));
}

void TstWebhooksPanel::registerThroughTheDialog()
{
    const auto panel = makePanel();
    QAbstractItemModelTester tester(panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    panel->show();
    QVERIFY(activate(*panel, Sim::SimulatorProfile::defaultProfile()));
    QSignalSpy registered(panel.get(), &WebhooksPanel::webhookRegistered);
    const qsizetype asked = m_fixture.confirmer.questions.size();
    loggedMessages().clear();
    previousHandler() = qInstallMessageHandler(recordMessage);

    RegisterWebhookDialog *dialog = clickRegister(*panel);
    QVERIFY(dialog);
    QCOMPARE(child<QComboBox>(dialog, "urlCombo")->currentText(), kHookUrl.toString());
    QCOMPARE(dialog->events(), paymentEventTypes());
    QPushButton *ok = child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    // Nothing listens at the hook URL here: the check says so and nothing is registered until asked again.
    QTRY_VERIFY(dialog->checkList()->lines().join(QLatin1Char('\n')).contains(QStringLiteral("FAILED: not reachable")));
    QCOMPARE(registered.count(), 0);
    QVERIFY(dialog->isVisible());
    QCOMPARE(ok->text(), QStringLiteral("Register &anyway"));
    QTest::mouseClick(ok, Qt::LeftButton);

    QTRY_COMPARE(registered.count(), 1);
    QTRY_VERIFY(!panel->isBusy() && panel->model()->rowCount() == 1);
    qInstallMessageHandler(previousHandler());
    const QString id = registered.first().at(0).toString();
    QCOMPARE(registered.first().at(1).toUrl(), kHookUrl);

    // The simulator has it, the table shows it, the session holds its secret; the guard never asked.
    const QList<Sim::Registration> registrations = registry();
    QCOMPARE(registrations.size(), 1);
    QCOMPARE(registrations.first().id, id);
    QCOMPARE(registrations.first().url, kHookUrl);
    QCOMPARE(registrations.first().events, paymentEventTypes());
    QCOMPARE(panel->model()->index(0, WebhookListModel::Id).data().toString(), id);
    QCOMPARE(panel->model()->index(0, WebhookListModel::Secret).data().toString(), QStringLiteral("held by this app"));
    QVERIFY(m_fixture.session->holdsSecretFor(id));
    QCOMPARE(m_fixture.session->webhookSecrets().first().value, registrations.first().secret);
    QCOMPARE(m_fixture.confirmer.questions.size(), asked);

    // The secret once, with a copy button; never in a log line.
    const QByteArray secret = registrations.first().secret;
    auto *resultBox = child<QGroupBox>(panel.get(), "resultBox");
    QVERIFY(resultBox->isVisible());
    QCOMPARE(child<QLabel>(panel.get(), "idLabel")->text(), id);
    QCOMPARE(child<QLineEdit>(panel.get(), "secretEdit")->text().toUtf8(), secret);
    QVERIFY(child<QLabel>(panel.get(), "secretNoteLabel")->text().contains(QLatin1String("only once")));
    QTest::mouseClick(child<QPushButton>(panel.get(), "copySecretButton"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text().toUtf8(), secret);
    for (const QString &message : std::as_const(loggedMessages()))
        QVERIFY2(!message.contains(QString::fromUtf8(secret)), qPrintable(message));
    QTest::mouseClick(child<QPushButton>(panel.get(), "hideResultButton"), Qt::LeftButton);
    QVERIFY(!resultBox->isVisible());
    QVERIFY(child<QLineEdit>(panel.get(), "secretEdit")->text().isEmpty());

    // The new registration is selected, so it can be deleted right away.
    QCOMPARE(child<QTableView>(panel.get(), "tableView")->selectionModel()->selectedRows().size(), 1);
    QVERIFY(child<QToolButton>(panel.get(), "deleteButton")->isEnabled());
}

// A handler answers at the URL (401 to the check's test, as one that verifies signatures does): one click registers.
void TstWebhooksPanel::dialogRegistersAtOnceWhenTheCheckPasses()
{
    CannedServer handler;
    QVERIFY(handler.start());
    handler.enqueueJson("/hooks/vipps", 401, R"({"title":"invalid signature"})");
    const QUrl url = handler.baseUrl(QStringLiteral("/hooks/vipps"));
    const auto panel = makePanel();
    panel->show();
    QVERIFY(activate(*panel, Sim::SimulatorProfile::defaultProfile()));
    QSignalSpy registered(panel.get(), &WebhooksPanel::webhookRegistered);
    RegisterWebhookDialog *dialog = clickRegister(*panel);
    QVERIFY(dialog);
    dialog->setSuggestedUrl(url);
    QPushButton *ok = child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_COMPARE(registered.count(), 1);
    QCOMPARE(registered.first().at(1).toUrl(), url);
    QCOMPARE(handler.requests("/hooks/vipps").size(), 1); // the check's signed test
    QVERIFY(registry().size() == 1);
}

void TstWebhooksPanel::dialogShowsWhyVippsCouldNotDeliver_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("simulator");
    QTest::addColumn<QString>("shown");
    QTest::newRow("redirect") << "redirect" << true << "FAILED: answered 302";
    QTest::newRow("unreachable") << QStringLiteral("http://127.0.0.1:%1/hooks/vipps").arg(closedPort()) << true
                                 << "FAILED: not reachable";
    QTest::newRow("this machine for Vipps")
        << "https://localhost/hooks/vipps" << false << "this machine, which Vipps cannot reach";
    QTest::newRow("reachable") << "reachable" << true << "ok: reachable: answered 200";
}

// The dialog alone, as the panel opens it: the check's lines under the URL, and what the button then offers.
void TstWebhooksPanel::dialogShowsWhyVippsCouldNotDeliver()
{
    QFETCH(QString, url);
    QFETCH(bool, simulator);
    QFETCH(QString, shown);
    CannedServer handler;
    QVERIFY(handler.start());
    Http::Response moved = Http::Response::text(302, "found");
    moved.headers.append(Http::Header{"Location", "https://elsewhere.example/"});
    handler.enqueue("/redirect", moved);
    handler.enqueueJson("/reachable", 200, "{}");
    if (url == QLatin1String("redirect") || url == QLatin1String("reachable"))
        url = handler.baseUrl(QLatin1Char('/') + url).toString();
    RegisterWebhookDialog dialog;
    dialog.setLocalHttpAllowed(simulator);
    dialog.setSuggestedUrl(QUrl(url));
    dialog.show();
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QPushButton *ok = child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY2(dialog.checkList()->lines().join(QLatin1Char('\n')).contains(shown),
                 qPrintable(dialog.checkList()->lines().join(QLatin1Char('\n'))));
    const bool passes = shown.startsWith(QLatin1String("ok"));
    QTRY_COMPARE(accepted.count(), passes ? 1 : 0);
    if (passes)
        return;
    QCOMPARE(ok->text(), QStringLiteral("Register &anyway"));
    QVERIFY(ok->isEnabled());
    // Another URL is another question: the lines go, the button asks to register again.
    child<QComboBox>(&dialog, "urlCombo")->setCurrentText(QStringLiteral("https://other.example/hooks"));
    QVERIFY(dialog.checkList()->lines().isEmpty());
    QCOMPARE(ok->text(), QStringLiteral("&Register"));
}

void TstWebhooksPanel::keyboardOpensTheDialogAndRefreshes()
{
    const auto panel = makePanel();
    panel->show();
    QVERIFY(QTest::qWaitForWindowActive(panel.get()));
    QVERIFY(activate(*panel, Sim::SimulatorProfile::defaultProfile()));
    auto *view = child<QTableView>(panel.get(), "tableView");
    view->setFocus();

    // Made with another tool: F5 shows it, and this app has no secret for it.
    const Sim::RegisterOutcome outcome = m_fixture.sim->webhooks().registerWebhook(
        Sim::SimulatorProfile::defaultProfile().merchantSerialNumber,
        QJsonObject{{QStringLiteral("url"), QStringLiteral("https://example.com/hooks/vipps")},
                    {QStringLiteral("events"), QJsonArray{kCaptured}}});
    QVERIFY(outcome.ok());
    QCOMPARE(panel->model()->rowCount(), 0);
    QTest::keyClick(view, Qt::Key_F5);
    QTRY_COMPARE(panel->model()->rowCount(), 1);
    QCOMPARE(panel->model()->index(0, WebhookListModel::Secret).data().toString(), QStringLiteral("not here"));

    QTest::keyClick(view, Qt::Key_N, Qt::ControlModifier);
    auto *dialog = panel->findChild<RegisterWebhookDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    dialog->reject();
}

void TstWebhooksPanel::deleteAsksFirstNamingTheUrl()
{
    const auto panel = makePanel();
    panel->show();
    QVERIFY(QTest::qWaitForWindowActive(panel.get()));
    QVERIFY(activate(*panel, Sim::SimulatorProfile::defaultProfile()));
    QVERIFY(registerDirectly(*panel, kHookUrl, {kCaptured}));
    const QString id = panel->model()->webhookAt(0).id;
    QVERIFY(m_fixture.session->holdsSecretFor(id));
    auto *view = child<QTableView>(panel.get(), "tableView");
    view->selectRow(0);
    view->setFocus();

    // Cancel leaves it.
    QTest::keyClick(view, Qt::Key_Delete);
    auto *box = panel->findChild<QMessageBox *>(QStringLiteral("deleteConfirmation"));
    QVERIFY(box);
    QVERIFY(box->isVisible());
    QVERIFY(box->text().contains(kHookUrl.toString()));
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!panel->findChild<QMessageBox *>(QStringLiteral("deleteConfirmation")));
    QVERIFY(!panel->isBusy());
    QCOMPARE(registry().size(), 1);

    // Confirmed: gone from the simulator, the table and the session.
    QTest::mouseClick(child<QToolButton>(panel.get(), "deleteButton"), Qt::LeftButton);
    box = panel->findChild<QMessageBox *>(QStringLiteral("deleteConfirmation"));
    QVERIFY(box);
    QTest::mouseClick(child<QPushButton>(box, "confirmDeleteButton"), Qt::LeftButton);
    QTRY_VERIFY(!panel->isBusy() && panel->model()->rowCount() == 0);
    QVERIFY(registry().isEmpty());
    QVERIFY(!m_fixture.session->holdsSecretFor(id));
    QVERIFY(child<QFrame>(panel.get(), "messageFrame")->isHidden());
    QVERIFY(!child<QToolButton>(panel.get(), "deleteButton")->isEnabled()); // nothing is selected any more
}

// The same URL for an event it already gets: a question first, Cancel sends nothing, "Register anyway" does.
void TstWebhooksPanel::duplicateAsksFirst()
{
    const auto panel = makePanel();
    panel->show();
    QVERIFY(QTest::qWaitForWindowActive(panel.get()));
    QVERIFY(activate(*panel, Sim::SimulatorProfile::defaultProfile()));
    QVERIFY(registerDirectly(*panel, kHookUrl, {kCaptured}));
    QSignalSpy registered(panel.get(), &WebhooksPanel::webhookRegistered);

    panel->registerWebhook(kHookUrl, {kCaptured, QStringLiteral("epayments.payment.authorized.v1")});
    auto *box = panel->findChild<QMessageBox *>(QStringLiteral("duplicateQuestion"));
    QVERIFY(box);
    QVERIFY(box->isVisible());
    QVERIFY2(box->text().contains(kHookUrl.toString()), qPrintable(box->text()));
    QVERIFY2(box->text().contains(kCaptured), qPrintable(box->text())); // the event it already gets
    QVERIFY2(box->informativeText().contains(QLatin1String("twice")), qPrintable(box->informativeText()));
    QVERIFY(!panel->isBusy());
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!panel->findChild<QMessageBox *>(QStringLiteral("duplicateQuestion")));
    QVERIFY(!panel->isBusy());
    QCOMPARE(registry().size(), 1);

    panel->registerWebhook(kHookUrl, {kCaptured});
    box = panel->findChild<QMessageBox *>(QStringLiteral("duplicateQuestion"));
    QVERIFY(box);
    QTest::mouseClick(child<QPushButton>(box, "registerAnywayButton"), Qt::LeftButton);
    QTRY_VERIFY(registered.count() == 1 && !panel->isBusy());
    QCOMPARE(registry().size(), 2);

    // Other events to the same URL are no duplicate: no question.
    panel->registerWebhook(kHookUrl, {QStringLiteral("epayments.payment.cancelled.v1")});
    QVERIFY(!panel->findChild<QMessageBox *>(QStringLiteral("duplicateQuestion")));
    QTRY_VERIFY(registered.count() == 2 && !panel->isBusy());
    QCOMPARE(registry().size(), 3);
}

void TstWebhooksPanel::apiErrorShownWithTheReason_data()
{
    QTest::addColumn<bool>("strict");
    QTest::addColumn<int>("existing");
    QTest::addColumn<QString>("reason");

    QTest::newRow("26th registration of an event type")
        << false << int(Sim::WebhookRegistry::MaxPerEventType)
        << QStringLiteral("At most 25 webhooks can be registered for the event type '%1'.").arg(kCaptured);
    QTest::newRow("http URL on a strict simulator") << true << 0 << QStringLiteral("The url must use HTTPS.");
}

void TstWebhooksPanel::apiErrorShownWithTheReason()
{
    QFETCH(bool, strict);
    QFETCH(int, existing);
    QFETCH(QString, reason);

    const auto panel = makePanel();
    QVERIFY(activate(*panel, Sim::SimulatorProfile::defaultProfile()));
    m_fixture.sim->simulator().setStrictUrls(strict);
    for (int i = 0; i < existing; ++i) {
        const QJsonObject body{{QStringLiteral("url"), QStringLiteral("https://example.com/hooks/%1").arg(i)},
                               {QStringLiteral("events"), QJsonArray{kCaptured}}};
        QVERIFY(m_fixture.sim->webhooks()
                    .registerWebhook(Sim::SimulatorProfile::defaultProfile().merchantSerialNumber, body)
                    .ok());
    }
    QSignalSpy errors(panel.get(), &WebhooksPanel::errorShown);
    QSignalSpy registered(panel.get(), &WebhooksPanel::webhookRegistered);

    panel->registerWebhook(kHookUrl, {kCaptured});
    QTRY_COMPARE(errors.count(), 1);
    QVERIFY(!panel->isBusy());
    const QString summary = errors.first().first().toString();
    QVERIFY2(summary.startsWith(QLatin1String("400 Bad Request")), qPrintable(summary));
    QVERIFY2(summary.contains(reason), qPrintable(summary));
    QVERIFY(!child<QFrame>(panel.get(), "messageFrame")->isHidden());
    QCOMPARE(child<QLabel>(panel.get(), "messageTitle")->text(), QStringLiteral("Could not register the webhook"));
    const QStringList details = child<QLabel>(panel.get(), "messageDetails")->text().split(u'\n');
    QCOMPARE(details.first(), summary);
    QVERIFY(details.contains(QStringLiteral("events: %1").arg(reason)) ||
            details.contains(QStringLiteral("url: %1").arg(reason)));
    QVERIFY(details.last().startsWith(QLatin1String("Trace id: ")));
    QCOMPARE(registered.count(), 0);
    QCOMPARE(registry().size(), existing);
    QVERIFY(m_fixture.session->webhookSecrets().isEmpty());
    QVERIFY(child<QGroupBox>(panel.get(), "resultBox")->isHidden());

    // Dismissed by hand, or by the next call.
    QTest::mouseClick(child<QToolButton>(panel.get(), "dismissMessageButton"), Qt::LeftButton);
    QVERIFY(child<QFrame>(panel.get(), "messageFrame")->isHidden());
}

void TstWebhooksPanel::networkErrorShownWithAHint()
{
    const auto panel = makePanel();
    QVERIFY(activate(*panel, Sim::SimulatorProfile::defaultProfile()));
    QSignalSpy errors(panel.get(), &WebhooksPanel::errorShown);
    const QUrl simulatorUrl = m_fixture.sim->baseUrl();
    m_fixture.sim.reset(); // its open keep-alive connections go with it
    panel->refresh();
    // The list call is retried with backoff before it gives up (ClientConfig::maxRetries).
    QTRY_VERIFY_WITH_TIMEOUT(errors.count() == 1, 30000);
    QVERIFY2(errors.first().first().toString().startsWith(QLatin1String("network error")),
             qPrintable(errors.first().first().toString()));
    QCOMPARE(child<QLabel>(panel.get(), "messageTitle")->text(), QStringLiteral("Could not list the webhooks"));
    const QString details = child<QLabel>(panel.get(), "messageDetails")->text();
    QVERIFY2(details.contains(QLatin1String("Is the simulator running?")), qPrintable(details));
    QVERIFY(details.contains(simulatorUrl.toDisplayString()));
    QVERIFY(child<QToolButton>(panel.get(), "refreshButton")->isEnabled()); // try again
}

void TstWebhooksPanel::productionGuard_data()
{
    QTest::addColumn<bool>("registering");
    QTest::addColumn<bool>("answer");

    QTest::newRow("register, no") << true << false;
    QTest::newRow("register, yes") << true << true;
    QTest::newRow("delete, no") << false << false;
    QTest::newRow("delete, yes") << false << true;
}

// A production profile without keys: whatever is sent fails with a configuration error before the network,
// and every call is reported by the session, so what was sent can be counted.
void TstWebhooksPanel::productionGuard()
{
    QFETCH(bool, registering);
    QFETCH(bool, answer);

    const auto panel = makePanel();
    QVERIFY(activate(*panel, productionProfile()));
    QSignalSpy calls(m_fixture.session.get(), &ProfileSession::callFinished);
    const Api::Webhook webhook{QStringLiteral("3fa85f64-5717-4562-b3fc-2c963f66afa6"),
                               QUrl(QStringLiteral("https://example.com/hooks/vipps")),
                               {kCaptured}};
    const qsizetype asked = m_fixture.confirmer.questions.size();
    m_fixture.confirmer.answer = answer;

    if (registering)
        panel->registerWebhook(webhook.url, webhook.events);
    else
        panel->deleteWebhook(webhook);
    QCOMPARE(m_fixture.confirmer.questions.size(), asked + 1);
    QCOMPARE(m_fixture.confirmer.questions.size(), 1);
    QVERIFY(m_fixture.confirmer.questions.first().contains(webhook.url.toDisplayString()));
    QTRY_VERIFY(!panel->isBusy());

    // A list call afterwards: everything sent before it has been reported by the time it is.
    panel->refresh();
    QTRY_VERIFY(!panel->isBusy());
    QStringList operations;
    for (const QList<QVariant> &arguments : std::as_const(calls))
        operations.append(arguments.first().value<Api::CallRecord>().operation);
    const QString guarded = registering ? Api::WebhooksApi::registerRequest(webhook.url, webhook.events).operation
                                        : Api::WebhooksApi::removeRequest(webhook.id).operation;
    const QString list = Api::WebhooksApi::listRequest().operation;
    QCOMPARE(operations, answer ? (QStringList{guarded, list}) : (QStringList{list}));
}

void TstWebhooksPanel::dialogDefaults()
{
    RegisterWebhookDialog dialog;
    dialog.setSuggestedUrl(kHookUrl);
    QCOMPARE(dialog.url(), kHookUrl);
    QCOMPARE(dialog.events(), paymentEventTypes());
    QVERIFY(dialog.problem().isEmpty());

    auto *tree = child<QTreeWidget>(&dialog, "eventTree");
    QCOMPARE(tree->topLevelItemCount(), Api::EventCatalog::instance().groups().size());
    int leaves = 0;
    for (int group = 0; group < tree->topLevelItemCount(); ++group) {
        const QTreeWidgetItem *groupItem = tree->topLevelItem(group);
        const bool payments = groupItem->text(0) == QLatin1String("ePayment");
        QCOMPARE(groupItem->checkState(0), payments ? Qt::Checked : Qt::Unchecked);
        for (int row = 0; row < groupItem->childCount(); ++row, ++leaves) {
            const QTreeWidgetItem *item = groupItem->child(row);
            const Api::EventType *type = Api::EventCatalog::instance().find(item->text(0));
            QVERIFY(type);
            QCOMPARE(item->toolTip(0), type->meaning);
            QCOMPARE(item->text(1), type->meaning);
        }
    }
    QCOMPARE(leaves, Api::EventCatalog::instance().all().size());
}

void TstWebhooksPanel::dialogGroupRowChecksItsEvents()
{
    RegisterWebhookDialog dialog;
    dialog.setSuggestedUrl(kHookUrl);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *tree = child<QTreeWidget>(&dialog, "eventTree");
    QTreeWidgetItem *payments = tree->topLevelItem(0);
    QTreeWidgetItem *recurring = tree->findItems(QStringLiteral("Recurring"), Qt::MatchExactly).value(0);
    QVERIFY(recurring);
    QPushButton *ok = child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok);

    // Space on a group row checks or unchecks all of its events.
    tree->setFocus();
    tree->setCurrentItem(payments);
    QTest::keyClick(tree, Qt::Key_Space);
    QVERIFY(dialog.events().isEmpty());
    QVERIFY(!ok->isEnabled());
    QVERIFY(child<QLabel>(&dialog, "validationLabel")->text().contains(QLatin1String("at least one event")));

    tree->setCurrentItem(recurring);
    QTest::keyClick(tree, Qt::Key_Space);
    QCOMPARE(dialog.events().size(), recurring->childCount());
    QVERIFY(ok->isEnabled());

    // One event unchecked: the group row shows it is partly chosen.
    recurring->child(0)->setCheckState(0, Qt::Unchecked);
    QCOMPARE(recurring->checkState(0), Qt::PartiallyChecked);
    QCOMPARE(dialog.events().size(), recurring->childCount() - 1);
}

void TstWebhooksPanel::dialogValidation_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QStringList>("events");
    QTest::addColumn<bool>("localHttpAllowed");
    QTest::addColumn<QString>("reason"); // empty: OK is enabled

    const QStringList one{kCaptured};
    QTest::newRow("https to a public host") << "https://example.com/hooks/vipps" << one << true << QString();
    QTest::newRow("http to 127.0.0.1") << "http://127.0.0.1:8080/hooks/vipps" << one << true << QString();
    QTest::newRow("http to localhost") << "http://localhost:8080/hooks/vipps" << one << true << QString();
    QTest::newRow("https on a Vipps profile") << "https://example.com/hooks/vipps" << one << false << QString();
    QTest::newRow("empty") << "" << one << true << "Enter the URL";
    QTest::newRow("no scheme") << "example.com/hooks/vipps" << one << true << "full address";
    QTest::newRow("ftp") << "ftp://example.com/hooks" << one << true << "full address";
    QTest::newRow("no host") << "https:///hooks/vipps" << one << true << "full address";
    QTest::newRow("http to a remote host")
        << "http://example.com/hooks/vipps" << one << true << "only for this machine";
    QTest::newRow("http to localhost on a Vipps profile")
        << "http://127.0.0.1:8080/hooks/vipps" << one << false << "Vipps requires https://";
    QTest::newRow("no events") << "https://example.com/hooks/vipps" << QStringList() << true << "at least one event";
}

void TstWebhooksPanel::dialogValidation()
{
    QFETCH(QString, url);
    QFETCH(QStringList, events);
    QFETCH(bool, localHttpAllowed);
    QFETCH(QString, reason);

    RegisterWebhookDialog dialog;
    dialog.setSuggestedUrl(kHookUrl);
    dialog.setLocalHttpAllowed(localHttpAllowed);
    dialog.setEvents(events);
    QLineEdit *edit = child<QComboBox>(&dialog, "urlCombo")->lineEdit();
    edit->clear();
    QTest::keyClicks(edit, url);

    QPushButton *ok = child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok);
    // A problem with the URL is said under the URL field; the line at the bottom is about the event types.
    const bool aboutUrl = !RegisterWebhookDialog::urlProblemWith(QUrl(url), localHttpAllowed).isEmpty();
    const QString shown = child<QLabel>(&dialog, aboutUrl ? "urlNoteLabel" : "validationLabel")->text();
    QCOMPARE(ok->isEnabled(), reason.isEmpty());
    QCOMPARE(dialog.problem().isEmpty(), reason.isEmpty());
    if (reason.isEmpty()) {
        QCOMPARE(dialog.url(), QUrl(url));
        QCOMPARE(dialog.events(), events);
    } else {
        QVERIFY2(shown.contains(reason), qPrintable(shown));
        QCOMPARE(shown, dialog.problem());
    }
}

void TstWebhooksPanel::hookUrlFor_data()
{
    QTest::addColumn<QUrl>("receiver");
    QTest::addColumn<QUrl>("expected");

    QTest::newRow("root path") << QUrl(QStringLiteral("http://127.0.0.1:8099/")) << kHookUrl;
    QTest::newRow("no path") << QUrl(QStringLiteral("http://127.0.0.1:8099")) << kHookUrl;
    QTest::newRow("own path kept") << QUrl(QStringLiteral("https://tunnel.example/in/vipps"))
                                   << QUrl(QStringLiteral("https://tunnel.example/in/vipps"));
    QTest::newRow("receiver not listening") << QUrl() << QUrl();
}

void TstWebhooksPanel::hookUrlFor()
{
    QFETCH(QUrl, receiver);
    QFETCH(QUrl, expected);
    QCOMPARE(RegisterWebhookDialog::hookUrlFor(receiver), expected);
}

// VWB_SHOT_DIR=/some/dir: saves the panel with two registrations, an error, and the dialog, for people to look at.
void TstWebhooksPanel::screenshots()
{
    const QString dir = qEnvironmentVariable("VWB_SHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set VWB_SHOT_DIR to save screenshots");
    QVERIFY(QDir().mkpath(dir));
    const auto panel = makePanel();
    panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(panel.get()));
    QVERIFY(activate(*panel, Sim::SimulatorProfile::defaultProfile()));
    QVERIFY(registerDirectly(*panel, QUrl(QStringLiteral("https://hooks.example.com/vipps")), {kCaptured}));
    QVERIFY(registerDirectly(*panel, kHookUrl, paymentEventTypes()));
    QCOMPARE(panel->model()->rowCount(), 2);
    settle();
    QVERIFY(panel->grab().save(QDir(dir).filePath(QStringLiteral("webhookspanel.png"))));

    m_fixture.sim->simulator().setStrictUrls(true);
    QSignalSpy errors(panel.get(), &WebhooksPanel::errorShown);
    child<QPushButton>(panel.get(), "hideResultButton")->click();
    panel->registerWebhook(kHookUrl, {kCaptured});
    QTRY_COMPARE(errors.count(), 1);
    settle();
    QVERIFY(panel->grab().save(QDir(dir).filePath(QStringLiteral("webhookspanel-error.png"))));

    RegisterWebhookDialog *dialog = clickRegister(*panel);
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    settle();
    QVERIFY(dialog->grab().save(QDir(dir).filePath(QStringLiteral("registerwebhookdialog.png"))));
    QLineEdit *edit = child<QComboBox>(dialog, "urlCombo")->lineEdit();
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("http://example.com/hooks/vipps"));
    settle();
    QVERIFY(dialog->grab().save(QDir(dir).filePath(QStringLiteral("registerwebhookdialog-invalid.png"))));
    dialog->reject();
}

QTEST_MAIN(TstWebhooksPanel)
#include "tst_webhookspanel.moc"
