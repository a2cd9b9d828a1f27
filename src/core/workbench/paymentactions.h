// SPDX-License-Identifier: MIT
// The payments workflow of the active profile (docs/vipps-wire.md §6): create (and force approve where that
// exists), approve, capture, refund, cancel and get, each state-changing call asked of the production guard
// first and followed by a get. The payments made or opened in this session are in model(), one list per profile
// (kept while another profile is in use); answers that arrive after the profile changed are dropped. News about a
// listed payment (a received event, the simulator's own change) gets it again, so its row follows what happened
// elsewhere, the landing page included. The app's payments panel shows what this says; it decides nothing itself.
#pragma once

#include "api/apierror.h"
#include "api/epaymentapi.h"
#include "base/answerguard.h"
#include "events/eventrecord.h"
#include "sim/simpayment.h"
#include "workbench/paymentlistmodel.h"
#include "workbench/paymentrefreshes.h"
#include "workbench/productionguard.h"
#include "workbench/profilesession.h"

#include <QObject>

namespace Workbench {

class PaymentActions : public QObject
{
    Q_OBJECT

public:
    // Neither is owned; the session must outlive this, the confirmer too when given.
    PaymentActions(ProfileSession *session, Confirmer *confirmer, QObject *parent = nullptr);
    ~PaymentActions() override;

    ProfileSession *session() const { return m_session; }
    PaymentListModel *model() const { return m_model; }
    bool isReady() const { return m_session->state() == ProfileSession::State::Ready; }
    bool isCreating() const { return m_creating; }
    // Force approve exists for the profile in use (simulator and test environment only).
    bool approveExists() const;

    // Checks the request (amounts told in kroner, as the app's amount field holds them), asks the guard, creates; then
    // force-approves with phoneNumber (where that exists and approveAfter is set) or gets the payment.
    void create(const Api::CreatePaymentRequest &request, bool approveAfter, const QString &phoneNumber = {});
    // Force approve as the test user: phoneNumber when it is one, and the landing page's token.
    void approve(const QString &reference, const QString &phoneNumber = {});
    void capture(const QString &reference, const Api::Amount &amount);
    void refund(const QString &reference, const Api::Amount &amount);
    void cancel(const QString &reference);
    // Gets the payment and, when that works, clears the last error and says its state.
    void refresh(const QString &reference);
    // Gets a payment by its reference (surrounding blanks ignored) and lists it; says why not when there is none.
    void open(const QString &reference);
    // Received deliveries: each payment of the list they name is got again (see PaymentRefreshes).
    void eventsReceived(const QList<Events::EventRecord> &records);
    // The app's simulator changed a payment: got again when it is listed and of the merchant serial number in use.
    void simulatorChanged(const QString &msn, const Sim::PaymentEvent &event);

signals:
    void creatingChanged(bool creating);
    // What is going on, or what just worked; empty to clear.
    void statusChanged(const QString &text);
    // action is what was tried, e.g. "Capture 100.00 NOK of acme-1"; the error as the API answered it.
    void failed(const QString &action, const Api::ApiError &error);
    void errorCleared();
    void created(const QString &reference);
    void approved(const QString &reference);
    void opened(const QString &reference); // listed, and up to date

private:
    enum class Change { Capture, Refund, Cancel };

    void onSessionState(ProfileSession::State state);
    void onCreated(const Api::CreatePaymentRequest &request, const Api::CreatedPayment &answer,
                   const Api::ApiError &error, bool approveAfter, const QString &phoneNumber);
    void change(Change kind, const QString &reference, const QString &action, const Api::Amount &amount);
    void onOpened(const QString &reference, const Api::Payment &payment, const Api::ApiError &error);
    void onChanged(const QString &action, const QString &reference, const Api::Payment &payment,
                   const Api::ApiError &error);
    void get(const QString &reference, bool asked, std::function<void()> then = {});
    void refreshListed(const QStringList &references);
    Api::ForceApproveRequest approveRequest(const QString &reference, const QString &phoneNumber) const;
    Api::EPaymentApi *api(const QString &action);
    void fail(const QString &action, const QString &reference, const Api::ApiError &error);
    void succeed(const QString &reference, const QString &status);
    void setCreating(bool creating);

    ProfileSession *m_session;
    ProductionGuard m_guard;
    PaymentListModel *m_model;
    Base::AnswerGuard m_answers; // answers for another profile, or another client of it, are dropped
    PaymentRefreshes m_refreshes;
    QString m_profileName; // whose payments the list holds
    QHash<QString, QList<PaymentListModel::Entry>> m_lists; // the lists of the profiles not in use, by name
    bool m_creating = false;
};

} // namespace Workbench
