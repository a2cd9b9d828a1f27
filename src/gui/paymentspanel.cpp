// SPDX-License-Identifier: MIT
#include "gui/paymentspanel.h"

#include "api/paymentrules.h"
#include "gui/paymentform.h"
#include "gui/paymentquestions.h"
#include "ui_paymentspanel.h"
#include "workbench/paymentactions.h"
#include "workbench/paymentlistmodel.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QHeaderView>
#include <QStyledItemDelegate>

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

PaymentsPanel::PaymentsPanel(Workbench::PaymentActions *actions, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::PaymentsPanel>()), m_actions(actions)
{
    m_ui->setupUi(this);
    setUrlOpener({});
    setUpView();
    setUpActions();
    connectActions();
    connect(m_ui->form, &PaymentForm::createRequested, this, &PaymentsPanel::createPayment);
    connect(m_ui->form, &PaymentForm::createAndApproveRequested, this, &PaymentsPanel::createAndApprove);
    onStateChanged(m_actions->session()->state());
}

PaymentsPanel::~PaymentsPanel() = default;

Workbench::PaymentListModel *PaymentsPanel::model() const
{
    return m_actions->model();
}

PaymentForm *PaymentsPanel::form() const
{
    return m_ui->form;
}

void PaymentsPanel::setUrlOpener(UrlOpener opener)
{
    m_opener = opener ? std::move(opener) : [](const QUrl &url) { return QDesktopServices::openUrl(url); };
}

void PaymentsPanel::setUpView()
{
    QTableView *view = m_ui->paymentsView;
    view->setModel(model());
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
    connect(model(), &QAbstractItemModel::dataChanged, this, &PaymentsPanel::updateActions);
    connect(model(), &QAbstractItemModel::modelReset, this, &PaymentsPanel::updateActions);
}

void PaymentsPanel::setUpActions()
{
    addActions({m_ui->refreshAction, m_ui->approveAction, m_ui->captureAction, m_ui->refundAction, m_ui->cancelAction,
                m_ui->openAction, m_ui->openReferenceAction});
    m_ui->refreshButton->setDefaultAction(m_ui->refreshAction);
    m_ui->approveButton->setDefaultAction(m_ui->approveAction);
    m_ui->captureButton->setDefaultAction(m_ui->captureAction);
    m_ui->refundButton->setDefaultAction(m_ui->refundAction);
    m_ui->cancelButton->setDefaultAction(m_ui->cancelAction);
    m_ui->openButton->setDefaultAction(m_ui->openAction);
    m_ui->openReferenceButton->setDefaultAction(m_ui->openReferenceAction);
    m_ui->copyLandingButton->setDefaultAction(m_ui->copyLandingAction);
    m_ui->dismissErrorButton->setDefaultAction(m_ui->dismissErrorAction);

    connect(m_ui->refreshAction, &QAction::triggered, this, [this] { m_actions->refresh(selectedReference()); });
    connect(m_ui->approveAction, &QAction::triggered, this,
            [this] { m_actions->approve(selectedReference(), m_ui->form->phoneNumber()); });
    connect(m_ui->captureAction, &QAction::triggered, this, [this] { askAmount(Modification::Capture); });
    connect(m_ui->refundAction, &QAction::triggered, this, [this] { askAmount(Modification::Refund); });
    connect(m_ui->cancelAction, &QAction::triggered, this, &PaymentsPanel::askCancel);
    connect(m_ui->openAction, &QAction::triggered, this, &PaymentsPanel::openLandingPage);
    connect(m_ui->openReferenceAction, &QAction::triggered, this, &PaymentsPanel::askReference);
    connect(m_ui->copyLandingAction, &QAction::triggered, this, &PaymentsPanel::copyLandingPage);
    connect(m_ui->dismissErrorAction, &QAction::triggered, this, &PaymentsPanel::clearError);
}

void PaymentsPanel::connectActions()
{
    using Workbench::PaymentActions;
    connect(m_actions->session(), &Workbench::ProfileSession::stateChanged, this, &PaymentsPanel::onStateChanged);
    connect(m_actions, &PaymentActions::creatingChanged, m_ui->form, &PaymentForm::setCreating);
    connect(m_actions, &PaymentActions::statusChanged, this, &PaymentsPanel::setStatus);
    connect(m_actions, &PaymentActions::failed, this, &PaymentsPanel::showError);
    connect(m_actions, &PaymentActions::errorCleared, this, &PaymentsPanel::clearError);
    connect(m_actions, &PaymentActions::created, this, &PaymentsPanel::onCreated);
    connect(m_actions, &PaymentActions::approved, this, &PaymentsPanel::paymentApproved);
    connect(m_actions, &PaymentActions::opened, this, &PaymentsPanel::selectReference);
}

void PaymentsPanel::onStateChanged(Workbench::ProfileSession::State state)
{
    using State = Workbench::ProfileSession::State;
    const bool ready = state == State::Ready;
    if (ready)
        m_ui->form->setEnvironment(m_actions->session()->profile().environment);
    m_ui->form->setCreateAvailable(ready, state == State::Loading
                                              ? tr("Loading the profile's keys…")
                                              : tr("Choose a profile under Credentials to create payments."));
    m_ui->form->setApproveAvailable(ready && m_actions->approveExists());
    updateActions();
}

void PaymentsPanel::createPayment()
{
    m_actions->create(m_ui->form->request(), false);
}

void PaymentsPanel::createAndApprove()
{
    m_actions->create(m_ui->form->request(), true, m_ui->form->phoneNumber());
}

void PaymentsPanel::onCreated(const QString &reference)
{
    selectReference(reference);
    m_ui->form->newReference(); // the next one must not reuse it (409, docs/vipps-wire.md §6)
    emit paymentCreated(reference);
}

void PaymentsPanel::selectReference(const QString &reference)
{
    m_ui->paymentsView->selectRow(model()->rowForReference(reference));
}

void PaymentsPanel::askReference()
{
    // The dialogs are the panel's children, and the actions outlive the panel.
    PaymentQuestions::reference(this, m_actions->session()->profile().merchantSerialNumber,
                                [actions = m_actions](const QString &reference) { actions->open(reference); });
}

void PaymentsPanel::askAmount(Modification modification)
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const QString reference = model()->paymentAt(row).payment.reference;
    PaymentQuestions::amount(this, modification, model()->paymentAt(row).payment,
                             [actions = m_actions, modification, reference](const Api::Amount &amount) {
                                 if (modification == Modification::Capture)
                                     actions->capture(reference, amount);
                                 else
                                     actions->refund(reference, amount);
                             });
}

void PaymentsPanel::askCancel()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const QString reference = model()->paymentAt(row).payment.reference;
    PaymentQuestions::cancel(this, model()->paymentAt(row).payment,
                             [actions = m_actions, reference] { actions->cancel(reference); });
}

// QDesktopServices::openUrl answers false where no browser can be started (a server, a bare X session); the
// failure would otherwise go to stderr only.
void PaymentsPanel::openLandingPage()
{
    const QString reference = selectedReference();
    const QUrl url(m_ui->landingUrlEdit->text());
    if (reference.isEmpty() || url.isEmpty())
        return;
    if (m_opener(url))
        setStatus(tr("Opened the landing page of %1 in the browser.").arg(reference));
    else
        setStatus(tr("No browser could be opened here: copy the landing page's address and open it in a browser "
                     "that can reach %1.")
                      .arg(url.authority()));
}

void PaymentsPanel::copyLandingPage()
{
    const QString url = m_ui->landingUrlEdit->text();
    if (url.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(url);
    setStatus(tr("Copied the landing page's address of %1.").arg(selectedReference()));
}

// The address while the page has something to offer; otherwise why not, where the address would be.
void PaymentsPanel::showLandingPage(const Api::Payment *payment)
{
    const QString why =
        payment ? Api::PaymentRules(*payment).whyNot(Api::PaymentRules::Action::LandingPage) : QString();
    const QString url = payment && why.isEmpty() ? payment->redirectUrl : QString();
    m_ui->landingUrlEdit->setText(url);
    m_ui->landingUrlEdit->setCursorPosition(0); // the scheme and host first
    m_ui->landingUrlEdit->setPlaceholderText(payment ? why : tr("Select a payment to see its landing page"));
    m_ui->landingUrlEdit->setToolTip(why.isEmpty() ? url : why);
    m_ui->copyLandingAction->setEnabled(!url.isEmpty());
}

int PaymentsPanel::selectedRow() const
{
    const QModelIndexList rows = m_ui->paymentsView->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

QString PaymentsPanel::selectedReference() const
{
    const int row = selectedRow();
    return row < 0 ? QString() : model()->paymentAt(row).payment.reference;
}

void PaymentsPanel::showError(const QString &action, const Api::ApiError &error)
{
    m_ui->errorTitle->setText(tr("%1 failed").arg(action));
    m_ui->errorText->setText(error.lines().join(QLatin1Char('\n')));
    m_ui->errorFrame->show();
    emit errorShown(error.summary());
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

// What the selected payment's state and amounts allow, with the reason in the tooltip when they do not.
void PaymentsPanel::updateActions()
{
    using Action = Api::PaymentRules::Action;
    const bool ready = m_actions->isReady();
    const bool approvable = m_actions->approveExists();
    const int row = selectedRow();
    const bool selected = ready && row >= 0;
    m_ui->refreshAction->setEnabled(selected);
    m_ui->openReferenceAction->setEnabled(ready);
    m_ui->approveReasonLabel->setVisible(ready && !approvable);
    showLandingPage(row >= 0 ? &model()->paymentAt(row).payment : nullptr);
    const std::pair<QAction *, Action> gated[] = {{m_ui->approveAction, Action::Approve},
                                                  {m_ui->captureAction, Action::Capture},
                                                  {m_ui->refundAction, Action::Refund},
                                                  {m_ui->cancelAction, Action::Cancel},
                                                  {m_ui->openAction, Action::LandingPage}};
    for (const auto &[action, kind] : gated) {
        const QString why = selected ? Api::PaymentRules(model()->paymentAt(row).payment).whyNot(kind) : QString();
        action->setEnabled(selected && why.isEmpty() && (kind != Action::Approve || approvable));
        action->setStatusTip(why);
    }
}

} // namespace Gui
