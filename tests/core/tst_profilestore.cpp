// SPDX-License-Identifier: MIT
#include "credentials/profilestore.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using Credentials::Environment;
using Credentials::Profile;
using Credentials::ProfileStore;

Q_DECLARE_METATYPE(Credentials::Profile)

namespace {

Profile makeProfile(const QString &name, Environment environment = Environment::Simulator)
{
    Profile profile;
    profile.name = name;
    profile.environment = environment;
    if (environment == Environment::Simulator || environment == Environment::Custom)
        profile.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080"));
    profile.clientId = QStringLiteral("client-") + name;
    profile.merchantSerialNumber = QStringLiteral("123456");
    return profile;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The keys of an INI file as QSettings names them ("section/key", "General" for the top level).
QSet<QString> iniKeys(const QByteArray &text)
{
    QSet<QString> keys;
    QString section;
    for (const QByteArray &rawLine : text.split('\n')) {
        const QString line = QString::fromUtf8(rawLine).trimmed();
        if (line.isEmpty())
            continue;
        if (line.startsWith(QLatin1Char('['))) {
            section = line.mid(1, line.size() - 2);
            continue;
        }
        QString key = line.left(line.indexOf(QLatin1Char('='))).trimmed();
        key.replace(QLatin1Char('\\'), QLatin1Char('/'));
        keys.insert(section == QLatin1String("General") ? key : section + QLatin1Char('/') + key);
    }
    return keys;
}

QSet<QString> profileKeys(const QString &name, bool withWebhooks)
{
    QSet<QString> keys;
    const QStringList fields{QStringLiteral("environment"),       QStringLiteral("baseUrl"),
                             QStringLiteral("clientId"),          QStringLiteral("merchantSerialNumber"),
                             QStringLiteral("system/name"),       QStringLiteral("system/version"),
                             QStringLiteral("system/pluginName"), QStringLiteral("system/pluginVersion"),
                             QStringLiteral("partnerMode")};
    for (const QString &field : fields)
        keys.insert(QStringLiteral("profiles/") + name + QLatin1Char('/') + field);
    if (withWebhooks)
        keys.insert(QStringLiteral("profiles/") + name + QStringLiteral("/webhookIds"));
    return keys;
}

} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void roundTrip_data();
    void roundTrip();
    void survivesReopening();
    void saveRefusesInvalidProfile();
    void saveOverwrites();
    void namesAreSorted();
    void loadMissingOrBadName_data();
    void loadMissingOrBadName();
    void loadRefusesUnknownEnvironment();
    void missingSystemKeysGetDefaults();
    void renameMovesEverything();
    void renameCaseOnly();
    void renameRefuses_data();
    void renameRefuses();
    void removeClearsGroup();
    void removeMissing();
    void lastUsed();
    void webhookIds();
    void webhookIdsOnlyForExistingProfiles();
    void webhookIdWithComma();
    void fileHoldsOnlyProfileFields();
    void forwardToPerProfile();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_store;

    QString iniPath() const { return m_dir->filePath(QStringLiteral("settings.ini")); }
    void reopen();
};

void TestProfileStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    reopen();
}

void TestProfileStore::cleanup()
{
    m_store.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestProfileStore::reopen()
{
    m_store.reset();
    m_settings.reset();
    m_settings = std::make_unique<QSettings>(iniPath(), QSettings::IniFormat);
    m_store = std::make_unique<ProfileStore>(m_settings.get());
}

void TestProfileStore::roundTrip_data()
{
    QTest::addColumn<Profile>("profile");

    QTest::newRow("simulator") << makeProfile(QStringLiteral("local"));

    Profile partner = makeProfile(QStringLiteral("partner"), Environment::Test);
    partner.merchantSerialNumber.clear();
    partner.partnerMode = true;
    QTest::newRow("test, partner mode, no msn") << partner;

    Profile custom = makeProfile(QStringLiteral("proxy"), Environment::Custom);
    custom.baseUrl = QUrl(QStringLiteral("https://proxy.example.com:8443/vipps/api?x=1"));
    QTest::newRow("custom url with port, path and query") << custom;

    Profile system = makeProfile(QStringLiteral("shop"), Environment::Production);
    system.system = {QStringLiteral("acme"), QString(), QStringLiteral("acme-webshop, v2"), QString(30, u'9')};
    QTest::newRow("production, own system values, some empty") << system;

    Profile unicode = makeProfile(QStringLiteral("Bjørn's test (MT)"), Environment::Test);
    unicode.clientId = QStringLiteral("ÆØÅ=;#[x]");
    QTest::newRow("unicode and ini punctuation") << unicode;
}

void TestProfileStore::roundTrip()
{
    QFETCH(Profile, profile);
    Base::FieldErrors errors;
    QVERIFY(m_store->save(profile, &errors));
    QVERIFY(errors.isEmpty());
    QCOMPARE(m_store->names(), QStringList{profile.name});
    const std::optional<Profile> loaded = m_store->load(profile.name);
    QVERIFY(loaded.has_value());
    QCOMPARE(*loaded, profile);
}

void TestProfileStore::survivesReopening()
{
    Profile profile = makeProfile(QStringLiteral("main"), Environment::Custom);
    profile.system.name = QStringLiteral("acme");
    QVERIFY(m_store->save(profile));
    m_store->addWebhookId(profile.name, QStringLiteral("wh-1"));
    m_store->setLastUsed(profile.name);
    reopen();
    QCOMPARE(m_store->load(profile.name), std::optional<Profile>(profile));
    QCOMPARE(m_store->webhookIds(profile.name), QStringList{QStringLiteral("wh-1")});
    QCOMPARE(m_store->lastUsed(), profile.name);
}

void TestProfileStore::saveRefusesInvalidProfile()
{
    Profile profile = makeProfile(QStringLiteral("bad"));
    profile.merchantSerialNumber = QStringLiteral("12");
    Base::FieldErrors errors;
    QVERIFY(!m_store->save(profile, &errors));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().field, QStringLiteral("merchantSerialNumber"));
    QVERIFY(m_store->names().isEmpty());
    QVERIFY(!m_store->load(profile.name).has_value());
    QVERIFY(!m_store->save(profile)); // no error list wanted
    QVERIFY(m_settings->allKeys().isEmpty());
}

void TestProfileStore::saveOverwrites()
{
    Profile profile = makeProfile(QStringLiteral("main"));
    QVERIFY(m_store->save(profile));
    m_store->addWebhookId(profile.name, QStringLiteral("wh-1"));
    profile.environment = Environment::Test;
    profile.baseUrl = QUrl();
    profile.partnerMode = true;
    QVERIFY(m_store->save(profile));
    QCOMPARE(m_store->load(profile.name), std::optional<Profile>(profile));
    QCOMPARE(m_store->names().size(), 1);
    QCOMPARE(m_store->webhookIds(profile.name), QStringList{QStringLiteral("wh-1")});
}

void TestProfileStore::namesAreSorted()
{
    for (const char *name : {"beta", "Alpha", "gamma", "alpha 2", "Beta"})
        QVERIFY(m_store->save(makeProfile(QString::fromLatin1(name))));
    const QStringList expected{QStringLiteral("Alpha"), QStringLiteral("alpha 2"), QStringLiteral("Beta"),
                               QStringLiteral("beta"), QStringLiteral("gamma")};
    QCOMPARE(m_store->names(), expected);
}

void TestProfileStore::loadMissingOrBadName_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("never saved") << QStringLiteral("other");
    QTest::newRow("empty") << QString();
    QTest::newRow("path into the saved profile") << QStringLiteral("main/system");
    QTest::newRow("backslash path") << QStringLiteral("main\\system");
}

void TestProfileStore::loadMissingOrBadName()
{
    QFETCH(QString, name);
    QVERIFY(m_store->save(makeProfile(QStringLiteral("main"))));
    QVERIFY(!m_store->load(name).has_value());
    QVERIFY(!m_store->remove(name));
    QVERIFY(m_store->webhookIds(name).isEmpty());
    QVERIFY(m_store->load(QStringLiteral("main")).has_value());
}

void TestProfileStore::loadRefusesUnknownEnvironment()
{
    QVERIFY(m_store->save(makeProfile(QStringLiteral("main"))));
    m_settings->setValue(QStringLiteral("profiles/main/environment"), QStringLiteral("staging"));
    QVERIFY(!m_store->load(QStringLiteral("main")).has_value());
}

void TestProfileStore::missingSystemKeysGetDefaults()
{
    const Profile profile = makeProfile(QStringLiteral("main"));
    QVERIFY(m_store->save(profile));
    m_settings->remove(QStringLiteral("profiles/main/system"));
    const std::optional<Profile> loaded = m_store->load(profile.name);
    QVERIFY(loaded.has_value());
    QCOMPARE(loaded->system, Credentials::SystemInfo::defaults());
}

void TestProfileStore::renameMovesEverything()
{
    Profile profile = makeProfile(QStringLiteral("old"), Environment::Custom);
    profile.system.pluginName = QStringLiteral("plugin");
    QVERIFY(m_store->save(profile));
    QVERIFY(m_store->save(makeProfile(QStringLiteral("other"))));
    m_store->addWebhookId(profile.name, QStringLiteral("wh-1"));
    m_store->addWebhookId(profile.name, QStringLiteral("wh-2"));
    m_store->setLastUsed(profile.name);

    QVERIFY(m_store->rename(QStringLiteral("old"), QStringLiteral("new")));

    QCOMPARE(m_store->names(), (QStringList{QStringLiteral("new"), QStringLiteral("other")}));
    profile.name = QStringLiteral("new");
    QCOMPARE(m_store->load(QStringLiteral("new")), std::optional<Profile>(profile));
    QVERIFY(!m_store->load(QStringLiteral("old")).has_value());
    QCOMPARE(m_store->webhookIds(QStringLiteral("new")), (QStringList{QStringLiteral("wh-1"), QStringLiteral("wh-2")}));
    QVERIFY(m_store->webhookIds(QStringLiteral("old")).isEmpty());
    QCOMPARE(m_store->lastUsed(), QStringLiteral("new"));
    QCOMPARE(m_settings->allKeys().filter(QStringLiteral("profiles/old/")), QStringList());
}

void TestProfileStore::renameCaseOnly()
{
    Profile profile = makeProfile(QStringLiteral("Main"));
    QVERIFY(m_store->save(profile));
    m_store->addWebhookId(profile.name, QStringLiteral("wh-1"));
    QVERIFY(m_store->rename(QStringLiteral("Main"), QStringLiteral("main")));
    reopen();
    profile.name = QStringLiteral("main");
    QCOMPARE(m_store->names(), QStringList{profile.name});
    QCOMPARE(m_store->load(profile.name), std::optional<Profile>(profile));
    QCOMPARE(m_store->webhookIds(profile.name), QStringList{QStringLiteral("wh-1")});
}

void TestProfileStore::renameRefuses_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::newRow("source missing") << QStringLiteral("missing") << QStringLiteral("new");
    QTest::newRow("target exists") << QStringLiteral("a") << QStringLiteral("b");
    QTest::newRow("target empty") << QStringLiteral("a") << QString();
    QTest::newRow("target with slash") << QStringLiteral("a") << QStringLiteral("x/y");
    QTest::newRow("target with backslash") << QStringLiteral("a") << QStringLiteral("x\\y");
}

void TestProfileStore::renameRefuses()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    const Profile a = makeProfile(QStringLiteral("a"));
    const Profile b = makeProfile(QStringLiteral("b"), Environment::Test);
    QVERIFY(m_store->save(a));
    QVERIFY(m_store->save(b));
    m_store->setLastUsed(QStringLiteral("a"));
    QVERIFY(!m_store->rename(from, to));
    QCOMPARE(m_store->names(), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(m_store->load(QStringLiteral("a")), std::optional<Profile>(a));
    QCOMPARE(m_store->load(QStringLiteral("b")), std::optional<Profile>(b));
    QCOMPARE(m_store->lastUsed(), QStringLiteral("a"));
}

void TestProfileStore::removeClearsGroup()
{
    QVERIFY(m_store->save(makeProfile(QStringLiteral("gone"))));
    QVERIFY(m_store->save(makeProfile(QStringLiteral("kept"))));
    m_store->addWebhookId(QStringLiteral("gone"), QStringLiteral("wh-1"));
    m_store->setLastUsed(QStringLiteral("gone"));

    QVERIFY(m_store->remove(QStringLiteral("gone")));

    QCOMPARE(m_store->names(), QStringList{QStringLiteral("kept")});
    QCOMPARE(m_settings->allKeys().filter(QStringLiteral("profiles/gone")), QStringList());
    QVERIFY(m_store->lastUsed().isEmpty());
    QVERIFY(m_store->webhookIds(QStringLiteral("gone")).isEmpty());

    m_store->setLastUsed(QStringLiteral("kept"));
    QVERIFY(m_store->save(makeProfile(QStringLiteral("third"))));
    QVERIFY(m_store->remove(QStringLiteral("third")));
    QCOMPARE(m_store->lastUsed(), QStringLiteral("kept"));
}

void TestProfileStore::removeMissing()
{
    QVERIFY(!m_store->remove(QStringLiteral("missing")));
    QVERIFY(m_store->names().isEmpty());
}

void TestProfileStore::lastUsed()
{
    QVERIFY(m_store->lastUsed().isEmpty());
    m_store->setLastUsed(QStringLiteral("main"));
    QCOMPARE(m_store->lastUsed(), QStringLiteral("main"));
    m_store->setLastUsed(QString());
    QVERIFY(m_store->lastUsed().isEmpty());
    QVERIFY(!m_settings->contains(QStringLiteral("lastProfile")));
}

void TestProfileStore::webhookIds()
{
    const QString main = QStringLiteral("main");
    QVERIFY(m_store->save(makeProfile(main)));
    QVERIFY(m_store->webhookIds(main).isEmpty());

    m_store->addWebhookId(main, QStringLiteral("wh-1"));
    m_store->addWebhookId(main, QStringLiteral("wh-2"));
    m_store->addWebhookId(main, QStringLiteral("wh-1"));
    m_store->addWebhookId(main, QString());
    QCOMPARE(m_store->webhookIds(main), (QStringList{QStringLiteral("wh-1"), QStringLiteral("wh-2")}));

    m_store->removeWebhookId(main, QStringLiteral("missing"));
    m_store->removeWebhookId(main, QStringLiteral("wh-1"));
    QCOMPARE(m_store->webhookIds(main), QStringList{QStringLiteral("wh-2")});

    m_store->removeWebhookId(main, QStringLiteral("wh-2"));
    QVERIFY(m_store->webhookIds(main).isEmpty());
    QVERIFY(!m_settings->contains(QStringLiteral("profiles/main/webhookIds")));
    QVERIFY(m_store->load(main).has_value());
}

void TestProfileStore::webhookIdsOnlyForExistingProfiles()
{
    m_store->addWebhookId(QStringLiteral("missing"), QStringLiteral("wh-1"));
    QVERIFY(m_store->webhookIds(QStringLiteral("missing")).isEmpty());
    QVERIFY(m_store->names().isEmpty());
    QVERIFY(m_settings->allKeys().isEmpty());
}

void TestProfileStore::webhookIdWithComma()
{
    const QString main = QStringLiteral("main");
    QVERIFY(m_store->save(makeProfile(main)));
    m_store->addWebhookId(main, QStringLiteral("a,b"));
    reopen();
    QCOMPARE(m_store->webhookIds(main), QStringList{QStringLiteral("a,b")});
    m_store->addWebhookId(main, QStringLiteral("c"));
    reopen();
    QCOMPARE(m_store->webhookIds(main), (QStringList{QStringLiteral("a,b"), QStringLiteral("c")}));
}

// Profile has no secret fields, so nothing secret can reach the file; this pins that down: the file
// holds exactly the documented keys and none that looks like a secret.
void TestProfileStore::fileHoldsOnlyProfileFields()
{
    Profile main = makeProfile(QStringLiteral("main"), Environment::Production);
    Profile local = makeProfile(QStringLiteral("local"));
    QVERIFY(m_store->save(main));
    QVERIFY(m_store->save(local));
    m_store->addWebhookId(main.name, QStringLiteral("0b5f1c2e-6a0e-4e0a-9c4b-2f1d3a5b7c9d"));
    m_store->setLastUsed(main.name);
    m_settings->sync();

    const QByteArray text = readFile(iniPath());
    QVERIFY2(text.contains(main.clientId.toUtf8()), text.constData());

    const QSet<QString> expected =
        profileKeys(main.name, true) | profileKeys(local.name, false) | QSet<QString>{QStringLiteral("lastProfile")};
    QCOMPARE(iniKeys(text), expected);
    const QStringList settingsKeys = m_settings->allKeys();
    QCOMPARE(QSet<QString>(settingsKeys.cbegin(), settingsKeys.cend()), expected);

    static const QRegularExpression secretWords(QStringLiteral("secret|password|token|subscription|bearer"),
                                                QRegularExpression::CaseInsensitiveOption);
    QVERIFY2(!secretWords.match(QString::fromUtf8(text)).hasMatch(), text.constData());
}

// The app's "Forward to" routes: kept per profile across reopening, untouched by saving the profile's fields, taken
// along by a rename, gone with the profile; an empty list removes the key.
void TestProfileStore::forwardToPerProfile()
{
    const Profile main = makeProfile(QStringLiteral("main"));
    const Profile other = makeProfile(QStringLiteral("other"));
    QVERIFY(m_store->save(main));
    QVERIFY(m_store->save(other));
    const QStringList routes{QStringLiteral("http://localhost:3000/hooks"),
                             QStringLiteral("epayments.payment.captured.v1=http://127.0.0.1:4000/captured")};
    QVERIFY(m_store->setForwardTo(main.name, routes));
    QVERIFY(!m_store->setForwardTo(QStringLiteral("missing"), routes));
    QVERIFY(!m_store->names().contains(QStringLiteral("missing")));
    reopen();
    QCOMPARE(m_store->forwardTo(main.name), routes);
    QVERIFY(m_store->forwardTo(other.name).isEmpty());

    QVERIFY(m_store->save(main)); // the editor saves the fields it shows
    QCOMPARE(m_store->forwardTo(main.name), routes);
    QVERIFY(m_store->rename(main.name, QStringLiteral("renamed")));
    QCOMPARE(m_store->forwardTo(QStringLiteral("renamed")), routes);
    QVERIFY(m_store->forwardTo(main.name).isEmpty());

    QVERIFY(m_store->setForwardTo(QStringLiteral("renamed"), {}));
    QVERIFY(m_store->forwardTo(QStringLiteral("renamed")).isEmpty());
    QVERIFY(!m_settings->allKeys().contains(QStringLiteral("profiles/renamed/forwardTo")));
    QVERIFY(m_store->setForwardTo(QStringLiteral("renamed"), routes));
    QVERIFY(m_store->remove(QStringLiteral("renamed")));
    QVERIFY(m_store->forwardTo(QStringLiteral("renamed")).isEmpty());
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
