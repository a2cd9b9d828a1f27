// SPDX-License-Identifier: MIT
#include "gui/webhookspanel.h"

#include "gui/productionguard.h"
#include "gui/registerwebhookdialog.h"
#include "ui_webhookspanel.h"
#include "workbench/webhooklistmodel.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTime>

#include <utility>

namespace Gui {

using Workbench::ProfileSession;
using Workbench::WebhookListModel;

namespace {

QString eventsInWords(const QStringList &events)
{
    if (events.size() == 1)
        return events.constFirst();
    return WebhooksPanel::tr("%n event types", "", int(events.size()));
}

// What the summary line leaves out or runs together: one line per extra detail or field error, and the trace id
// to quote to Vipps support (docs/vipps-wire.md §7).
QStringList detailLines(const Api::ApiError &error)
{
    QStringList lines;
    for (const Api::ExtraDetail &item : error.extraDetails)
        lines.append(WebhooksPanel::tr("%1: %2").arg(item.name, item.reason));
    for (const Base::FieldError &item : error.fieldErrors)
        lines.append(WebhooksPanel::tr("%1: %2").arg(item.field, item.message));
    if (!error.traceId.isEmpty())
        lines.append(WebhooksPanel::tr("Trace id: %1").arg(error.traceId));
    return lines;
}

} // namespace

WebhooksPanel::WebhooksPanel(ProfileSession *session, UrlSuggestion suggestedUrl, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::WebhooksPanel>())
    , m_session(session)
    , m_suggestedUrl(std::move(suggestedUrl))
    , m_model(new WebhookListModel(this))
{
    m_ui->setupUi(this);
    m_model->setSecretCheck([this](const QString &id) { return m_session->holdsSecretFor(id); });
    setUpActions();
    setUpView();
    m_ui->resultBox->hide();
    connect(m_session, &ProfileSession::stateChanged, this, &WebhooksPanel::onStateChanged);
    connect(m_session, &ProfileSession::webhookSecretsChanged, m_model, &WebhookListModel::refreshSecretColumn);
    onStateChanged(m_session->state());
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
    view->setModel(m_model);
    setFocusProxy(view);
    m_ui->hintLabel->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_ui->hintLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->secretEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->messageFrame->hide();

    QHeaderView *columns = view->horizontalHeader();
    // The URL is what people look for; the id is long and the same shape every time, so it gets what is left.
    columns->setSectionResizeMode(WebhookListModel::Url, QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(WebhookListModel::Events, QHeaderView::Interactive);
    columns->resizeSection(WebhookListModel::Events, fontMetrics().horizontalAdvance(QStringLiteral("epayments.payment.MMMM")));
    columns->setSectionResizeMode(WebhookListModel::Id, QHeaderView::Stretch);
    columns->setSectionResizeMode(WebhookListModel::Secret, QHeaderView::ResizeToContents);

    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const int row = selectedRow();
        if (row >= 0)
            m_selectedId = m_model->webhookAt(row).id;
        updateActions();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &WebhooksPanel::updateHint);
}

// ---- calls ----

void WebhooksPanel::refresh()
{
    startCall(tr("Listing…"), [this](Api::WebhooksApi *api, quint64 generation) {
        api->list(
            [panel = QPointer(this), generation](const QList<Api::Webhook> &webhooks, const Api::ApiError &error) {
                if (panel && panel->isCurrent(generation))
                    panel->onListed(webhooks, error);
            });
    });
}

void WebhooksPanel::openRegisterDialog()
{
    if (!m_session->webhooks() || m_busy)
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
    if (!m_session->webhooks() || m_busy)
        return;
    const QString action =
        tr("Register a webhook that sends %1 to %2").arg(eventsInWords(events), url.toDisplayString());
    if (!ProductionGuard::allows(this, m_session->profile(), action)) {
        m_ui->statusLabel->setText(tr("Not registered"));
        return;
    }
    startCall(tr("Registering…"), [this, url, events](Api::WebhooksApi *api, quint64 generation) {
        api->registerWebhook(url, events,
                             [panel = QPointer(this), generation, url](const Api::RegisteredWebhook &webhook,
                                                                       const Api::ApiError &error) {
                                 if (panel && panel->isCurrent(generation))
                                     panel->onRegistered(url, webhook, error);
                             });
    });
}

void WebhooksPanel::deleteSelected()
{
    const int row = selectedRow();
    if (row < 0 || !m_session->webhooks() || m_busy)
        return;
    const Api::Webhook webhook = m_model->webhookAt(row);
    auto *box =
        new QMessageBox(QMessageBox::Question, tr("Delete webhook"),
                        tr("Delete the webhook to %1?").arg(webhook.url.toDisplayString()), QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("deleteConfirmation"));
    box->setInformativeText(tr("Vipps stops sending %1 there at once, and its secret is forgotten. Id: %2")
                                .arg(eventsInWords(webhook.events), webhook.id));
    QPushButton *confirm = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmDeleteButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QDialog::finished, this, [this, box, confirm, webhook] {
        const bool confirmed = box->clickedButton() == confirm;
        box->deleteLater();
        if (confirmed)
            deleteWebhook(webhook);
    });
    box->open();
}

void WebhooksPanel::deleteWebhook(const Api::Webhook &webhook)
{
    if (!m_session->webhooks() || m_busy)
        return;
    const QString action = tr("Delete the webhook to %1 (id %2)").arg(webhook.url.toDisplayString(), webhook.id);
    if (!ProductionGuard::allows(this, m_session->profile(), action)) {
        m_ui->statusLabel->setText(tr("Not deleted"));
        return;
    }
    startCall(tr("Deleting…"), [this, webhook](Api::WebhooksApi *api, quint64 generation) {
        api->remove(webhook.id, [panel = QPointer(this), generation, webhook](const Api::ApiError &error) {
            if (panel && panel->isCurrent(generation))
                panel->onDeleted(webhook, error);
        });
    });
}

void WebhooksPanel::startCall(const QString &status,
                              const std::function<void(Api::WebhooksApi *api, quint64 generation)> &call)
{
    Api::WebhooksApi *api = m_session->webhooks();
    if (!api || m_busy)
        return;
    m_busy = true;
    clearMessage();
    m_ui->statusLabel->setText(status);
    updateActions();
    updateHint();
    call(api, m_generation);
}

void WebhooksPanel::finishCall()
{
    m_busy = false;
    m_ui->statusLabel->clear();
    updateActions();
    updateHint();
}

// ---- answers ----

void WebhooksPanel::onListed(const QList<Api::Webhook> &webhooks, const Api::ApiError &error)
{
    finishCall();
    if (!error.ok()) {
        showError(tr("Could not list the webhooks"), error);
        return;
    }
    const QString keep = m_selectedId;
    m_model->setWebhooks(webhooks);
    if (const int row = m_model->rowForId(keep); row >= 0)
        m_ui->tableView->selectRow(row);
    const QString time = QTime::currentTime().toString(QStringLiteral("HH:mm:ss"));
    m_ui->statusLabel->setText(webhooks.size() == 1
                                   ? tr("1 webhook, listed at %1").arg(time)
                                   : tr("%n webhooks, listed at %1", "", int(webhooks.size())).arg(time));
}

void WebhooksPanel::onRegistered(const QUrl &url, const Api::RegisteredWebhook &webhook, const Api::ApiError &error)
{
    finishCall();
    if (!error.ok()) {
        showError(tr("Could not register the webhook"), error);
        return;
    }
    m_session->rememberWebhook(webhook.id, webhook.secret);
    showRegistered(webhook);
    m_selectedId = webhook.id;
    emit webhookRegistered(webhook.id, url);
    refresh();
}

void WebhooksPanel::onDeleted(const Api::Webhook &webhook, const Api::ApiError &error)
{
    finishCall();
    if (!error.ok()) {
        showError(tr("Could not delete the webhook to %1").arg(webhook.url.toDisplayString()), error);
        return;
    }
    m_session->forgetWebhook(webhook.id);
    if (m_ui->idLabel->text() == webhook.id)
        hideRegistered();
    refresh();
}

void WebhooksPanel::onStateChanged(ProfileSession::State state)
{
    ++m_generation; // the client of an earlier state is gone, and with it its answers
    m_busy = false;
    if (state == ProfileSession::State::Ready) {
        refresh();
        return;
    }
    hideRegistered();
    m_model->setWebhooks({});
    m_ui->statusLabel->clear();
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
    const bool ready = m_session->webhooks() != nullptr && !m_busy;
    const bool selected = selectedRow() >= 0;
    m_ui->refreshAction->setEnabled(ready);
    m_ui->registerAction->setEnabled(ready);
    m_ui->deleteAction->setEnabled(ready && selected);
    m_ui->copyIdAction->setEnabled(selected);
}

void WebhooksPanel::updateHint()
{
    const bool empty = m_model->rowCount() == 0;
    m_ui->hintLabel->setVisible(empty);
    if (!empty)
        return;
    if (!m_session->webhooks())
        m_ui->hintLabel->setText(tr("No profile ready."));
    else if (m_busy)
        m_ui->hintLabel->setText(tr("Asking for the webhooks of profile %1…").arg(m_session->profile().name));
    else
        m_ui->hintLabel->setText(tr("No webhooks are registered for profile %1. Register one (Ctrl+N) to have "
                                    "Vipps send events to this app's receiver.")
                                     .arg(m_session->profile().name));
}

void WebhooksPanel::showError(const QString &what, const Api::ApiError &error)
{
    const QString summary = error.summary();
    QStringList details{summary};
    details.append(detailLines(error));
    if (const QString hint = errorHint(error); !hint.isEmpty())
        details.append(hint);
    showMessage(what, details.join(QLatin1Char('\n')), true);
    emit errorShown(summary);
}

QString WebhooksPanel::errorHint(const Api::ApiError &error) const
{
    const QUrl baseUrl =
        m_session->client() ? m_session->client()->config().baseUrl : m_session->profile().effectiveBaseUrl();
    const bool simulator = m_session->profile().environment == Credentials::Environment::Simulator;
    switch (error.kind) {
    case Api::ApiError::Kind::Network:
    case Api::ApiError::Kind::Timeout:
        return simulator ? tr("Is the simulator running? This profile calls it at %1.").arg(baseUrl.toDisplayString())
                         : tr("Check that %1 can be reached from this machine (network, proxy, VPN).")
                               .arg(baseUrl.toDisplayString());
    case Api::ApiError::Kind::Configuration:
        return tr("Complete profile %1 under Credentials.").arg(m_session->profile().name);
    case Api::ApiError::Kind::Http:
        if (error.status == 401 || error.status == 403)
            return tr("Check the client id, client secret, subscription key and MSN of profile %1.")
                .arg(m_session->profile().name);
        return {};
    default: return {};
    }
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
    const QString problem = m_session->keychainProblem();
    m_ui->secretNoteLabel->setText(
        problem.isEmpty()
            ? tr("Vipps shows this secret only once. The app keeps it in the keychain and verifies this webhook's "
                 "deliveries with it; copy it now if your own server verifies them too.")
            : tr("Vipps shows this secret only once. The keychain cannot be used (%1), so the app keeps it in "
                 "memory only until it quits; copy it now to keep it.")
                  .arg(problem));
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
        QGuiApplication::clipboard()->setText(m_model->webhookAt(row).id);
}

int WebhooksPanel::selectedRow() const
{
    const QModelIndexList rows = m_ui->tableView->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.constFirst().row();
}

} // namespace Gui
