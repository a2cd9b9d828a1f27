// SPDX-License-Identifier: MIT
#include "workbench/paymentactions.h"

#include "api/paymentrules.h"
#include "base/visibletext.h"
#include "workbench/paymentlistmodel.h"

#include <QUrlQuery>

namespace Workbench {

PaymentActions::PaymentActions(ProfileSession *session, Confirmer *confirmer, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_guard(confirmer)
    , m_model(new PaymentListModel(this))
    , m_refreshes(
          [this](const QString &reference, std::function<void()> done) { get(reference, false, std::move(done)); })
{
    connect(m_session, &ProfileSession::stateChanged, this, &PaymentActions::onSessionState);
    onSessionState(m_session->state());
}

PaymentActions::~PaymentActions() = default;

bool PaymentActions::approveExists() const
{
    return Api::PaymentRules::approveExistsIn(m_session->profile().environment);
}

// Any new state means another client: the one the calls went out on is gone, and its answers with it.
void PaymentActions::onSessionState(ProfileSession::State state)
{
    m_answers.dropPending();
    m_refreshes.clear();
    setCreating(false);
    const QString name = m_session->profile().name;
    if (state == ProfileSession::State::Ready && name != m_profileName) {
        // Payments belong to the merchant serial number of the profile that made them; each profile's list waits
        // for it while another is in use.
        if (!m_profileName.isEmpty())
            m_lists.insert(m_profileName, m_model->entries());
        m_model->setEntries(m_lists.take(name));
        m_profileName = name;
        emit errorCleared();
        emit statusChanged({});
    }
}

void PaymentActions::create(const Api::CreatePaymentRequest &request, bool approveAfter, const QString &phoneNumber)
{
    const QString action = tr("Create payment %1").arg(request.reference);
    if (const Base::FieldErrors errors = request.validate(Api::Amount::Unit::Major); !errors.isEmpty()) {
        fail(action, {}, Api::ApiError::validation(errors));
        return;
    }
    Api::EPaymentApi *payments = api(action);
    if (!payments || !m_guard.allows(m_session->profile(), tr("Create a payment of %1 with reference %2")
                                                               .arg(request.amount.text(QLocale()), request.reference)))
        return;
    setCreating(true);
    emit statusChanged(tr("Creating %1…").arg(request.reference));
    payments->create(request, {},
                     m_answers.guard([this, request, approveAfter, phoneNumber](const Api::CreatedPayment &answer,
                                                                                const Api::ApiError &error) {
                         onCreated(request, answer, error, approveAfter, phoneNumber);
                     }));
}

void PaymentActions::onCreated(const Api::CreatePaymentRequest &request, const Api::CreatedPayment &answer,
                               const Api::ApiError &error, bool approveAfter, const QString &phoneNumber)
{
    setCreating(false);
    if (!error.ok()) {
        fail(tr("Create payment %1").arg(request.reference), {}, error);
        return;
    }
    const QString reference = answer.reference.isEmpty() ? request.reference : answer.reference;
    m_model->addCreated(reference, request.amount, answer.redirectUrl);
    succeed(reference, tr("Created %1.").arg(reference));
    emit created(reference);
    if (approveAfter && approveExists())
        approve(reference, phoneNumber);
    else
        get(reference, false);
}

void PaymentActions::approve(const QString &reference, const QString &phoneNumber)
{
    if (reference.isEmpty())
        return;
    const QString action = tr("Approve %1").arg(reference);
    if (!approveExists()) {
        fail(action, reference,
             Api::ApiError::configuration(tr("Approve (force approve) exists only in the simulator and the test "
                                             "environment; approve the payment in the Vipps or MobilePay app "
                                             "instead.")));
        return;
    }
    Api::EPaymentApi *payments = api(action);
    if (!payments || !m_guard.allows(m_session->profile(), action))
        return;
    emit statusChanged(tr("Approving %1 as the test user…").arg(reference));
    payments->forceApprove(reference, approveRequest(reference, phoneNumber),
                           m_answers.guard([this, action, reference](const Api::ApiError &error) {
                               if (!error.ok()) {
                                   fail(action, reference, error);
                                   return;
                               }
                               succeed(reference, tr("Approved %1 as the test user.").arg(reference));
                               emit approved(reference);
                               get(reference, false);
                           }));
}

// The phone number when it is one, and the token of the landing page, as Vipps' Postman collection sends.
Api::ForceApproveRequest PaymentActions::approveRequest(const QString &reference, const QString &phoneNumber) const
{
    Api::ForceApproveRequest request;
    if (Api::ForceApproveRequest{phoneNumber, {}}.validate().isEmpty())
        request.phoneNumber = phoneNumber;
    if (const int row = m_model->rowForReference(reference); row >= 0) {
        const QUrl landingPage(m_model->paymentAt(row).payment.redirectUrl);
        request.token = QUrlQuery(landingPage).queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded);
    }
    return request;
}

void PaymentActions::capture(const QString &reference, const Api::Amount &amount)
{
    change(Change::Capture, reference, tr("Capture %1 of %2").arg(amount.text(QLocale()), reference), amount);
}

void PaymentActions::refund(const QString &reference, const Api::Amount &amount)
{
    change(Change::Refund, reference, tr("Refund %1 of %2").arg(amount.text(QLocale()), reference), amount);
}

void PaymentActions::cancel(const QString &reference)
{
    if (!reference.isEmpty())
        change(Change::Cancel, reference, tr("Cancel %1").arg(reference), {});
}

void PaymentActions::change(Change kind, const QString &reference, const QString &action, const Api::Amount &amount)
{
    Api::EPaymentApi *payments = api(action);
    if (!payments || !m_guard.allows(m_session->profile(), action))
        return;
    emit statusChanged(tr("%1…").arg(action));
    auto done = m_answers.guard([this, action, reference](const Api::Payment &payment, const Api::ApiError &error) {
        onChanged(action, reference, payment, error);
    });
    switch (kind) {
    case Change::Capture: payments->capture(reference, Api::ModificationRequest{amount}, {}, done); break;
    case Change::Refund: payments->refund(reference, Api::ModificationRequest{amount}, {}, done); break;
    case Change::Cancel: payments->cancel(reference, Api::CancelRequest{}, {}, done); break;
    }
}

void PaymentActions::onChanged(const QString &action, const QString &reference, const Api::Payment &payment,
                               const Api::ApiError &error)
{
    if (!error.ok()) {
        fail(action, reference, error);
        return;
    }
    m_model->update(payment);
    succeed(reference, tr("%1: done.").arg(action));
    get(reference, false);
}

void PaymentActions::refresh(const QString &reference)
{
    if (reference.isEmpty())
        return;
    emit statusChanged(tr("Getting %1…").arg(reference));
    get(reference, true);
}

void PaymentActions::open(const QString &text)
{
    const QString reference = text.trimmed();
    const QString action = tr("Open payment %1").arg(reference);
    if (const Base::FieldErrors errors = Api::CreatePaymentRequest::validateReference(reference); !errors.isEmpty()) {
        fail(action, {}, Api::ApiError::validation(errors));
        return;
    }
    Api::EPaymentApi *payments = api(action);
    if (!payments)
        return;
    emit statusChanged(tr("Getting %1…").arg(reference));
    payments->get(reference,
                  m_answers.guard([this, reference](const Api::Payment &payment, const Api::ApiError &error) {
                      onOpened(reference, payment, error);
                  }));
}

// Payments belong to a merchant serial number: a 404 most often means the reference was made with another one.
void PaymentActions::onOpened(const QString &reference, const Api::Payment &payment, const Api::ApiError &error)
{
    if (!error.ok()) {
        fail(tr("Open payment %1").arg(reference), {}, error);
        if (error.status == 404)
            emit statusChanged(tr("No payment %1 for merchant serial number %2: check the reference and the profile "
                                  "in use.")
                                   .arg(reference, m_session->profile().merchantSerialNumber));
        return;
    }
    Api::Payment listed = payment;
    listed.reference = reference; // the one asked for, which the answer repeats
    m_model->add(listed);
    succeed(reference, tr("Opened %1: it is %2.").arg(reference, Base::visibleText(payment.state)));
    emit opened(reference);
}

void PaymentActions::eventsReceived(const QList<Events::EventRecord> &records)
{
    QStringList references;
    for (const Events::EventRecord &record : records)
        references.append(record.summary.reference);
    refreshListed(references);
}

void PaymentActions::simulatorChanged(const QString &msn, const Sim::PaymentEvent &event)
{
    if (isReady() && msn == m_session->profile().merchantSerialNumber)
        refreshListed({event.reference});
}

void PaymentActions::refreshListed(const QStringList &references)
{
    if (!isReady())
        return;
    QStringList listed;
    for (const QString &reference : references) {
        if (m_model->rowForReference(reference) >= 0)
            listed.append(reference);
    }
    m_refreshes.request(listed);
}

// A get the user asked for clears the error when it works; the one after an action leaves it alone, so a later
// action's failure is not hidden by an earlier action's get. then runs once the answer is in, whatever it says.
void PaymentActions::get(const QString &reference, bool asked, std::function<void()> then)
{
    const QString action = tr("Refresh %1").arg(reference);
    Api::EPaymentApi *payments = api(action);
    if (!payments) {
        if (then)
            then();
        return;
    }
    payments->get(reference, m_answers.guard([this, action, reference, asked, then](const Api::Payment &payment,
                                                                                    const Api::ApiError &error) {
        if (!error.ok())
            fail(action, reference, error);
        else
            m_model->update(payment);
        if (error.ok() && asked) {
            emit errorCleared();
            emit statusChanged(tr("%1 is %2.").arg(reference, Base::visibleText(payment.state)));
        }
        if (then)
            then();
    }));
}

Api::EPaymentApi *PaymentActions::api(const QString &action)
{
    Api::EPaymentApi *payments = m_session->payments();
    if (!payments)
        fail(action, {}, Api::ApiError::configuration(tr("No profile is ready; choose one under Credentials.")));
    return payments;
}

void PaymentActions::fail(const QString &action, const QString &reference, const Api::ApiError &error)
{
    if (!reference.isEmpty())
        m_model->setLastError(reference, error.summary());
    emit statusChanged({});
    emit failed(action, error);
}

void PaymentActions::succeed(const QString &reference, const QString &status)
{
    m_model->setLastError(reference, {});
    emit errorCleared();
    emit statusChanged(status);
}

void PaymentActions::setCreating(bool creating)
{
    if (creating == m_creating)
        return;
    m_creating = creating;
    emit creatingChanged(creating);
}

} // namespace Workbench
