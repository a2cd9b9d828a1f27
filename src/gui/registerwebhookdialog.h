// SPDX-License-Identifier: MIT
// Asks for one webhook registration (docs/vipps-wire.md §3): the URL to deliver to and the event types (§4),
// checked as the user types so OK is only enabled for something the API can accept, and before it is registered,
// checked against the network (docs/architecture.md §3 "Pre-flight of a webhook URL"): accepted when that passes,
// else the failures are shown and the user may register anyway.
#pragma once

#include <QDialog>
#include <QStringList>
#include <QUrl>

#include <memory>

class QTreeWidgetItem;

namespace Tunnel {
class UrlPreflight;
struct PreflightReport;
} // namespace Tunnel

namespace Ui {
class RegisterWebhookDialog;
}

namespace Gui {

class PreflightCheckList;

class RegisterWebhookDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RegisterWebhookDialog(QWidget *parent = nullptr);
    ~RegisterWebhookDialog() override;

    // Offers url in the URL field's list and fills the field with it.
    void setSuggestedUrl(const QUrl &url);
    // False for profiles that talk to Vipps itself: then http:// is refused for every host, and the check before
    // registering holds the URL to Vipps' rules.
    void setLocalHttpAllowed(bool allowed);
    QUrl url() const;
    QStringList events() const;                // the checked event types, in the catalog's order
    void setEvents(const QStringList &events); // checks exactly these
    // Why OK is disabled; empty when the input can be registered.
    QString problem() const;

    // The receiver's own address with the hook path: http://127.0.0.1:8080/ -> http://127.0.0.1:8080/hooks/vipps.
    // A URL that already has a path is returned as it is.
    static QUrl hookUrlFor(const QUrl &receiverUrl);
    // The first thing wrong with a registration, for the user; empty when there is nothing.
    static QString problemWith(const QUrl &url, const QStringList &events, bool localHttpAllowed);
    // The URL's problem alone (docs/vipps-wire.md §3 "URL requirements"); empty when it is fine.
    static QString urlProblemWith(const QUrl &url, bool localHttpAllowed);

    PreflightCheckList *checkList() const { return m_checks; }

private:
    void onRegisterClicked();
    void onChecked(const Tunnel::PreflightReport &report);
    void fillEvents();
    QTreeWidgetItem *addGroup(const QString &group);
    void validate();
    QList<QTreeWidgetItem *> eventItems() const;

    std::unique_ptr<Ui::RegisterWebhookDialog> m_ui;
    bool m_localHttpAllowed = true;
    QString m_urlNote; // what Vipps asks of a URL, shown under it while it has no problem
    Tunnel::UrlPreflight *m_preflight;
    PreflightCheckList *m_checks;
    QUrl m_checkedUrl;          // the URL the check list is about
    bool m_mayRegister = false; // its check failed and was shown: the next click registers it anyway
};

} // namespace Gui
