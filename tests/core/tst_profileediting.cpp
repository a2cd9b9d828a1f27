// SPDX-License-Identifier: MIT
// The profiles workflow without widgets: what the editor holds (a stored profile, a new one or a copy), saving
// with and without keys, a rename that moves the keychain entries, a delete that removes them, the profile in use
// protected, the key status the editor shows, and answers that come after the workflow is gone.
#include "credentials/demokeys.h"
#include "credentials/storagelocations.h"
#include "nokeychain.h"
#include "sessionfixture.h"
#include "sim/simulatorprofile.h"
#include "workbench/profileediting.h"

#include <QSignalSpy>
#include <QTest>

#include <optional>

using Credentials::Environment;
using Credentials::Profile;
using Credentials::StorageLocations;
using Workbench::ProfileEditing;

namespace {

// Made-up keys for the tests; compared with QVERIFY only, so a failure never prints them.
const QString kClientSecret = QStringLiteral("tst-client-secret-4b1d");
const QString kSubscriptionKey = QStringLiteral("tst-subscription-key-c07e");

Profile testProfile()
{
    Profile profile;
    profile.name = QStringLiteral("acme-test");
    profile.environment = Environment::Test;
    profile.clientId = QStringLiteral("acme-client-id");
    profile.merchantSerialNumber = QStringLiteral("123456");
    return profile;
}

ProfileEditing::Keys keysFor(const QString &profile)
{
    return {profile, kClientSecret, kSubscriptionKey};
}

} // namespace

class TstProfileEditing : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void opensTheProfileInUseFirst();
    void newProfileIsADraftUntilSaved();
    void duplicateCopiesTheSettingsNotTheKeys();
    void keysForAnotherProfilePutItInUse();
    void keysAreStoredBeforeTheirProfileIsUsed();
    void renameMovesTheKeys();
    void deleteRemovesTheKeysButNotOfTheProfileInUse();
    void keyStatusSaysWhereTheKeysAre();
    void withoutAKeychainKeysAreSaidToBeInMemory();
    void storedKeysAreReadForShow();
    void unreadableProfileIsSaid();
    void answerAfterTheWorkflowIsGoneIsDropped();

private:
    std::optional<QByteArray> readSecret(const QString &key);

    TestSupport::SessionFixture m_fixture;
    std::unique_ptr<ProfileEditing> m_editing;
};

void TstProfileEditing::init()
{
    QString error;
    QVERIFY2(m_fixture.start({Sim::SimulatorProfile::defaultProfile(), testProfile()}, &error), qPrintable(error));
    m_editing = std::make_unique<ProfileEditing>(m_fixture.profiles.get(), m_fixture.session.get());
}

void TstProfileEditing::cleanup()
{
    m_editing.reset();
    m_fixture.stop();
}

// The secret's value, or nullopt when the store has none.
std::optional<QByteArray> TstProfileEditing::readSecret(const QString &key)
{
    std::optional<Credentials::SecretResult> answer;
    m_fixture.secrets->read(key, [&answer](const Credentials::SecretResult &result) { answer = result; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 5000) || !answer->ok())
        return std::nullopt;
    return answer->value;
}

void TstProfileEditing::opensTheProfileInUseFirst()
{
    QVERIFY(m_fixture.activate(testProfile()));
    QSignalSpy list(m_editing.get(), &ProfileEditing::listChanged);
    QSignalSpy loaded(m_editing.get(), &ProfileEditing::loaded);
    m_editing->openDefault();
    QCOMPARE(list.count(), 1);
    QCOMPARE(list.first().first().toString(), QStringLiteral("acme-test"));
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(loaded.first().first().value<Profile>().name, QStringLiteral("acme-test"));
    QCOMPARE(m_editing->editedName(), QStringLiteral("acme-test"));
    QCOMPARE(m_editing->title(false), QStringLiteral("Profile acme-test"));
    QCOMPARE(m_editing->title(true), QStringLiteral("Profile acme-test (unsaved changes)"));
    QCOMPARE(m_editing->takenNames(), QStringList{Sim::SimulatorProfile::name()});
}

void TstProfileEditing::newProfileIsADraftUntilSaved()
{
    m_editing->openDefault();
    QSignalSpy loaded(m_editing.get(), &ProfileEditing::loaded);
    m_editing->startNew();
    QVERIFY(m_editing->isDraft());
    QCOMPARE(m_editing->editedName(), QString());
    QCOMPARE(m_editing->title(false), QStringLiteral("New profile, not saved yet"));
    Profile draft = loaded.first().first().value<Profile>();
    QCOMPARE(draft.name, QStringLiteral("new-profile"));
    QCOMPARE(m_editing->takenNames().size(), 2); // every stored name is taken

    draft.clientId = QStringLiteral("new-client");
    draft.merchantSerialNumber = QStringLiteral("654321");
    QSignalSpy list(m_editing.get(), &ProfileEditing::listChanged);
    QVERIFY(m_editing->save(draft, std::nullopt));
    QVERIFY(!m_editing->isDraft());
    QCOMPARE(m_editing->editedName(), QStringLiteral("new-profile"));
    QCOMPARE(list.last().first().toString(), QStringLiteral("new-profile"));
    QCOMPARE(m_fixture.profiles->load(QStringLiteral("new-profile"))->clientId, QStringLiteral("new-client"));

    m_editing->startNew();
    QCOMPARE(loaded.last().first().value<Profile>().name, QStringLiteral("new-profile-2"));
    m_editing->revert(); // the draft goes, the editor shows a stored profile again
    QVERIFY(!m_editing->isDraft());
    QVERIFY(!m_editing->editedName().isEmpty());
}

void TstProfileEditing::duplicateCopiesTheSettingsNotTheKeys()
{
    m_editing->open(QStringLiteral("acme-test"));
    QSignalSpy loaded(m_editing.get(), &ProfileEditing::loaded);
    m_editing->startDuplicate();
    QVERIFY(m_editing->isDraft());
    const Profile copy = loaded.first().first().value<Profile>();
    QCOMPARE(copy.name, QStringLiteral("acme-test-copy"));
    QCOMPARE(copy.clientId, testProfile().clientId);
    QCOMPARE(m_editing->title(false), QStringLiteral("Copy of acme-test, not saved yet; enter its keys"));
}

// Keys typed for another profile are stored, then that profile is put in use with them.
void TstProfileEditing::keysForAnotherProfilePutItInUse()
{
    QVERIFY(m_fixture.activate(Sim::SimulatorProfile::defaultProfile()));
    m_editing->open(QStringLiteral("acme-test"));
    QSignalSpy activated(m_editing.get(), &ProfileEditing::profileActivated);
    QSignalSpy status(m_editing.get(), &ProfileEditing::statusChanged);
    QVERIFY(m_editing->save(testProfile(), keysFor(QStringLiteral("acme-test"))));
    QTRY_COMPARE(activated.count(), 1); // once the keys are stored
    QTRY_VERIFY(!status.isEmpty() && status.last().first().toString() ==
                                         QStringLiteral("Saved profile acme-test and its keys; it is in use."));
    QVERIFY(readSecret(StorageLocations::clientSecretKey(QStringLiteral("acme-test"))) == kClientSecret.toUtf8());
    QVERIFY(readSecret(StorageLocations::subscriptionKeyKey(QStringLiteral("acme-test"))) ==
            kSubscriptionKey.toUtf8());
    QCOMPARE(m_fixture.profiles->lastUsed(), QStringLiteral("acme-test"));
    QVERIFY(m_fixture.session->missingSecrets().isEmpty());
}

// Whatever the session's users do once it is ready (the webhooks workflow lists at once), the keys are there.
void TstProfileEditing::keysAreStoredBeforeTheirProfileIsUsed()
{
    QVERIFY(m_fixture.activate(Sim::SimulatorProfile::defaultProfile()));
    m_editing->open(QStringLiteral("acme-test"));
    QStringList missingWhenReady;
    connect(m_fixture.session.get(), &Workbench::ProfileSession::stateChanged, this,
            [this, &missingWhenReady](Workbench::ProfileSession::State state) {
                if (state == Workbench::ProfileSession::State::Ready)
                    missingWhenReady.append(m_fixture.session->missingSecrets().join(QLatin1Char('+')));
            });
    QSignalSpy status(m_editing.get(), &ProfileEditing::statusChanged);
    QVERIFY(m_editing->save(testProfile(), keysFor(QStringLiteral("acme-test"))));
    QTRY_VERIFY(!status.isEmpty() && status.last().first().toString() ==
                                         QStringLiteral("Saved profile acme-test and its keys; it is in use."));
    QCOMPARE(m_fixture.session->profile().name, QStringLiteral("acme-test"));
    QCOMPARE(missingWhenReady, QStringList{QString()}); // ready once, with both keys
}

void TstProfileEditing::renameMovesTheKeys()
{
    QVERIFY(m_fixture.activate(testProfile()));
    m_editing->openDefault();
    QVERIFY(m_editing->save(testProfile(), keysFor(QStringLiteral("acme-test"))));
    QTRY_VERIFY(readSecret(StorageLocations::clientSecretKey(QStringLiteral("acme-test"))).has_value());

    Profile renamed = testProfile();
    renamed.name = QStringLiteral("acme-staging");
    bool finished = false;
    QVERIFY(m_editing->save(renamed, std::nullopt, [&finished] { finished = true; }));
    QVERIFY(m_editing->isBusy()); // the keys are on their way
    QVERIFY(!m_editing->save(renamed, std::nullopt)); // nothing else is saved meanwhile
    QTRY_VERIFY(finished);
    QVERIFY(!m_editing->isBusy());
    QCOMPARE(m_editing->editedName(), QStringLiteral("acme-staging"));
    QVERIFY(!m_fixture.profiles->load(QStringLiteral("acme-test")));
    QVERIFY(readSecret(StorageLocations::clientSecretKey(QStringLiteral("acme-staging"))) == kClientSecret.toUtf8());
    QVERIFY(!readSecret(StorageLocations::clientSecretKey(QStringLiteral("acme-test"))));
    QTRY_COMPARE(m_fixture.session->profile().name, QStringLiteral("acme-staging")); // it was in use, and stays
}

void TstProfileEditing::deleteRemovesTheKeysButNotOfTheProfileInUse()
{
    QVERIFY(m_fixture.activate(testProfile()));
    m_editing->openDefault();
    QVERIFY(m_editing->save(testProfile(), keysFor(QStringLiteral("acme-test"))));
    QTRY_VERIFY(readSecret(StorageLocations::clientSecretKey(QStringLiteral("acme-test"))).has_value());

    QCOMPARE(m_editing->deleteRefusal(), QStringLiteral("The profile in use cannot be deleted: use another one first"));
    m_editing->remove(QStringLiteral("acme-test"));
    QVERIFY(m_fixture.profiles->load(QStringLiteral("acme-test")));

    QVERIFY(m_fixture.activate(Sim::SimulatorProfile::defaultProfile()));
    m_editing->open(QStringLiteral("acme-test"));
    QCOMPARE(m_editing->deleteRefusal(), QString());
    QSignalSpy status(m_editing.get(), &ProfileEditing::statusChanged);
    m_editing->remove(QStringLiteral("acme-test"));
    QTRY_VERIFY(!status.isEmpty() && status.last().first().toString() == QStringLiteral("Deleted profile acme-test."));
    QVERIFY(!m_fixture.profiles->load(QStringLiteral("acme-test")));
    QVERIFY(!readSecret(StorageLocations::clientSecretKey(QStringLiteral("acme-test"))));
    QVERIFY(!readSecret(StorageLocations::subscriptionKeyKey(QStringLiteral("acme-test"))));
    QCOMPARE(m_editing->editedName(), Sim::SimulatorProfile::name()); // the editor moved on to the one in use
}

void TstProfileEditing::keyStatusSaysWhereTheKeysAre()
{
    const ProfileEditing::KeyStatus simulator = m_editing->keyStatus(Environment::Simulator);
    QCOMPARE(simulator.clientSecret, QStringLiteral("not needed: the simulator's demo keys are used"));

    m_editing->open(QStringLiteral("acme-test")); // not in use: nothing is known yet
    QVERIFY(m_editing->keyStatus(Environment::Test).clientSecret.startsWith(QLatin1String("checked when")));

    QVERIFY(m_fixture.activate(testProfile()));
    const ProfileEditing::KeyStatus missing = m_editing->keyStatus(Environment::Test);
    QCOMPARE(missing.clientSecret, QStringLiteral("missing"));
    QCOMPARE(missing.subscriptionKey, QStringLiteral("missing"));

    QVERIFY(m_editing->save(testProfile(), keysFor(QStringLiteral("acme-test"))));
    QTRY_COMPARE(m_editing->keyStatus(Environment::Test).clientSecret, QStringLiteral("stored in the keychain"));
    QCOMPARE(m_editing->keyStatus(Environment::Test).subscriptionKey, QStringLiteral("stored in the keychain"));
}

// The fields and the status say what the banner says: without a keychain the keys are in memory until the app quits.
void TstProfileEditing::withoutAKeychainKeysAreSaidToBeInMemory()
{
    NoKeychain noKeychain;
    Workbench::ProfileSession session(m_fixture.network.get(), m_fixture.profiles.get(), &noKeychain.store);
    ProfileEditing editing(m_fixture.profiles.get(), &session);
    session.activate(testProfile());
    QTRY_COMPARE(session.state(), Workbench::ProfileSession::State::Ready);
    editing.openDefault();
    QCOMPARE(editing.keyStatus(Environment::Test).clientSecret, QStringLiteral("missing"));

    QSignalSpy status(&editing, &ProfileEditing::statusChanged);
    QVERIFY(editing.save(testProfile(), keysFor(QStringLiteral("acme-test"))));
    const QString inMemory = QStringLiteral("kept in memory until the app quits");
    QTRY_COMPARE(editing.keyStatus(Environment::Test).clientSecret, inMemory);
    QCOMPARE(editing.keyStatus(Environment::Test).subscriptionKey, inMemory);
    QStringList lines;
    for (const QList<QVariant> &arguments : std::as_const(status))
        lines.append(arguments.first().toString());
    const QString said = lines.join(QLatin1Char('|'));
    QVERIFY2(lines.contains(QStringLiteral("Keeping the keys of acme-test in memory…")), qPrintable(said));
    QVERIFY2(!said.contains(QLatin1String("keychain")), qPrintable(said));

    // Deleting a profile takes its keys from where they are.
    QVERIFY(editing.deleteConsequence(QStringLiteral("acme-test")).contains(QLatin1String("kept in memory only")));
    QVERIFY(m_editing->deleteConsequence(QStringLiteral("acme-test")).contains(QLatin1String("keys in the keychain")));
    QVERIFY(m_editing->deleteConsequence(Sim::SimulatorProfile::name()).contains(QLatin1String("creates it again")));
}

// "Show" in the editor shows what is stored, so a typo in a refused key can be seen.
void TstProfileEditing::storedKeysAreReadForShow()
{
    QVERIFY(m_fixture.storeKeys(QStringLiteral("acme-test"), kClientSecret, kSubscriptionKey));
    std::optional<ProfileEditing::Keys> read;
    connect(m_editing.get(), &ProfileEditing::storedKeysRead, this,
            [&read](const ProfileEditing::Keys &keys) { read = keys; });

    m_editing->open(QStringLiteral("acme-test")); // not in use: read from the store all the same
    m_editing->readStoredKeys();
    QTRY_VERIFY(read);
    QCOMPARE(read->profile, QStringLiteral("acme-test"));
    QVERIFY(read->clientSecret == kClientSecret);
    QVERIFY(read->subscriptionKey == kSubscriptionKey);

    read.reset();
    m_editing->open(Sim::SimulatorProfile::name()); // nothing stored: the demo keys it uses
    m_editing->readStoredKeys();
    QTRY_VERIFY(read);
    QVERIFY(read->clientSecret == Credentials::DemoKeys::clientSecret());

    read.reset();
    m_editing->startNew(); // not saved: nothing to read
    m_editing->readStoredKeys();
    QCoreApplication::processEvents();
    QVERIFY(!read);
}

void TstProfileEditing::unreadableProfileIsSaid()
{
    QSignalSpy status(m_editing.get(), &ProfileEditing::statusChanged);
    QSignalSpy loaded(m_editing.get(), &ProfileEditing::loaded);
    m_editing->open(QStringLiteral("no-such-profile"));
    QCOMPARE(loaded.count(), 0);
    QCOMPARE(status.count(), 1);
    QVERIFY(status.first().first().toString().startsWith(QLatin1String("Profile no-such-profile cannot be read")));
}

void TstProfileEditing::answerAfterTheWorkflowIsGoneIsDropped()
{
    QVERIFY(m_fixture.activate(Sim::SimulatorProfile::defaultProfile()));
    m_editing->open(QStringLiteral("acme-test"));
    m_editing->remove(QStringLiteral("acme-test"));
    m_editing.reset(); // the keychain answers later and must find nobody
    QTRY_VERIFY(!m_fixture.profiles->load(QStringLiteral("acme-test")));
}

QTEST_GUILESS_MAIN(TstProfileEditing)
#include "tst_profileediting.moc"
