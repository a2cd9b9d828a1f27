// SPDX-License-Identifier: MIT
// The profiles (docs/vipps-wire.md §1: the four keys, the environment, the Vipps-System-* headers): list, new, duplicate,
// rename, delete, use; an editor with inline validation that saves the profile to the store and typed keys to the
// keychain through the session; and the access token of the profile in use (docs/vipps-wire.md §2) counting down.
#pragma once

#include "base/answerguard.h"
#include "credentials/profile.h"
#include "workbench/profilesession.h"

#include <QDateTime>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QListWidgetItem;

namespace Credentials {
class ProfileStore;
}

namespace Ui {
class CredentialsPanel;
}

namespace Gui {

class ProfileEditor;
class TokenStatus;

class CredentialsPanel : public QWidget
{
    Q_OBJECT

public:
    // Neither is owned; both must outlive the panel.
    CredentialsPanel(Credentials::ProfileStore *store, Workbench::ProfileSession *session, QWidget *parent = nullptr);
    ~CredentialsPanel() override;

    // The stored profile in the editor; empty while a new one is not saved yet.
    QString editedName() const { return m_draft ? QString() : m_editedName; }
    // A new profile not saved yet, or edits to the one in the editor.
    bool hasUnsavedChanges() const;
    // "expires in 59:12", "expires in 23:59:12" (production tokens live 24 hours), "expired".
    static QString expiryText(const QDateTime &expiresOn, const QDateTime &now);

    // Each asks first when the editor has unsaved changes (save, discard or stay).
    void newProfile();
    void duplicateSelected();
    // Puts the cursor in the name field; saving renames.
    void renameSelected();
    // Asks to confirm, then deletes the profile with its keys; the profile in use cannot be deleted.
    void deleteSelected();
    // Activates the selected (saved) profile and remembers it as the last used.
    void useSelected();
    // Saves the profile; typed keys go to the keychain through the session, for the profile in use. Keys typed
    // for another profile put that profile in use first (the keychain is written through the active session),
    // so they are never held back waiting. A new name moves the profile's keys to it first, so a rename is saved
    // later. False when nothing was saved or started.
    bool save();
    void revert();
    // Gets an access token for the profile in use and shows when it expires, or why there is none.
    void requestToken();

signals:
    void profileActivated(const QString &name);
    void tokenReceived();
    void errorShown(const QString &summary);

private:
    struct PendingKeys
    {
        QString profile;
        QString clientSecret;
        QString subscriptionKey;
    };

    void setUpActions();
    void setUpLooks();
    void reloadList(const QString &select);
    void selectQuietly(const QString &name);
    void decorate(QListWidgetItem *item) const;
    void onCurrentItemChanged(QListWidgetItem *current);
    void onItemActivated(QListWidgetItem *item);
    void load(const QString &name);
    void loadDefault();
    void startDraft(const Credentials::Profile &profile, const QString &title);
    // Runs next now, or after the user chose to save or discard the unsaved changes.
    void whenLeft(const std::function<void()> &next);
    void use(const Credentials::Profile &profile);
    // save(), then next once the profile is saved.
    bool saveThen(const std::function<void()> &next);
    void rename(const Credentials::Profile &profile, const QString &previous, const std::optional<PendingKeys> &keys,
                const std::function<void()> &next);
    bool commit(const Credentials::Profile &profile, const QString &previous, const std::optional<PendingKeys> &keys,
                const QString &moveProblem);
    void saveKeysNow(const PendingKeys &keys);
    void onKeysSaved(const QString &profile, const QString &error);
    void onSessionStateChanged();
    void updateAll();
    void updateActions();
    void updateEditorLooks();
    void updateKeyStatus();
    void showStatus(const QString &text);

    bool isActive(const QString &name) const;
    QString uniqueName(const QString &base) const;
    QStringList namesOtherThan(const QString &name) const;

    std::unique_ptr<Ui::CredentialsPanel> m_ui;
    Credentials::ProfileStore *m_store;
    Workbench::ProfileSession *m_session;
    ProfileEditor *m_editor;
    TokenStatus *m_token;
    QString m_editedName; // the stored profile in the editor
    bool m_draft = false; // the editor holds a new profile, not in the store yet
    QString m_draftTitle;
    std::optional<PendingKeys> m_pendingKeys; // saved once the session has activated their profile
    bool m_renaming = false;                  // the keys of a renamed profile are on their way
    Base::AnswerGuard m_answers;
};

} // namespace Gui
