// SPDX-License-Identifier: MIT
#include "gui/credentialspanel.h"

#include "credentials/profilestore.h"
#include "credentials/profilewithsecrets.h"
#include "gui/profileeditor.h"
#include "gui/tokenstatus.h"
#include "sim/simulatorprofile.h"
#include "ui_credentialspanel.h"

#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalBlocker>

namespace Gui {

using Credentials::Environment;
using Credentials::Profile;
using Workbench::ProfileSession;

namespace {

constexpr int NameRole = Qt::UserRole;

QString nameOf(const QListWidgetItem *item)
{
    return item ? item->data(NameRole).toString() : QString();
}

QString environmentTitle(Environment environment)
{
    switch (environment) {
    case Environment::Simulator: return CredentialsPanel::tr("simulator");
    case Environment::Test: return CredentialsPanel::tr("test");
    case Environment::Production: return CredentialsPanel::tr("production");
    case Environment::Custom: return CredentialsPanel::tr("custom");
    }
    return {};
}

} // namespace

CredentialsPanel::CredentialsPanel(Credentials::ProfileStore *store, ProfileSession *session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CredentialsPanel>())
    , m_store(store)
    , m_session(session)
{
    m_ui->setupUi(this);
    m_editor = m_ui->editor;
    m_token = new TokenStatus(session, m_ui->tokenStatusLabel, m_ui->tokenErrorLabel, this);
    setUpActions();
    setUpLooks();
    connect(m_ui->profileList, &QListWidget::currentItemChanged, this, &CredentialsPanel::onCurrentItemChanged);
    connect(m_ui->profileList, &QListWidget::itemActivated, this, &CredentialsPanel::onItemActivated);
    connect(m_editor, &ProfileEditor::edited, this, &CredentialsPanel::updateAll);
    connect(m_session, &ProfileSession::stateChanged, this, &CredentialsPanel::onSessionStateChanged);
    connect(m_token, &TokenStatus::received, this, &CredentialsPanel::tokenReceived);
    connect(m_token, &TokenStatus::failed, this, &CredentialsPanel::errorShown);
    connect(m_token, &TokenStatus::fetchingChanged, this, &CredentialsPanel::updateActions);
    loadDefault();
}

CredentialsPanel::~CredentialsPanel() = default;

void CredentialsPanel::setUpActions()
{
    addActions({m_ui->newAction, m_ui->duplicateAction, m_ui->renameAction, m_ui->useAction, m_ui->saveAction,
                m_ui->getTokenAction});
    m_ui->profileList->addActions({m_ui->useAction, m_ui->duplicateAction, m_ui->renameAction, m_ui->deleteAction});
    const QList<std::pair<QToolButton *, QAction *>> buttons{
        {m_ui->newButton, m_ui->newAction},       {m_ui->duplicateButton, m_ui->duplicateAction},
        {m_ui->renameButton, m_ui->renameAction}, {m_ui->deleteButton, m_ui->deleteAction},
        {m_ui->useButton, m_ui->useAction},       {m_ui->saveButton, m_ui->saveAction},
        {m_ui->revertButton, m_ui->revertAction}, {m_ui->getTokenButton, m_ui->getTokenAction}};
    for (const auto &[button, action] : buttons)
        button->setDefaultAction(action);
    m_ui->newAction->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    m_ui->deleteAction->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    m_ui->useAction->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton));
    m_ui->saveAction->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_ui->revertAction->setIcon(style()->standardIcon(QStyle::SP_DialogResetButton));
    m_ui->getTokenAction->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));

    connect(m_ui->newAction, &QAction::triggered, this, &CredentialsPanel::newProfile);
    connect(m_ui->duplicateAction, &QAction::triggered, this, &CredentialsPanel::duplicateSelected);
    connect(m_ui->renameAction, &QAction::triggered, this, &CredentialsPanel::renameSelected);
    connect(m_ui->deleteAction, &QAction::triggered, this, &CredentialsPanel::deleteSelected);
    connect(m_ui->useAction, &QAction::triggered, this, &CredentialsPanel::useSelected);
    connect(m_ui->saveAction, &QAction::triggered, this, &CredentialsPanel::save);
    connect(m_ui->revertAction, &QAction::triggered, this, &CredentialsPanel::revert);
    connect(m_ui->getTokenAction, &QAction::triggered, this, &CredentialsPanel::requestToken);
}

void CredentialsPanel::setUpLooks()
{
    // The theme's own emphasis colours, so the banner stays readable in light and dark palettes alike.
    m_ui->productionBanner->setBackgroundRole(QPalette::Highlight);
    m_ui->bannerLabel->setForegroundRole(QPalette::HighlightedText);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_ui->bannerIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    m_ui->tokenStatusLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({140, 760});
    setFocusProxy(m_ui->profileList);
}

// ---- the list ----

void CredentialsPanel::reloadList(const QString &select)
{
    const QSignalBlocker blocker(m_ui->profileList);
    m_ui->profileList->clear();
    const QStringList names = m_store->names();
    for (const QString &name : names) {
        auto *item = new QListWidgetItem(m_ui->profileList);
        item->setData(NameRole, name);
        decorate(item);
    }
    selectQuietly(select);
}

void CredentialsPanel::selectQuietly(const QString &name)
{
    const QSignalBlocker blocker(m_ui->profileList);
    for (int row = 0; row < m_ui->profileList->count(); ++row) {
        if (nameOf(m_ui->profileList->item(row)) == name) {
            m_ui->profileList->setCurrentRow(row);
            return;
        }
    }
    m_ui->profileList->setCurrentRow(-1);
}

void CredentialsPanel::decorate(QListWidgetItem *item) const
{
    const QString name = nameOf(item);
    const bool active = isActive(name);
    item->setText(active ? tr("%1 (in use)").arg(name) : name);
    QFont font = m_ui->profileList->font();
    font.setBold(active);
    item->setFont(font);
    const std::optional<Profile> profile = m_store->load(name);
    if (!profile) {
        item->setToolTip(tr("This profile cannot be read: its environment is unknown."));
        return;
    }
    item->setIcon(profile->isProduction() ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
    item->setToolTip(tr("%1 environment, %2")
                         .arg(environmentTitle(profile->environment), profile->effectiveBaseUrl().toDisplayString()));
}

void CredentialsPanel::onCurrentItemChanged(QListWidgetItem *current)
{
    const QString target = nameOf(current);
    if (!current || (!m_draft && target == m_editedName))
        return;
    if (!hasUnsavedChanges()) {
        load(target);
        return;
    }
    selectQuietly(editedName()); // the edits stay in view while the user decides
    whenLeft([this, target] {
        selectQuietly(target);
        load(target);
    });
}

void CredentialsPanel::onItemActivated(QListWidgetItem *item)
{
    if (nameOf(item) != editedName())
        return;
    if (hasUnsavedChanges())
        showStatus(tr("Save or revert the changes first, then use the profile."));
    else
        useSelected();
}

// ---- the editor ----

void CredentialsPanel::load(const QString &name)
{
    const std::optional<Profile> profile = m_store->load(name);
    if (!profile) {
        showStatus(tr("Profile %1 cannot be read: its environment is unknown. Delete it and make it again.").arg(name));
        return;
    }
    m_draft = false;
    m_editedName = name;
    m_editor->setTakenNames(namesOtherThan(name));
    m_editor->setProfile(*profile);
    updateAll();
}

void CredentialsPanel::loadDefault()
{
    QString name =
        m_session->state() == ProfileSession::State::NoProfile ? m_store->lastUsed() : m_session->profile().name;
    const QStringList names = m_store->names();
    if (!names.contains(name))
        name = names.value(0);
    m_draft = false;
    m_editedName.clear();
    reloadList(name);
    if (name.isEmpty()) {
        m_editor->setProfile(Profile{});
        updateAll();
    } else {
        load(name);
    }
}

void CredentialsPanel::startDraft(const Profile &profile, const QString &title)
{
    m_draft = true;
    m_editedName.clear();
    m_draftTitle = title;
    selectQuietly(QString());
    m_editor->setTakenNames(m_store->names());
    m_editor->setProfile(profile);
    updateAll();
    m_editor->focusName();
}

bool CredentialsPanel::hasUnsavedChanges() const
{
    return m_draft || (!m_editedName.isEmpty() && m_editor->isModified());
}

void CredentialsPanel::whenLeft(const std::function<void()> &next)
{
    if (!hasUnsavedChanges()) {
        next();
        return;
    }
    const bool valid = m_editor->isValid();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Unsaved changes"),
                                m_draft ? tr("The new profile is not saved yet.")
                                        : tr("Profile %1 has unsaved changes.").arg(m_editedName),
                                QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("unsavedChangesQuestion"));
    box->setInformativeText(valid ? tr("Save them, or discard them?")
                                  : tr("They cannot be saved as they are: the messages next to the fields say why. "
                                       "Discard them?"));
    if (valid)
        box->addButton(QMessageBox::Save);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QDialog::finished, this, [this, box, next] {
        const QMessageBox::StandardButton choice = box->standardButton(box->clickedButton());
        box->deleteLater();
        if (choice == QMessageBox::Discard)
            next();
        else if (choice == QMessageBox::Save)
            saveThen(next);
    });
    box->open();
}

// ---- list actions ----

void CredentialsPanel::newProfile()
{
    whenLeft([this] {
        Profile profile;
        profile.name = uniqueName(QStringLiteral("new-profile"));
        profile.environment = Environment::Test;
        startDraft(profile, tr("New profile, not saved yet"));
    });
}

void CredentialsPanel::duplicateSelected()
{
    if (editedName().isEmpty())
        return;
    whenLeft([this] {
        std::optional<Profile> profile = m_store->load(m_editedName);
        if (!profile)
            return;
        const QString original = profile->name;
        profile->name = uniqueName(original + QLatin1String("-copy"));
        startDraft(*profile, tr("Copy of %1, not saved yet; enter its keys").arg(original));
    });
}

void CredentialsPanel::renameSelected()
{
    if (editedName().isEmpty())
        return;
    m_editor->focusName();
    showStatus(tr("Type the new name, then save (Ctrl+S)."));
}

void CredentialsPanel::deleteSelected()
{
    const QString name = editedName();
    if (name.isEmpty() || isActive(name))
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete profile"), tr("Delete profile %1?").arg(name),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("deleteConfirmation"));
    box->setInformativeText(name == Sim::SimulatorProfile::name()
                                ? tr("It needs no keys, and when no profile is left the app creates it again at "
                                     "its next start.")
                                : tr("Its settings and its keys in the keychain are removed from this computer. Make "
                                     "a note of them first if you need them again."));
    QPushButton *confirm = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmDeleteButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QDialog::finished, this, [this, box, confirm, name] {
        const bool confirmed = box->clickedButton() == confirm;
        box->deleteLater();
        if (!confirmed)
            return;
        Credentials::ProfileWithSecrets::remove(
            m_store, m_session->secretStore(), name,
            m_answers.guard([this, name](const Credentials::ProfileChange &change) {
                if (!change.done) {
                    showStatus(change.error);
                    return;
                }
                loadDefault();
                showStatus(tr("Deleted profile %1.").arg(name));
            }));
    });
    box->open();
}

void CredentialsPanel::useSelected()
{
    if (editedName().isEmpty() || hasUnsavedChanges())
        return;
    if (const std::optional<Profile> profile = m_store->load(m_editedName)) {
        use(*profile);
        showStatus(tr("Using profile %1.").arg(profile->name));
    }
}

void CredentialsPanel::use(const Profile &profile)
{
    m_store->setLastUsed(profile.name);
    m_session->activate(profile);
    emit profileActivated(profile.name);
}

// ---- saving ----

bool CredentialsPanel::save()
{
    return saveThen({});
}

bool CredentialsPanel::saveThen(const std::function<void()> &next)
{
    if (m_renaming || !hasUnsavedChanges() || !m_editor->isValid())
        return false;
    const Profile profile = m_editor->profile();
    const QString previous = editedName();
    std::optional<PendingKeys> keys;
    if (m_editor->keysEdited())
        keys = PendingKeys{profile.name, m_editor->clientSecret(), m_editor->subscriptionKey()};
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

void CredentialsPanel::rename(const Profile &profile, const QString &previous, const std::optional<PendingKeys> &keys,
                              const std::function<void()> &next)
{
    m_renaming = true;
    updateActions();
    showStatus(tr("Renaming profile %1 to %2 and moving its keys…").arg(previous, profile.name));
    Credentials::ProfileWithSecrets::rename(
        m_store, m_session->secretStore(), previous, profile.name,
        m_answers.guard([this, profile, previous, keys, next](const Credentials::ProfileChange &change) {
            m_renaming = false;
            if (!change.done) {
                showStatus(change.error);
                updateAll();
            } else if (commit(profile, previous, keys, change.error) && next) {
                next();
            }
        }));
}

// Saves the profile under its (possibly new) name; moveProblem, when there is one, is what renaming left behind.
bool CredentialsPanel::commit(const Profile &profile, const QString &previous, const std::optional<PendingKeys> &keys,
                              const QString &moveProblem)
{
    const bool wasActive = !previous.isEmpty() && isActive(previous);
    Base::FieldErrors errors;
    if (!m_store->save(profile, &errors)) {
        showStatus(
            errors.isEmpty()
                ? tr("Profile %1 could not be saved: check that the settings file can be written.").arg(profile.name)
                : errors.constFirst().message);
        return false;
    }
    m_draft = false;
    m_editedName = profile.name;
    reloadList(profile.name);
    m_editor->setTakenNames(namesOtherThan(profile.name));
    m_editor->setProfile(profile); // empties the key fields

    showStatus(moveProblem.isEmpty() ? tr("Saved profile %1.").arg(profile.name) : moveProblem);
    const bool sameSession =
        wasActive && m_session->profile() == profile && m_session->state() == ProfileSession::State::Ready;
    if (keys && sameSession) {
        saveKeysNow(*keys);
    } else if (keys || wasActive) {
        m_pendingKeys = keys; // saved when the session is ready with this profile
        use(profile);
    }
    updateAll();
    return true;
}

void CredentialsPanel::saveKeysNow(const PendingKeys &keys)
{
    showStatus(tr("Saving the keys of %1 in the keychain…").arg(keys.profile));
    m_session->saveKeys(keys.clientSecret, keys.subscriptionKey,
                        [panel = QPointer(this), name = keys.profile](const QString &error) {
                            if (panel)
                                panel->onKeysSaved(name, error);
                        });
}

void CredentialsPanel::onKeysSaved(const QString &profile, const QString &error)
{
    if (error.isEmpty())
        showStatus(tr("Saved profile %1 and its keys; it is in use.").arg(profile));
    else
        showStatus(tr("The keys of %1 were not saved: %2").arg(profile, error));
    updateAll();
}

void CredentialsPanel::revert()
{
    if (m_draft)
        loadDefault();
    else if (!m_editedName.isEmpty())
        load(m_editedName);
    showStatus(QString());
}

// ---- the session and its token ----

void CredentialsPanel::onSessionStateChanged()
{
    m_token->reset();
    if (m_ui->profileList->count() != m_store->names().size() && !hasUnsavedChanges())
        loadDefault(); // a profile made elsewhere, e.g. the simulator one at first start
    for (int row = 0; row < m_ui->profileList->count(); ++row)
        decorate(m_ui->profileList->item(row));
    if (m_session->state() == ProfileSession::State::Ready && m_pendingKeys &&
        m_pendingKeys->profile == m_session->profile().name) {
        const PendingKeys keys = *m_pendingKeys;
        m_pendingKeys.reset();
        saveKeysNow(keys);
    }
    updateAll();
}

void CredentialsPanel::requestToken()
{
    m_token->request();
}

QString CredentialsPanel::expiryText(const QDateTime &expiresOn, const QDateTime &now)
{
    return TokenStatus::expiryText(expiresOn, now);
}

// ---- looks ----

void CredentialsPanel::updateAll()
{
    updateEditorLooks();
    updateKeyStatus();
    updateActions();
}

void CredentialsPanel::updateActions()
{
    const bool selected = !editedName().isEmpty();
    const bool unsaved = hasUnsavedChanges();
    m_ui->duplicateAction->setEnabled(selected);
    m_ui->renameAction->setEnabled(selected);
    m_ui->deleteAction->setEnabled(selected && !isActive(m_editedName));
    m_ui->deleteAction->setToolTip(selected && isActive(m_editedName)
                                       ? tr("The profile in use cannot be deleted: use another one first")
                                       : tr("Delete the selected profile, after asking (Delete)"));
    m_ui->useAction->setEnabled(selected && !unsaved && !isActive(m_editedName));
    m_ui->saveAction->setEnabled(unsaved && m_editor->isValid() && !m_renaming);
    m_ui->revertAction->setEnabled(unsaved);
    m_ui->getTokenAction->setEnabled(m_session->client() != nullptr && !m_token->isFetching());
    const QString active =
        m_session->state() == ProfileSession::State::NoProfile ? QString() : m_session->profile().name;
    m_ui->tokenBox->setTitle(active.isEmpty() ? tr("Access token")
                             : m_session->profile().isProduction()
                                 ? tr("Access token: profile %1 (production)").arg(active)
                                 : tr("Access token: profile %1").arg(active));
}

void CredentialsPanel::updateEditorLooks()
{
    const bool editing = m_draft || !m_editedName.isEmpty();
    m_editor->setEnabled(editing);
    m_ui->productionBanner->setVisible(editing && m_editor->profile().isProduction());
    QString title = m_draft ? m_draftTitle : tr("Profile %1").arg(m_editedName);
    if (!editing)
        title = tr("No profile yet: press New (Ctrl+N) to make one.");
    else if (!m_draft && m_editor->isModified())
        title = tr("Profile %1 (unsaved changes)").arg(m_editedName);
    m_ui->editorTitle->setText(title);
}

void CredentialsPanel::updateKeyStatus()
{
    if (m_editor->profile().environment == Environment::Simulator) {
        const QString notNeeded = tr("not needed: the simulator's demo keys are used");
        m_editor->setKeyStatus(notNeeded, notNeeded);
        return;
    }
    if (m_draft || !isActive(m_editedName)) {
        const QString unknown = tr("checked when this profile is in use; saving a key here puts the profile in use");
        m_editor->setKeyStatus(unknown, unknown);
        return;
    }
    if (m_session->state() != ProfileSession::State::Ready) {
        m_editor->setKeyStatus(tr("reading the keychain…"), tr("reading the keychain…"));
        return;
    }
    const QStringList missing = m_session->missingSecrets();
    const QString problem = m_session->keychainProblem();
    const auto status = [&missing, &problem](const QString &label) {
        if (!missing.contains(label))
            return tr("stored in the keychain");
        return problem.isEmpty() ? tr("missing") : problem;
    };
    // The session names what is missing with these words, in its own translation context.
    m_editor->setKeyStatus(status(ProfileSession::tr("client secret")), status(ProfileSession::tr("subscription key")));
}

void CredentialsPanel::showStatus(const QString &text)
{
    m_ui->statusLabel->setText(text);
}

// ---- names ----

bool CredentialsPanel::isActive(const QString &name) const
{
    return !name.isEmpty() && m_session->state() != ProfileSession::State::NoProfile &&
           m_session->profile().name == name;
}

QString CredentialsPanel::uniqueName(const QString &base) const
{
    const QStringList names = m_store->names();
    QString name = base;
    for (int n = 2; names.contains(name, Qt::CaseInsensitive); ++n)
        name = base + QLatin1Char('-') + QString::number(n);
    return name;
}

QStringList CredentialsPanel::namesOtherThan(const QString &name) const
{
    QStringList names = m_store->names();
    names.removeAll(name);
    return names;
}

} // namespace Gui
