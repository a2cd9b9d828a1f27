// SPDX-License-Identifier: MIT
// The webhook registrations of the active profile (docs/vipps-wire.md §3): list, register (the secret shown once and
// kept by the session), delete; API errors and "no profile" said in the panel itself. The workflow is
// Workbench::WebhookActions; this panel shows it and asks before a delete.
#pragma once

#include "api/apierror.h"
#include "api/webhooksapi.h"
#include "workbench/profilesession.h"
#include "workbench/webhookactions.h"

#include <QUrl>
#include <QWidget>

#include <functional>
#include <memory>

namespace Ui {
class WebhooksPanel;
}

namespace Gui {

class RegisterWebhookDialog;

class WebhooksPanel : public QWidget
{
    Q_OBJECT

public:
    // The receiver's address now (may be empty while it is not listening).
    using UrlSuggestion = std::function<QUrl()>;

    // The actions are not owned and must outlive the panel.
    WebhooksPanel(Workbench::WebhookActions *actions, UrlSuggestion suggestedUrl, QWidget *parent = nullptr);
    ~WebhooksPanel() override;

    Workbench::WebhookListModel *model() const { return m_actions->model(); }
    bool isBusy() const { return m_actions->isBusy(); } // a call is on its way

    void refresh();
    // Opens the dialog (not modal to the event loop); accepting it calls registerWebhook().
    void openRegisterDialog();
    // Asks first when url already gets one of these events (WebhookActions::duplicatesOf), then the production
    // guard, then registers; no dialog involved.
    void registerWebhook(const QUrl &url, const QStringList &events);
    // Asks to confirm, naming the URL, then deleteWebhook().
    void deleteSelected();
    // Asks the production guard, then deletes.
    void deleteWebhook(const Api::Webhook &webhook);

signals:
    void webhookRegistered(const QString &id, const QUrl &url);
    void errorShown(const QString &summary);

private:
    void setUpActions();
    void setUpView();
    void connectActions();
    void askToRegisterDuplicate(const QUrl &url, const QStringList &events, const QList<Api::Webhook> &duplicates);
    void onStateChanged(Workbench::ProfileSession::State state);
    void onBusyChanged(bool busy);
    void onListed();
    void onRegistered(const Api::RegisteredWebhook &webhook, const QUrl &url);
    void onDeleted(const Api::Webhook &webhook);
    void updateActions();
    void updateHint();
    void showError(const QString &what, const Api::ApiError &error);
    void showMessage(const QString &title, const QString &details, bool warning);
    void clearMessage();
    void showRegistered(const Api::RegisteredWebhook &webhook);
    void hideRegistered();
    void copySecret();
    void copyId();
    int selectedRow() const;

    std::unique_ptr<Ui::WebhooksPanel> m_ui;
    Workbench::WebhookActions *m_actions;
    Workbench::ProfileSession *m_session;
    UrlSuggestion m_suggestedUrl;
    QString m_selectedId; // kept across a refresh
};

} // namespace Gui
