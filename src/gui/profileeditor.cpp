// SPDX-License-Identifier: MIT
#include "gui/profileeditor.h"

#include "sim/simulatorprofile.h"
#include "ui_profileeditor.h"

#include <QHash>
#include <QSignalBlocker>

namespace Gui {

using Credentials::Environment;

namespace {

const QString kKeysField = QStringLiteral("keys");
const QString kNameField = QStringLiteral("name");
const QString kProblemMark = QString(QChar(0x26a0)) + QLatin1Char(' '); // "⚠ "

QUrl urlFromText(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? QUrl() : QUrl(trimmed, QUrl::StrictMode);
}

} // namespace

ProfileEditor::ProfileEditor(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<Ui::ProfileEditor>())
{
    m_ui->setupUi(this);
    fillEnvironments();
    m_ui->clientIdEdit->setPlaceholderText(tr("client_id from the business portal"));
    m_ui->msnEdit->setPlaceholderText(tr("for example 123456"));
    m_ui->clientSecretEdit->setPlaceholderText(tr("client_secret from the business portal"));
    m_ui->subscriptionKeyEdit->setPlaceholderText(tr("Ocp-Apim-Subscription-Key, primary or secondary"));
    m_ui->baseUrlEdit->setPlaceholderText(tr("http://127.0.0.1:8079"));
    m_ui->showClientSecretButton->setText(tr("Show"));
    m_ui->showSubscriptionKeyButton->setText(tr("Show"));
    m_ui->clientSecretStatus->setForegroundRole(QPalette::PlaceholderText);
    m_ui->subscriptionKeyStatus->setForegroundRole(QPalette::PlaceholderText);
    for (QLineEdit *edit : {m_ui->clientSecretEdit, m_ui->subscriptionKeyEdit}) {
        // Nothing typed here may leave through the clipboard or the input method's memory by accident.
        edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    }
    addFieldMessages();
    setAdvancedShown(false);
    connectFields();
    setProfile(Credentials::Profile{});
}

ProfileEditor::~ProfileEditor() = default;

void ProfileEditor::fillEnvironments()
{
    QComboBox *combo = m_ui->environmentCombo;
    combo->addItem(tr("Simulator (built in, no keys needed)"), int(Environment::Simulator));
    combo->addItem(tr("Test (apitest.vipps.no)"), int(Environment::Test));
    combo->addItem(tr("Production (api.vipps.no)"), int(Environment::Production));
    combo->addItem(tr("Custom base URL"), int(Environment::Custom));
}

void ProfileEditor::addFieldMessages()
{
    m_messages.add(m_ui->nameError, {m_ui->nameEdit});
    m_messages.add(m_ui->baseUrlError, {m_ui->baseUrlEdit});
    m_messages.add(m_ui->clientIdError, {m_ui->clientIdEdit});
    m_messages.add(m_ui->msnError, {m_ui->msnEdit});
    m_messages.add(m_ui->keysError, {m_ui->clientSecretEdit, m_ui->subscriptionKeyEdit});
    m_messages.add(m_ui->systemNameError, {m_ui->systemNameEdit});
    m_messages.add(m_ui->systemVersionError, {m_ui->systemVersionEdit});
    m_messages.add(m_ui->pluginNameError, {m_ui->pluginNameEdit});
    m_messages.add(m_ui->pluginVersionError, {m_ui->pluginVersionEdit});
}

void ProfileEditor::connectFields()
{
    const auto changed = [this] {
        if (m_filling)
            return;
        showErrors(true);
        emit edited();
    };
    for (QLineEdit *edit : {m_ui->nameEdit, m_ui->baseUrlEdit, m_ui->clientIdEdit, m_ui->msnEdit,
                            m_ui->clientSecretEdit, m_ui->subscriptionKeyEdit, m_ui->systemNameEdit,
                            m_ui->systemVersionEdit, m_ui->pluginNameEdit, m_ui->pluginVersionEdit}) {
        connect(edit, &QLineEdit::textChanged, this, changed);
        connect(edit, &QLineEdit::editingFinished, this, [this] { m_messages.settle(); });
    }
    connect(m_ui->partnerModeCheck, &QCheckBox::toggled, this, changed);
    connect(m_ui->environmentCombo, &QComboBox::currentIndexChanged, this, [this, changed] {
        onEnvironmentChanged();
        changed();
    });

    connectRevealer(m_ui->clientSecretEdit, m_ui->showClientSecretButton, tr("client secret"));
    connectRevealer(m_ui->subscriptionKeyEdit, m_ui->showSubscriptionKeyButton, tr("subscription key"));
    connect(m_ui->advancedButton, &QToolButton::toggled, this, &ProfileEditor::setAdvancedShown);
}

// The fields are empty after loading (nothing secret is on screen unasked): the first Show asks for what is stored.
void ProfileEditor::connectRevealer(QLineEdit *edit, QToolButton *button, const QString &what)
{
    connect(button, &QToolButton::toggled, this, [this, edit, button, what](bool shown) {
        edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        button->setText(shown ? tr("Hide") : tr("Show"));
        button->setAccessibleName(shown ? tr("Hide the %1").arg(what) : tr("Show the %1").arg(what));
        if (shown && !m_filling && !m_storedKeysAsked && edit->text().isEmpty()) {
            m_storedKeysAsked = true;
            emit storedKeysWanted();
        }
    });
}

void ProfileEditor::setProfile(const Credentials::Profile &profile)
{
    m_filling = true;
    m_ui->nameEdit->setText(profile.name);
    m_ui->environmentCombo->setCurrentIndex(m_ui->environmentCombo->findData(int(profile.environment)));
    m_ui->baseUrlEdit->setText(profile.baseUrl.toString());
    m_ui->clientIdEdit->setText(profile.clientId);
    m_ui->msnEdit->setText(profile.merchantSerialNumber);
    m_ui->partnerModeCheck->setChecked(profile.partnerMode);
    m_ui->systemNameEdit->setText(profile.system.name);
    m_ui->systemVersionEdit->setText(profile.system.version);
    m_ui->pluginNameEdit->setText(profile.system.pluginName);
    m_ui->pluginVersionEdit->setText(profile.system.pluginVersion);
    m_ui->clientSecretEdit->clear();
    m_ui->subscriptionKeyEdit->clear();
    m_ui->showClientSecretButton->setChecked(false);
    m_ui->showSubscriptionKeyButton->setChecked(false);
    m_storedKeysAsked = false;
    m_storedClientSecret.clear();
    m_storedSubscriptionKey.clear();
    m_filling = false;
    m_original = profile;
    onEnvironmentChanged();
    showErrors();
}

Credentials::Profile ProfileEditor::profile() const
{
    Credentials::Profile profile;
    profile.name = m_ui->nameEdit->text().trimmed();
    profile.environment = environment();
    profile.baseUrl = urlFromText(m_ui->baseUrlEdit->text());
    profile.clientId = m_ui->clientIdEdit->text().trimmed();
    profile.merchantSerialNumber = m_ui->msnEdit->text().trimmed();
    profile.partnerMode = m_ui->partnerModeCheck->isChecked();
    profile.system.name = m_ui->systemNameEdit->text();
    profile.system.version = m_ui->systemVersionEdit->text();
    profile.system.pluginName = m_ui->pluginNameEdit->text();
    profile.system.pluginVersion = m_ui->pluginVersionEdit->text();
    return profile;
}

void ProfileEditor::setTakenNames(const QStringList &names)
{
    m_taken = names;
    showErrors();
}

void ProfileEditor::setKeyStatus(const QString &clientSecret, const QString &subscriptionKey)
{
    m_ui->clientSecretStatus->setText(clientSecret);
    m_ui->subscriptionKeyStatus->setText(subscriptionKey);
}

void ProfileEditor::setStoredKeys(const QString &clientSecret, const QString &subscriptionKey)
{
    m_storedClientSecret = clientSecret;
    m_storedSubscriptionKey = subscriptionKey;
    m_filling = true;
    if (m_ui->clientSecretEdit->text().isEmpty())
        m_ui->clientSecretEdit->setText(clientSecret);
    if (m_ui->subscriptionKeyEdit->text().isEmpty())
        m_ui->subscriptionKeyEdit->setText(subscriptionKey);
    m_filling = false;
    showErrors();
    emit edited();
}

bool ProfileEditor::keysEdited() const
{
    const bool typed = !clientSecret().isEmpty() || !subscriptionKey().isEmpty();
    return typed &&
           (clientSecret() != m_storedClientSecret.trimmed() || subscriptionKey() != m_storedSubscriptionKey.trimmed());
}

QString ProfileEditor::clientSecret() const
{
    return m_ui->clientSecretEdit->text().trimmed();
}

QString ProfileEditor::subscriptionKey() const
{
    return m_ui->subscriptionKeyEdit->text().trimmed();
}

bool ProfileEditor::isModified() const
{
    return keysEdited() || !(profile() == m_original);
}

Base::FieldErrors ProfileEditor::errors() const
{
    const Credentials::Profile current = profile();
    Base::FieldErrors errors = current.validate();
    if (m_taken.contains(current.name, Qt::CaseInsensitive)) {
        errors.append(
            {kNameField, tr("Another profile is called \"%1\" already. Choose another name.").arg(current.name)});
    }
    if (clientSecret().isEmpty() != subscriptionKey().isEmpty()) {
        errors.append({kKeysField, tr("Enter both the client secret and the subscription key: they are saved "
                                      "together. Leave both empty to keep the keys as they are.")});
    }
    return errors;
}

void ProfileEditor::focusName()
{
    m_ui->nameEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->nameEdit->selectAll();
}

void ProfileEditor::onEnvironmentChanged()
{
    const Environment current = environment();
    const QUrl fixed = Credentials::fixedBaseUrl(current);
    m_ui->baseUrlEdit->setVisible(fixed.isEmpty());
    m_ui->fixedUrlLabel->setVisible(!fixed.isEmpty());
    m_ui->fixedUrlLabel->setText(fixed.toString());
    m_ui->baseUrlLabel->setBuddy(fixed.isEmpty() ? static_cast<QWidget *>(m_ui->baseUrlEdit)
                                                 : static_cast<QWidget *>(m_ui->fixedUrlLabel));
    if (current == Environment::Simulator && !m_filling && m_ui->baseUrlEdit->text().trimmed().isEmpty())
        m_ui->baseUrlEdit->setText(Sim::SimulatorProfile::defaultProfile().baseUrl.toString());
}

void ProfileEditor::setAdvancedShown(bool shown)
{
    m_ui->advancedWidget->setVisible(shown);
    m_ui->advancedButton->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    m_ui->advancedButton->setAccessibleName(shown ? tr("Hide the advanced settings")
                                                  : tr("Show the advanced settings"));
    if (m_ui->advancedButton->isChecked() != shown) {
        const QSignalBlocker blocker(m_ui->advancedButton);
        m_ui->advancedButton->setChecked(shown);
    }
}

void ProfileEditor::showErrors(bool whileTyping)
{
    QHash<QLabel *, QStringList> messages;
    const Base::FieldErrors found = errors();
    for (const Base::FieldError &error : found)
        messages[errorLabel(error.field)].append(error.message);
    QHash<QLabel *, QString> texts;
    for (auto it = messages.cbegin(); it != messages.cend(); ++it) {
        // A mark in front, so a problem stands apart from the grey notes without a colour of its own.
        texts.insert(it.key(), kProblemMark + it.value().join(QLatin1Char('\n')));
    }
    m_messages.show(texts);
    if (!whileTyping)
        m_messages.settle();
    const bool advancedProblem =
        messages.contains(m_ui->systemNameError) || messages.contains(m_ui->systemVersionError) ||
        messages.contains(m_ui->pluginNameError) || messages.contains(m_ui->pluginVersionError);
    if (advancedProblem)
        setAdvancedShown(true); // a problem must never hide in the collapsed group
}

QLabel *ProfileEditor::errorLabel(const QString &field) const
{
    if (field == kNameField)
        return m_ui->nameError;
    if (field == QLatin1String("baseUrl"))
        return m_ui->baseUrlError;
    if (field == QLatin1String("clientId"))
        return m_ui->clientIdError;
    if (field == QLatin1String("merchantSerialNumber"))
        return m_ui->msnError;
    if (field == QLatin1String("system.name"))
        return m_ui->systemNameError;
    if (field == QLatin1String("system.version"))
        return m_ui->systemVersionError;
    if (field == QLatin1String("system.pluginName"))
        return m_ui->pluginNameError;
    if (field == QLatin1String("system.pluginVersion"))
        return m_ui->pluginVersionError;
    return m_ui->keysError; // "keys", and any rule added later: shown rather than lost
}

Environment ProfileEditor::environment() const
{
    return Environment(m_ui->environmentCombo->currentData().toInt());
}

} // namespace Gui
