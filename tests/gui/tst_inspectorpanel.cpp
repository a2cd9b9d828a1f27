// SPDX-License-Identifier: MIT
// The inspector with real signed deliveries (Sim::DeliveryHeaders + Signature::Verifier): what each tab shows,
// what the copy buttons put on the clipboard, and that a webhook secret's value never appears.
#include "events/eventrow.h"
#include "events/requestexport.h"
#include "gui/inspectorpanel.h"
#include "gui/webhooksecretoffer.h"
#include "http/request.h"
#include "markingtranslator.h"
#include "receiver/webhookhandler.h"
#include "signature/scheme.h"
#include "signature/verifier.h"
#include "sim/deliveryheaders.h"

#include <QAbstractButton>
#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QFontDatabase>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

namespace {

const QByteArray kSecret = QByteArrayLiteral("wh-secret-VALUE-7f3a9c51e2");
const QString kWebhookId = QStringLiteral("4c0f1f3e-0000-4000-8000-000000000001");
const QByteArray kTarget = QByteArrayLiteral("/hooks/vipps?env=test");
const QUrl kRegisteredUrl(QStringLiteral("http://localhost:8080/hooks/vipps?env=test"));
const QDateTime kNow(QDate(2026, 11, 26), QTime(12, 0, 5), Qt::UTC);
const QByteArray kBody = QByteArrayLiteral(
    R"({"msn":"123456","reference":"order-0001","pspReference":"7f1c","name":"AUTHORIZED",)"
    R"("amount":{"currency":"NOK","value":49900},"timestamp":"2026-11-26T12:00:00.000Z","success":true})");

struct Delivered
{
    QUrl signedFor = kRegisteredUrl;
    QByteArray signedBody = kBody;
    QByteArray receivedBody = kBody;
    QByteArray method = "POST";
    bool secretKnown = true; // false: the receiver holds only another webhook's secret
};

// A request as the receiver gets it: headers made by the simulator's signer for `signedFor`, checked by the
// real verifier, recorded the way the receiver records it (docs/architecture.md §3 "Verification results": 200 when
// valid, 401 otherwise).
Events::EventRecord record(const Delivered &spec)
{
    Http::Request request;
    request.method = spec.method;
    request.target = kTarget;
    request.version = "HTTP/1.1";
    request.headers =
        Sim::DeliveryHeaders::build(kSecret, spec.signedFor, kWebhookId, spec.signedBody, kNow.addSecs(-2));
    request.headers.append(Http::Header{"X-Trace", "first"});
    request.headers.append(Http::Header{"x-trace", "second"});
    request.body = spec.receivedBody;
    request.remote = QStringLiteral("127.0.0.1:50000");
    request.receivedAt = kNow;

    Signature::Verifier verifier;
    if (spec.secretKnown)
        verifier.addSecret({kWebhookId, kSecret, QStringLiteral("secret #1")});
    else
        verifier.addSecret({QStringLiteral("another-webhook"), "another-secret", QStringLiteral("secret #1")});
    Receiver::Delivery delivery;
    delivery.entry = {
        7, kNow, request.remote, request.method, request.target, request.headers, request.body, {}, {}, {}, false, 405};
    if (spec.method == "POST") {
        delivery.verification = verifier.verify(request, kNow);
        delivery.entry.result = Signature::resultName(delivery.verification.result);
        delivery.entry.reason = delivery.verification.reason;
        delivery.entry.webhookId = delivery.verification.webhookId;
        delivery.entry.status = delivery.verification.result == Signature::Result::Valid ? 200 : 401;
    }
    return Events::EventRecord::fromDelivery(delivery);
}

Events::EventRecord validRecord()
{
    return record({});
}

Events::EventRecord tamperedRecord()
{
    Delivered spec;
    spec.receivedBody.replace("49900", "1");
    return record(spec);
}

// Signed for the registered URL without its query: the signature differs and the diagnosis says why.
Events::EventRecord wrongPathRecord()
{
    Delivered spec;
    spec.signedFor = QUrl(QStringLiteral("http://localhost:8080/hooks/vipps"));
    return record(spec);
}

template<typename T> T *child(const QWidget &panel, const char *name)
{
    T *found = panel.findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

QString labelText(const QWidget &panel, const char *name)
{
    return child<QLabel>(panel, name)->text();
}

bool jsonTabEnabled(const QWidget &panel)
{
    auto *tabs = child<QTabWidget>(panel, "tabs");
    return tabs->isTabEnabled(tabs->indexOf(child<QWidget>(panel, "jsonTab")));
}

// Every text a user can see, select, hear (accessible names) or hover over.
QStringList allTexts(const QWidget &panel)
{
    QStringList texts;
    for (const QWidget *widget : panel.findChildren<QWidget *>()) {
        texts << widget->toolTip() << widget->accessibleName() << widget->accessibleDescription();
        if (const auto *label = qobject_cast<const QLabel *>(widget))
            texts << label->text();
        if (const auto *edit = qobject_cast<const QPlainTextEdit *>(widget))
            texts << edit->toPlainText();
        if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
            texts << button->text();
    }
    const auto *table = child<QTableWidget>(panel, "headersTable");
    for (int row = 0; row < table->rowCount(); ++row)
        texts << table->item(row, 0)->text() << table->item(row, 1)->text();
    const auto *tabs = child<QTabWidget>(panel, "tabs");
    for (int i = 0; i < tabs->count(); ++i)
        texts << tabs->tabText(i) << tabs->tabToolTip(i);
    return texts;
}

QString clipboardText()
{
    return QGuiApplication::clipboard()->text();
}

} // namespace

class TestInspectorPanel : public QObject
{
    Q_OBJECT

private slots:
    void headersInReceivedOrder();
    void bodyShownAsReceived();
    void jsonTabOnlyForJson_data();
    void jsonTabOnlyForJson();
    void verdicts_data();
    void verdicts();
    void stringToSignMarksLineFeeds();
    void stepsShowSecretLabelHostPathDateAndReason();
    void webhookNamedOnceInTheSecretRow();
    void reasonInTheUserLanguage();
    void nextEventStartsAtTheTop();
    void summaryLine();
    void hostOtherThanCheckedIsSaid();
    void preflightTestIsNamed();
    void notADeliveryHasNothingToVerify();
    void eventWhoseRequestIsGoneShowsOnlyItsSummary();
    void requestThatWasNoDeliveryAndIsGoneSaysBoth();
    void eventOfAnEarlierRunSaysSo();
    void secretValueNeverShown_data();
    void secretValueNeverShown();
    void copyButtons();
    void copySelectedHeaders();
    void monospaceWhereBytesAreShown();
    void clearEmptiesEverything();
    void offersToAddAMissingWebhookSecret();
    void screenshots();
};

void TestInspectorPanel::headersInReceivedOrder()
{
    Gui::InspectorPanel panel;
    const Events::EventRecord r = validRecord();
    panel.setRecord(r);

    const auto *table = child<QTableWidget>(panel, "headersTable");
    QCOMPARE(table->rowCount(), r.entry.headers.size());
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Host"));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("localhost:8080"));
    for (int row = 0; row < table->rowCount(); ++row) {
        QCOMPARE(table->item(row, 0)->text().toUtf8(), r.entry.headers.at(row).name);
        QCOMPARE(table->item(row, 1)->text().toUtf8(), r.entry.headers.at(row).value);
    }
    // Duplicates with their own case, in the order they came.
    const int last = table->rowCount() - 1;
    QCOMPARE(table->item(last - 1, 0)->text() + table->item(last - 1, 1)->text(), QStringLiteral("X-Tracefirst"));
    QCOMPARE(table->item(last, 0)->text() + table->item(last, 1)->text(), QStringLiteral("x-tracesecond"));
}

void TestInspectorPanel::bodyShownAsReceived()
{
    Gui::InspectorPanel panel;
    panel.setRecord(tamperedRecord());
    QCOMPARE(child<QPlainTextEdit>(panel, "bodyText")->toPlainText().toUtf8(), tamperedRecord().entry.body);
    QVERIFY(labelText(panel, "bodyInfoLabel").contains(QString::number(tamperedRecord().entry.body.size())));

    Delivered binary;
    binary.receivedBody = QByteArray("\xff\x00\r\n", 4);
    panel.setRecord(record(binary));
    QCOMPARE(child<QPlainTextEdit>(panel, "bodyText")->toPlainText(), QStringLiteral("\ufffd\u2400\u240d\n"));
}

void TestInspectorPanel::jsonTabOnlyForJson_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("json");

    QTest::newRow("ePayment event") << kBody << true;
    QTest::newRow("form body") << QByteArray("name=AUTHORIZED&reference=order-0001") << false;
    QTest::newRow("truncated JSON") << kBody.left(40) << false;
    QTest::newRow("empty body") << QByteArray() << false;
}

void TestInspectorPanel::jsonTabOnlyForJson()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, json);

    Gui::InspectorPanel panel;
    auto *tabs = child<QTabWidget>(panel, "tabs");
    panel.setRecord(validRecord());
    tabs->setCurrentWidget(child<QWidget>(panel, "jsonTab"));

    Delivered spec;
    spec.signedBody = body;
    spec.receivedBody = body;
    panel.setRecord(record(spec));
    QCOMPARE(jsonTabEnabled(panel), json);
    QCOMPARE(child<QPlainTextEdit>(panel, "jsonText")->toPlainText(), Events::RequestExport::prettyJson(body));
    QCOMPARE(child<QPlainTextEdit>(panel, "jsonText")->toPlainText().isEmpty(), !json);
    // A disabled JSON tab is not left showing.
    QCOMPARE(tabs->currentWidget() == child<QWidget>(panel, "jsonTab"), json);
}

void TestInspectorPanel::verdicts_data()
{
    QTest::addColumn<Events::EventRecord>("record");
    QTest::addColumn<QString>("hash");
    QTest::addColumn<QString>("signature");

    QTest::newRow("valid") << validRecord() << QStringLiteral("\u2713 equal") << QStringLiteral("\u2713 equal");
    QTest::newRow("body changed after signing")
        << tamperedRecord() << QStringLiteral("\u2717 different") << QStringLiteral("\u2013 not checked");
    QTest::newRow("signed for another path")
        << wrongPathRecord() << QStringLiteral("\u2713 equal") << QStringLiteral("\u2717 different");
}

void TestInspectorPanel::verdicts()
{
    QFETCH(Events::EventRecord, record);
    QFETCH(QString, hash);
    QFETCH(QString, signature);

    Gui::InspectorPanel panel;
    panel.setRecord(record);
    QCOMPARE(labelText(panel, "hashVerdictLabel"), hash);
    QCOMPARE(labelText(panel, "signatureVerdictLabel"), signature);
    QCOMPARE(labelText(panel, "receivedHashLabel").toUtf8(), record.verification.receivedContentHash);
    QCOMPARE(labelText(panel, "computedHashLabel").toUtf8(), record.verification.computedContentHash);
    QVERIFY(labelText(panel, "resultLabel").contains(record.verification.reason));
}

void TestInspectorPanel::stringToSignMarksLineFeeds()
{
    Gui::InspectorPanel panel;
    const Events::EventRecord r = validRecord();
    panel.setRecord(r);

    const QString expected = QStringLiteral("POST\u21b5\n/hooks/vipps?env=test\u21b5\nThu, 26 Nov 2026 12:00:03 GMT;"
                                            "localhost:8080;") +
                             QString::fromLatin1(Signature::Scheme::contentHash(kBody));
    QCOMPARE(labelText(panel, "stringToSignLabel"), expected);
    // The marks are exactly where the signed string has its line feeds.
    QCOMPARE(labelText(panel, "stringToSignLabel").remove(QChar(0x21b5)).toUtf8(), r.verification.stringToSign);
}

void TestInspectorPanel::stepsShowSecretLabelHostPathDateAndReason()
{
    Gui::InspectorPanel panel;
    panel.setRecord(wrongPathRecord());

    QCOMPARE(labelText(panel, "hostLabel"), QStringLiteral("localhost:8080"));
    QCOMPARE(labelText(panel, "pathLabel"), QStringLiteral("/hooks/vipps?env=test"));
    QCOMPARE(labelText(panel, "dateLabel"), QStringLiteral("Thu, 26 Nov 2026 12:00:03 GMT"));
    QCOMPARE(labelText(panel, "skewLabel"), QStringLiteral("dated 2 s before it arrived"));
    QVERIFY(labelText(panel, "secretUsedLabel").startsWith(QStringLiteral("secret #1")));
    QVERIFY(labelText(panel, "secretUsedLabel").contains(kWebhookId));
    QCOMPARE(labelText(panel, "authorizationHeaderLabel"), QStringLiteral("Authorization"));
    // The diagnosis from Signature::diagnoseMismatch, not a generic sentence.
    QVERIFY2(labelText(panel, "resultLabel").contains(QStringLiteral("without the query string")),
             qPrintable(labelText(panel, "resultLabel")));
}

// The app labels a registration's secret "webhook <id>"; the row must not name the webhook twice.
void TestInspectorPanel::webhookNamedOnceInTheSecretRow()
{
    Events::EventRecord r = validRecord();
    r.verification.secretLabel = QStringLiteral("webhook %1").arg(kWebhookId);
    Gui::InspectorPanel panel;
    panel.setRecord(r);
    const QString text = labelText(panel, "secretUsedLabel");
    QCOMPARE(text.count(kWebhookId), 1);
    QVERIFY2(text.startsWith(QStringLiteral("webhook %1").arg(kWebhookId)), qPrintable(text));
}

// With the app in another language the result and the summary say the verifier's reason in it, and the secret row
// names the secret in it; the record keeps the English reason for the journal.
void TestInspectorPanel::reasonInTheUserLanguage()
{
    const MarkingTranslator translator;
    Gui::InspectorPanel panel;
    panel.setRecord(validRecord());
    QVERIFY2(labelText(panel, "resultLabel").endsWith(QStringLiteral(": [nb] signature matches secret #1")),
             qPrintable(labelText(panel, "resultLabel")));

    Events::EventRecord r = wrongPathRecord();
    r.verification.secretLabel = Signature::Secret::ofWebhook(kWebhookId, {}).label;
    panel.setRecord(r);
    const QString diagnosis = QStringLiteral("[nb] the signature matches secret #1 for path \"/hooks/vipps\" without");
    QVERIFY2(labelText(panel, "resultLabel").contains(diagnosis), qPrintable(labelText(panel, "resultLabel")));
    QVERIFY2(labelText(panel, "summaryLabel").contains(diagnosis), qPrintable(labelText(panel, "summaryLabel")));
    QVERIFY2(labelText(panel, "secretUsedLabel").startsWith(QStringLiteral("[nb] webhook ") + kWebhookId),
             qPrintable(labelText(panel, "secretUsedLabel")));
    QVERIFY2(r.verification.reason.startsWith(QLatin1String("the signature matches secret #1 for path")),
             qPrintable(r.verification.reason));
}

// Each event's check is read from its first step: the scroll position of the one before does not carry over.
void TestInspectorPanel::nextEventStartsAtTheTop()
{
    Gui::InspectorPanel panel;
    panel.resize(420, 260);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setRecord(wrongPathRecord());
    QScrollBar *bar = child<QScrollArea>(panel, "verificationScroll")->verticalScrollBar();
    QTRY_VERIFY(bar->maximum() > 0);
    bar->setValue(bar->maximum());
    panel.setRecord(validRecord());
    QCOMPARE(bar->value(), 0);
}

// Behind a tunnel that rewrites Host, the host checked for (the public URL's) is not the one the request names.
void TestInspectorPanel::hostOtherThanCheckedIsSaid()
{
    Gui::InspectorPanel panel;
    Events::EventRecord r = validRecord(); // Host: localhost:8080, checked for it
    panel.setRecord(r);
    QVERIFY(!labelText(panel, "summaryLabel").contains(QStringLiteral("Checked for host")));
    QVERIFY(!labelText(panel, "summaryLabel").contains(QStringLiteral("check sent before a webhook")));
    r.verification.host = "a1b2c3.ngrok.app";
    panel.setRecord(r);
    QVERIFY2(labelText(panel, "summaryLabel")
                 .contains(QStringLiteral("Checked for host a1b2c3.ngrok.app, not for the Host it came with "
                                          "(localhost:8080)")),
             qPrintable(labelText(panel, "summaryLabel")));
}

void TestInspectorPanel::preflightTestIsNamed()
{
    Gui::InspectorPanel panel;
    Events::EventRecord r = validRecord();
    r.summary.name = QStringLiteral("PREFLIGHT");
    r.summary.reference = QStringLiteral("vipps-workbench-preflight");
    panel.setRecord(r);
    QVERIFY(labelText(panel, "summaryLabel")
                .contains(QStringLiteral("This is the check sent before a webhook is "
                                         "registered")));
}

void TestInspectorPanel::summaryLine()
{
    Gui::InspectorPanel panel;
    Events::EventRecord r = validRecord();
    panel.setRecord(r);
    const QString valid = labelText(panel, "summaryLabel");
    for (const QString &part : {QStringLiteral("#7"), QStringLiteral("AUTHORIZED"), QStringLiteral("order-0001"),
                                QStringLiteral("499.00 NOK"), QStringLiteral("Verified: signature matches secret #1"),
                                QStringLiteral("answered HTTP 200")})
        QVERIFY2(valid.contains(part), qPrintable(part));
    QVERIFY(!valid.contains(QStringLiteral("duplicate")));

    r.entry.duplicate = true;
    panel.setRecord(r);
    QVERIFY(labelText(panel, "summaryLabel").contains(QStringLiteral("duplicate")));

    panel.setRecord(tamperedRecord());
    const QString invalid = labelText(panel, "summaryLabel");
    QVERIFY(invalid.contains(QStringLiteral("Signature invalid: the body differs from what was signed")));
    QVERIFY(invalid.contains(QStringLiteral("answered HTTP 401")));

    // The amount in the user's way, as in the event log.
    QLocale::setDefault(QLocale(QLocale::NorwegianBokmal, QLocale::Norway));
    panel.setRecord(validRecord());
    QLocale::setDefault(QLocale::c());
    QVERIFY2(labelText(panel, "summaryLabel").contains(QStringLiteral("499,00 NOK")),
             qPrintable(labelText(panel, "summaryLabel")));
}

// Read back from the journal and checked again: the summary says so, and what it was when it arrived if that
// differs from the check now.
void TestInspectorPanel::eventOfAnEarlierRunSaysSo()
{
    Gui::InspectorPanel panel;
    Events::EventRecord r = validRecord();
    r.restored = true;
    r.entry.result = QStringLiteral("valid");
    panel.setRecord(r);
    QString summary = labelText(panel, "summaryLabel");
    QVERIFY2(summary.contains(QStringLiteral("From the journal of an earlier run: checked again")),
             qPrintable(summary));
    QVERIFY2(!summary.contains(QStringLiteral("When it arrived")), qPrintable(summary));

    Events::EventRecord changed = tamperedRecord();
    changed.restored = true;
    changed.entry.result = QStringLiteral("valid");
    panel.setRecord(changed);
    summary = labelText(panel, "summaryLabel");
    QVERIFY2(summary.contains(QStringLiteral("Signature invalid")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("When it arrived: Verified.")), qPrintable(summary));

    panel.setRecord(validRecord()); // received in this run: nothing said
    QVERIFY(!labelText(panel, "summaryLabel").contains(QStringLiteral("earlier run")));
}

void TestInspectorPanel::notADeliveryHasNothingToVerify()
{
    Gui::InspectorPanel panel;
    Delivered get;
    get.method = "GET";
    get.signedBody = get.receivedBody = QByteArray();
    panel.setRecord(record(get));

    auto *stack = child<QStackedWidget>(panel, "verificationStack");
    QCOMPARE(stack->currentWidget(), child<QWidget>(panel, "nothingToVerifyPage"));
    const QString text = labelText(panel, "nothingToVerifyLabel");
    QVERIFY2(text.startsWith(QStringLiteral("Nothing to verify: GET /hooks/vipps?env=test")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("HTTP 405")));
    QVERIFY(labelText(panel, "summaryLabel").contains(QStringLiteral("Not a delivery")));

    panel.setRecord(validRecord());
    QCOMPARE(stack->currentWidget(), child<QWidget>(panel, "verificationScroll"));
}

// Its journal line is gone (docs/architecture.md §7 "The event log's memory"): no empty body, no steps "missing", and
// nothing to copy, only the summary and why.
void TestInspectorPanel::eventWhoseRequestIsGoneShowsOnlyItsSummary()
{
    Gui::InspectorPanel panel;
    panel.setRecord(validRecord());
    child<QPushButton>(panel, "copyBodyButton")->click();
    const Events::EventRecord lost = Events::EventRow::of(validRecord()).summaryRecord();
    panel.setRecord(lost);

    const QString summary = labelText(panel, "summaryLabel");
    QVERIFY2(summary.contains(QStringLiteral("order-0001")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("Its request is no longer in the journal")), qPrintable(summary));
    QCOMPARE(labelText(panel, "bodyInfoLabel"), QStringLiteral("The body is no longer in the journal."));
    QVERIFY(child<QPlainTextEdit>(panel, "bodyText")->isHidden());              // not an empty body
    QVERIFY(child<QLabel>(panel, "bodyInfoLabel")->alignment() & Qt::AlignTop); // at the top of the tab it has alone
    QVERIFY(!jsonTabEnabled(panel));
    QCOMPARE(child<QStackedWidget>(panel, "verificationStack")->currentWidget(),
             child<QWidget>(panel, "nothingToVerifyPage"));
    QVERIFY(labelText(panel, "nothingToVerifyLabel").startsWith(QStringLiteral("The request is no longer")));
    for (const char *button : {"copyBodyButton", "copyCurlButton", "copyRawButton"})
        QVERIFY2(!child<QPushButton>(panel, button)->isEnabled(), button);
    child<QAction>(panel, "copyCurlAction")->trigger(); // the window's shortcut: nothing made up either
    QCOMPARE(clipboardText().toUtf8(), kBody);

    panel.setRecord(validRecord());
    QCOMPARE(child<QStackedWidget>(panel, "verificationStack")->currentWidget(),
             child<QWidget>(panel, "verificationScroll"));
    QVERIFY(child<QPushButton>(panel, "copyCurlButton")->isEnabled());
    QVERIFY(!child<QPlainTextEdit>(panel, "bodyText")->isHidden());
}

void TestInspectorPanel::requestThatWasNoDeliveryAndIsGoneSaysBoth()
{
    Gui::InspectorPanel panel;
    Delivered get;
    get.method = "GET";
    get.signedBody = get.receivedBody = QByteArray();
    panel.setRecord(Events::EventRow::of(record(get)).summaryRecord());

    const QString summary = labelText(panel, "summaryLabel");
    QVERIFY2(summary.contains(QStringLiteral("GET /hooks/vipps?env=test")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("Not a delivery")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("Its request is no longer in the journal")), qPrintable(summary));
    const QString nothing = labelText(panel, "nothingToVerifyLabel");
    QVERIFY2(nothing.startsWith(QStringLiteral("Nothing to verify: GET /hooks/vipps?env=test")), qPrintable(nothing));
}

void TestInspectorPanel::secretValueNeverShown_data()
{
    QTest::addColumn<Events::EventRecord>("record");
    QTest::addColumn<bool>("secretUsed");
    QTest::newRow("valid") << validRecord() << true;
    QTest::newRow("tampered: no secret needed to see that") << tamperedRecord() << false;
    QTest::newRow("wrong path") << wrongPathRecord() << true;
}

void TestInspectorPanel::secretValueNeverShown()
{
    QFETCH(Events::EventRecord, record);
    QFETCH(bool, secretUsed);

    Gui::InspectorPanel panel;
    panel.setRecord(record);
    const QStringList texts = allTexts(panel);
    QCOMPARE(texts.join(u'\n').contains(QStringLiteral("secret #1")), secretUsed); // the label is what names it
    for (const QString &text : texts)
        QVERIFY2(!text.contains(QString::fromUtf8(kSecret)), qPrintable(text));
    for (const char *button : {"copyBodyButton", "copyCurlButton", "copyRawButton"}) {
        child<QPushButton>(panel, button)->click();
        QVERIFY2(!clipboardText().contains(QString::fromUtf8(kSecret)), button);
    }
}

void TestInspectorPanel::copyButtons()
{
    Gui::InspectorPanel panel;
    const Events::EventRecord r = validRecord();
    panel.setRecord(r);
    QClipboard *clipboard = QGuiApplication::clipboard();

    child<QPushButton>(panel, "copyBodyButton")->click();
    QCOMPARE(clipboardText().toUtf8(), kBody);

    child<QPushButton>(panel, "copyCurlButton")->click();
    QCOMPARE(clipboardText(), Events::RequestExport::curl(r.entry));
    QVERIFY(clipboardText().startsWith(QStringLiteral("curl -X POST 'http://127.0.0.1:8080/hooks/vipps?env=test'")));

    child<QPushButton>(panel, "copyRawButton")->click();
    const QByteArray raw = Events::RequestExport::rawRequest(r.entry);
    QVERIFY(raw.startsWith("POST /hooks/vipps?env=test HTTP/1.1\r\nHost: localhost:8080\r\n"));
    QCOMPARE(clipboardText().toUtf8(), raw);
    QCOMPARE(clipboard->mimeData()->data(QStringLiteral("application/octet-stream")), raw);

    // A body that is not UTF-8 reaches the clipboard byte for byte alongside its text.
    Delivered binary;
    binary.receivedBody = QByteArray("\x1f\x8b\x00\xff", 4);
    panel.setRecord(record(binary));
    child<QPushButton>(panel, "copyBodyButton")->click();
    QCOMPARE(clipboard->mimeData()->data(QStringLiteral("application/octet-stream")), binary.receivedBody);
}

void TestInspectorPanel::copySelectedHeaders()
{
    Gui::InspectorPanel panel;
    panel.setRecord(validRecord());
    auto *table = child<QTableWidget>(panel, "headersTable");
    const int last = table->rowCount() - 1;
    const auto rows = QItemSelectionModel::Select | QItemSelectionModel::Rows;
    table->selectionModel()->select(table->model()->index(last, 0), rows);
    table->selectionModel()->select(table->model()->index(0, 0), rows);

    child<QAction>(panel, "copyHeadersAction")->trigger();
    QCOMPARE(clipboardText(), QStringLiteral("Host: localhost:8080\nx-trace: second\n"));
}

void TestInspectorPanel::monospaceWhereBytesAreShown()
{
    Gui::InspectorPanel panel;
    const QString fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont).family();
    for (const char *name :
         {"bodyText", "jsonText", "headersTable", "stringToSignLabel", "receivedHashLabel", "computedSignatureLabel"})
        QVERIFY2(child<QWidget>(panel, name)->font().family() == fixed, name);
}

void TestInspectorPanel::clearEmptiesEverything()
{
    Gui::InspectorPanel panel;
    panel.setRecord(wrongPathRecord());
    QGuiApplication::clipboard()->setText(QStringLiteral("before"));
    panel.clear();

    QCOMPARE(child<QTableWidget>(panel, "headersTable")->rowCount(), 0);
    QVERIFY(child<QPlainTextEdit>(panel, "bodyText")->toPlainText().isEmpty());
    QVERIFY(child<QPlainTextEdit>(panel, "jsonText")->toPlainText().isEmpty());
    QVERIFY(!jsonTabEnabled(panel));
    QVERIFY(labelText(panel, "bodyInfoLabel").isEmpty());
    for (const char *name :
         {"receivedHashLabel", "computedHashLabel", "hashVerdictLabel", "hostLabel", "pathLabel", "dateLabel",
          "stringToSignLabel", "receivedSignatureLabel", "computedSignatureLabel", "signatureVerdictLabel",
          "secretUsedLabel", "authorizationHeaderLabel", "skewLabel", "resultLabel"})
        QVERIFY2(labelText(panel, name).isEmpty(), name);
    QVERIFY(!labelText(panel, "summaryLabel").contains(QStringLiteral("order-0001")));
    QCOMPARE(child<QStackedWidget>(panel, "verificationStack")->currentWidget(),
             child<QWidget>(panel, "nothingToVerifyPage"));
    for (const char *button : {"copyBodyButton", "copyCurlButton", "copyRawButton"}) {
        auto *b = child<QPushButton>(panel, button);
        QVERIFY2(!b->isEnabled(), button);
        b->click();
    }
    child<QAction>(panel, "copyHeadersAction")->trigger();
    QCOMPARE(clipboardText(), QStringLiteral("before"));
}

// VWB_SHOT_DIR=/some/dir: saves what the panel looks like, for people to look at; checks nothing else.
// A delivery for a webhook whose secret the app lacks: right under the summary, a masked field and "Add the secret
// of this webhook"; nothing for a delivery whose secret was there.
void TestInspectorPanel::offersToAddAMissingWebhookSecret()
{
    Gui::InspectorPanel panel;
    panel.resize(700, 600);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    Gui::WebhookSecretOffer *offer = panel.secretOffer();
    QStringList held;
    offer->setCheck(
        [&held](const Signature::Verification &v) { return v.webhookSecretUnknown && !held.contains(v.webhookId); });
    QSignalSpy entered(offer, &Gui::WebhookSecretOffer::secretEntered);

    panel.setRecord(tamperedRecord()); // its secret was there: the body is what differs
    QVERIFY(!offer->isVisibleTo(&panel));
    Delivered elsewhere;
    elsewhere.secretKnown = false;
    panel.setRecord(record(elsewhere));
    QVERIFY(offer->isVisibleTo(&panel));
    QVERIFY(labelText(panel, "webhookSecretOfferText").contains(kWebhookId));
    auto *edit = child<QLineEdit>(panel, "webhookSecretEdit");
    auto *add = child<QPushButton>(panel, "addWebhookSecretButton");
    QCOMPARE(add->text(), QStringLiteral("Add the secret of this webhook"));
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    QVERIFY(!add->isEnabled());
    QTest::keyClicks(edit, QString::fromLatin1(kSecret));
    QVERIFY(add->isEnabled());
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(entered.count(), 1);
    QCOMPARE(entered.first().at(0).toString(), kWebhookId);
    QVERIFY(entered.first().at(1).toByteArray() == kSecret);
    QVERIFY(edit->text().isEmpty());

    held.append(kWebhookId); // what the session does with it
    offer->recheck();
    QVERIFY(offer->isVisibleTo(&panel)); // says what adding it changes
    QVERIFY(labelText(panel, "webhookSecretOfferText").contains(QLatin1String("next deliveries are checked with it")));
    panel.setRecord(record(elsewhere));
    QVERIFY(!offer->isVisibleTo(&panel));
    panel.clear();
    QVERIFY(!offer->isVisibleTo(&panel));
}

void TestInspectorPanel::screenshots()
{
    const QString dir = qEnvironmentVariable("VWB_SHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set VWB_SHOT_DIR to save screenshots");
    QVERIFY(QDir().mkpath(dir));
    const struct
    {
        const char *file;
        Events::EventRecord record;
        const char *tab;
        bool dark = false;
    } shots[] = {
        {"inspector-valid.png", validRecord(), "verificationTab"},
        {"inspector-wrong-path-dark.png", wrongPathRecord(), "verificationTab", true},
        {"inspector-tampered.png", tamperedRecord(), "verificationTab"},
        {"inspector-wrong-path.png", wrongPathRecord(), "verificationTab"},
        {"inspector-headers.png", validRecord(), "headersTab"},
        {"inspector-json.png", validRecord(), "jsonTab"},
        {"inspector-body.png", validRecord(), "bodyTab"},
    };
    for (const auto &shot : shots) {
        Gui::InspectorPanel panel;
        panel.resize(860, 560);
        if (shot.dark)
            panel.setPalette(QPalette(QColor(0x35, 0x35, 0x35), QColor(0x2b, 0x2b, 0x2b)));
        panel.setRecord(shot.record);
        child<QTabWidget>(panel, "tabs")->setCurrentWidget(child<QWidget>(panel, shot.tab));
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(panel.grab().save(QDir(dir).filePath(QLatin1String(shot.file))));
    }
}

QTEST_MAIN(TestInspectorPanel)
#include "tst_inspectorpanel.moc"
