// SPDX-License-Identifier: MIT
#include "gui/credentialspanel.h"

#include "credentials/profilestore.h"
#include "gui/environmentlooks.h"
#include "gui/profileeditor.h"
#include "gui/profilelist.h"
#include "gui/profilequestions.h"
#include "gui/tokenstatus.h"
#include "ui_credentialspanel.h"
#include "workbench/profileediting.h"

#include <QMouseEvent>

namespace Gui {

using Credentials::Environment;
using Credentials::Profile;
using Workbench::ProfileEditing;
using Workbench::ProfileSession;

CredentialsPanel::CredentialsPanel(ProfileEditing *editing, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::CredentialsPanel>()), m_editing(editing)
{
    m_ui->setupUi(this);
    m_editor = m_ui->editor;
    m_list = std::make_unique<ProfileList>(m_ui->profileList, editing);
    m_token = new TokenStatus(editing->session(), m_ui->tokenStatusLabel, m_ui->tokenErrorLabel, this);
    setUpActions();
    setUpLooks();
    connectEditing();
    m_editing->openDefault();
}

CredentialsPanel::~CredentialsPanel() = default;

void CredentialsPanel::connectEditing()
{
    connect(m_ui->profileList, &QListWidget::currentItemChanged, this, &CredentialsPanel::onCurrentItemChanged);
    m_ui->profileList->viewport()->installEventFilter(this);
    connect(m_ui->profileList, &QListWidget::itemActivated, this, &CredentialsPanel::onItemActivated);
    connect(m_editor, &ProfileEditor::edited, this, &CredentialsPanel::updateAll);
    connect(m_editor, &ProfileEditor::storedKeysWanted, m_editing, &ProfileEditing::readStoredKeys);
    connect(m_editing, &ProfileEditing::storedKeysRead, this, [this](const ProfileEditing::Keys &keys) {
        if (!m_editing->isDraft() && keys.profile == editedName())
            m_editor->setStoredKeys(keys.clientSecret, keys.subscriptionKey);
    });
    connect(m_editing->session(), &ProfileSession::stateChanged, this, &CredentialsPanel::onSessionStateChanged);
    connect(m_editing, &ProfileEditing::listChanged, this, [this](const QString &select) { m_list->reload(select); });
    connect(m_editing, &ProfileEditing::loaded, this, &CredentialsPanel::onLoaded);
    connect(m_editing, &ProfileEditing::statusChanged, m_ui->statusLabel, &QLabel::setText);
    connect(m_editing, &ProfileEditing::changed, this, &CredentialsPanel::updateAll);
    connect(m_editing, &ProfileEditing::profileActivated, this, &CredentialsPanel::profileActivated);
    connect(m_token, &TokenStatus::received, this, &CredentialsPanel::tokenReceived);
    connect(m_token, &TokenStatus::failed, this, &CredentialsPanel::errorShown);
    connect(m_token, &TokenStatus::fetchingChanged, this, &CredentialsPanel::updateActions);
}

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
    // The red of the status bar and title: production looks the same wherever it is named.
    EnvironmentLooks::apply(m_ui->productionBanner, Credentials::Environment::Production);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_ui->bannerIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    m_ui->tokenStatusLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({140, 760});
    setFocusProxy(m_ui->profileList);
}

// ---- the list ----

void CredentialsPanel::onCurrentItemChanged(QListWidgetItem *current)
{
    const QString target = ProfileList::nameOf(current);
    if (!current || (!m_editing->isDraft() && target == editedName()))
        return;
    if (!hasUnsavedChanges()) {
        m_editing->open(target);
        return;
    }
    leaveFor(target);
}

void CredentialsPanel::leaveFor(const QString &target)
{
    m_list->selectQuietly(editedName()); // the edits stay in view while the user decides
    whenLeft([this, target] {
        m_list->selectQuietly(target);
        m_editing->open(target);
    });
}

// With unsaved changes, a click on another profile is the panel's, not the list's: the list would select the
// clicked row after the question opened and, its mouse release never seen, select it again when the question
// closes, so a Cancel left the wrong profile highlighted.
bool CredentialsPanel::eventFilter(QObject *watched, QEvent *event)
{
    const bool press = event->type() == QEvent::MouseButtonPress || event->type() == QEvent::MouseButtonDblClick;
    if (watched != m_ui->profileList->viewport() || !press || !hasUnsavedChanges())
        return QWidget::eventFilter(watched, event);
    const QPoint at = static_cast<QMouseEvent *>(event)->position().toPoint();
    const QString target = ProfileList::nameOf(m_ui->profileList->itemAt(at));
    if (target.isEmpty() || (!m_editing->isDraft() && target == editedName()))
        return QWidget::eventFilter(watched, event);
    leaveFor(target);
    return true;
}

void CredentialsPanel::onItemActivated(QListWidgetItem *item)
{
    if (ProfileList::nameOf(item) != editedName())
        return;
    if (hasUnsavedChanges())
        m_ui->statusLabel->setText(tr("Save or revert the changes first, then use the profile."));
    else
        useSelected();
}

// ---- the editor ----

QString CredentialsPanel::editedName() const
{
    return m_editing->editedName();
}

bool CredentialsPanel::hasUnsavedChanges() const
{
    return m_editing->isDraft() || (!editedName().isEmpty() && m_editor->isModified());
}

void CredentialsPanel::onLoaded(const Profile &profile)
{
    if (m_editing->isDraft())
        m_list->selectQuietly(QString());
    m_editor->setTakenNames(m_editing->takenNames());
    m_editor->setProfile(profile);
    updateAll();
    if (m_editing->isDraft())
        m_editor->focusName();
}

void CredentialsPanel::whenLeft(const std::function<void()> &next)
{
    if (!hasUnsavedChanges()) {
        next();
        return;
    }
    ProfileQuestions::unsavedChanges(this, editedName(), m_editor->isValid(),
                                     [this, next](QMessageBox::StandardButton choice) {
                                         if (choice == QMessageBox::Discard)
                                             next();
                                         else if (choice == QMessageBox::Save)
                                             saveThen(next);
                                         else // the edits stay: so does the highlight, whatever was clicked
                                             m_list->selectQuietly(editedName());
                                     });
}

// ---- list actions ----

void CredentialsPanel::newProfile()
{
    whenLeft([this] { m_editing->startNew(); });
}

void CredentialsPanel::duplicateSelected()
{
    if (!editedName().isEmpty())
        whenLeft([this] { m_editing->startDuplicate(); });
}

void CredentialsPanel::renameSelected()
{
    if (editedName().isEmpty())
        return;
    m_editor->focusName();
    m_ui->statusLabel->setText(tr("Type the new name, then save (Ctrl+S)."));
}

void CredentialsPanel::deleteSelected()
{
    const QString name = editedName();
    if (name.isEmpty() || !m_editing->deleteRefusal().isEmpty())
        return;
    ProfileQuestions::deleteProfile(this, name, m_editing->deleteConsequence(name),
                                    [this, name] { m_editing->remove(name); });
}

void CredentialsPanel::useSelected()
{
    if (!editedName().isEmpty() && !hasUnsavedChanges())
        m_editing->useEdited();
}

bool CredentialsPanel::save()
{
    return saveThen({});
}

bool CredentialsPanel::saveThen(const std::function<void()> &next)
{
    if (!hasUnsavedChanges() || !m_editor->isValid())
        return false;
    const Profile profile = m_editor->profile();
    std::optional<ProfileEditing::Keys> keys;
    if (m_editor->keysEdited())
        keys = ProfileEditing::Keys{profile.name, m_editor->clientSecret(), m_editor->subscriptionKey()};
    return m_editing->save(profile, keys, next);
}

void CredentialsPanel::revert()
{
    m_editing->revert();
}

// ---- the session and its token ----

void CredentialsPanel::onSessionStateChanged()
{
    m_token->reset();
    if (m_list->count() != m_editing->store()->names().size() && !hasUnsavedChanges())
        m_editing->openDefault(); // a profile made elsewhere, e.g. the simulator one at first start
    m_list->decorateAll();
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
    const ProfileEditing::KeyStatus keys = m_editing->keyStatus(m_editor->profile().environment);
    m_editor->setKeyStatus(keys.clientSecret, keys.subscriptionKey);
    updateActions();
}

void CredentialsPanel::updateActions()
{
    const bool selected = !editedName().isEmpty();
    const bool unsaved = hasUnsavedChanges();
    const QString refusal = m_editing->deleteRefusal();
    m_ui->duplicateAction->setEnabled(selected);
    m_ui->renameAction->setEnabled(selected);
    m_ui->deleteAction->setEnabled(selected && refusal.isEmpty());
    m_ui->deleteAction->setToolTip(
        selected && !refusal.isEmpty() ? refusal : tr("Delete the selected profile, after asking (Delete)"));
    m_ui->useAction->setEnabled(selected && !unsaved && !m_editing->isActive(editedName()));
    m_ui->saveAction->setEnabled(unsaved && m_editor->isValid() && !m_editing->isBusy());
    m_ui->revertAction->setEnabled(unsaved);
    const ProfileSession *session = m_editing->session();
    m_ui->getTokenAction->setEnabled(session->client() != nullptr && !m_token->isFetching());
    const QString active = session->state() == ProfileSession::State::NoProfile ? QString() : session->profile().name;
    m_ui->tokenBox->setTitle(active.isEmpty() ? tr("Access token")
                             : session->profile().isProduction()
                                 ? tr("Access token: profile %1 (production)").arg(active)
                                 : tr("Access token: profile %1").arg(active));
}

void CredentialsPanel::updateEditorLooks()
{
    const bool editing = m_editing->isEditing();
    m_editor->setEnabled(editing);
    m_ui->productionBanner->setVisible(editing && m_editor->profile().isProduction());
    m_ui->editorTitle->setText(m_editing->title(!m_editing->isDraft() && m_editor->isModified()));
}

} // namespace Gui
