// SPDX-License-Identifier: MIT
// The default simulator profile: its fields, when it is added to a profile store, and that the public demo keys
// never reach the settings (when they stand in: tst_secretresolver).
#include "credentials/profilestore.h"
#include "sim/localsimulator.h"
#include "sim/simcredentials.h"
#include "sim/simulatorprofile.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using Credentials::Environment;
using Credentials::Profile;
using Credentials::ProfileStore;
using Sim::SimulatorProfile;

namespace {

Profile otherProfile(const QString &name)
{
    Profile profile;
    profile.name = name;
    profile.environment = Environment::Test;
    profile.clientId = QStringLiteral("client-") + name;
    profile.merchantSerialNumber = QStringLiteral("654321");
    return profile;
}

} // namespace

class TestSimulatorProfile : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void fields();
    void otherPort();
    void validates();
    void ensureDefaultOnEmptyStoreAddsItOnce();
    void ensureDefaultLeavesOtherProfilesAlone();
    void onlyChoice_data();
    void onlyChoice();
    void demoSecretsNeverReachTheSettings();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_store;

    QString iniPath() const { return m_dir->filePath(QStringLiteral("profiles.ini")); }
};

void TestSimulatorProfile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(iniPath(), QSettings::IniFormat);
    m_store = std::make_unique<ProfileStore>(m_settings.get());
}

void TestSimulatorProfile::cleanup()
{
    m_store.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestSimulatorProfile::fields()
{
    const Profile profile = SimulatorProfile::defaultProfile();
    QCOMPARE(SimulatorProfile::name(), QStringLiteral("simulator"));
    QCOMPARE(profile.name, QStringLiteral("simulator"));
    QCOMPARE(profile.environment, Environment::Simulator);
    QCOMPARE(profile.baseUrl, QUrl(QStringLiteral("http://127.0.0.1:8079")));
    QCOMPARE(profile.effectiveBaseUrl(), profile.baseUrl);
    QCOMPARE(profile.baseUrl.port(), int(Sim::SimulatorOptions::DefaultPort));
    QCOMPARE(profile.clientId, Sim::SimCredentials().clientId);
    QCOMPARE(profile.merchantSerialNumber, Sim::SimCredentials().merchantSerialNumber);
    QCOMPARE(profile.partnerMode, false);
    QCOMPARE(profile.system, Credentials::SystemInfo::defaults());
}

void TestSimulatorProfile::otherPort()
{
    const Profile profile = SimulatorProfile::profile(18079);
    QCOMPARE(profile.baseUrl, QUrl(QStringLiteral("http://127.0.0.1:18079")));
    QCOMPARE(profile.name, SimulatorProfile::name());
}

void TestSimulatorProfile::validates()
{
    const Base::FieldErrors errors = SimulatorProfile::defaultProfile().validate();
    QVERIFY2(errors.isEmpty(), qPrintable(errors.isEmpty() ? QString() : errors.first().message));
}

void TestSimulatorProfile::ensureDefaultOnEmptyStoreAddsItOnce()
{
    QVERIFY(SimulatorProfile::ensureDefault(*m_store));
    QCOMPARE(m_store->names(), QStringList{SimulatorProfile::name()});
    QCOMPARE(m_store->load(SimulatorProfile::name()), std::optional<Profile>(SimulatorProfile::defaultProfile()));

    QVERIFY(!SimulatorProfile::ensureDefault(*m_store));
    QCOMPARE(m_store->names(), QStringList{SimulatorProfile::name()});
}

void TestSimulatorProfile::ensureDefaultLeavesOtherProfilesAlone()
{
    QVERIFY(m_store->save(otherProfile(QStringLiteral("staging"))));
    QVERIFY(!SimulatorProfile::ensureDefault(*m_store));
    QCOMPARE(m_store->names(), QStringList{QStringLiteral("staging")});
}

void TestSimulatorProfile::onlyChoice_data()
{
    QTest::addColumn<QStringList>("others");
    QTest::addColumn<bool>("withSimulator");
    QTest::addColumn<bool>("expected");
    QTest::newRow("empty store") << QStringList() << false << true;
    QTest::newRow("only the simulator profile") << QStringList() << true << true;
    QTest::newRow("another profile") << QStringList{QStringLiteral("staging")} << false << false;
    QTest::newRow("the simulator and another profile") << QStringList{QStringLiteral("staging")} << true << false;
    QTest::newRow("a profile named like it in another case")
        << QStringList{QStringLiteral("Simulator")} << false << false;
}

void TestSimulatorProfile::onlyChoice()
{
    QFETCH(QStringList, others);
    QFETCH(bool, withSimulator);
    QFETCH(bool, expected);
    for (const QString &name : others)
        QVERIFY(m_store->save(otherProfile(name)));
    if (withSimulator)
        QVERIFY(m_store->save(SimulatorProfile::profile(18079)));
    QCOMPARE(SimulatorProfile::isOnlyChoice(*m_store), expected);
}

void TestSimulatorProfile::demoSecretsNeverReachTheSettings()
{
    QVERIFY(SimulatorProfile::ensureDefault(*m_store));
    m_settings->sync();
    QFile file(iniPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("simulator"));
    const Sim::SimCredentials demo;
    QVERIFY(!text.contains(demo.clientSecret.toUtf8()));
    QVERIFY(!text.contains(demo.subscriptionKey.toUtf8()));
}

QTEST_GUILESS_MAIN(TestSimulatorProfile)
#include "tst_simulatorprofile.moc"
