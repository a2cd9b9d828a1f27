// SPDX-License-Identifier: MIT
#include "gui/webhookspanel.h"

#include "gui/confirmbox.h"
#include "gui/registerwebhookdialog.h"
#include "ui_webhookspanel.h"
#include "workbench/webhooklistmodel.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>

#include <utility>

namespace Gui {

using Workbench::ProfileSession;
using Workbench::WebhookActions;
using Workbench::WebhookListModel;

WebhooksPanel::WebhooksPanel(Workbench::WebhookActions *actions, UrlSuggestion suggestedUrl, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::WebhooksPanel>())
    , m_actions(actions)
    , m_session(actions->session())
    , m_suggestedUrl(std::move(suggestedUrl))
{
    m_ui->setupUi(this);
    setUpActions();
    setUpView();
    connectActions();
    m_ui->resultBox->hide();
    onStateChanged(m_session->state());
    onBusyChanged(m_actions->isBusy());
}

WebhooksPanel::~WebhooksPanel() = default;

void WebhooksPanel::setUpActions()
{
    addActions({m_ui->refreshAction, m_ui->registerAction});
    m_ui->tableView->addActions({m_ui->deleteAction, m_ui->copyIdAction});
    m_ui->refreshButton->setDefaultAction(m_ui->refreshAction);
    m_ui->registerButton->setDefaultAction(m_ui->registerAction);
    m_ui->deleteButton->setDefaultAction(m_ui->deleteAction);
    m_ui->refreshAction->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_ui->registerAction->setIcon(style()->standardIcon(QStyle::SP_FileDialogNewFolder));
    m_ui->deleteAction->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));

    connect(m_ui->refreshAction, &QAction::triggered, this, &WebhooksPanel::refresh);
    connect(m_ui->registerAction, &QAction::triggered, this, &WebhooksPanel::openRegisterDialog);
    connect(m_ui->deleteAction, &QAction::triggered, this, &WebhooksPanel::deleteSelected);
    connect(m_ui->copyIdAction, &QAction::triggered, this, &WebhooksPanel::copyId);
    connect(m_ui->copySecretButton, &QPushButton::clicked, this, &WebhooksPanel::copySecret);
    connect(m_ui->hideResultButton, &QPushButton::clicked, this, &WebhooksPanel::hideRegistered);
    connect(m_ui->dismissMessageButton, &QToolButton::clicked, this, &WebhooksPanel::clearMessage);
}

void WebhooksPanel::setUpView()
{
    QTableView *view = m_ui->tableView;
    view->setModel(model());
    setFocusProxy(view);
    m_ui->hintLabel->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_ui->hintLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->secretEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->messageFrame->hide();

    QHeaderView *columns = view->horizontalHeader();
    // The URL is what people look for; the id is long and the same shape every time, so it gets what is left.
    columns->setSectionResizeMode(WebhookListModel::Url, QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(WebhookListModel::Events, QHeaderView::Interactive);
    columns->resizeSection(WebhookListModel::Events,
                           fontMetrics().horizontalAdvance(QStringLiteral("epayments.payment.MMMM")));
    columns->setSectionResizeMode(WebhookListModel::Id, QHeaderView::Stretch);
    columns->setSectionResizeMode(WebhookListModel::Secret, QHeaderView::ResizeToContents);

    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const int row = selectedRow();
        if (row >= 0)
            m_selectedId = model()->webhookAt(row).id;
        updateActions();
    });
    connect(model(), &QAbstractItemModel::modelReset, this, &WebhooksPanel::updateHint);
    // A reset drops the selection without saying so: Delete must follow.
    connect(model(), &QAbstractItemModel::modelReset, this, &WebhooksPanel::updateActions);
}

void WebhooksPanel::connectActions()
{
    using Workbench::WebhookActions;
    connect(m_session, &ProfileSession::stateChanged, this, &WebhooksPanel::onStateChanged);
    connect(m_actions, &WebhookActions::busyChanged, this, &WebhooksPanel::onBusyChanged);
    connect(m_actions, &WebhookActions::statusChanged, m_ui->statusLabel, &QLabel::setText);
    connect(m_actions, &WebhookActions::listed, this, &WebhooksPanel::onListed);
    connect(m_actions, &WebhookActions::failed, this, &WebhooksPanel::showError);
    connect(m_actions, &WebhookActions::registered, this, &WebhooksPanel::onRegistered);
    connect(m_actions, &WebhookActions::deleted, this, &WebhooksPanel::onDeleted);
}

// ---- calls ----

void WebhooksPanel::refresh()
{
    m_actions->refresh();
}

void WebhooksPanel::openRegisterDialog()
{
    if (!m_actions->canCall())
        return;
    const Credentials::Environment environment = m_session->profile().environment;
    auto *dialog = new RegisterWebhookDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setLocalHttpAllowed(environment != Credentials::Environment::Test &&
                                environment != Credentials::Environment::Production);
    dialog->setSuggestedUrl(RegisterWebhookDialog::hookUrlFor(m_suggestedUrl ? m_suggestedUrl() : QUrl()));
    connect(dialog, &QDialog::accepted, this, [this, dialog] { registerWebhook(dialog->url(), dialog->events()); });
    dialog->open();
}

void WebhooksPanel::registerWebhook(const QUrl &url, const QStringList &events)
{
    const QList<Api::Webhook> duplicates = m_actions->duplicatesOf(url, events);
    if (duplicates.isEmpty())
        m_actions->registerWebhook(url, events);
    else
        askToRegisterDuplicate(url, events, duplicates);
}

void WebhooksPanel::askToRegisterDuplicate(const QUrl &url, const QStringList &events,
                                           const QList<Api::Webhook> &duplicates)
{
    const QString shared = WebhookActions::eventsInWords(WebhookActions::sharedEvents(duplicates, events));
    ConfirmBox question;
    question.objectName = QStringLiteral("duplicateQuestion");
    question.title = tr("Register anyway?");
    question.text = tr("%1 is already registered for %2.").arg(url.toDisplayString(), shared);
    question.details =
        tr("Each of those events would then arrive there twice, once per registration. Register anyway?");
    question.action = tr("Register anyway");
    question.actionObjectName = QStringLiteral("registerAnywayButton");
    question.open(this, [this, url, events] { m_actions->registerWebhook(url, events); });
}

void WebhooksPanel::deleteSelected()
{
    const int row = selectedRow();
    if (row < 0 || !m_actions->canCall())
        return;
    const Api::Webhook webhook = model()->webhookAt(row);
    ConfirmBox question;
    question.objectName = QStringLiteral("deleteConfirmation");
    question.title = tr("Delete webhook");
    question.text = tr("Delete the webhook to %1?").arg(webhook.url.toDisplayString());
    question.details = tr("Vipps stops sending %1 there at once, and its secret is forgotten. Id: %2")
                           .arg(WebhookActions::eventsInWords(webhook.events), webhook.id);
    question.action = tr("Delete");
    question.actionObjectName = QStringLiteral("confirmDeleteButton");
    question.role = QMessageBox::DestructiveRole;
    question.open(this, [this, webhook] { deleteWebhook(webhook); });
}

void WebhooksPanel::deleteWebhook(const Api::Webhook &webhook)
{
    m_actions->deleteWebhook(webhook);
}

// ---- answers ----

void WebhooksPanel::onBusyChanged(bool busy)
{
    if (busy)
        clearMessage();
    updateActions();
    updateHint();
}

void WebhooksPanel::onListed()
{
    if (const int row = model()->rowForId(m_selectedId); row >= 0)
        m_ui->tableView->selectRow(row);
}

void WebhooksPanel::onRegistered(const Api::RegisteredWebhook &webhook, const QUrl &url)
{
    showRegistered(webhook);
    m_selectedId = webhook.id;
    emit webhookRegistered(webhook.id, url);
}

void WebhooksPanel::onDeleted(const Api::Webhook &webhook)
{
    if (m_ui->idLabel->text() == webhook.id)
        hideRegistered();
}

void WebhooksPanel::onStateChanged(ProfileSession::State state)
{
    if (state == ProfileSession::State::Ready)
        return; // the actions list at once
    hideRegistered();
    if (state == ProfileSession::State::Loading)
        showMessage(tr("No profile ready yet"), tr("Reading the keys of profile %1…").arg(m_session->profile().name),
                    false);
    else
        showMessage(tr("No profile ready"),
                    tr("Choose or create a profile under Credentials to list and register webhooks."), false);
    updateActions();
}

// ---- looks ----

void WebhooksPanel::updateActions()
{
    const bool ready = m_actions->canCall();
    const bool selected = selectedRow() >= 0;
    m_ui->refreshAction->setEnabled(ready);
    m_ui->registerAction->setEnabled(ready);
    m_ui->deleteAction->setEnabled(ready && selected);
    m_ui->copyIdAction->setEnabled(selected);
}

void WebhooksPanel::updateHint()
{
    const bool empty = model()->rowCount() == 0;
    m_ui->hintLabel->setVisible(empty);
    if (!empty)
        return;
    if (!m_session->webhooks())
        m_ui->hintLabel->setText(tr("No profile ready."));
    else if (m_actions->isBusy())
        m_ui->hintLabel->setText(tr("Asking for the webhooks of profile %1…").arg(m_session->profile().name));
    else
        m_ui->hintLabel->setText(tr("No webhooks are registered for profile %1. Register one (Ctrl+N) to have "
                                    "Vipps send events to this app's receiver.")
                                     .arg(m_session->profile().name));
}

void WebhooksPanel::showError(const QString &what, const Api::ApiError &error)
{
    showMessage(what, m_actions->errorDetails(error).join(QLatin1Char('\n')), true);
    emit errorShown(error.summary());
}

void WebhooksPanel::showMessage(const QString &title, const QString &details, bool warning)
{
    const QStyle::StandardPixmap icon = warning ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_ui->messageIcon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    m_ui->messageTitle->setText(title);
    m_ui->messageDetails->setText(details);
    m_ui->messageDetails->setVisible(!details.isEmpty());
    m_ui->dismissMessageButton->setVisible(warning);
    m_ui->messageFrame->show();
}

void WebhooksPanel::clearMessage()
{
    m_ui->messageFrame->hide();
    m_ui->messageTitle->clear();
    m_ui->messageDetails->clear();
}

// The one time the secret is on screen (docs/vipps-wire.md §3: the list call never returns it).
void WebhooksPanel::showRegistered(const Api::RegisteredWebhook &webhook)
{
    m_ui->idLabel->setText(webhook.id);
    m_ui->secretEdit->setText(QString::fromUtf8(webhook.secret));
    m_ui->secretEdit->setCursorPosition(0);
    m_ui->secretNoteLabel->setText(m_actions->secretNote());
    m_ui->resultBox->show();
}

void WebhooksPanel::hideRegistered()
{
    m_ui->secretEdit->clear();
    m_ui->idLabel->clear();
    m_ui->resultBox->hide();
}

void WebhooksPanel::copySecret()
{
    QGuiApplication::clipboard()->setText(m_ui->secretEdit->text());
    m_ui->statusLabel->setText(tr("Secret copied to the clipboard"));
}

void WebhooksPanel::copyId()
{
    const int row = selectedRow();
    if (row >= 0)
        QGuiApplication::clipboard()->setText(model()->webhookAt(row).id);
}

int WebhooksPanel::selectedRow() const
{
    const QModelIndexList rows = m_ui->tableView->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.constFirst().row();
}

} // namespace Gui
