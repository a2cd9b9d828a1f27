// SPDX-License-Identifier: MIT
#include "gui/paymentspanel.h"

#include "gui/paymentform.h"
#include "gui/productionguard.h"
#include "ui_paymentspanel.h"
#include "workbench/paymentlistmodel.h"

#include <QDesktopServices>
#include <QHeaderView>
#include <QInputDialog>
#include <QPointer>
#include <QStyledItemDelegate>
#include <QUrlQuery>

namespace Gui {

using Workbench::PaymentListModel;

namespace {

// Looks for the model's meaning: AUTHORIZED in bold, finished payments and zero aggregates greyed, a warning
// icon beside a failed action. Colours come from the palette only.
class PaymentDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const auto state = PaymentListModel::PaymentState(index.data(PaymentListModel::StateRole).toInt());
        if (index.column() == PaymentListModel::State && state == PaymentListModel::PaymentState::Authorized)
            option->font.setBold(true);
        const QVariant minorUnits = index.data(PaymentListModel::MinorUnitsRole);
        const bool emptyAggregate =
            index.column() != PaymentListModel::Amount && minorUnits.isValid() && minorUnits.toLongLong() == 0;
        if (emptyAggregate || index.data(PaymentListModel::FinalRole).toBool())
            option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
        if (index.column() == PaymentListModel::Error && index.data(PaymentListModel::HasErrorRole).toBool()) {
            const QStyle *style = option->widget ? option->widget->style() : nullptr;
            if (style) {
                option->features |= QStyleOptionViewItem::HasDecoration;
                option->icon = style->standardIcon(QStyle::SP_MessageBoxWarning);
                const int side = style->pixelMetric(QStyle::PM_SmallIconSize);
                option->decorationSize = QSize(side, side);
            }
        }
    }
};

} // namespace

PaymentsPanel::PaymentsPanel(Workbench::ProfileSession *session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PaymentsPanel>())
    , m_session(session)
    , m_model(new PaymentListModel(this))
{
    m_ui->setupUi(this);
    setUrlOpener({});
    setUpView();
    setUpActions();
    connect(m_session, &Workbench::ProfileSession::stateChanged, this, &PaymentsPanel::onStateChanged);
    connect(m_ui->form, &PaymentForm::createRequested, this, &PaymentsPanel::createPayment);
    connect(m_ui->form, &PaymentForm::createAndApproveRequested, this, &PaymentsPanel::createAndApprove);
    onStateChanged(m_session->state());
}

PaymentsPanel::~PaymentsPanel() = default;

PaymentForm *PaymentsPanel::form() const
{
    return m_ui->form;
}

void PaymentsPanel::setUrlOpener(UrlOpener opener)
{
    m_opener = opener ? std::move(opener) : [](const QUrl &url) { QDesktopServices::openUrl(url); };
}

bool PaymentsPanel::canApprove(Credentials::Environment environment)
{
    return environment == Credentials::Environment::Simulator || environment == Credentials::Environment::Test;
}

void PaymentsPanel::setUpView()
{
    QTableView *view = m_ui->paymentsView;
    view->setModel(m_model);
    view->setItemDelegate(new PaymentDelegate(view));
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(PaymentListModel::Error, QHeaderView::Stretch);
    const int iconSide = style()->pixelMetric(QStyle::PM_MessageBoxIconSize) / 2;
    m_ui->errorIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSide, iconSide));
    QFont bold = m_ui->errorTitle->font();
    bold.setBold(true);
    m_ui->errorTitle->setFont(bold);
    m_ui->statusLabel->hide();

    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PaymentsPanel::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &PaymentsPanel::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PaymentsPanel::updateActions);
}

void PaymentsPanel::setUpActions()
{
    addActions({m_ui->refreshAction, m_ui->approveAction, m_ui->captureAction, m_ui->refundAction, m_ui->cancelAction,
                m_ui->openAction});
    m_ui->refreshButton->setDefaultAction(m_ui->refreshAction);
    m_ui->approveButton->setDefaultAction(m_ui->approveAction);
    m_ui->captureButton->setDefaultAction(m_ui->captureAction);
    m_ui->refundButton->setDefaultAction(m_ui->refundAction);
    m_ui->cancelButton->setDefaultAction(m_ui->cancelAction);
    m_ui->openButton->setDefaultAction(m_ui->openAction);
    m_ui->dismissErrorButton->setDefaultAction(m_ui->dismissErrorAction);

    connect(m_ui->refreshAction, &QAction::triggered, this, [this] {
        const QString reference = selectedReference();
        if (reference.isEmpty())
            return;
        setStatus(tr("Getting %1…").arg(reference));
        refresh(reference, true);
    });
    connect(m_ui->approveAction, &QAction::triggered, this, [this] { approve(selectedReference()); });
    connect(m_ui->captureAction, &QAction::triggered, this, [this] { askAmount(Modification::Capture); });
    connect(m_ui->refundAction, &QAction::triggered, this, [this] { askAmount(Modification::Refund); });
    connect(m_ui->cancelAction, &QAction::triggered, this, [this] { cancelPayment(selectedReference()); });
    connect(m_ui->openAction, &QAction::triggered, this, &PaymentsPanel::openLandingPage);
    connect(m_ui->dismissErrorAction, &QAction::triggered, this, &PaymentsPanel::clearError);
}

void PaymentsPanel::onStateChanged(Workbench::ProfileSession::State state)
{
    using State = Workbench::ProfileSession::State;
    const bool ready = state == State::Ready;
    const Credentials::Profile &profile = m_session->profile();
    if (ready && profile.name != m_profileName) {
        // Payments belong to the merchant serial number of the profile that made them.
        m_model->clear();
        clearError();
        setStatus({});
        m_profileName = profile.name;
    }
    if (ready)
        m_ui->form->setEnvironment(profile.environment);
    m_ui->form->setCreating(false); // a client being rebuilt drops the calls it had on the way
    m_ui->form->setCreateAvailable(ready, state == State::Loading
                                              ? tr("Loading the profile's keys…")
                                              : tr("Choose a profile under Credentials to create payments."));
    m_ui->form->setApproveAvailable(ready && canApprove(profile.environment));
    updateActions();
}

void PaymentsPanel::createPayment()
{
    create(false);
}

void PaymentsPanel::createAndApprove()
{
    create(true);
}

void PaymentsPanel::create(bool approveAfter)
{
    const Api::CreatePaymentRequest request = m_ui->form->request();
    const QString action = tr("Create payment %1").arg(request.reference);
    if (const Base::FieldErrors errors = request.validate(); !errors.isEmpty()) {
        showError(action, {}, Api::ApiError::validation(errors));
        return;
    }
    Api::EPaymentApi *payments = api(action);
    if (!payments || !guardAllows(tr("Create a payment of %1 with reference %2")
                                      .arg(request.amount.text(), request.reference)))
        return;
    m_ui->form->setCreating(true);
    setStatus(tr("Creating %1…").arg(request.reference));
    QPointer<PaymentsPanel> self(this);
    payments->create(request, {},
                     [self, request, approveAfter](const Api::CreatedPayment &created, const Api::ApiError &error) {
                         if (self)
                             self->onCreated(request, created, error, approveAfter);
                     });
}

void PaymentsPanel::onCreated(const Api::CreatePaymentRequest &request, const Api::CreatedPayment &created,
                              const Api::ApiError &error, bool approveAfter)
{
    m_ui->form->setCreating(false);
    if (!error.ok()) {
        showError(tr("Create payment %1").arg(request.reference), {}, error);
        return;
    }
    const QString reference = created.reference.isEmpty() ? request.reference : created.reference;
    m_model->addCreated(reference, request.amount, created.redirectUrl);
    m_ui->paymentsView->selectRow(m_model->rowForReference(reference));
    m_ui->form->newReference(); // the next one must not reuse it (409, docs/vipps-wire.md §6)
    succeeded(reference, tr("Created %1.").arg(reference));
    emit paymentCreated(reference);
    if (approveAfter && canApprove(m_session->profile().environment))
        approve(reference);
    else
        refresh(reference, false);
}

void PaymentsPanel::approve(const QString &reference)
{
    if (reference.isEmpty())
        return;
    const QString action = tr("Approve %1").arg(reference);
    if (!canApprove(m_session->profile().environment)) {
        showError(action, reference, Api::ApiError::configuration(m_ui->approveReasonLabel->text()));
        return;
    }
    Api::EPaymentApi *payments = api(action);
    if (!payments || !guardAllows(action))
        return;
    setStatus(tr("Approving %1 as the test user…").arg(reference));
    QPointer<PaymentsPanel> self(this);
    payments->forceApprove(reference, approveRequest(reference), [self, action, reference](const Api::ApiError &error) {
        if (!self)
            return;
        if (!error.ok()) {
            self->showError(action, reference, error);
            return;
        }
        self->succeeded(reference, tr("Approved %1 as the test user.").arg(reference));
        emit self->paymentApproved(reference);
        self->refresh(reference, false);
    });
}

// The form's phone number when it is one, and the token of the landing page, as Vipps' Postman collection sends.
Api::ForceApproveRequest PaymentsPanel::approveRequest(const QString &reference) const
{
    Api::ForceApproveRequest request;
    const QString phone = m_ui->form->phoneNumber();
    if (Api::ForceApproveRequest{phone, {}}.validate().isEmpty())
        request.phoneNumber = phone;
    if (const int row = m_model->rowForReference(reference); row >= 0) {
        const QUrl landingPage(m_model->paymentAt(row).payment.redirectUrl);
        request.token = QUrlQuery(landingPage).queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded);
    }
    return request;
}

// Any amount may be asked for, more than the rest too: the API's refusal is worth seeing in a workbench.
void PaymentsPanel::askAmount(Modification modification)
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const PaymentListModel::Entry &entry = m_model->paymentAt(row);
    const bool capture = modification == Modification::Capture;
    const QString reference = entry.payment.reference;
    const QString currency = entry.payment.amount.currency;
    const qint64 rest = capture ? entry.capturable() : entry.refundable();
    const QString restText = Api::Amount{rest, currency}.text();

    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(capture ? QStringLiteral("captureDialog") : QStringLiteral("refundDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(capture ? tr("Capture %1").arg(reference) : tr("Refund %1").arg(reference));
    dialog->setLabelText(
        capture ? tr("Amount to capture in %1; authorized and not yet captured: %2.").arg(currency, restText)
                : tr("Amount to refund in %1; captured and not yet refunded: %2.").arg(currency, restText));
    dialog->setInputMode(QInputDialog::DoubleInput);
    dialog->setDoubleDecimals(2);
    dialog->setDoubleRange(0.01, double(Api::Amount::kMaxValue) / 100.0);
    dialog->setDoubleValue(rest > 0 ? double(rest) / 100.0 : 0.01);
    dialog->setOkButtonText(capture ? tr("Capture") : tr("Refund"));
    connect(dialog, &QInputDialog::doubleValueSelected, this, [this, modification, reference, currency](double value) {
        modify(modification, reference, {PaymentForm::toMinorUnits(value), currency});
    });
    dialog->open();
}

void PaymentsPanel::modify(Modification modification, const QString &reference, const Api::Amount &amount)
{
    const bool capture = modification == Modification::Capture;
    const QString amountText = amount.text();
    const QString action =
        capture ? tr("Capture %1 of %2").arg(amountText, reference) : tr("Refund %1 of %2").arg(amountText, reference);
    Api::EPaymentApi *payments = api(action);
    if (!payments || !guardAllows(action))
        return;
    setStatus(tr("%1…").arg(action));
    QPointer<PaymentsPanel> self(this);
    auto done = [self, action, reference](const Api::Payment &payment, const Api::ApiError &error) {
        if (self)
            self->onModified(action, reference, payment, error);
    };
    if (capture)
        payments->capture(reference, Api::ModificationRequest{amount}, {}, done);
    else
        payments->refund(reference, Api::ModificationRequest{amount}, {}, done);
}

void PaymentsPanel::cancelPayment(const QString &reference)
{
    if (reference.isEmpty())
        return;
    const QString action = tr("Cancel %1").arg(reference);
    Api::EPaymentApi *payments = api(action);
    if (!payments || !guardAllows(action))
        return;
    setStatus(tr("%1…").arg(action));
    QPointer<PaymentsPanel> self(this);
    payments->cancel(reference, Api::CancelRequest{}, {},
                     [self, action, reference](const Api::Payment &payment, const Api::ApiError &error) {
                         if (self)
                             self->onModified(action, reference, payment, error);
                     });
}

void PaymentsPanel::onModified(const QString &action, const QString &reference, const Api::Payment &payment,
                               const Api::ApiError &error)
{
    if (!error.ok()) {
        showError(action, reference, error);
        return;
    }
    m_model->update(payment);
    succeeded(reference, tr("%1: done.").arg(action));
    refresh(reference, false);
}

// A refresh the user asked for clears the error area when it works; the one after an action leaves it alone,
// so a later action's failure is not hidden by an earlier action's get.
void PaymentsPanel::refresh(const QString &reference, bool asked)
{
    const QString action = tr("Refresh %1").arg(reference);
    Api::EPaymentApi *payments = api(action);
    if (!payments)
        return;
    QPointer<PaymentsPanel> self(this);
    payments->get(reference, [self, action, reference, asked](const Api::Payment &payment, const Api::ApiError &error) {
        if (!self)
            return;
        if (!error.ok()) {
            self->showError(action, reference, error);
            return;
        }
        self->m_model->update(payment);
        if (asked) {
            self->clearError();
            self->setStatus(tr("%1 is %2.").arg(reference, payment.state));
        }
    });
}

void PaymentsPanel::openLandingPage()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const QString url = m_model->paymentAt(row).payment.redirectUrl;
    if (!url.isEmpty())
        m_opener(QUrl(url));
}

Api::EPaymentApi *PaymentsPanel::api(const QString &action)
{
    Api::EPaymentApi *payments = m_session->payments();
    if (!payments)
        showError(action, {}, Api::ApiError::configuration(tr("No profile is ready; choose one under Credentials.")));
    return payments;
}

bool PaymentsPanel::guardAllows(const QString &action)
{
    return ProductionGuard::allows(this, m_session->profile(), action);
}

int PaymentsPanel::selectedRow() const
{
    const QModelIndexList rows = m_ui->paymentsView->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

QString PaymentsPanel::selectedReference() const
{
    const int row = selectedRow();
    return row < 0 ? QString() : m_model->paymentAt(row).payment.reference;
}

void PaymentsPanel::showError(const QString &action, const QString &reference, const Api::ApiError &error)
{
    m_ui->errorTitle->setText(tr("%1 failed").arg(action));
    m_ui->errorText->setText(error.lines().join(QLatin1Char('\n')));
    m_ui->errorFrame->show();
    if (!reference.isEmpty())
        m_model->setLastError(reference, error.summary());
    setStatus({});
    emit errorShown(error.summary());
}

void PaymentsPanel::succeeded(const QString &reference, const QString &status)
{
    clearError();
    m_model->setLastError(reference, {});
    setStatus(status);
}

void PaymentsPanel::clearError()
{
    m_ui->errorFrame->hide();
    m_ui->errorTitle->clear();
    m_ui->errorText->clear();
}

void PaymentsPanel::setStatus(const QString &text)
{
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setVisible(!text.isEmpty());
}

void PaymentsPanel::updateActions()
{
    const bool ready = m_session->state() == Workbench::ProfileSession::State::Ready;
    const bool approvable = canApprove(m_session->profile().environment);
    const int row = selectedRow();
    const bool selected = ready && row >= 0;
    for (QAction *action : {m_ui->refreshAction, m_ui->captureAction, m_ui->refundAction, m_ui->cancelAction})
        action->setEnabled(selected);
    m_ui->approveAction->setEnabled(selected && approvable);
    m_ui->approveReasonLabel->setVisible(ready && !approvable);
    m_ui->openAction->setEnabled(row >= 0 && !m_model->paymentAt(row).payment.redirectUrl.isEmpty());
}

} // namespace Gui
