// SPDX-License-Identifier: MIT
// The compiled-in webhook event catalog against the list in docs/vipps-wire.md §4, and loading bad catalogs.
#include "api/eventcatalog.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using Api::EventCatalog;
using Api::EventType;

namespace {

// docs/vipps-wire.md §4, in its order.
const char *const kDocumentedTypes[] = {
    "epayments.payment.created.v1",
    "epayments.payment.aborted.v1",
    "epayments.payment.expired.v1",
    "epayments.payment.cancelled.v1",
    "epayments.payment.captured.v1",
    "epayments.payment.refunded.v1",
    "epayments.payment.authorized.v1",
    "epayments.payment.terminated.v1",
    "recurring.agreement-activated.v1",
    "recurring.agreement-rejected.v1",
    "recurring.agreement-stopped.v1",
    "recurring.agreement-expired.v1",
    "recurring.charge-reserved.v1",
    "recurring.charge-captured.v1",
    "recurring.charge-canceled.v1",
    "recurring.charge-failed.v1",
    "recurring.charge-refunded.v1",
    "recurring.charge-creation-failed.v1",
    "user.checked-in.v1",
    "login.merchant-initiated.ping.v1",
};

QStringList typesOf(const QList<EventType> &eventTypes)
{
    QStringList types;
    for (const EventType &eventType : eventTypes)
        types.append(eventType.type);
    return types;
}

const EventCatalog &catalog()
{
    return EventCatalog::instance();
}

} // namespace

class TestEventCatalog : public QObject
{
    Q_OBJECT

private slots:
    void matchesTheDocumentedTypes();
    void everyMeaningIsTranslatable();
    void groups_data();
    void groups();
    void typesFollowThePattern();
    void noDuplicates();
    void everyEntryHasAMeaning();
    void everyPaymentEventMapsBothWays();
    void typeForPaymentEventName_data();
    void typeForPaymentEventName();
    void find_data();
    void find();
    void malformedCatalogIsEmpty_data();
    void malformedCatalogIsEmpty();
    void badEntriesAreSkipped();
};

void TestEventCatalog::matchesTheDocumentedTypes()
{
    QStringList expected;
    for (const char *type : kDocumentedTypes)
        expected.append(QString::fromLatin1(type));
    QCOMPARE(catalog().all().size(), 20);
    QCOMPARE(typesOf(catalog().all()), expected);
}

void TestEventCatalog::groups_data()
{
    QTest::addColumn<QString>("group");
    QTest::addColumn<int>("count");

    QTest::newRow("ePayment") << QStringLiteral("ePayment") << 8;
    QTest::newRow("Recurring") << QStringLiteral("Recurring") << 10;
    QTest::newRow("QR") << QStringLiteral("QR") << 1;
    QTest::newRow("Login") << QStringLiteral("Login") << 1;
    QTest::newRow("unknown group") << QStringLiteral("Donations") << 0;
}

void TestEventCatalog::groups()
{
    QFETCH(QString, group);
    QFETCH(int, count);

    QCOMPARE(catalog().groups(), (QStringList{QStringLiteral("ePayment"), QStringLiteral("Recurring"),
                                              QStringLiteral("QR"), QStringLiteral("Login")}));
    const QList<EventType> members = catalog().inGroup(group);
    QCOMPARE(members.size(), count);
    for (const EventType &eventType : members)
        QCOMPARE(eventType.group, group);
}

void TestEventCatalog::typesFollowThePattern()
{
    const QRegularExpression pattern(QStringLiteral("^[a-z]+(\\.[a-z-]+)+\\.v1$"));
    for (const EventType &eventType : catalog().all())
        QVERIFY2(pattern.match(eventType.type).hasMatch(), qPrintable(eventType.type));
}

void TestEventCatalog::noDuplicates()
{
    QSet<QString> types;
    QSet<QString> names;
    for (const EventType &eventType : catalog().all()) {
        QVERIFY2(!types.contains(eventType.type), qPrintable(eventType.type));
        types.insert(eventType.type);
        if (eventType.paymentEventName.isEmpty())
            continue;
        QVERIFY2(!names.contains(eventType.paymentEventName), qPrintable(eventType.paymentEventName));
        names.insert(eventType.paymentEventName);
    }
}

void TestEventCatalog::everyEntryHasAMeaning()
{
    for (const EventType &eventType : catalog().all()) {
        QVERIFY2(!eventType.meaning.isEmpty(), qPrintable(eventType.type));
        QVERIFY2(!eventType.meaning.contains(QLatin1Char('\n')), qPrintable(eventType.type));
    }
}

void TestEventCatalog::everyPaymentEventMapsBothWays()
{
    for (const EventType &eventType : catalog().all()) {
        const bool ePayment = eventType.group == QLatin1String("ePayment");
        QCOMPARE(!eventType.paymentEventName.isEmpty(), ePayment);
        if (!ePayment)
            continue;
        QCOMPARE(catalog().typeForPaymentEventName(eventType.paymentEventName), eventType.type);
        // The type spells the name in lower case: epayments.payment.<name>.v1
        QCOMPARE(eventType.type,
                 QLatin1String("epayments.payment.") + eventType.paymentEventName.toLower() + QLatin1String(".v1"));
    }
}

void TestEventCatalog::typeForPaymentEventName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("type");

    QTest::newRow("CAPTURED") << QStringLiteral("CAPTURED") << QStringLiteral("epayments.payment.captured.v1");
    QTest::newRow("AUTHORIZED") << QStringLiteral("AUTHORIZED") << QStringLiteral("epayments.payment.authorized.v1");
    QTest::newRow("CANCELLED, two l") << QStringLiteral("CANCELLED")
                                      << QStringLiteral("epayments.payment.cancelled.v1");
    QTest::newRow("lower case") << QStringLiteral("refunded") << QStringLiteral("epayments.payment.refunded.v1");
    QTest::newRow("CANCELED, one l, is not an ePayment name") << QStringLiteral("CANCELED") << QString();
    QTest::newRow("unknown") << QStringLiteral("SETTLED") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestEventCatalog::typeForPaymentEventName()
{
    QFETCH(QString, name);
    QFETCH(QString, type);

    QCOMPARE(catalog().typeForPaymentEventName(name), type);
}

void TestEventCatalog::find_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("known");
    QTest::addColumn<QString>("group");

    QTest::newRow("ePayment") << QStringLiteral("epayments.payment.captured.v1") << true << QStringLiteral("ePayment");
    QTest::newRow("recurring, single l") << QStringLiteral("recurring.charge-canceled.v1") << true
                                         << QStringLiteral("Recurring");
    QTest::newRow("recurring, double l is unknown")
        << QStringLiteral("recurring.charge-cancelled.v1") << false << QString();
    QTest::newRow("QR") << QStringLiteral("user.checked-in.v1") << true << QStringLiteral("QR");
    QTest::newRow("login") << QStringLiteral("login.merchant-initiated.ping.v1") << true << QStringLiteral("Login");
    QTest::newRow("other case is unknown") << QStringLiteral("EPAYMENTS.PAYMENT.CAPTURED.V1") << false << QString();
    QTest::newRow("other version is unknown") << QStringLiteral("epayments.payment.captured.v2") << false << QString();
    QTest::newRow("empty") << QString() << false << QString();
}

void TestEventCatalog::find()
{
    QFETCH(QString, type);
    QFETCH(bool, known);
    QFETCH(QString, group);

    QCOMPARE(catalog().isKnown(type), known);
    const EventType *eventType = catalog().find(type);
    QCOMPARE(eventType != nullptr, known);
    if (eventType) {
        QCOMPARE(eventType->type, type);
        QCOMPARE(eventType->group, group);
    }
}

void TestEventCatalog::malformedCatalogIsEmpty_data()
{
    QTest::addColumn<QByteArray>("json");

    QTest::newRow("truncated") << QByteArray(R"({"eventTypes":[{"type":"a.b.v1")");
    QTest::newRow("not JSON") << QByteArray("eventTypes: []");
    QTest::newRow("empty file") << QByteArray();
    QTest::newRow("array at the top") << QByteArray(R"([{"type":"a.b.v1"}])");
    QTest::newRow("eventTypes missing") << QByteArray(R"({"types":[]})");
    QTest::newRow("eventTypes not an array") << QByteArray(R"({"eventTypes":{"type":"a.b.v1"}})");
}

void TestEventCatalog::malformedCatalogIsEmpty()
{
    QFETCH(QByteArray, json);

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^Event catalog: ")));
    const EventCatalog loaded = EventCatalog::fromJson(json);
    QVERIFY(loaded.all().isEmpty());
    QVERIFY(loaded.groups().isEmpty());
    QVERIFY(!loaded.isKnown(QStringLiteral("a.b.v1")));
    QCOMPARE(loaded.typeForPaymentEventName(QStringLiteral("CAPTURED")), QString());
}

void TestEventCatalog::badEntriesAreSkipped()
{
    QTest::ignoreMessage(QtWarningMsg, "Event catalog: skipping an entry without a type");
    QTest::ignoreMessage(QtWarningMsg, "Event catalog: skipping an entry without a type");
    QTest::ignoreMessage(QtWarningMsg, "Event catalog: skipping the repeated type a.one.v1");
    const EventCatalog loaded =
        EventCatalog::fromJson(R"({"eventTypes":[{"type":"a.one.v1","group":"A","meaning":"first"},{"group":"A"},7,)"
                               R"({"type":"a.one.v1","group":"B","meaning":"again"},)"
                               R"({"type":"b.two.v1","group":"B","paymentEventName":"TWO"}]})");
    QCOMPARE(loaded.all(),
             (QList<EventType>{{QStringLiteral("a.one.v1"), QStringLiteral("A"), QString(), QStringLiteral("first")},
                               {QStringLiteral("b.two.v1"), QStringLiteral("B"), QStringLiteral("TWO"), QString()}}));
    QCOMPARE(loaded.groups(), (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
    QCOMPARE(loaded.typeForPaymentEventName(QStringLiteral("TWO")), QStringLiteral("b.two.v1"));
}

// The translation tools find the meanings in eventmeanings.cpp: it must name each one of the catalogue, no more.
void TestEventCatalog::everyMeaningIsTranslatable()
{
    QStringList meanings;
    for (const Api::EventType &type : Api::EventCatalog::instance().all())
        meanings.append(type.meaning);
    QCOMPARE(Api::EventCatalog::translatableMeanings(), meanings);
    // Untranslated, the text is the catalogue's own.
    QCOMPARE(Api::EventCatalog::instance().all().first().meaningText(), meanings.first());
}

QTEST_GUILESS_MAIN(TestEventCatalog)
#include "tst_eventcatalog.moc"
