// SPDX-License-Identifier: MIT
// The profiles workflow (docs/vipps-wire.md §1: the four keys, the environment, the Vipps-System-* headers): which
// profile the editor holds, a new one or a copy not saved yet, saving (a new name moves the profile's keychain
// entries first), typed keys stored before their profile is put in use (or through the session for the one in
// use), delete with the keys,
// use, revert; and what the editor should say about it. The app's credentials panel shows it and asks the
// questions; the editor's fields are its own.
#pragma once

#include "base/answerguard.h"
#include "credentials/profile.h"
#include "workbench/profilesession.h"

#include <QObject>

#include <functional>
#include <optional>

namespace Credentials {
class ProfileStore;
}

namespace Workbench {

class ProfileEditing : public QObject
{
    Q_OBJECT

public:
    // The client secret and subscription key as typed in the editor.
    struct Keys
    {
        QString profile;
        QString clientSecret;
        QString subscriptionKey;
    };
    // What to say next to each key field.
    struct KeyStatus
    {
        QString clientSecret;
        QString subscriptionKey;
    };

    // Neither is owned; both must outlive this.
    ProfileEditing(Credentials::ProfileStore *store, ProfileSession *session, QObject *parent = nullptr);
    ~ProfileEditing() override;

    Credentials::ProfileStore *store() const { return m_store; }
    ProfileSession *session() const { return m_session; }

    // The stored profile in the editor; empty while a new one is not saved yet.
    QString editedName() const { return m_draft ? QString() : m_editedName; }
    bool isDraft() const { return m_draft; }
    bool isEditing() const { return m_draft || !m_editedName.isEmpty(); }
    // A rename is moving the keys; nothing else is saved meanwhile.
    bool isBusy() const { return m_renaming; }
    bool isActive(const QString &name) const;
    // The names the edited profile's name must not take.
    QStringList takenNames() const;

    // The editor's title; modified says whether its fields differ from what was loaded.
    QString title(bool modified) const;
    // For the key fields, the editor holding a profile of that environment.
    KeyStatus keyStatus(Credentials::Environment environment) const;
    // Why the edited profile cannot be deleted; empty when it can.
    QString deleteRefusal() const;
    // What deleting the profile name takes away, for the question asked first.
    QString deleteConsequence(const QString &name) const;

    // Each answers with loaded() (and listChanged() where the names changed), or a status saying why not.
    void open(const QString &name);
    // The profile in use, else the last used, else the first; an empty editor when there is none.
    void openDefault();
    void startNew();
    void startDuplicate();
    void revert();

    // Saves profile, the editor's content. keys, when typed, go to the keychain through the session for the
    // profile in use; keys for another profile are stored first and then put that one in use. A new name moves the
    // profile's keychain entries to it first, so the save finishes later. next runs once the profile is saved.
    // False when nothing was saved or started.
    bool save(const Credentials::Profile &profile, const std::optional<Keys> &keys,
              const std::function<void()> &next = {});
    // Deletes the profile with its keychain entries, later; the profile in use cannot be deleted.
    void remove(const QString &name);
    // Puts the edited (saved) profile in use and remembers it as the last used.
    void useEdited();
    // Reads the edited profile's stored client secret and subscription key (for a simulator profile without its
    // own, the demo keys it uses), for the editor's Show; answers with storedKeysRead(), a key empty where none is
    // stored. Nothing for a profile not saved yet.
    void readStoredKeys();

signals:
    // The store's names changed: show them again, with select selected.
    void listChanged(const QString &select);
    // Put profile into the editor; a new profile not saved yet when isDraft().
    void loaded(const Credentials::Profile &profile);
    void statusChanged(const QString &text);
    // Something the editor's title, key status or the actions depend on changed.
    void changed();
    void profileActivated(const QString &name);
    void storedKeysRead(const Workbench::ProfileEditing::Keys &keys);

private:
    void startDraft(const Credentials::Profile &profile, const QString &title);
    void use(const Credentials::Profile &profile);
    void rename(const Credentials::Profile &profile, const QString &previous, const std::optional<Keys> &keys,
                const std::function<void()> &next);
    bool commit(const Credentials::Profile &profile, const QString &previous, const std::optional<Keys> &keys,
                const QString &moveProblem);
    QString savingKeysText(const QString &name) const;
    static QString keysSavedText(const QString &name, const QString &error);
    void saveKeysNow(const Keys &keys);
    void storeKeysThenUse(const Credentials::Profile &profile, const Keys &keys);
    void onSessionState(ProfileSession::State state);
    QString uniqueName(const QString &base) const;

    Credentials::ProfileStore *m_store;
    ProfileSession *m_session;
    QString m_editedName; // the stored profile in the editor
    bool m_draft = false; // the editor holds a new profile, not in the store yet
    QString m_draftTitle;
    QString m_announceWhenReady; // the profile whose keys were stored before it was put in use
    bool m_renaming = false;
    Base::AnswerGuard m_answers;
};

} // namespace Workbench
