// SPDX-License-Identifier: MIT
#include "workbench/profileediting.h"

#include "credentials/profilestore.h"
#include "credentials/profilewithsecrets.h"
#include "credentials/secretresolver.h"
#include "sim/simulatorprofile.h"

namespace Workbench {

using Credentials::Environment;
using Credentials::Profile;

ProfileEditing::ProfileEditing(Credentials::ProfileStore *store, ProfileSession *session, QObject *parent)
    : QObject(parent), m_store(store), m_session(session)
{
    connect(m_session, &ProfileSession::stateChanged, this, &ProfileEditing::onSessionState);
}

ProfileEditing::~ProfileEditing() = default;

bool ProfileEditing::isActive(const QString &name) const
{
    return !name.isEmpty() && m_session->state() != ProfileSession::State::NoProfile &&
           m_session->profile().name == name;
}

QStringList ProfileEditing::takenNames() const
{
    QStringList names = m_store->names();
    if (!m_draft)
        names.removeAll(m_editedName);
    return names;
}

QString ProfileEditing::title(bool modified) const
{
    if (!isEditing())
        return tr("No profile yet: press New (Ctrl+N) to make one.");
    if (m_draft)
        return m_draftTitle;
    return modified ? tr("Profile %1 (unsaved changes)").arg(m_editedName) : tr("Profile %1").arg(m_editedName);
}

ProfileEditing::KeyStatus ProfileEditing::keyStatus(Environment environment) const
{
    if (environment == Environment::Simulator) {
        const QString notNeeded = tr("not needed: the simulator's demo keys are used");
        return {notNeeded, notNeeded};
    }
    if (m_draft || !isActive(m_editedName)) {
        const QString unknown = tr("checked when this profile is in use; saving a key here puts the profile in use");
        return {unknown, unknown};
    }
    if (m_session->state() != ProfileSession::State::Ready)
        return {tr("reading the keychain…"), tr("reading the keychain…")};
    const QStringList missing = m_session->missingSecrets();
    const QString problem = m_session->keychainProblem();
    const QString stored =
        m_session->secretsInMemoryOnly() ? tr("kept in memory until the app quits") : tr("stored in the keychain");
    const auto status = [&missing, &problem, &stored](const QString &label) {
        if (!missing.contains(label))
            return stored;
        return problem.isEmpty() ? tr("missing") : problem;
    };
    // The session names what is missing with these words, in its own translation context.
    return {status(ProfileSession::tr("client secret")), status(ProfileSession::tr("subscription key"))};
}

QString ProfileEditing::deleteRefusal() const
{
    if (isActive(editedName()))
        return tr("The profile in use cannot be deleted: use another one first");
    return {};
}

QString ProfileEditing::deleteConsequence(const QString &name) const
{
    if (name == Sim::SimulatorProfile::name())
        return tr("It needs no keys, and when no profile is left the app creates it again at its next start.");
    if (m_session->secretsInMemoryOnly())
        return tr("Its settings are removed from this computer, and its keys, kept in memory only, are forgotten. "
                  "Make a note of them first if you need them again.");
    return tr("Its settings and its keys in the keychain are removed from this computer. Make a note of them first "
              "if you need them again.");
}

// ---- opening ----

void ProfileEditing::open(const QString &name)
{
    const std::optional<Profile> profile = m_store->load(name);
    if (!profile) {
        emit statusChanged(
            tr("Profile %1 cannot be read: its environment is unknown. Delete it and make it again.").arg(name));
        return;
    }
    m_draft = false;
    m_editedName = name;
    emit loaded(*profile);
    emit changed();
}

void ProfileEditing::openDefault()
{
    QString name =
        m_session->state() == ProfileSession::State::NoProfile ? m_store->lastUsed() : m_session->profile().name;
    const QStringList names = m_store->names();
    if (!names.contains(name))
        name = names.value(0);
    m_draft = false;
    m_editedName.clear();
    emit listChanged(name);
    if (!name.isEmpty()) {
        open(name);
        return;
    }
    emit loaded(Profile{});
    emit changed();
}

void ProfileEditing::startNew()
{
    Profile profile;
    profile.name = uniqueName(QStringLiteral("new-profile"));
    profile.environment = Environment::Test;
    startDraft(profile, tr("New profile, not saved yet"));
}

void ProfileEditing::startDuplicate()
{
    std::optional<Profile> profile = m_store->load(editedName());
    if (!profile)
        return;
    const QString original = profile->name;
    profile->name = uniqueName(original + QLatin1String("-copy"));
    startDraft(*profile, tr("Copy of %1, not saved yet; enter its keys").arg(original));
}

void ProfileEditing::startDraft(const Profile &profile, const QString &title)
{
    m_draft = true;
    m_editedName.clear();
    m_draftTitle = title;
    emit loaded(profile);
    emit changed();
}

void ProfileEditing::revert()
{
    if (m_draft)
        openDefault();
    else if (!m_editedName.isEmpty())
        open(m_editedName);
    emit statusChanged({});
}

// ---- using and deleting ----

void ProfileEditing::useEdited()
{
    if (const std::optional<Profile> profile = m_store->load(editedName())) {
        use(*profile);
        emit statusChanged(tr("Using profile %1.").arg(profile->name));
    }
}

void ProfileEditing::readStoredKeys()
{
    const std::optional<Profile> profile = m_store->load(editedName());
    if (!profile)
        return;
    Credentials::SecretResolver::resolve(
        m_session->secretStore(), *profile, Credentials::SecretRequest(),
        m_answers.guard([this, name = profile->name](const Credentials::ResolvedSecrets &secrets) {
            emit storedKeysRead({name, secrets.clientSecret.text(), secrets.subscriptionKey.text()});
        }));
}

void ProfileEditing::use(const Profile &profile)
{
    m_store->setLastUsed(profile.name);
    m_session->activate(profile);
    emit profileActivated(profile.name);
}

void ProfileEditing::remove(const QString &name)
{
    if (name.isEmpty() || isActive(name))
        return;
    Credentials::ProfileWithSecrets::remove(m_store, m_session->secretStore(), name,
                                            m_answers.guard([this, name](const Credentials::ProfileChange &change) {
                                                if (!change.done) {
                                                    emit statusChanged(change.error);
                                                    return;
                                                }
                                                openDefault();
                                                emit statusChanged(tr("Deleted profile %1.").arg(name));
                                            }));
}

// ---- saving ----

bool ProfileEditing::save(const Profile &profile, const std::optional<Keys> &keys, const std::function<void()> &next)
{
    if (m_renaming || !isEditing())
        return false;
    const QString previous = editedName();
    if (!previous.isEmpty() && previous != profile.name) {
        rename(profile, previous, keys, next);
        return true;
    }
    if (!commit(profile, previous, keys, QString()))
        return false;
    if (next)
        next();
    return true;
}

void ProfileEditing::rename(const Profile &profile, const QString &previous, const std::optional<Keys> &keys,
                            const std::function<void()> &next)
{
    m_renaming = true;
    emit changed();
    emit statusChanged(tr("Renaming profile %1 to %2 and moving its keys…").arg(previous, profile.name));
    Credentials::ProfileWithSecrets::rename(
        m_store, m_session->secretStore(), previous, profile.name,
        m_answers.guard([this, profile, previous, keys, next](const Credentials::ProfileChange &change) {
            m_renaming = false;
            if (!change.done) {
                emit statusChanged(change.error);
                emit changed();
            } else if (commit(profile, previous, keys, change.error) && next) {
                next();
            }
        }));
}

// Saves the profile under its (possibly new) name; moveProblem, when there is one, is what renaming left behind.
bool ProfileEditing::commit(const Profile &profile, const QString &previous, const std::optional<Keys> &keys,
                            const QString &moveProblem)
{
    const bool wasActive = !previous.isEmpty() && isActive(previous);
    Base::FieldErrors errors;
    if (!m_store->save(profile, &errors)) {
        emit statusChanged(
            errors.isEmpty()
                ? tr("Profile %1 could not be saved: check that the settings file can be written.").arg(profile.name)
                : errors.constFirst().message);
        return false;
    }
    m_draft = false;
    m_editedName = profile.name;
    emit listChanged(profile.name);
    emit loaded(profile); // the editor's key fields empty again
    emit statusChanged(moveProblem.isEmpty() ? tr("Saved profile %1.").arg(profile.name) : moveProblem);
    const bool sameSession =
        wasActive && m_session->profile() == profile && m_session->state() == ProfileSession::State::Ready;
    if (keys && sameSession)
        saveKeysNow(*keys);
    else if (keys)
        storeKeysThenUse(profile, *keys);
    else if (wasActive)
        use(profile);
    emit changed();
    return true;
}

QString ProfileEditing::savingKeysText(const QString &name) const
{
    return m_session->secretsInMemoryOnly() ? tr("Keeping the keys of %1 in memory…").arg(name)
                                            : tr("Saving the keys of %1 in the keychain…").arg(name);
}

QString ProfileEditing::keysSavedText(const QString &name, const QString &error)
{
    return error.isEmpty() ? tr("Saved profile %1 and its keys; it is in use.").arg(name)
                           : tr("The keys of %1 were not saved: %2").arg(name, error);
}

void ProfileEditing::saveKeysNow(const Keys &keys)
{
    emit statusChanged(savingKeysText(keys.profile));
    m_session->saveKeys(keys.clientSecret, keys.subscriptionKey,
                        m_answers.guard([this, name = keys.profile](const QString &error) {
                            emit statusChanged(keysSavedText(name, error));
                            emit changed();
                        }));
}

// The keys go to the store before the profile is put in use, so its client is made with them: nothing it calls
// first (the webhooks list) goes out without them.
void ProfileEditing::storeKeysThenUse(const Profile &profile, const Keys &keys)
{
    emit statusChanged(savingKeysText(keys.profile));
    Credentials::ProfileWithSecrets::writeKeys(m_session->secretStore(), keys.profile, keys.clientSecret.toUtf8(),
                                               keys.subscriptionKey.toUtf8(),
                                               m_answers.guard([this, profile](const QString &error) {
                                                   if (error.isEmpty())
                                                       m_announceWhenReady = profile.name;
                                                   else
                                                       emit statusChanged(keysSavedText(profile.name, error));
                                                   use(profile);
                                               }));
}

void ProfileEditing::onSessionState(ProfileSession::State state)
{
    if (state == ProfileSession::State::Ready && !m_announceWhenReady.isEmpty() &&
        m_announceWhenReady == m_session->profile().name)
        emit statusChanged(keysSavedText(std::exchange(m_announceWhenReady, QString()), QString()));
    emit changed();
}

QString ProfileEditing::uniqueName(const QString &base) const
{
    const QStringList names = m_store->names();
    QString name = base;
    for (int n = 2; names.contains(name, Qt::CaseInsensitive); ++n)
        name = base + QLatin1Char('-') + QString::number(n);
    return name;
}

} // namespace Workbench
