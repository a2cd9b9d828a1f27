// SPDX-License-Identifier: MIT
// The payments workflow without widgets, against the real local simulator: create, approve, capture, refund and
// cancel move the ledger and the list; the API's refusals come back as failures naming the action; a production
// profile asks first and a "no" sends nothing; answers for a profile no longer in use, or for actions that are
// gone, are dropped. Each profile keeps its list for the session, and a payment can be opened by its reference.
#include "sessionfixture.h"
#include "sim/paymentledger.h"
#include "sim/simulatorprofile.h"
#include "workbench/paymentactions.h"
#include "workbench/paymentlistmodel.h"

#include <QSignalSpy>
#include <QTest>

using Workbench::PaymentActions;
using Workbench::PaymentListModel;

namespace {

Api::CreatePaymentRequest request(const QString &reference, qint64 value = 4900)
{
    Api::CreatePaymentRequest request;
    request.amount = {value, QStringLiteral("NOK")};
    request.reference = reference;
    request.userFlow = QStringLiteral("WEB_REDIRECT");
    request.returnUrl = QStringLiteral("https://example.com/return");
    request.paymentDescription = QStringLiteral("Workflow test");
    return request;
}

} // namespace

class TstPaymentActions : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createThenApproveAuthorizes();
    void captureRefundAndCancelMoveTheLedger();
    void refusalNamesTheActionAndMarksTheRow();
    void invalidRequestSendsNothing();
    void productionAsksAndNoSendsNothing();
    void approveDoesNotExistInProduction();
    void answerForAnEarlierProfileIsDropped();
    void answerAfterTheActionsAreGoneIsDropped();
    void listIsKeptPerProfile();
    void openByReferenceAddsTheRow();
    void openByReferenceSaysWhyNot();

private:
    QString createAuthorized(const QString &reference);
    bool create(const QString &reference);
    static Credentials::Profile simulatorCopy();
    const Sim::Payment *ledger(const QString &reference) const;
    PaymentListModel::Entry entry(const QString &reference) const;

    TestSupport::SessionFixture m_fixture;
    std::unique_ptr<PaymentActions> m_actions;
    QStringList m_requests; // "POST /epayment/v1/payments", as the simulator saw them
};

void TstPaymentActions::init()
{
    QString error;
    QVERIFY2(m_fixture.start({Sim::SimulatorProfile::defaultProfile(), TestSupport::productionOnSimulator()}, &error,
                             TestSupport::SessionFixture::Production::ToSimulator),
             qPrintable(error));
    connect(m_fixture.sim.get(), &Sim::LocalSimulator::requestHandled, this,
            [this](const QByteArray &method, const QByteArray &path) {
                m_requests.append(QString::fromUtf8(method + ' ' + path));
            });
    m_actions = std::make_unique<PaymentActions>(m_fixture.session.get(), &m_fixture.confirmer);
    QVERIFY(m_fixture.activate(Sim::SimulatorProfile::defaultProfile()));
    m_requests.clear();
}

void TstPaymentActions::cleanup()
{
    m_actions.reset();
    m_fixture.stop();
}

const Sim::Payment *TstPaymentActions::ledger(const QString &reference) const
{
    return m_fixture.sim->ledger().payment(Sim::SimulatorProfile::defaultProfile().merchantSerialNumber, reference);
}

PaymentListModel::Entry TstPaymentActions::entry(const QString &reference) const
{
    const int row = m_actions->model()->rowForReference(reference);
    return row < 0 ? PaymentListModel::Entry{} : m_actions->model()->paymentAt(row);
}

QString TstPaymentActions::createAuthorized(const QString &reference)
{
    QSignalSpy approved(m_actions.get(), &PaymentActions::approved);
    m_actions->create(request(reference), true, QStringLiteral("4712345678"));
    if (!approved.wait(5000))
        return {};
    if (!QTest::qWaitFor([&] { return entry(reference).payment.aggregate.authorized.value == 4900; }, 5000))
        return {};
    return reference;
}

void TstPaymentActions::createThenApproveAuthorizes()
{
    QSignalSpy created(m_actions.get(), &PaymentActions::created);
    QSignalSpy creating(m_actions.get(), &PaymentActions::creatingChanged);
    m_actions->create(request(QStringLiteral("wf-create-0001")), false);
    QVERIFY(m_actions->isCreating());
    QVERIFY(created.wait(5000));
    QCOMPARE(created.first().first().toString(), QStringLiteral("wf-create-0001"));
    QVERIFY(!m_actions->isCreating());
    QCOMPARE(creating.count(), 2);
    QTRY_COMPARE(entry(QStringLiteral("wf-create-0001")).payment.state, QStringLiteral("CREATED"));

    QSignalSpy approved(m_actions.get(), &PaymentActions::approved);
    m_actions->approve(QStringLiteral("wf-create-0001"), QStringLiteral("4712345678"));
    QVERIFY(approved.wait(5000));
    QTRY_COMPARE(entry(QStringLiteral("wf-create-0001")).payment.state, QStringLiteral("AUTHORIZED"));
    QCOMPARE(ledger(QStringLiteral("wf-create-0001"))->state, Sim::PaymentState::Authorized);
}

void TstPaymentActions::captureRefundAndCancelMoveTheLedger()
{
    const QString reference = createAuthorized(QStringLiteral("wf-modify-0001"));
    QVERIFY(!reference.isEmpty());

    m_actions->capture(reference, {2000, QStringLiteral("NOK")});
    QTRY_COMPARE(entry(reference).payment.aggregate.captured.value, 2000);
    m_actions->refund(reference, {500, QStringLiteral("NOK")});
    QTRY_COMPARE(entry(reference).payment.aggregate.refunded.value, 500);
    m_actions->cancel(reference);
    QTRY_COMPARE(entry(reference).payment.aggregate.cancelled.value, 2900);
    QCOMPARE(ledger(reference)->aggregate.captured, 2000);
    QCOMPARE(ledger(reference)->aggregate.refunded, 500);
    QCOMPARE(entry(reference).lastError, QString());
}

void TstPaymentActions::refusalNamesTheActionAndMarksTheRow()
{
    const QString reference = createAuthorized(QStringLiteral("wf-refuse-0001"));
    QVERIFY(!reference.isEmpty());
    QSignalSpy failed(m_actions.get(), &PaymentActions::failed);
    m_actions->capture(reference, {10000, QStringLiteral("NOK")});
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.first().at(0).toString(), QStringLiteral("Capture 100.00 NOK of wf-refuse-0001"));
    const auto error = failed.first().at(1).value<Api::ApiError>();
    QCOMPARE(error.status, 400);
    QVERIFY(!entry(reference).lastError.isEmpty());
    QCOMPARE(ledger(reference)->aggregate.captured, 0);

    // The next success on the row clears what failed.
    QSignalSpy cleared(m_actions.get(), &PaymentActions::errorCleared);
    m_actions->capture(reference, {4900, QStringLiteral("NOK")});
    QTRY_COMPARE(entry(reference).payment.aggregate.captured.value, 4900);
    QVERIFY(cleared.count() >= 1);
    QCOMPARE(entry(reference).lastError, QString());
}

void TstPaymentActions::invalidRequestSendsNothing()
{
    QSignalSpy failed(m_actions.get(), &PaymentActions::failed);
    m_actions->create(request(QStringLiteral("short")), false);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().at(1).value<Api::ApiError>().kind, Api::ApiError::Kind::Validation);
    QVERIFY(!m_actions->isCreating());
    QVERIFY(m_requests.isEmpty()); // refused before anything could be sent
}

void TstPaymentActions::productionAsksAndNoSendsNothing()
{
    QVERIFY(m_fixture.storeDemoKeys(TestSupport::productionOnSimulator().name));
    QVERIFY(m_fixture.activate(TestSupport::productionOnSimulator()));

    m_fixture.confirmer.answer = false;
    m_actions->create(request(QStringLiteral("wf-prod-0001")), false);
    QCOMPARE(m_fixture.confirmer.questions.size(), 1);
    QVERIFY(m_fixture.confirmer.questions.first().contains(QLatin1String("49.00 NOK")));
    QVERIFY(!m_actions->isCreating());

    // "Yes" to the next one: it goes out, and it is the only create the simulator (standing in for
    // api.vipps.no) ever saw.
    m_fixture.confirmer.answer = true;
    QSignalSpy created(m_actions.get(), &PaymentActions::created);
    m_actions->create(request(QStringLiteral("wf-prod-0002")), false);
    QVERIFY(created.wait(5000));
    QCOMPARE(m_fixture.confirmer.questions.size(), 2);
    QCOMPARE(m_requests.count(QStringLiteral("POST /epayment/v1/payments")), 1);
    QVERIFY(!ledger(QStringLiteral("wf-prod-0001")));

    // A get changes nothing, so it is not asked.
    m_actions->refresh(QStringLiteral("wf-prod-0002"));
    QTRY_COMPARE(entry(QStringLiteral("wf-prod-0002")).payment.state, QStringLiteral("CREATED"));
    QCOMPARE(m_fixture.confirmer.questions.size(), 2);
}

void TstPaymentActions::approveDoesNotExistInProduction()
{
    QVERIFY(m_fixture.activate(TestSupport::productionOnSimulator()));
    QVERIFY(!m_actions->approveExists());
    QSignalSpy failed(m_actions.get(), &PaymentActions::failed);
    m_actions->approve(QStringLiteral("wf-prod-0003"));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().at(1).value<Api::ApiError>().kind, Api::ApiError::Kind::Configuration);
    QVERIFY(m_fixture.confirmer.questions.isEmpty());
}

// The create goes out for the simulator profile; before its answer another profile is put in use. Its payment
// must not turn up in the list, which now belongs to the other profile: only the next create, made for the
// other profile and answered after the first one would have been, shows.
void TstPaymentActions::answerForAnEarlierProfileIsDropped()
{
    Credentials::Profile other = Sim::SimulatorProfile::defaultProfile();
    other.name = QStringLiteral("simulator-copy");
    QSignalSpy created(m_actions.get(), &PaymentActions::created);
    m_actions->create(request(QStringLiteral("wf-stale-0001")), false);
    QVERIFY(m_fixture.activate(other));
    QVERIFY(!m_actions->isCreating());
    m_actions->create(request(QStringLiteral("wf-stale-0002")), false);
    QVERIFY(created.wait(5000));
    QCOMPARE(created.count(), 1);
    QCOMPARE(created.first().first().toString(), QStringLiteral("wf-stale-0002"));
    QCOMPARE(m_actions->model()->rowCount(), 1);
}

// The session and its client stay, and so does the call: its answer arrives and must find nobody to call.
void TstPaymentActions::answerAfterTheActionsAreGoneIsDropped()
{
    QSignalSpy finished(m_fixture.session.get(), &Workbench::ProfileSession::callFinished);
    m_actions->create(request(QStringLiteral("wf-gone-0001")), false);
    m_actions.reset();
    QTRY_VERIFY(std::any_of(finished.cbegin(), finished.cend(), [](const QList<QVariant> &call) {
        return call.first().value<Api::CallRecord>().url.path() == QLatin1String("/epayment/v1/payments");
    }));
    QVERIFY(ledger(QStringLiteral("wf-gone-0001")));
}

bool TstPaymentActions::create(const QString &reference)
{
    QSignalSpy created(m_actions.get(), &PaymentActions::created);
    m_actions->create(request(reference), false);
    return created.wait(5000) && QTest::qWaitFor([&] {
               return m_requests.contains(QStringLiteral("GET /epayment/v1/payments/") + reference);
           });
}

// Another profile on the same merchant serial number: it sees the same payments in the simulator.
Credentials::Profile TstPaymentActions::simulatorCopy()
{
    Credentials::Profile other = Sim::SimulatorProfile::defaultProfile();
    other.name = QStringLiteral("simulator-copy");
    return other;
}

void TstPaymentActions::listIsKeptPerProfile()
{
    QVERIFY(create(QStringLiteral("wf-keep-0001")));
    QVERIFY(m_fixture.activate(simulatorCopy()));
    QCOMPARE(m_actions->model()->rowCount(), 0); // the list of the profile in use
    QVERIFY(create(QStringLiteral("wf-keep-0002")));

    QVERIFY(m_fixture.activate(Sim::SimulatorProfile::defaultProfile()));
    QCOMPARE(m_actions->model()->rowCount(), 1);
    QCOMPARE(entry(QStringLiteral("wf-keep-0001")).payment.state, QStringLiteral("CREATED"));
    QCOMPARE(entry(QStringLiteral("wf-keep-0001")).payment.amount.value, 4900);
    QVERIFY(!entry(QStringLiteral("wf-keep-0001")).payment.redirectUrl.isEmpty());

    QVERIFY(m_fixture.activate(simulatorCopy()));
    QCOMPARE(m_actions->model()->rowCount(), 1);
    QCOMPARE(entry(QStringLiteral("wf-keep-0002")).payment.state, QStringLiteral("CREATED"));
}

void TstPaymentActions::openByReferenceAddsTheRow()
{
    const QString reference = createAuthorized(QStringLiteral("wf-open-0001"));
    QVERIFY(!reference.isEmpty());
    QVERIFY(m_fixture.activate(simulatorCopy()));
    QCOMPARE(m_actions->model()->rowCount(), 0);

    QSignalSpy opened(m_actions.get(), &PaymentActions::opened);
    QSignalSpy status(m_actions.get(), &PaymentActions::statusChanged);
    m_actions->open(QStringLiteral(" wf-open-0001 ")); // as pasted
    QVERIFY(opened.wait(5000));
    QCOMPARE(opened.first().first().toString(), reference);
    QCOMPARE(m_actions->model()->rowCount(), 1);
    QCOMPARE(entry(reference).payment.state, QStringLiteral("AUTHORIZED"));
    QCOMPARE(entry(reference).payment.aggregate.authorized.value, 4900);
    QVERIFY2(status.last().first().toString().contains(QLatin1String("AUTHORIZED")),
             qPrintable(status.last().first().toString()));

    // Opened again it stays one row, brought up to date.
    m_actions->capture(reference, {1000, QStringLiteral("NOK")});
    QTRY_COMPARE(entry(reference).payment.aggregate.captured.value, 1000);
    m_actions->open(reference);
    QTRY_COMPARE(opened.count(), 2);
    QCOMPARE(m_actions->model()->rowCount(), 1);
}

void TstPaymentActions::openByReferenceSaysWhyNot()
{
    QSignalSpy failed(m_actions.get(), &PaymentActions::failed);
    QSignalSpy status(m_actions.get(), &PaymentActions::statusChanged);
    m_actions->open(QStringLiteral("wf-missing-0001"));
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.first().at(0).toString(), QStringLiteral("Open payment wf-missing-0001"));
    QCOMPARE(failed.first().at(1).value<Api::ApiError>().status, 404);
    const QString why = status.last().first().toString();
    QVERIFY2(why.contains(QLatin1String("wf-missing-0001")) &&
                 why.contains(Sim::SimulatorProfile::defaultProfile().merchantSerialNumber),
             qPrintable(why));
    QCOMPARE(m_actions->model()->rowCount(), 0);

    // What cannot be a reference is not sent.
    m_requests.clear();
    for (const QString &text : {QString(), QStringLiteral("   "), QStringLiteral("no such/ref")}) {
        failed.clear();
        m_actions->open(text);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().at(1).value<Api::ApiError>().kind, Api::ApiError::Kind::Validation);
    }
    QVERIFY(m_requests.isEmpty());
    QCOMPARE(m_actions->model()->rowCount(), 0);
}

QTEST_GUILESS_MAIN(TstPaymentActions)
#include "tst_paymentactions.moc"
