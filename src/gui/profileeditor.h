// SPDX-License-Identifier: MIT
// The form for one profile: its fields, the two keys masked with a show toggle each, and Profile::validate()'s
// sentences next to the fields they are about, updated as the user types.
#pragma once

#include "base/fielderror.h"
#include "credentials/profile.h"

#include <QStringList>
#include <QWidget>

#include <memory>

class QLabel;

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

    QString clientSecret() const;
    QString subscriptionKey() const;
    bool keysEdited() const { return !clientSecret().isEmpty() || !subscriptionKey().isEmpty(); }
    // Differs from setProfile(), or a key was typed.
    bool isModified() const;
    // Profile::validate(), a name another profile has ("name"), and one key without the other ("keys").
    Base::FieldErrors errors() const;
    bool isValid() const { return errors().isEmpty(); }
    // Puts the cursor in the name field with the name selected, to rename.
    void focusName();

signals:
    void edited();

private:
    void fillEnvironments();
    void connectFields();
    void onEnvironmentChanged();
    void setAdvancedShown(bool shown);
    void showErrors();
    QLabel *errorLabel(const QString &field) const;
    Credentials::Environment environment() const;

    std::unique_ptr<Ui::ProfileEditor> m_ui;
    Credentials::Profile m_original;
    QStringList m_taken;
    bool m_filling = false; // setProfile() is writing the fields: no edited() for each of them
};

} // namespace Gui
