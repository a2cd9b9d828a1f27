// SPDX-License-Identifier: MIT
// The form for one profile: its fields, the two keys masked with a show toggle each (the first Show asks for the
// stored keys, so a typo can be seen), and Profile::validate()'s sentences next to the fields they are about,
// updated as the user types.
#pragma once

#include "base/fielderror.h"
#include "credentials/profile.h"
#include "gui/fieldmessages.h"

#include <QStringList>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QToolButton;

namespace Ui {
class ProfileEditor;
}

namespace Gui {

class ProfileEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ProfileEditor(QWidget *parent = nullptr);
    ~ProfileEditor() override;

    // Fills every field, empties and masks both key fields, and takes this as the unmodified state.
    void setProfile(const Credentials::Profile &profile);
    // The profile as typed now.
    Credentials::Profile profile() const;
    // Names the name field must not take (the other profiles).
    void setTakenNames(const QStringList &names);
    // What to say under each key field: whether the keychain has it.
    void setKeyStatus(const QString &clientSecret, const QString &subscriptionKey);

    // The keys as stored, asked for with storedKeysWanted(): they fill the key fields the user left empty, masked
    // until shown, and count as unchanged.
    void setStoredKeys(const QString &clientSecret, const QString &subscriptionKey);

    QString clientSecret() const;
    QString subscriptionKey() const;
    // A key was typed: the fields are not empty and differ from the stored keys.
    bool keysEdited() const;
    // Differs from setProfile(), or a key was typed.
    bool isModified() const;
    // Profile::validate(), a name another profile has ("name"), and one key without the other ("keys").
    Base::FieldErrors errors() const;
    bool isValid() const { return errors().isEmpty(); }
    // Puts the cursor in the name field with the name selected, to rename.
    void focusName();

signals:
    void edited();
    // Show was pressed on an empty key field: the stored keys are wanted (setStoredKeys()), once per profile loaded.
    void storedKeysWanted();

private:
    void fillEnvironments();
    void connectFields();
    void connectRevealer(QLineEdit *edit, QToolButton *button, const QString &what);
    void onEnvironmentChanged();
    void setAdvancedShown(bool shown);
    void addFieldMessages();
    // While typing, the message of the field being typed in waits (FieldMessages).
    void showErrors(bool whileTyping = false);
    QLabel *errorLabel(const QString &field) const;
    Credentials::Environment environment() const;

    std::unique_ptr<Ui::ProfileEditor> m_ui;
    FieldMessages m_messages;
    Credentials::Profile m_original;
    QStringList m_taken;
    bool m_filling = false; // setProfile() is writing the fields: no edited() for each of them
    bool m_storedKeysAsked = false;
    QString m_storedClientSecret;
    QString m_storedSubscriptionKey;
};

} // namespace Gui
