// SPDX-License-Identifier: MIT
// Test payments of the active profile (docs/vipps-wire.md §6): a create form, the payments made in this session, and
// Refresh, Approve (force approve, simulator and test only), Capture…, Refund…, Cancel and the landing page on the
// selected one. Every state-changing call asks the production guard first and is followed by a get; the last
// failure is shown in the panel as the API answered it (§7) until the next call succeeds.
#pragma once

#include "api/apierror.h"
#include "api/epaymentapi.h"
#include "workbench/profilesession.h"

#include <QUrl>
#include <QWidget>

#include <functional>
#include <memory>

namespace Ui {
class PaymentsPanel;
}

namespace Workbench {
class PaymentListModel;
}

namespace Gui {

class PaymentForm;

class PaymentsPanel : public QWidget
{
    Q_OBJECT

public:
    using UrlOpener = std::function<void(const QUrl &url)>;

    // The session is not owned and must outlive the panel.
    explicit PaymentsPanel(Workbench::ProfileSession *session, QWidget *parent = nullptr);
    ~PaymentsPanel() override;

    Workbench::PaymentListModel *model() const { return m_model; }
    PaymentForm *form() const;
    // Replaces QDesktopServices::openUrl for "Open landing page" (tests); empty restores it.
    void setUrlOpener(UrlOpener opener);
    // Force approve exists only in the simulator and the test environment (docs/vipps-wire.md §6).
    static bool canApprove(Credentials::Environment environment);

public slots:
    // Creates a payment from the form, then force-approves it where that exists (the quick start's trigger step).
    void createAndApprove();
    void createPayment();

signals:
    void paymentCreated(const QString &reference);
    void paymentApproved(const QString &reference);
    void errorShown(const QString &summary);

private:
    enum class Modification { Capture, Refund };

    void setUpActions();
    void setUpView();
    void onStateChanged(Workbench::ProfileSession::State state);
    void create(bool approveAfter);
    void onCreated(const Api::CreatePaymentRequest &request, const Api::CreatedPayment &created,
                   const Api::ApiError &error, bool approveAfter);
    void approve(const QString &reference);
    void askAmount(Modification modification);
    void modify(Modification modification, const QString &reference, const Api::Amount &amount);
    void cancelPayment(const QString &reference);
    void refresh(const QString &reference, bool asked);
    void onModified(const QString &action, const QString &reference, const Api::Payment &payment,
                    const Api::ApiError &error);
    void openLandingPage();

    Api::EPaymentApi *api(const QString &action);
    bool guardAllows(const QString &action);
    int selectedRow() const;
    QString selectedReference() const;
    Api::ForceApproveRequest approveRequest(const QString &reference) const;
    void showError(const QString &action, const QString &reference, const Api::ApiError &error);
    void succeeded(const QString &reference, const QString &status);
    void clearError();
    void setStatus(const QString &text);
    void updateActions();

    std::unique_ptr<Ui::PaymentsPanel> m_ui;
    Workbench::ProfileSession *m_session;
    Workbench::PaymentListModel *m_model;
    UrlOpener m_opener;
    QString m_profileName; // whose payments the list holds
};

} // namespace Gui
