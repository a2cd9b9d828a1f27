// SPDX-License-Identifier: MIT
#include "credentials/environment.h"
#include "credentials/profile.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using Credentials::Environment;
using Credentials::Profile;
using Credentials::SystemInfo;

Q_DECLARE_METATYPE(Credentials::Profile)
Q_DECLARE_METATYPE(Credentials::Environment)

namespace {

Profile validProfile()
{
    Profile profile;
    profile.name = QStringLiteral("main");
    profile.environment = Environment::Simulator;
    profile.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080"));
    profile.clientId = QStringLiteral("fb492b5e-7907-4d83-ba20-c7fb60ca35de");
    profile.merchantSerialNumber = QStringLiteral("123456");
    return profile;
}

Profile withName(const QString &name)
{
    Profile profile = validProfile();
    profile.name = name;
    return profile;
}

Profile withUrl(Environment environment, const QUrl &url)
{
    Profile profile = validProfile();
    profile.environment = environment;
    profile.baseUrl = url;
    return profile;
}

Profile withClientId(const QString &clientId)
{
    Profile profile = validProfile();
    profile.clientId = clientId;
    return profile;
}

Profile withMsn(const QString &msn, bool partnerMode = false)
{
    Profile profile = validProfile();
    profile.merchantSerialNumber = msn;
    profile.partnerMode = partnerMode;
    return profile;
}

Profile withSystemValue(QString SystemInfo::*member, int length)
{
    Profile profile = validProfile();
    profile.system.*member = QString(length, QLatin1Char('x'));
    return profile;
}

QStringList fieldsOf(const Base::FieldErrors &errors)
{
    QStringList fields;
    for (const Base::FieldError &error : errors)
        fields.append(error.field);
    return fields;
}

// Marks every text of one context, to show the messages go through the translation system.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (QLatin1String(context) != QLatin1String("Credentials::Profile"))
            return QString();
        return QStringLiteral("[translated] ") + QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestProfile : public QObject
{
    Q_OBJECT

private slots:
    void environmentNames_data();
    void environmentNames();
    void unknownEnvironmentName();
    void fixedBaseUrls();
    void systemDefaults();
    void effectiveBaseUrl_data();
    void effectiveBaseUrl();
    void validate_data();
    void validate();
    void messagesSayWhatToDo();
    void messagesAreTranslatable();
};

void TestProfile::environmentNames_data()
{
    QTest::addColumn<Environment>("environment");
    QTest::addColumn<QString>("name");
    QTest::newRow("simulator") << Environment::Simulator << QStringLiteral("simulator");
    QTest::newRow("test") << Environment::Test << QStringLiteral("test");
    QTest::newRow("production") << Environment::Production << QStringLiteral("production");
    QTest::newRow("custom") << Environment::Custom << QStringLiteral("custom");
}

void TestProfile::environmentNames()
{
    QFETCH(Environment, environment);
    QFETCH(QString, name);
    QCOMPARE(Credentials::environmentName(environment), name);
    Environment parsed = environment == Environment::Custom ? Environment::Test : Environment::Custom;
    QVERIFY(Credentials::environmentFromName(name, &parsed));
    QCOMPARE(parsed, environment);
}

void TestProfile::unknownEnvironmentName()
{
    Environment parsed = Environment::Test;
    QVERIFY(!Credentials::environmentFromName(QStringLiteral("Production"), &parsed));
    QVERIFY(!Credentials::environmentFromName(QStringLiteral("prod"), &parsed));
    QVERIFY(!Credentials::environmentFromName(QString(), &parsed));
    QCOMPARE(parsed, Environment::Test);
}

void TestProfile::fixedBaseUrls()
{
    QCOMPARE(Credentials::fixedBaseUrl(Environment::Test), QUrl(QStringLiteral("https://apitest.vipps.no")));
    QCOMPARE(Credentials::fixedBaseUrl(Environment::Production), QUrl(QStringLiteral("https://api.vipps.no")));
    QVERIFY(Credentials::fixedBaseUrl(Environment::Simulator).isEmpty());
    QVERIFY(Credentials::fixedBaseUrl(Environment::Custom).isEmpty());
}

void TestProfile::systemDefaults()
{
    const SystemInfo defaults = SystemInfo::defaults();
    QCOMPARE(defaults.name, QStringLiteral("vipps-workbench"));
    QCOMPARE(defaults.pluginName, QStringLiteral("vipps-workbench"));
    QCOMPARE(defaults.version, QStringLiteral(VWB_VERSION));
    QCOMPARE(defaults.pluginVersion, QStringLiteral(VWB_VERSION));
    QVERIFY(!defaults.version.isEmpty());
    QCOMPARE(Profile().system, defaults);
    QVERIFY(!fieldsOf(validProfile().validate()).join(QLatin1Char(',')).contains(QLatin1String("system")));
}

void TestProfile::effectiveBaseUrl_data()
{
    QTest::addColumn<Environment>("environment");
    QTest::addColumn<QUrl>("expected");
    const QUrl own(QStringLiteral("http://127.0.0.1:8080"));
    QTest::newRow("simulator uses its own") << Environment::Simulator << own;
    QTest::newRow("custom uses its own") << Environment::Custom << own;
    QTest::newRow("test uses apitest") << Environment::Test << QUrl(QStringLiteral("https://apitest.vipps.no"));
    QTest::newRow("production uses api") << Environment::Production << QUrl(QStringLiteral("https://api.vipps.no"));
}

void TestProfile::effectiveBaseUrl()
{
    QFETCH(Environment, environment);
    QFETCH(QUrl, expected);
    const Profile profile = withUrl(environment, QUrl(QStringLiteral("http://127.0.0.1:8080")));
    QCOMPARE(profile.effectiveBaseUrl(), expected);
    QCOMPARE(profile.isProduction(), environment == Environment::Production);
}

void TestProfile::validate_data()
{
    QTest::addColumn<Profile>("profile");
    QTest::addColumn<QStringList>("fields");
    const QStringList none;
    const QStringList baseUrl{QStringLiteral("baseUrl")};
    const QStringList msn{QStringLiteral("merchantSerialNumber")};

    QTest::newRow("valid simulator profile") << validProfile() << none;
    QTest::newRow("test ignores its base url") << withUrl(Environment::Test, QUrl()) << none;
    QTest::newRow("production ignores its base url")
        << withUrl(Environment::Production, QUrl(QStringLiteral("ftp://x"))) << none;
    QTest::newRow("custom https with path")
        << withUrl(Environment::Custom, QUrl(QStringLiteral("https://proxy.example.com:8443/vipps"))) << none;

    QTest::newRow("name empty") << withName(QString()) << QStringList{QStringLiteral("name")};
    QTest::newRow("name only spaces") << withName(QStringLiteral("   ")) << QStringList{QStringLiteral("name")};
    QTest::newRow("name with slash") << withName(QStringLiteral("a/b")) << QStringList{QStringLiteral("name")};
    QTest::newRow("name with backslash") << withName(QStringLiteral("a\\b")) << QStringList{QStringLiteral("name")};
    QTest::newRow("name with spaces, dots, letters") << withName(QStringLiteral("Bjørn's test 1.2")) << none;

    QTest::newRow("simulator without base url") << withUrl(Environment::Simulator, QUrl()) << baseUrl;
    QTest::newRow("custom without base url") << withUrl(Environment::Custom, QUrl()) << baseUrl;
    QTest::newRow("base url ftp") << withUrl(Environment::Custom, QUrl(QStringLiteral("ftp://example.com"))) << baseUrl;
    QTest::newRow("base url without scheme")
        << withUrl(Environment::Custom, QUrl(QStringLiteral("example.com:8080"))) << baseUrl;
    QTest::newRow("base url without host") << withUrl(Environment::Custom, QUrl(QStringLiteral("http://"))) << baseUrl;
    QTest::newRow("base url relative") << withUrl(Environment::Simulator, QUrl(QStringLiteral("/api"))) << baseUrl;
    QTest::newRow("base url invalid host")
        << withUrl(Environment::Custom, QUrl(QStringLiteral("http://exa mple.com"))) << baseUrl;
    QTest::newRow("base url with password")
        << withUrl(Environment::Custom, QUrl(QStringLiteral("https://user:pw@example.com"))) << baseUrl;

    QTest::newRow("client id empty") << withClientId(QString()) << QStringList{QStringLiteral("clientId")};
    QTest::newRow("client id only spaces")
        << withClientId(QStringLiteral(" ")) << QStringList{QStringLiteral("clientId")};

    QTest::newRow("msn 4 digits") << withMsn(QStringLiteral("1234")) << none;
    QTest::newRow("msn 10 digits") << withMsn(QStringLiteral("1234567890")) << none;
    QTest::newRow("msn 3 digits") << withMsn(QStringLiteral("123")) << msn;
    QTest::newRow("msn 11 digits") << withMsn(QStringLiteral("12345678901")) << msn;
    QTest::newRow("msn with a letter") << withMsn(QStringLiteral("12a456")) << msn;
    QTest::newRow("msn with a space") << withMsn(QStringLiteral(" 123456")) << msn;
    QTest::newRow("msn negative") << withMsn(QStringLiteral("-12345")) << msn;
    QTest::newRow("msn arabic-indic digits") << withMsn(QStringLiteral("\u0661\u0662\u0663\u0664")) << msn;
    QTest::newRow("msn empty") << withMsn(QString()) << msn;
    QTest::newRow("partner mode, msn empty") << withMsn(QString(), true) << none;
    QTest::newRow("partner mode, msn 4 digits") << withMsn(QStringLiteral("1234"), true) << none;
    QTest::newRow("partner mode, msn 3 digits") << withMsn(QStringLiteral("123"), true) << msn;
    QTest::newRow("partner mode, msn letters") << withMsn(QStringLiteral("abcd"), true) << msn;

    const struct
    {
        const char *field;
        QString SystemInfo::*member;
    } systemFields[] = {{"system.name", &SystemInfo::name},
                        {"system.version", &SystemInfo::version},
                        {"system.pluginName", &SystemInfo::pluginName},
                        {"system.pluginVersion", &SystemInfo::pluginVersion}};
    for (const auto &[field, member] : systemFields) {
        QTest::addRow("%s empty", field) << withSystemValue(member, 0) << none;
        QTest::addRow("%s 30 chars", field) << withSystemValue(member, 30) << none;
        QTest::addRow("%s 31 chars", field) << withSystemValue(member, 31) << QStringList{QString::fromLatin1(field)};
        Profile injected = withSystemValue(member, 0);
        injected.system.*member = QStringLiteral("acme\r\nX-Evil: 1");
        QTest::addRow("%s with a line break", field) << injected << QStringList{QString::fromLatin1(field)};
        Profile accented = withSystemValue(member, 0);
        accented.system.*member = QStringLiteral("bl\u00e5b\u00e6r");
        QTest::addRow("%s non-ASCII", field) << accented << QStringList{QString::fromLatin1(field)};
    }

    Profile broken = withUrl(Environment::Custom, QUrl());
    broken.name = QStringLiteral("x/y");
    broken.merchantSerialNumber = QStringLiteral("12");
    broken.clientId.clear();
    broken.system.pluginVersion = QString(40, QLatin1Char('1'));
    QTest::newRow("every rule broken at once")
        << broken
        << QStringList{QStringLiteral("name"), QStringLiteral("baseUrl"), QStringLiteral("clientId"),
                       QStringLiteral("merchantSerialNumber"), QStringLiteral("system.pluginVersion")};
}

void TestProfile::validate()
{
    QFETCH(Profile, profile);
    QFETCH(QStringList, fields);
    const Base::FieldErrors errors = profile.validate();
    QCOMPARE(fieldsOf(errors), fields);
    for (const Base::FieldError &error : errors)
        QVERIFY2(!error.message.isEmpty(), qPrintable(error.field));
}

void TestProfile::messagesSayWhatToDo()
{
    Profile profile = withMsn(QStringLiteral("12"));
    profile.system.version = QString(31, QLatin1Char('v'));
    const Base::FieldErrors errors = profile.validate();
    QCOMPARE(errors.size(), 2);
    QVERIFY2(errors.at(0).message.contains(QLatin1String("4 to 10 digits")), qPrintable(errors.at(0).message));
    QVERIFY2(errors.at(1).message.contains(QLatin1String("Vipps-System-Version")), qPrintable(errors.at(1).message));
    QVERIFY2(errors.at(1).message.contains(QLatin1String("30")), qPrintable(errors.at(1).message));
    QVERIFY2(errors.at(1).message.contains(QLatin1String("31")), qPrintable(errors.at(1).message));
}

void TestProfile::messagesAreTranslatable()
{
    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    Profile profile = withName(QString());
    profile.environment = Environment::Custom;
    profile.baseUrl = QUrl();
    profile.clientId.clear();
    profile.merchantSerialNumber = QStringLiteral("x");
    profile.system.name = QString(31, QLatin1Char('n'));
    const Base::FieldErrors errors = profile.validate();
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(errors.size(), 5);
    for (const Base::FieldError &error : errors)
        QVERIFY2(error.message.startsWith(QLatin1String("[translated] ")), qPrintable(error.message));
}

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
