// SPDX-License-Identifier: MIT
// The webhook registrations of the active profile (docs/vipps-wire.md §3): list, register (the secret shown once and
// kept by the session), delete; API errors and "no profile" said in the panel itself.
#pragma once

#include "api/apierror.h"
#include "api/webhooksapi.h"
#include "workbench/profilesession.h"

#include <QUrl>
#include <QWidget>

#include <functional>
#include <memory>

namespace Ui {
class WebhooksPanel;
}

namespace Workbench {
class WebhookListModel;
}

namespace Gui {

class RegisterWebhookDialog;

class WebhooksPanel : public QWidget
{
    Q_OBJECT

public:
    // The receiver's address now (may be empty while it is not listening).
    using UrlSuggestion = std::function<QUrl()>;

    // The session is not owned and must outlive the panel.
    WebhooksPanel(Workbench::ProfileSession *session, UrlSuggestion suggestedUrl, QWidget *parent = nullptr);
    ~WebhooksPanel() override;

    Workbench::WebhookListModel *model() const { return m_model; }
    bool isBusy() const { return m_busy; } // a call is on its way

    void refresh();
    // Opens the dialog (not modal to the event loop); accepting it calls registerWebhook().
    void openRegisterDialog();
    // Asks the production guard, then registers; no dialog involved.
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
    void onStateChanged(Workbench::ProfileSession::State state);
    void onListed(const QList<Api::Webhook> &webhooks, const Api::ApiError &error);
    void onRegistered(const QUrl &url, const Api::RegisteredWebhook &webhook, const Api::ApiError &error);
    void onDeleted(const Api::Webhook &webhook, const Api::ApiError &error);
    // Runs call with the session's API when ready; answers for an older profile or client are dropped.
    void startCall(const QString &status, const std::function<void(Api::WebhooksApi *api, quint64 generation)> &call);
    bool isCurrent(quint64 generation) const { return generation == m_generation; }
    void finishCall();
    void updateActions();
    void updateHint();
    void showError(const QString &what, const Api::ApiError &error);
    void showMessage(const QString &title, const QString &details, bool warning);
    void clearMessage();
    void showRegistered(const Api::RegisteredWebhook &webhook);
    void hideRegistered();
    void copySecret();
    void copyId();
    QString errorHint(const Api::ApiError &error) const;
    int selectedRow() const;

    std::unique_ptr<Ui::WebhooksPanel> m_ui;
    Workbench::ProfileSession *m_session;
    UrlSuggestion m_suggestedUrl;
    Workbench::WebhookListModel *m_model;
    bool m_busy = false;
    quint64 m_generation = 0; // counts profile states; an answer from an earlier one is dropped
    QString m_selectedId;     // kept across a refresh
};

} // namespace Gui
