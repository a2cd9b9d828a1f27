// SPDX-License-Identifier: MIT
// The credentials panel against the real local simulator: the profile list, the editor's inline validation,
// a new profile saved with its keys (the keys in the secret store, never in the settings file), unsaved changes
// kept or dropped as the user says, the access token counting down, a refused token call explained, and the
// production banner.
#include "credentials/storagelocations.h"
#include "gui/credentialspanel.h"
#include "gui/environmentlooks.h"
#include "gui/profilelist.h"
#include "nokeychain.h"
#include "sessionfixture.h"
#include "sim/localsimulator.h"
#include "sim/simulator.h"
#include "sim/simulatorprofile.h"
#include "workbench/profileediting.h"
#include "workbench/profilesession.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFrame>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

#include <memory>
#include <optional>

using Credentials::Environment;
using Credentials::Profile;
using Credentials::StorageLocations;
using Gui::CredentialsPanel;
using Workbench::ProfileSession;

namespace {

// Made-up keys for the tests; compared with QVERIFY only, so a failure never prints them.
const QString kClientSecret = QStringLiteral("tst-client-secret-7f3a");
const QString kSubscriptionKey = QStringLiteral("tst-subscription-key-91c2");

template<typename T> T *child(const QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

Profile testProfile()
{
    Profile profile;
    profile.name = QStringLiteral("acme-test");
    profile.environment = Environment::Test;
    profile.clientId = QStringLiteral("acme-client");
    profile.merchantSerialNumber = QStringLiteral("654321");
    return profile;
}

Profile productionProfile()
{
    Profile profile = testProfile();
    profile.name = QStringLiteral("acme-production");
    profile.environment = Environment::Production;
    return profile;
}

QString messageFor(const Profile &profile, const QString &field)
{
    const Base::FieldErrors errors = profile.validate();
    for (const Base::FieldError &error : errors) {
        if (error.field == field)
            return error.message;
    }
    return {};
}

} // namespace

class TstCredentialsPanel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listShowsProfilesAndSelectingFillsTheEditor();
    void enterInTheListUsesTheProfile();
    void validationNextToTheField_data();
    void validationNextToTheField();
    void newTestProfileSavedWithItsKeys();
    void secretsMaskedUntilShown();
    void showRevealsWhatIsStored();
    void unsavedChangesAsked_data();
    void unsavedChangesAsked();
    void cancelKeepsTheEditedProfileHighlighted();
    void renameThroughTheNameField();
    void duplicateCopiesTheSettingsNotTheKeys();
    void deleteAsksFirst();
    void withoutAKeychainTheKeysAreSaidToBeInMemory();
    void tokenCountsDown();
    void tokenExpires();
    void refusedKeysExplained();
    void productionBannerOnlyForProduction();
    void expiryText_data();
    void expiryText();
    void screenshots();

private:
    std::unique_ptr<CredentialsPanel> makePanel();
    bool activate(const Profile &profile);
    bool select(CredentialsPanel &panel, const QString &name);
    QByteArray readSecret(const QString &key);
    static void retype(QLineEdit *edit, const QString &text);
    static QList<QPoint> fieldPositions(const CredentialsPanel &panel);

    TestSupport::SessionFixture m_fixture;
    std::unique_ptr<Workbench::ProfileEditing> m_editing;
};

void TstCredentialsPanel::init()
{
    QString error;
    QVERIFY2(m_fixture.start({Sim::SimulatorProfile::defaultProfile(), testProfile(), productionProfile()}, &error),
             qPrintable(error));
}

void TstCredentialsPanel::cleanup()
{
    m_editing.reset();
    m_fixture.stop();
}

std::unique_ptr<CredentialsPanel> TstCredentialsPanel::makePanel()
{
    m_editing = std::make_unique<Workbench::ProfileEditing>(m_fixture.profiles.get(), m_fixture.session.get());
    auto panel = std::make_unique<CredentialsPanel>(m_editing.get());
    panel->resize(900, 640);
    return panel;
}

bool TstCredentialsPanel::activate(const Profile &profile)
{
    return m_fixture.activate(profile);
}

// Clicks the profile's row, as the user would.
bool TstCredentialsPanel::select(CredentialsPanel &panel, const QString &name)
{
    auto *list = child<QListWidget>(&panel, "profileList");
    for (int row = 0; row < list->count(); ++row) {
        QListWidgetItem *item = list->item(row);
        if (item->data(Qt::UserRole).toString() == name) {
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
            return list->currentItem() == item;
        }
    }
    return false;
}

QByteArray TstCredentialsPanel::readSecret(const QString &key)
{
    std::optional<Credentials::SecretResult> answer;
    m_fixture.secrets->read(key, [&answer](const Credentials::SecretResult &result) { answer = result; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 5000) || !answer->ok())
        return {};
    return answer->value;
}

void TstCredentialsPanel::retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

// Where every field and button of the editor sits in the panel.
QList<QPoint> TstCredentialsPanel::fieldPositions(const CredentialsPanel &panel)
{
    QList<QPoint> positions;
    for (const QWidget *widget : panel.findChildren<QWidget *>()) {
        if (widget->isVisibleTo(&panel) &&
            (qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QAbstractButton *>(widget)))
            positions.append(widget->mapTo(&panel, QPoint()));
    }
    return positions;
}

void TstCredentialsPanel::listShowsProfilesAndSelectingFillsTheEditor()
{
    QVERIFY(activate(Sim::SimulatorProfile::defaultProfile()));
    const auto panel = makePanel();
    panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(panel.get()));

    auto *list = child<QListWidget>(panel.get(), "profileList");
    QStringList names;
    for (int row = 0; row < list->count(); ++row)
        names.append(list->item(row)->data(Qt::UserRole).toString());
    QCOMPARE(names, (QStringList{QStringLiteral("acme-production"), QStringLiteral("acme-test"),
                                 QStringLiteral("simulator")}));
    // The active one is marked and is where the editor starts.
    QCOMPARE(list->currentItem()->text(), QStringLiteral("simulator (in use)"));
    QVERIFY(list->currentItem()->font().bold());
    QCOMPARE(list->item(1)->text(), QStringLiteral("acme-test"));
    QVERIFY(!list->item(1)->font().bold());
    QCOMPARE(panel->editedName(), QStringLiteral("simulator"));
    QCOMPARE(child<QLabel>(panel.get(), "clientSecretStatus")->text(),
             QStringLiteral("not needed: the simulator's demo keys are used"));
    QVERIFY(child<QLineEdit>(panel.get(), "baseUrlEdit")->isVisibleTo(panel.get()));

    QVERIFY(select(*panel, QStringLiteral("acme-test")));
    QCOMPARE(child<QLineEdit>(panel.get(), "nameEdit")->text(), QStringLiteral("acme-test"));
    QCOMPARE(child<QComboBox>(panel.get(), "environmentCombo")->currentData().toInt(), int(Environment::Test));
    QCOMPARE(child<QLineEdit>(panel.get(), "clientIdEdit")->text(), QStringLiteral("acme-client"));
    QCOMPARE(child<QLineEdit>(panel.get(), "msnEdit")->text(), QStringLiteral("654321"));
    QVERIFY(!child<QCheckBox>(panel.get(), "partnerModeCheck")->isChecked());
    QCOMPARE(child<QLineEdit>(panel.get(), "systemNameEdit")->text(), Credentials::SystemInfo::defaults().name);
    // Test has a fixed host: shown as text, no field to type in.
    QVERIFY(!child<QLineEdit>(panel.get(), "baseUrlEdit")->isVisibleTo(panel.get()));
    QCOMPARE(child<QLabel>(panel.get(), "fixedUrlLabel")->text(), QStringLiteral("https://apitest.vipps.no"));
    QVERIFY(child<QLineEdit>(panel.get(), "clientSecretEdit")->text().isEmpty());
    QVERIFY(!child<QToolButton>(panel.get(), "saveButton")->isEnabled()); // nothing changed
    QVERIFY(child<QToolButton>(panel.get(), "useButton")->isEnabled());
    QVERIFY(child<QToolButton>(panel.get(), "deleteButton")->isEnabled());
    QVERIFY(!panel->hasUnsavedChanges());
}

void TstCredentialsPanel::enterInTheListUsesTheProfile()
{
    QVERIFY(activate(Sim::SimulatorProfile::defaultProfile()));
    const auto panel = makePanel();
    panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(panel.get()));
    QSignalSpy activated(panel.get(), &CredentialsPanel::profileActivated);
    QVERIFY(select(*panel, QStringLiteral("acme-test")));
    QVERIFY(child<QToolButton>(panel.get(), "deleteButton")->isEnabled());

    auto *list = child<QListWidget>(panel.get(), "profileList");
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toString(), QStringLiteral("acme-test"));
    QCOMPARE(m_fixture.session->profile(), testProfile());
    QCOMPARE(m_fixture.profiles->lastUsed(), QStringLiteral("acme-test"));
    QTRY_COMPARE(m_fixture.session->state(), ProfileSession::State::Ready);
    QCOMPARE(list->currentItem()->text(), QStringLiteral("acme-test (in use)"));
    // The keychain has nothing for it yet; the one in use cannot be deleted.
    QCOMPARE(child<QLabel>(panel.get(), "clientSecretStatus")->text(), QStringLiteral("missing"));
    QCOMPARE(child<QLabel>(panel.get(), "subscriptionKeyStatus")->text(), QStringLiteral("missing"));
    QVERIFY(!child<QToolButton>(panel.get(), "deleteButton")->isEnabled());
    QVERIFY(!child<QToolButton>(panel.get(), "useButton")->isEnabled());
}

void TstCredentialsPanel::validationNextToTheField_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<int>("environment"); // -1: unchanged
    QTest::addColumn<QString>("edit");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("errorLabel");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("fixed"); // typed last: the message goes

    Profile shortMsn = testProfile();
    shortMsn.merchantSerialNumber = QStringLiteral("12");
    Profile noClientId = testProfile();
    noClientId.clientId.clear();
    Profile customWithoutUrl = testProfile();
    customWithoutUrl.environment = Environment::Custom;
    Profile longSystemName = testProfile();
    longSystemName.system.name = QString(31, QLatin1Char('x'));

    const QString otherUrl = QStringLiteral("http://127.0.0.1:9000"); // another port: a change
    QTest::newRow("MSN of two digits") << "acme-test" << -1 << "msnEdit"
                                       << "12"
                                       << "msnError" << messageFor(shortMsn, QStringLiteral("merchantSerialNumber"))
                                       << "1234";
    QTest::newRow("Test profile without client id")
        << "acme-test" << -1 << "clientIdEdit"
        << ""
        << "clientIdError" << messageFor(noClientId, QStringLiteral("clientId")) << "other-client";
    QTest::newRow("Custom profile without base URL")
        << "acme-test" << int(Environment::Custom) << "baseUrlEdit"
        << ""
        << "baseUrlError" << messageFor(customWithoutUrl, QStringLiteral("baseUrl")) << otherUrl;
    QTest::newRow("simulator without base URL")
        << "simulator" << -1 << "baseUrlEdit"
        << ""
        << "baseUrlError" << messageFor(customWithoutUrl, QStringLiteral("baseUrl")) << otherUrl;
    QTest::newRow("31-character system name")
        << "acme-test" << -1 << "systemNameEdit" << QString(31, QLatin1Char('x')) << "systemNameError"
        << messageFor(longSystemName, QStringLiteral("system.name")) << QString(30, QLatin1Char('x'));
    QTest::newRow("name of another profile") << "acme-test" << -1 << "nameEdit"
                                             << "Simulator"
                                             << "nameError"
                                             << "Another profile is called \"Simulator\" already. Choose another name."
                                             << "acme-renamed";
    QTest::newRow("client secret without subscription key") << "acme-test" << -1 << "clientSecretEdit"
                                                            << "abc"
                                                            << "keysError"
                                                            << "Enter both the client secret and the subscription "
                                                               "key: they are saved together. Leave both empty to "
                                                               "keep the keys as they are."
                                                            << "";
}

void TstCredentialsPanel::validationNextToTheField()
{
    QFETCH(QString, profile);
    QFETCH(int, environment);
    QFETCH(QString, edit);
    QFETCH(QString, text);
    QFETCH(QString, errorLabel);
    QFETCH(QString, message);
    QFETCH(QString, fixed);
    QVERIFY(!message.isEmpty());

    const auto panel = makePanel();
    panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(panel.get()));
    QVERIFY(select(*panel, profile));
    auto *save = child<QToolButton>(panel.get(), "saveButton");
    auto *label = panel->findChild<QLabel *>(errorLabel);
    auto *field = panel->findChild<QLineEdit *>(edit);
    QVERIFY(label && field);
    QVERIFY(!label->isVisibleTo(panel.get()));
    if (environment >= 0) {
        auto *combo = child<QComboBox>(panel.get(), "environmentCombo");
        combo->setCurrentIndex(combo->findData(environment));
    }
    if (edit.startsWith(QLatin1String("system")) || edit.startsWith(QLatin1String("plugin")))
        QTest::mouseClick(child<QToolButton>(panel.get(), "advancedButton"), Qt::LeftButton); // collapsed at first
    QVERIFY(field->isVisibleTo(panel.get()));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QList<QPoint> before = fieldPositions(*panel);

    // Nothing moves while the user types: the message waits until the field is left.
    retype(field, text);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCOMPARE(fieldPositions(*panel), before);
    QVERIFY(!save->isEnabled());
    QTest::keyClick(field, Qt::Key_Tab);
    QCOMPARE(label->text(), QString(QChar(0x26a0)) + QLatin1Char(' ') + message); // "⚠ " and the rule's sentence
    QVERIFY(label->isVisibleTo(panel.get()));
    QVERIFY(!save->isEnabled());
    QVERIFY(panel->hasUnsavedChanges());

    // Put right, the message goes at once, its room stays until the field is left; Save comes on if what is left
    // is a change.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QList<QPoint> withMessage = fieldPositions(*panel);
    retype(field, fixed);
    QVERIFY(label->text().isEmpty());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCOMPARE(fieldPositions(*panel), withMessage);
    QTest::keyClick(field, Qt::Key_Tab);
    QVERIFY(!label->isVisibleTo(panel.get()));
    QCOMPARE(save->isEnabled(), panel->hasUnsavedChanges());
    QCOMPARE(panel->hasUnsavedChanges(), edit != QLatin1String("clientSecretEdit"));
}

void TstCredentialsPanel::newTestProfileSavedWithItsKeys()
{
    QVERIFY(activate(Sim::SimulatorProfile::defaultProfile()));
    const auto panel = makePanel();
    panel->show();
    QVERIFY(QTest::qWaitForWindowActive(panel.get()));
    QSignalSpy activated(panel.get(), &CredentialsPanel::profileActivated);

    QTest::keyClick(panel.get(), Qt::Key_N, Qt::ControlModifier);
    QVERIFY(panel->hasUnsavedChanges());
    QVERIFY(panel->editedName().isEmpty());
    auto *name = child<QLineEdit>(panel.get(), "nameEdit");
    QVERIFY(name->hasFocus());
    QCOMPARE(name->text(), QStringLiteral("new-profile"));
    auto *combo = child<QComboBox>(panel.get(), "environmentCombo");
    QCOMPARE(combo->currentData().toInt(), int(Environment::Test));
    QVERIFY(!child<QToolButton>(panel.get(), "saveButton")->isEnabled()); // no client id, no MSN yet

    retype(name, QStringLiteral("acme-new"));
    retype(child<QLineEdit>(panel.get(), "clientIdEdit"), QStringLiteral("new-client"));
    retype(child<QLineEdit>(panel.get(), "msnEdit"), QStringLiteral("223344"));
    retype(child<QLineEdit>(panel.get(), "clientSecretEdit"), kClientSecret);
    retype(child<QLineEdit>(panel.get(), "subscriptionKeyEdit"), kSubscriptionKey);
    QVERIFY(child<QToolButton>(panel.get(), "saveButton")->isEnabled());
    QTest::keyClick(panel.get(), Qt::Key_S, Qt::ControlModifier);

    // The profile is in the store; its keys went to the keychain, and then the session put it in use.
    const std::optional<Profile> saved = m_fixture.profiles->load(QStringLiteral("acme-new"));
    QVERIFY(saved);
    QCOMPARE(saved->environment, Environment::Test);
    QCOMPARE(saved->clientId, QStringLiteral("new-client"));
    QCOMPARE(saved->merchantSerialNumber, QStringLiteral("223344"));
    QTRY_COMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toString(), QStringLiteral("acme-new"));
    QTRY_COMPARE(child<QLabel>(panel.get(), "statusLabel")->text(),
                 QStringLiteral("Saved profile acme-new and its keys; it is in use."));
    QCOMPARE(m_fixture.session->profile().name, QStringLiteral("acme-new"));
    QCOMPARE(m_fixture.session->state(), ProfileSession::State::Ready);
    QVERIFY(m_fixture.session->missingSecrets().isEmpty());
    QVERIFY(readSecret(StorageLocations::clientSecretKey(QStringLiteral("acme-new"))) == kClientSecret.toUtf8());
    QVERIFY(readSecret(StorageLocations::subscriptionKeyKey(QStringLiteral("acme-new"))) == kSubscriptionKey.toUtf8());

    // The editor shows the saved profile with empty key fields and says where the keys are.
    QCOMPARE(panel->editedName(), QStringLiteral("acme-new"));
    QVERIFY(!panel->hasUnsavedChanges());
    QVERIFY(child<QLineEdit>(panel.get(), "clientSecretEdit")->text().isEmpty());
    QCOMPARE(child<QLabel>(panel.get(), "clientSecretStatus")->text(), QStringLiteral("stored in the keychain"));
    QCOMPARE(child<QLabel>(panel.get(), "subscriptionKeyStatus")->text(), QStringLiteral("stored in the keychain"));
    QCOMPARE(child<QListWidget>(panel.get(), "profileList")->currentItem()->text(),
             QStringLiteral("acme-new (in use)"));

    // Neither key is in the settings file.
    m_fixture.settings->sync();
    QFile file(m_fixture.settings->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray ini = file.readAll();
    QVERIFY(ini.contains("new-client")); // the right file
    QVERIFY2(!ini.contains(kClientSecret.toUtf8()), "the client secret is in the settings file");
    QVERIFY2(!ini.contains(kSubscriptionKey.toUtf8()), "the subscription key is in the settings file");
}

void TstCredentialsPanel::secretsMaskedUntilShown()
{
    const auto panel = makePanel();
    panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(panel.get()));
    QVERIFY(select(*panel, QStringLiteral("acme-test")));
    auto *secret = child<QLineEdit>(panel.get(), "clientSecretEdit");
    auto *key = child<QLineEdit>(panel.get(), "subscriptionKeyEdit");
    auto *showSecret = child<QToolButton>(panel.get(), "showClientSecretButton");
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    QCOMPARE(key->echoMode(), QLineEdit::Password);
    QCOMPARE(child<QLabel>(panel.get(), "clientSecretStatus")->text(),
             QStringLiteral("checked when this profile is in use; saving a key here puts the profile in use"));

    QTest::mouseClick(showSecret, Qt::LeftButton);
    QCOMPARE(secret->echoMode(), QLineEdit::Normal);
    QCOMPARE(key->echoMode(), QLineEdit::Password); // each has its own toggle
    QCOMPARE(showSecret->text(), QStringLiteral("Hide"));
    QTest::mouseClick(showSecret, Qt::LeftButton);
    QCOMPARE(secret->echoMode(), QLineEdit::Password);

    // Shown, then another profile: masked again.
    QTest::mouseClick(child<QToolButton>(panel.get(), "showSubscriptionKeyButton"), Qt::LeftButton);
    QCOMPARE(key->echoMode(), QLineEdit::Normal);
    QVERIFY(select(*panel, QStringLiteral("acme-production")));
    QCOMPARE(key->echoMode(), QLineEdit::Password);
}

// After a 401, Show shows the stored key, so a typo can be seen and put right; the other stays masked.
void TstCredentialsPanel::showRevealsWhatIsStored()
{
    const QString typo = QStringLiteral("tst-client-secert-7f3a");
    QVERIFY(activate(testProfile()));
    QVERIFY(m_fixture.storeKeys(QStringLiteral("acme-test"), typo, kSubscriptionKey));
    const auto panel = makePanel();
    panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(panel.get()));
    QCOMPARE(panel->editedName(), QStringLiteral("acme-test"));
    auto *secret = child<QLineEdit>(panel.get(), "clientSecretEdit");
    auto *key = child<QLineEdit>(panel.get(), "subscriptionKeyEdit");
    QVERIFY(secret->text().isEmpty()); // nothing secret on screen unasked

    QTest::mouseClick(child<QToolButton>(panel.get(), "showClientSecretButton"), Qt::LeftButton);
    QTRY_VERIFY(secret->text() == typo);
    QCOMPARE(secret->echoMode(), QLineEdit::Normal);
    QVERIFY(key->text() == kSubscriptionKey);
    QCOMPARE(key->echoMode(), QLineEdit::Password); // masked until its own Show
    QVERIFY(!panel->hasUnsavedChanges());           // shown is not changed
    QVERIFY(!child<QToolButton>(panel.get(), "saveButton")->isEnabled());

    retype(secret, kClientSecret);
    QVERIFY(panel->hasUnsavedChanges());
    QTest::mouseClick(child<QToolButton>(panel.get(), "saveButton"), Qt::LeftButton);
    QTRY_COMPARE(child<QLabel>(panel.get(), "statusLabel")->text(),
                 QStringLiteral("Saved profile acme-test and its keys; it is in use."));
    QVERIFY(readSecret(StorageLocations::clientSecretKey(QStringLiteral("acme-test"))) == kClientSecret.toUtf8());
    QVERIFY(readSecret(StorageLocations::subscriptionKeyKey(QStringLiteral("acme-test"))) == kSubscriptionKey.toUtf8());
    QVERIFY(secret->text().isEmpty()); // saved: the fields are empty again
}

void TstCredentialsPanel::unsavedChangesAsked_data()
{
    QTest::addColumn<int>("answer");
    QTest::addColumn<bool>("switched");
    QTest::addColumn<QString>("storedClientId");

    QTest::newRow("cancel: stay with the edits") << int(QMessageBox::Cancel) << false << "acme-client";
    QTest::newRow("discard: switch, edits gone") << int(QMessageBox::Discard) << true << "acme-client";
    QTest::newRow("save: saved, then switch") << int(QMessageBox::Save) << true << "edited-client";
}

void TstCredentialsPanel::unsavedChangesAsked()
{
    QFETCH(int, answer);
    QFETCH(bool, switched);
    QFETCH(QString, storedClientId);

    const auto panel = makePanel();
    panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(panel.get()));
    QVERIFY(select(*panel, QStringLiteral("acme-test")));
    auto *clientId = child<QLineEdit>(panel.get(), "clientIdEdit");
    retype(clientId, QStringLiteral("edited-client"));
    QCOMPARE(child<QLabel>(panel.get(), "editorTitle")->text(), QStringLiteral("Profile acme-test (unsaved changes)"));

    auto *list = child<QListWidget>(panel.get(), "profileList");
    QVERIFY(!select(*panel, QStringLiteral("simulator"))); // the selection stays while the question is open
    auto *box = panel->findChild<QMessageBox *>(QStringLiteral("unsavedChangesQuestion"));
    QVERIFY(box);
    QVERIFY(box->isVisible());
    QCOMPARE(box->text(), QStringLiteral("Profile acme-test has unsaved changes."));
    QCOMPARE(clientId->text(), QStringLiteral("edited-client"));
    QTest::mouseClick(box->button(QMessageBox::StandardButton(answer)), Qt::LeftButton);
    QTRY_VERIFY(!panel->findChild<QMessageBox *>(QStringLiteral("unsavedChangesQuestion")));

    QCOMPARE(panel->editedName(), switched ? QStringLiteral("simulator") : QStringLiteral("acme-test"));
    QCOMPARE(list->currentItem()->data(Qt::UserRole).toString(), panel->editedName());
    QCOMPARE(clientId->text(),
             switched ? Sim::SimulatorProfile::defaultProfile().clientId : QStringLiteral("edited-client"));
    QCOMPARE(panel->hasUnsavedChanges(), !switched);
    QCOMPARE(m_fixture.profiles->load(QStringLiteral("acme-test"))->clientId, storedClientId);
}

// Cancel in the unsaved-changes question: the list highlights the profile still in the editor, the one Delete
// would delete, not the row that was clicked.
void TstCredentialsPanel::cancelKeepsTheEditedProfileHighlighted()
{
    const auto panel = makePanel();
    panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(panel.get()));
    QVERIFY(select(*panel, QStringLiteral("acme-test")));
    retype(child<QLineEdit>(panel.get(), "clientIdEdit"), QStringLiteral("edited-client"));
    auto *list = child<QListWidget>(panel.get(), "profileList");
    const auto highlighted = [list] {
        const QList<QListWidgetItem *> items = list->selectedItems();
        return items.size() == 1 && items.first() == list->currentItem()
                   ? Gui::ProfileList::nameOf(items.first())
                   : QStringLiteral("(%1 highlighted)").arg(items.size());
    };
    QVERIFY(!select(*panel, QStringLiteral("simulator")));
    auto *box = panel->findChild<QMessageBox *>(QStringLiteral("unsavedChangesQuestion"));
    QVERIFY(box);
    QCOMPARE(highlighted(), QStringLiteral("acme-test")); // while the question is open, too
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!panel->findChild<QMessageBox *>(QStringLiteral("unsavedChangesQuestion")));
    QCOMPARE(panel->editedName(), QStringLiteral("acme-test"));
    QCOMPARE(highlighted(), QStringLiteral("acme-test"));

    QTest::mouseClick(child<QToolButton>(panel.get(), "deleteButton"), Qt::LeftButton);
    auto *question = panel->findChild<QMessageBox *>(QStringLiteral("deleteConfirmation"));
    QVERIFY(question);
    QCOMPARE(question->text(), QStringLiteral("Delete profile acme-test?"));
    QTest::mouseClick(question->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!panel->findChild<QMessageBox *>(QStringLiteral("deleteConfirmation")));
}

void TstCredentialsPanel::renameThroughTheNameField()
{
    m_fixture.secrets->write(StorageLocations::clientSecretKey(QStringLiteral("acme-test")), kClientSecret.toUtf8(),
                             {});
    m_fixture.secrets->write(StorageLocations::subscriptionKeyKey(QStringLiteral("acme-test")),
                             kSubscriptionKey.toUtf8(), {});
    const auto panel = makePanel();
    panel->show();
    QVERIFY(QTest::qWaitForWindowActive(panel.get()));
    QVERIFY(select(*panel, QStringLiteral("acme-test")));
    QTest::keyClick(child<QListWidget>(panel.get(), "profileList"), Qt::Key_F2);
    auto *name = child<QLineEdit>(panel.get(), "nameEdit");
    QVERIFY(name->hasFocus());
    QCOMPARE(name->selectedText(), QStringLiteral("acme-test"));
    QTest::keyClicks(name, QStringLiteral("acme-mt"));
    QTest::keyClick(name, Qt::Key_S, Qt::ControlModifier);

    // The keys move with the profile: saved once they have.
    QTRY_COMPARE(panel->editedName(), QStringLiteral("acme-mt"));
    QCOMPARE(child<QLabel>(panel.get(), "statusLabel")->text(), QStringLiteral("Saved profile acme-mt."));
    QVERIFY(readSecret(StorageLocations::clientSecretKey(QStringLiteral("acme-mt"))) == kClientSecret.toUtf8());
    QVERIFY(readSecret(StorageLocations::subscriptionKeyKey(QStringLiteral("acme-mt"))) == kSubscriptionKey.toUtf8());
    QVERIFY(readSecret(StorageLocations::clientSecretKey(QStringLiteral("acme-test"))).isEmpty());
    QVERIFY(readSecret(StorageLocations::subscriptionKeyKey(QStringLiteral("acme-test"))).isEmpty());
    QCOMPARE(m_fixture.profiles->names(),
             (QStringList{QStringLiteral("acme-mt"), QStringLiteral("acme-production"), QStringLiteral("simulator")}));
    Profile renamed = testProfile();
    renamed.name = QStringLiteral("acme-mt");
    QCOMPARE(*m_fixture.profiles->load(QStringLiteral("acme-mt")), renamed);
    QCOMPARE(child<QListWidget>(panel.get(), "profileList")->currentItem()->text(), QStringLiteral("acme-mt"));
}

void TstCredentialsPanel::duplicateCopiesTheSettingsNotTheKeys()
{
    const auto panel = makePanel();
    panel->show();
    QVERIFY(QTest::qWaitForWindowActive(panel.get()));
    QVERIFY(select(*panel, QStringLiteral("acme-test")));
    QTest::keyClick(child<QListWidget>(panel.get(), "profileList"), Qt::Key_D, Qt::ControlModifier);
    QVERIFY(panel->hasUnsavedChanges());
    QVERIFY(panel->editedName().isEmpty());
    QCOMPARE(child<QListWidget>(panel.get(), "profileList")->currentItem(), nullptr);
    QCOMPARE(child<QLineEdit>(panel.get(), "nameEdit")->text(), QStringLiteral("acme-test-copy"));
    QCOMPARE(child<QLineEdit>(panel.get(), "clientIdEdit")->text(), QStringLiteral("acme-client"));
    QVERIFY(child<QLineEdit>(panel.get(), "clientSecretEdit")->text().isEmpty());
    QVERIFY(child<QToolButton>(panel.get(), "saveButton")->isEnabled());

    QTest::mouseClick(child<QToolButton>(panel.get(), "saveButton"), Qt::LeftButton);
    Profile copy = testProfile();
    copy.name = QStringLiteral("acme-test-copy");
    QCOMPARE(*m_fixture.profiles->load(copy.name), copy);
    QCOMPARE(panel->editedName(), copy.name);
    QCOMPARE(m_fixture.session->state(), ProfileSession::State::NoProfile); // no keys typed: nothing activated
}

void TstCredentialsPanel::deleteAsksFirst()
{
    const QString webhookKey =
        StorageLocations::webhookSecretKey(QStringLiteral("simulator"), QStringLiteral("hook-1"));
    m_fixture.profiles->addWebhookId(QStringLiteral("simulator"), QStringLiteral("hook-1"));
    m_fixture.secrets->write(webhookKey, "webhook-secret-1", {});
    QVERIFY(activate(testProfile()));
    const auto panel = makePanel();
    panel->show();
    QVERIFY(QTest::qWaitForWindowActive(panel.get()));
    auto *remove = child<QToolButton>(panel.get(), "deleteButton");
    QVERIFY(!remove->isEnabled()); // acme-test is in use

    // The simulator profile can go; the question says it comes back.
    QVERIFY(select(*panel, QStringLiteral("simulator")));
    QVERIFY(remove->isEnabled());
    QTest::keyClick(child<QListWidget>(panel.get(), "profileList"), Qt::Key_Delete);
    auto *box = panel->findChild<QMessageBox *>(QStringLiteral("deleteConfirmation"));
    QVERIFY(box);
    QCOMPARE(box->text(), QStringLiteral("Delete profile simulator?"));
    QVERIFY(box->informativeText().contains(QLatin1String("creates it again")));
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!panel->findChild<QMessageBox *>(QStringLiteral("deleteConfirmation")));
    QVERIFY(m_fixture.profiles->names().contains(QStringLiteral("simulator")));

    QTest::mouseClick(remove, Qt::LeftButton);
    box = panel->findChild<QMessageBox *>(QStringLiteral("deleteConfirmation"));
    QVERIFY(box);
    QTest::mouseClick(child<QPushButton>(box, "confirmDeleteButton"), Qt::LeftButton);
    QTRY_VERIFY(!m_fixture.profiles->names().contains(QStringLiteral("simulator")));
    QCOMPARE(child<QListWidget>(panel.get(), "profileList")->count(), 2);
    QCOMPARE(panel->editedName(), QStringLiteral("acme-test")); // back to the one in use
    QVERIFY(readSecret(webhookKey).isEmpty());                  // its keys went with it
}

// The key fields and the delete question say what the banner says: no keychain, the keys are in memory.
void TstCredentialsPanel::withoutAKeychainTheKeysAreSaidToBeInMemory()
{
    NoKeychain noKeychain;
    ProfileSession session(m_fixture.network.get(), m_fixture.profiles.get(), &noKeychain.store);
    Workbench::ProfileEditing editing(m_fixture.profiles.get(), &session);
    session.activate(testProfile());
    QTRY_COMPARE(session.state(), ProfileSession::State::Ready);
    CredentialsPanel panel(&editing);
    panel.resize(900, 640);
    panel.show();
    QVERIFY(QTest::qWaitForWindowActive(&panel));
    QCOMPARE(panel.editedName(), QStringLiteral("acme-test"));
    retype(child<QLineEdit>(&panel, "clientSecretEdit"), kClientSecret);
    retype(child<QLineEdit>(&panel, "subscriptionKeyEdit"), kSubscriptionKey);
    QTest::mouseClick(child<QToolButton>(&panel, "saveButton"), Qt::LeftButton);
    const QString inMemory = QStringLiteral("kept in memory until the app quits");
    QTRY_COMPARE(child<QLabel>(&panel, "clientSecretStatus")->text(), inMemory);
    QCOMPARE(child<QLabel>(&panel, "subscriptionKeyStatus")->text(), inMemory);

    QVERIFY(select(panel, QStringLiteral("acme-production")));
    QTest::mouseClick(child<QToolButton>(&panel, "deleteButton"), Qt::LeftButton);
    auto *box = panel.findChild<QMessageBox *>(QStringLiteral("deleteConfirmation"));
    QVERIFY(box);
    QVERIFY2(box->informativeText().contains(QLatin1String("its keys, kept in memory only, are forgotten")),
             qPrintable(box->informativeText()));
    QVERIFY2(!box->informativeText().contains(QLatin1String("keychain")), qPrintable(box->informativeText()));
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!panel.findChild<QMessageBox *>(QStringLiteral("deleteConfirmation")));
}

void TstCredentialsPanel::tokenCountsDown()
{
    const auto panel = makePanel();
    panel->show();
    QVERIFY(QTest::qWaitForWindowActive(panel.get()));
    auto *getToken = child<QToolButton>(panel.get(), "getTokenButton");
    QVERIFY(!getToken->isEnabled()); // no profile in use
    QSignalSpy received(panel.get(), &CredentialsPanel::tokenReceived);
    QSignalSpy errors(panel.get(), &CredentialsPanel::errorShown);

    QVERIFY(select(*panel, QStringLiteral("simulator")));
    QTest::mouseClick(child<QToolButton>(panel.get(), "useButton"), Qt::LeftButton);
    QTRY_VERIFY(getToken->isEnabled());
    QCOMPARE(child<QGroupBox>(panel.get(), "tokenBox")->title(), QStringLiteral("Access token: profile simulator"));
    QTest::keyClick(panel.get(), Qt::Key_T, Qt::ControlModifier);
    QTRY_COMPARE(received.count(), 1);
    QCOMPARE(errors.count(), 0);

    auto *status = child<QLabel>(panel.get(), "tokenStatusLabel");
    const QRegularExpression countdown(QStringLiteral("^expires in (59:[0-5][0-9]|1:00:00)$"));
    const QString first = status->text();
    QVERIFY2(countdown.match(first).hasMatch(), qPrintable(first));
    QVERIFY(!child<QLabel>(panel.get(), "tokenErrorLabel")->isVisibleTo(panel.get()));
    // It counts on its own, once a second.
    QTRY_VERIFY_WITH_TIMEOUT(status->text() != first, 3000);
    QVERIFY2(countdown.match(status->text()).hasMatch(), qPrintable(status->text()));
}

void TstCredentialsPanel::tokenExpires()
{
    m_fixture.sim->simulator().tokens().setLifetimeSeconds(2);
    QVERIFY(activate(Sim::SimulatorProfile::defaultProfile()));
    const auto panel = makePanel();
    QSignalSpy received(panel.get(), &CredentialsPanel::tokenReceived);
    panel->requestToken();
    QTRY_COMPARE(received.count(), 1);
    auto *status = child<QLabel>(panel.get(), "tokenStatusLabel");
    QVERIFY2(status->text().startsWith(QLatin1String("expires in 0:0")), qPrintable(status->text()));
    QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("expired"), 5000);
}

// A Custom profile pointing at the simulator, with keys the simulator does not know.
void TstCredentialsPanel::refusedKeysExplained()
{
    Profile wrong;
    wrong.name = QStringLiteral("wrong-keys");
    wrong.environment = Environment::Custom;
    wrong.baseUrl = m_fixture.sim->baseUrl();
    wrong.clientId = QStringLiteral("not-the-client-id");
    wrong.merchantSerialNumber = Sim::SimulatorProfile::defaultProfile().merchantSerialNumber;
    QVERIFY(m_fixture.profiles->save(wrong));
    QVERIFY(activate(wrong));
    const auto panel = makePanel();
    panel->show();
    QVERIFY(QTest::qWaitForWindowActive(panel.get()));
    QCOMPARE(panel->editedName(), QStringLiteral("wrong-keys"));
    QSignalSpy received(panel.get(), &CredentialsPanel::tokenReceived);
    QSignalSpy errors(panel.get(), &CredentialsPanel::errorShown);

    // Keys typed into the panel for the profile in use go through the session.
    retype(child<QLineEdit>(panel.get(), "clientSecretEdit"), kClientSecret);
    retype(child<QLineEdit>(panel.get(), "subscriptionKeyEdit"), Sim::SimCredentials().subscriptionKey);
    QTest::mouseClick(child<QToolButton>(panel.get(), "saveButton"), Qt::LeftButton);
    QTRY_COMPARE(child<QLabel>(panel.get(), "clientSecretStatus")->text(), QStringLiteral("stored in the keychain"));

    QTest::mouseClick(child<QToolButton>(panel.get(), "getTokenButton"), Qt::LeftButton);
    QTRY_COMPARE(errors.count(), 1);
    QCOMPARE(received.count(), 0);
    const QString summary = errors.first().first().toString();
    QVERIFY2(summary.startsWith(QLatin1String("401 Unauthorized")), qPrintable(summary));
    auto *details = child<QLabel>(panel.get(), "tokenErrorLabel");
    QVERIFY(details->isVisibleTo(panel.get()));
    const QStringList lines = details->text().split(QLatin1Char('\n'));
    QCOMPARE(lines.first(), QStringLiteral("HTTP 401 Unauthorized"));
    QVERIFY2(details->text().contains(QLatin1String("The credentials were refused: check the client id")),
             qPrintable(details->text()));
    QVERIFY2(details->text().count(QLatin1String("invalid client_id or client_secret")) == 1, // said once
             qPrintable(details->text()));
    QCOMPARE(child<QLabel>(panel.get(), "tokenStatusLabel")->text(), QStringLiteral("No token."));
}

void TstCredentialsPanel::productionBannerOnlyForProduction()
{
    const auto panel = makePanel();
    panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(panel.get()));
    auto *banner = child<QFrame>(panel.get(), "productionBanner");
    // The red of the status bar, white text on it.
    QCOMPARE(banner->palette().color(QPalette::Window), Gui::EnvironmentLooks::productionColor());
    QCOMPARE(banner->palette().color(QPalette::WindowText), QColor(Qt::white));
    QVERIFY(banner->autoFillBackground());

    const QList<std::pair<QString, bool>> expected{{QStringLiteral("simulator"), false},
                                                   {QStringLiteral("acme-production"), true},
                                                   {QStringLiteral("acme-test"), false}};
    for (const auto &[name, shown] : expected) {
        QVERIFY(select(*panel, name));
        QVERIFY2(banner->isVisibleTo(panel.get()) == shown, qPrintable(name));
    }
    QCOMPARE(child<QLabel>(panel.get(), "bannerLabel")->text(),
             QStringLiteral("Production: calls here move real money"));

    // Switching a profile to Production shows it at once, before saving.
    auto *combo = child<QComboBox>(panel.get(), "environmentCombo");
    combo->setCurrentIndex(combo->findData(int(Environment::Production)));
    QVERIFY(banner->isVisibleTo(panel.get()));
    combo->setCurrentIndex(combo->findData(int(Environment::Test)));
    QVERIFY(!banner->isVisibleTo(panel.get()));
}

void TstCredentialsPanel::expiryText_data()
{
    QTest::addColumn<int>("secondsLeft");
    QTest::addColumn<QString>("text");

    QTest::newRow("a test token, fresh") << 3552 << "expires in 59:12";
    QTest::newRow("a production token") << 86399 << "expires in 23:59:59";
    QTest::newRow("exactly an hour") << 3600 << "expires in 1:00:00";
    QTest::newRow("under a minute") << 7 << "expires in 0:07";
    QTest::newRow("last second") << 1 << "expires in 0:01";
    QTest::newRow("now") << 0 << "expired";
    QTest::newRow("long ago") << -4000 << "expired";
}

void TstCredentialsPanel::expiryText()
{
    QFETCH(int, secondsLeft);
    QFETCH(QString, text);
    const QDateTime now(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);
    QCOMPARE(CredentialsPanel::expiryText(now.addSecs(secondsLeft), now), text);
    QCOMPARE(CredentialsPanel::expiryText(QDateTime(), now), QStringLiteral("no token"));
}

// VWB_SHOT_DIR=/some/dir: saves the panel with the simulator profile in use and a token, a production profile,
// and a refused token call, for people to look at.
void TstCredentialsPanel::screenshots()
{
    const QString dir = qEnvironmentVariable("VWB_SHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set VWB_SHOT_DIR to save screenshots");
    QVERIFY(QDir().mkpath(dir));
    const auto panel = makePanel();
    panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(panel.get()));
    QSignalSpy received(panel.get(), &CredentialsPanel::tokenReceived);
    QVERIFY(select(*panel, QStringLiteral("simulator")));
    panel->useSelected();
    QTRY_COMPARE(m_fixture.session->state(), ProfileSession::State::Ready);
    panel->requestToken();
    QTRY_COMPARE(received.count(), 1);
    QVERIFY(panel->grab().save(QDir(dir).filePath(QStringLiteral("credentialspanel-simulator-token.png"))));

    QVERIFY(select(*panel, QStringLiteral("acme-production")));
    QVERIFY(panel->grab().save(QDir(dir).filePath(QStringLiteral("credentialspanel-production.png"))));

    retype(child<QLineEdit>(panel.get(), "msnEdit"), QStringLiteral("12"));
    retype(child<QLineEdit>(panel.get(), "clientSecretEdit"), QStringLiteral("typed"));
    QVERIFY(panel->grab().save(QDir(dir).filePath(QStringLiteral("credentialspanel-invalid.png"))));
}

QTEST_MAIN(TstCredentialsPanel)
#include "tst_credentialspanel.moc"
