// SPDX-License-Identifier: MIT
// The profiles (docs/vipps-wire.md §1: the four keys, the environment, the Vipps-System-* headers): list, new,
// duplicate, rename, delete, use, and an editor with inline validation; and the access token of the profile in use
// (docs/vipps-wire.md §2) counting down. The workflow is Workbench::ProfileEditing; this panel shows it and asks
// before leaving unsaved changes or deleting.
#pragma once

#include "credentials/profile.h"

#include <QDateTime>
#include <QWidget>

#include <functional>
#include <memory>

class QListWidgetItem;

namespace Ui {
class CredentialsPanel;
}

namespace Workbench {
class ProfileEditing;
}

namespace Gui {

class ProfileEditor;
class ProfileList;
class TokenStatus;

class CredentialsPanel : public QWidget
{
    Q_OBJECT

public:
    // The workflow is not owned and must outlive the panel.
    explicit CredentialsPanel(Workbench::ProfileEditing *editing, QWidget *parent = nullptr);
    ~CredentialsPanel() override;

    // The stored profile in the editor; empty while a new one is not saved yet.
    QString editedName() const;
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
    // Saves what the editor holds (see Workbench::ProfileEditing::save). False when nothing was saved or started.
    bool save();
    void revert();
    // Gets an access token for the profile in use and shows when it expires, or why there is none.
    void requestToken();

signals:
    void profileActivated(const QString &name);
    void tokenReceived();
    void errorShown(const QString &summary);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setUpActions();
    void setUpLooks();
    void connectEditing();
    void onCurrentItemChanged(QListWidgetItem *current);
    // Asks about the unsaved changes, then opens target; the list keeps the edited profile highlighted meanwhile.
    void leaveFor(const QString &target);
    void onItemActivated(QListWidgetItem *item);
    void onLoaded(const Credentials::Profile &profile);
    void onSessionStateChanged();
    // Runs next now, or after the user chose to save or discard the unsaved changes.
    void whenLeft(const std::function<void()> &next);
    bool saveThen(const std::function<void()> &next);
    void updateAll();
    void updateActions();
    void updateEditorLooks();

    std::unique_ptr<Ui::CredentialsPanel> m_ui;
    Workbench::ProfileEditing *m_editing;
    ProfileEditor *m_editor;
    std::unique_ptr<ProfileList> m_list;
    TokenStatus *m_token;
};

} // namespace Gui
