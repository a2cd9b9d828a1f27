// SPDX-License-Identifier: MIT
// Test payments of the active profile (docs/vipps-wire.md §6): a create form, the payments made or opened (by
// reference) in this session, and Refresh, Approve, Capture…, Refund…, Cancel and the landing page on the selected
// one, whose address is shown with a button that copies it. The workflow is Workbench::PaymentActions; this panel
// shows it, enables what the payment's state allows (Api::PaymentRules) and shows the last failure as the API
// answered it (§7) until the next call succeeds.
#pragma once

#include "api/apierror.h"
#include "gui/paymentquestions.h"
#include "workbench/profilesession.h"

#include <QUrl>
#include <QWidget>

#include <functional>
#include <memory>

namespace Ui {
class PaymentsPanel;
}

namespace Workbench {
class PaymentActions;
class PaymentListModel;
} // namespace Workbench

namespace Gui {

class PaymentForm;

class PaymentsPanel : public QWidget
{
    Q_OBJECT

public:
    // True when a browser took the address (QDesktopServices::openUrl's answer).
    using UrlOpener = std::function<bool(const QUrl &url)>;

    // The actions are not owned and must outlive the panel.
    explicit PaymentsPanel(Workbench::PaymentActions *actions, QWidget *parent = nullptr);
    ~PaymentsPanel() override;

    Workbench::PaymentListModel *model() const;
    PaymentForm *form() const;
    // Replaces QDesktopServices::openUrl for "Open landing page" (tests); empty restores it.
    void setUrlOpener(UrlOpener opener);

public slots:
    // Creates a payment from the form, then force-approves it where that exists (the quick start's trigger step).
    void createAndApprove();
    void createPayment();

signals:
    void paymentCreated(const QString &reference);
    void paymentApproved(const QString &reference);
    void errorShown(const QString &summary);

private:
    using Modification = PaymentQuestions::Modification;

    void setUpActions();
    void setUpView();
    void connectActions();
    void onStateChanged(Workbench::ProfileSession::State state);
    void onCreated(const QString &reference);
    void askReference();
    void selectReference(const QString &reference);
    void askAmount(Modification modification);
    void askCancel();
    void openLandingPage();
    void copyLandingPage();
    void showLandingPage(const Api::Payment *payment);
    int selectedRow() const;
    QString selectedReference() const;
    void showError(const QString &action, const Api::ApiError &error);
    void clearError();
    void setStatus(const QString &text);
    void updateActions();

    std::unique_ptr<Ui::PaymentsPanel> m_ui;
    Workbench::PaymentActions *m_actions;
    UrlOpener m_opener;
};

} // namespace Gui
