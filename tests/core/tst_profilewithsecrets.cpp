// SPDX-License-Identifier: MIT
// Renaming and deleting a profile together with its keychain entries: everything moves or goes, a profile without
// entries just moves its settings, and when the keychain fails the old name and entries stay and the error says so;
// and a profile's two keys written in one go.
#include "credentials/profilestore.h"
#include "credentials/profilewithsecrets.h"
#include "credentials/storagelocations.h"
#include "faultysecretstore.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using Credentials::Profile;
using Credentials::ProfileChange;
using Credentials::ProfileWithSecrets;
using Credentials::StorageLocations;
using Call = FaultySecretStore::Call;
using Status = Credentials::SecretResult::Status;

namespace {

const QString Acme = QStringLiteral("acme");
const QString NewName = QStringLiteral("acme-new");
const QStringList WebhookIds{QStringLiteral("hook-1"), QStringLiteral("hook-2")};

Profile makeProfile(const QString &name)
{
    Profile profile;
    profile.name = name;
    profile.environment = Credentials::Environment::Test;
    profile.clientId = QStringLiteral("client-") + name;
    profile.merchantSerialNumber = QStringLiteral("654321");
    return profile;
}

// The value each entry of acme holds before anything moves.
QByteArray valueOf(const QString &key)
{
    return "secret of " + key.section(QLatin1Char('/'), 2).toUtf8();
}

} // namespace

class TestProfileWithSecrets : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void renameMovesEveryEntry();
    void renameWithoutEntriesMovesTheSettings();
    void renameKeepsTheOldNameWhenAWriteFails();
    void renameChangesNothingWhenTheKeychainRefusesToRead();
    void renameSaysWhenOldCopiesStay();
    void renameToATakenNameTouchesNothing();
    void renameOfCaseAloneRemovesNothing();
    void removeDeletesTheSettingsAndEveryEntry();
    void removeWithoutEntriesDeletesTheSettings();
    void removeKeepsTheProfileWhenTheKeychainRefuses();
    void removeOfAnUnknownProfile();
    void writeKeysStoresBoth();
    void writeKeysSaysWhichWasRefused();

private:
    // Runs an operation and waits for its one answer, which must not come from inside the call.
    std::optional<ProfileChange> run(const std::function<void(const ProfileWithSecrets::Done &done)> &operation);
    QStringList acmeKeys(const QString &name) const { return StorageLocations::secretKeys(name, WebhookIds); }
    // What the store holds under key; nullopt for nothing.
    std::optional<QByteArray> stored(const QString &key);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Credentials::ProfileStore> m_profiles;
    std::unique_ptr<FaultySecretStore> m_secrets;
};

void TestProfileWithSecrets::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("profiles.ini")), QSettings::IniFormat);
    m_profiles = std::make_unique<Credentials::ProfileStore>(m_settings.get());
    m_secrets = std::make_unique<FaultySecretStore>();
    QVERIFY(m_profiles->save(makeProfile(Acme)));
    QVERIFY(m_profiles->save(makeProfile(QStringLiteral("other"))));
    QVERIFY(m_profiles->save(makeProfile(QStringLiteral("bare"))));
    m_profiles->setLastUsed(Acme);
    for (const QString &id : WebhookIds)
        m_profiles->addWebhookId(Acme, id);
    for (const QString &key : acmeKeys(Acme))
        m_secrets->write(key, valueOf(key), {});
    m_secrets->write(StorageLocations::clientSecretKey(QStringLiteral("other")), "secret of other", {});
    m_secrets->calls.clear();
}

void TestProfileWithSecrets::cleanup()
{
    m_secrets.reset();
    m_profiles.reset();
    m_settings.reset();
    m_dir.reset();
}

std::optional<ProfileChange>
TestProfileWithSecrets::run(const std::function<void(const ProfileWithSecrets::Done &done)> &operation)
{
    int answers = 0;
    ProfileChange change;
    operation([&](const ProfileChange &answer) {
        ++answers;
        change = answer;
    });
    if (answers != 0 || !QTest::qWaitFor([&answers] { return answers > 0; }, 5000))
        return std::nullopt;
    QCoreApplication::processEvents(); // a second answer would come now
    return answers == 1 ? std::optional(change) : std::nullopt;
}

std::optional<QByteArray> TestProfileWithSecrets::stored(const QString &key)
{
    std::optional<Credentials::SecretResult> answer;
    m_secrets->read(key, [&answer](const Credentials::SecretResult &result) { answer = result; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 5000) || !answer->ok())
        return std::nullopt;
    return answer->value;
}

void TestProfileWithSecrets::renameMovesEveryEntry()
{
    const auto change =
        run([this](auto done) { ProfileWithSecrets::rename(m_profiles.get(), m_secrets.get(), Acme, NewName, done); });
    QVERIFY(change);
    QVERIFY(change->done);
    QVERIFY2(change->error.isEmpty(), qPrintable(change->error));

    QCOMPARE(m_profiles->names(),
             (QStringList{QStringLiteral("acme-new"), QStringLiteral("bare"), QStringLiteral("other")}));
    Profile renamed = makeProfile(Acme);
    renamed.name = NewName;
    QCOMPARE(*m_profiles->load(NewName), renamed);
    QCOMPARE(m_profiles->webhookIds(NewName), WebhookIds);
    QCOMPARE(m_profiles->lastUsed(), NewName);
    const QStringList oldKeys = acmeKeys(Acme);
    const QStringList newKeys = acmeKeys(NewName);
    for (qsizetype i = 0; i < oldKeys.size(); ++i) {
        QVERIFY2(stored(newKeys.at(i)) == valueOf(oldKeys.at(i)), qPrintable(newKeys.at(i)));
        QVERIFY2(!stored(oldKeys.at(i)), qPrintable(oldKeys.at(i)));
    }
    QVERIFY(stored(StorageLocations::clientSecretKey(QStringLiteral("other"))) == "secret of other");
}

void TestProfileWithSecrets::renameWithoutEntriesMovesTheSettings()
{
    const QString name = QStringLiteral("bare");
    const auto change = run([this, name](auto done) {
        ProfileWithSecrets::rename(m_profiles.get(), m_secrets.get(), name, QStringLiteral("bare-2"), done);
    });
    QVERIFY(change && change->done);
    QVERIFY2(change->error.isEmpty(), qPrintable(change->error));
    QVERIFY(m_profiles->names().contains(QStringLiteral("bare-2")));
    QVERIFY(!m_profiles->names().contains(name));
    for (const QString &call : std::as_const(m_secrets->calls))
        QVERIFY2(call.startsWith(QLatin1String("read ")), qPrintable(call)); // nothing written, nothing removed
}

void TestProfileWithSecrets::renameKeepsTheOldNameWhenAWriteFails()
{
    // The two keys go through; the first webhook secret does not.
    m_secrets->failOn(Call::Write, StorageLocations::webhookSecretKey(NewName, WebhookIds.first()), Status::Failed);
    const auto change =
        run([this](auto done) { ProfileWithSecrets::rename(m_profiles.get(), m_secrets.get(), Acme, NewName, done); });
    QVERIFY(change);
    QVERIFY(!change->done);
    QCOMPARE(change->error, QStringLiteral("The keys of profile acme could not be saved under the name acme-new, so it "
                                           "keeps its old name and keys: The test's keychain said no to "
                                           "profiles/acme-new/webhooks/hook-1."));

    QVERIFY(m_profiles->names().contains(Acme));
    QVERIFY(!m_profiles->names().contains(NewName));
    QCOMPARE(m_profiles->webhookIds(Acme), WebhookIds);
    QCOMPARE(m_profiles->lastUsed(), Acme);
    for (const QString &key : acmeKeys(Acme))
        QVERIFY2(stored(key) == valueOf(key), qPrintable(key));
    for (const QString &key : acmeKeys(NewName))
        QVERIFY2(!stored(key), qPrintable(key)); // what was written under the new name is gone again
}

void TestProfileWithSecrets::renameChangesNothingWhenTheKeychainRefusesToRead()
{
    m_secrets->failOn(Call::Read, StorageLocations::subscriptionKeyKey(Acme), Status::Denied);
    const auto change =
        run([this](auto done) { ProfileWithSecrets::rename(m_profiles.get(), m_secrets.get(), Acme, NewName, done); });
    QVERIFY(change);
    QVERIFY(!change->done);
    QVERIFY2(change->error.startsWith(QLatin1String("The keys of profile acme could not be read from the keychain, "
                                                    "so it keeps its name: The test's keychain said no")),
             qPrintable(change->error));
    for (const QString &call : std::as_const(m_secrets->calls))
        QVERIFY2(call.startsWith(QLatin1String("read ")), qPrintable(call));
    QVERIFY(m_profiles->names().contains(Acme));
    QVERIFY(!m_profiles->names().contains(NewName));
}

void TestProfileWithSecrets::renameSaysWhenOldCopiesStay()
{
    m_secrets->failOn(Call::Remove, QStringLiteral("profiles/acme/"), Status::Failed);
    const auto change =
        run([this](auto done) { ProfileWithSecrets::rename(m_profiles.get(), m_secrets.get(), Acme, NewName, done); });
    QVERIFY(change);
    QVERIFY(change->done); // renamed, keys and all
    QVERIFY2(change->error.startsWith(QLatin1String("Profile acme is now acme-new with its keys, but the keychain "
                                                    "still holds them under the old name too:")),
             qPrintable(change->error));
    QVERIFY(m_profiles->names().contains(NewName));
    for (const QString &key : acmeKeys(NewName))
        QVERIFY2(stored(key), qPrintable(key));
}

void TestProfileWithSecrets::renameToATakenNameTouchesNothing()
{
    const auto change = run([this](auto done) {
        ProfileWithSecrets::rename(m_profiles.get(), m_secrets.get(), Acme, QStringLiteral("other"), done);
    });
    QVERIFY(change);
    QVERIFY(!change->done);
    QVERIFY(!change->error.isEmpty());
    QVERIFY(m_secrets->calls.isEmpty());
    QVERIFY(stored(StorageLocations::clientSecretKey(QStringLiteral("other"))) == "secret of other");
    QVERIFY(stored(StorageLocations::clientSecretKey(Acme)) == valueOf(StorageLocations::clientSecretKey(Acme)));
}

// Where a keychain ignores case, the new entries are the old ones: removing "the old" would lose them.
void TestProfileWithSecrets::renameOfCaseAloneRemovesNothing()
{
    const QString upper = QStringLiteral("ACME");
    const auto change = run(
        [this, upper](auto done) { ProfileWithSecrets::rename(m_profiles.get(), m_secrets.get(), Acme, upper, done); });
    QVERIFY(change && change->done);
    QVERIFY(m_profiles->names().contains(upper));
    for (const QString &call : std::as_const(m_secrets->calls))
        QVERIFY2(!call.startsWith(QLatin1String("remove ")), qPrintable(call));
    for (const QString &key : acmeKeys(upper))
        QVERIFY2(stored(key), qPrintable(key));
}

void TestProfileWithSecrets::removeDeletesTheSettingsAndEveryEntry()
{
    const auto change =
        run([this](auto done) { ProfileWithSecrets::remove(m_profiles.get(), m_secrets.get(), Acme, done); });
    QVERIFY(change);
    QVERIFY(change->done);
    QVERIFY2(change->error.isEmpty(), qPrintable(change->error));
    QCOMPARE(m_profiles->names(), (QStringList{QStringLiteral("bare"), QStringLiteral("other")}));
    QVERIFY(m_profiles->lastUsed().isEmpty());
    for (const QString &key : acmeKeys(Acme))
        QVERIFY2(!stored(key), qPrintable(key));
    QVERIFY(stored(StorageLocations::clientSecretKey(QStringLiteral("other"))) == "secret of other");
}

void TestProfileWithSecrets::removeWithoutEntriesDeletesTheSettings()
{
    const auto change = run([this](auto done) {
        ProfileWithSecrets::remove(m_profiles.get(), m_secrets.get(), QStringLiteral("bare"), done);
    });
    QVERIFY(change && change->done);
    QVERIFY(!m_profiles->names().contains(QStringLiteral("bare")));
    for (const QString &call : std::as_const(m_secrets->calls))
        QVERIFY2(call.startsWith(QLatin1String("read ")), qPrintable(call));
}

void TestProfileWithSecrets::removeKeepsTheProfileWhenTheKeychainRefuses()
{
    m_secrets->failOn(Call::Remove, StorageLocations::subscriptionKeyKey(Acme), Status::Denied);
    const auto change =
        run([this](auto done) { ProfileWithSecrets::remove(m_profiles.get(), m_secrets.get(), Acme, done); });
    QVERIFY(change);
    QVERIFY(!change->done);
    QCOMPARE(change->error, QStringLiteral("The keychain did not remove the keys of profile acme, so it is not "
                                           "deleted: The test's keychain said no to profiles/acme/subscription_key."));
    QVERIFY(m_profiles->names().contains(Acme));
    QCOMPARE(m_profiles->webhookIds(Acme), WebhookIds);
    QVERIFY(stored(StorageLocations::subscriptionKeyKey(Acme)));
}

void TestProfileWithSecrets::removeOfAnUnknownProfile()
{
    const auto change = run([this](auto done) {
        ProfileWithSecrets::remove(m_profiles.get(), m_secrets.get(), QStringLiteral("nobody"), done);
    });
    QVERIFY(change);
    QVERIFY(!change->done);
    QCOMPARE(change->error, QStringLiteral("There is no profile nobody to delete."));
    QVERIFY(m_secrets->calls.isEmpty());
    QCOMPARE(m_profiles->names().size(), 3);
}

void TestProfileWithSecrets::writeKeysStoresBoth()
{
    std::optional<QString> error;
    ProfileWithSecrets::writeKeys(m_secrets.get(), QStringLiteral("bare"), "bare client secret", "bare key",
                                  [&error](const QString &answer) { error = answer; });
    QVERIFY(!error); // later, from the event loop
    QTRY_VERIFY(error);
    QCOMPARE(*error, QString());
    QCOMPARE(m_secrets->calls, (QStringList{QStringLiteral("write profiles/bare/client_secret"),
                                            QStringLiteral("write profiles/bare/subscription_key")}));
    QVERIFY(stored(StorageLocations::clientSecretKey(QStringLiteral("bare"))) == "bare client secret");
    QVERIFY(stored(StorageLocations::subscriptionKeyKey(QStringLiteral("bare"))) == "bare key");
}

void TestProfileWithSecrets::writeKeysSaysWhichWasRefused()
{
    m_secrets->failOn(Call::Write, StorageLocations::clientSecretKey(Acme), Status::Denied);
    std::optional<QString> error;
    ProfileWithSecrets::writeKeys(m_secrets.get(), Acme, "new client secret", "new key",
                                  [&error](const QString &answer) { error = answer; });
    QTRY_VERIFY(error);
    QCOMPARE(*error, QStringLiteral("The test's keychain said no to profiles/acme/client_secret."));
    QCOMPARE(m_secrets->calls, QStringList{QStringLiteral("write profiles/acme/client_secret")}); // no further
    QVERIFY(stored(StorageLocations::subscriptionKeyKey(Acme)) == valueOf(StorageLocations::subscriptionKeyKey(Acme)));
}

QTEST_GUILESS_MAIN(TestProfileWithSecrets)
#include "tst_profilewithsecrets.moc"
