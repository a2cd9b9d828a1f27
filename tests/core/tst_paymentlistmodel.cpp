// SPDX-License-Identifier: MIT
// The app session's payments: newest first, amounts as "49.00 NOK", state and aggregates from the API's answers,
// the landing page kept across modification answers, and the last failed action per payment.
#include "api/paymentrules.h"
#include "workbench/paymentlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using Workbench::PaymentListModel;
using State = Workbench::PaymentListModel::PaymentState;

Q_DECLARE_METATYPE(Api::Amount)

namespace {

const QString kRedirect = QStringLiteral("http://127.0.0.1:8079/landing?token=abc");

Api::Amount nok(qint64 value)
{
    return {value, QStringLiteral("NOK")};
}

Api::Payment authorized(const QString &reference, qint64 value)
{
    Api::Payment payment;
    payment.reference = reference;
    payment.state = QStringLiteral("AUTHORIZED");
    payment.amount = nok(value);
    payment.aggregate = {nok(value), nok(0), nok(0), nok(0)};
    return payment;
}

QDateTime fixedTime()
{
    return QDateTime(QDate(2026, 11, 26), QTime(14, 5, 9));
}

} // namespace

class TstPaymentListModel : public QObject
{
    Q_OBJECT

private slots:
    void formatAmount_data();
    void formatAmount();
    void stateFromName_data();
    void stateFromName();
    void addCreatedPutsNewestFirst();
    void addCreatedTwiceResetsTheRow();
    void updateFillsStateAndAggregates();
    void updateKeepsTheLandingPage();
    void updateOfUnknownReferenceIsRefused();
    void restsForCaptureAndRefund_data();
    void restsForCaptureAndRefund();
    void lastErrorShownAndCleared();
    void clearEmptiesTheList();
    void addListsAPaymentGotByReference();
    void answersShownEscaped();
    void entriesComeBack();
    void headers();
    void amountsInTheUsersLocale();
};

void TstPaymentListModel::formatAmount_data()
{
    QTest::addColumn<Api::Amount>("amount");
    QTest::addColumn<QString>("text");
    QTest::newRow("whole kroner") << nok(4900) << QStringLiteral("49.00 NOK");
    QTest::newRow("øre below ten") << nok(1005) << QStringLiteral("10.05 NOK");
    QTest::newRow("one øre") << Api::Amount{1, QStringLiteral("DKK")} << QStringLiteral("0.01 DKK");
    QTest::newRow("zero") << Api::Amount{0, QStringLiteral("EUR")} << QStringLiteral("0.00 EUR");
    QTest::newRow("maximum") << nok(Api::Amount::kMaxValue) << QStringLiteral("650000.00 NOK");
    QTest::newRow("no currency") << Api::Amount{250, QString()} << QStringLiteral("2.50");
    QTest::newRow("negative") << nok(-150) << QStringLiteral("-1.50 NOK");
}

void TstPaymentListModel::formatAmount()
{
    QFETCH(Api::Amount, amount);
    QFETCH(QString, text);
    QCOMPARE(amount.text(), text); // as the amount columns show it
}

void TstPaymentListModel::stateFromName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<State>("state");
    QTest::addColumn<bool>("final");
    QTest::newRow("created") << QStringLiteral("CREATED") << State::Created << false;
    QTest::newRow("authorized") << QStringLiteral("AUTHORIZED") << State::Authorized << false;
    QTest::newRow("aborted") << QStringLiteral("ABORTED") << State::Aborted << true;
    QTest::newRow("expired") << QStringLiteral("EXPIRED") << State::Expired << true;
    QTest::newRow("terminated") << QStringLiteral("TERMINATED") << State::Terminated << true;
    QTest::newRow("lower case is not a state") << QStringLiteral("created") << State::Unknown << false;
    QTest::newRow("an event name is not a state") << QStringLiteral("CAPTURED") << State::Unknown << false;
}

void TstPaymentListModel::stateFromName()
{
    QFETCH(QString, name);
    QFETCH(State, state);
    QFETCH(bool, final);
    QCOMPARE(PaymentListModel::stateFromName(name), state);
    QCOMPARE(PaymentListModel::isFinal(state), final);
}

void TstPaymentListModel::addCreatedPutsNewestFirst()
{
    PaymentListModel model;
    QAbstractItemModelTester tester(&model);
    model.setClock(fixedTime);
    model.addCreated(QStringLiteral("wb-20261126-first1"), nok(4900), kRedirect);
    model.addCreated(QStringLiteral("wb-20261126-second"), {1250, QStringLiteral("EUR")}, QString());

    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowForReference(QStringLiteral("wb-20261126-second")), 0);
    QCOMPARE(model.rowForReference(QStringLiteral("wb-20261126-first1")), 1);
    QCOMPARE(model.rowForReference(QStringLiteral("wb-20261126-absent")), -1);

    const auto cell = [&model](int row, int column, int role = Qt::DisplayRole) {
        return model.index(row, column).data(role);
    };
    QCOMPARE(cell(1, PaymentListModel::Reference).toString(), QStringLiteral("wb-20261126-first1"));
    QCOMPARE(cell(1, PaymentListModel::Amount).toString(), QStringLiteral("49.00 NOK"));
    QCOMPARE(cell(1, PaymentListModel::State).toString(), QStringLiteral("CREATED"));
    QCOMPARE(cell(1, PaymentListModel::Authorized).toString(), QStringLiteral("0.00 NOK"));
    QCOMPARE(cell(1, PaymentListModel::Updated).toString(), QStringLiteral("14:05:09"));
    QCOMPARE(cell(1, PaymentListModel::Error).toString(), QString());
    QCOMPARE(cell(1, PaymentListModel::Amount, PaymentListModel::MinorUnitsRole).toLongLong(), 4900);
    QVERIFY(cell(1, PaymentListModel::Reference, PaymentListModel::MinorUnitsRole).isNull());
    QCOMPARE(cell(1, PaymentListModel::State, PaymentListModel::StateRole).toInt(), int(State::Created));
    QCOMPARE(cell(1, 0, PaymentListModel::RedirectUrlRole).toString(), kRedirect);
    QVERIFY(cell(1, PaymentListModel::Reference, Qt::ToolTipRole).toString().contains(kRedirect));
    QCOMPARE(cell(0, PaymentListModel::Captured).toString(), QStringLiteral("0.00 EUR"));
    QCOMPARE(cell(0, 0, PaymentListModel::RedirectUrlRole).toString(), QString());
    QCOMPARE(cell(0, PaymentListModel::Amount, Qt::TextAlignmentRole).value<Qt::Alignment>(),
             Qt::AlignRight | Qt::AlignVCenter);
}

void TstPaymentListModel::addCreatedTwiceResetsTheRow()
{
    PaymentListModel model;
    QAbstractItemModelTester tester(&model);
    const QString reference = QStringLiteral("wb-20261126-again1");
    model.addCreated(reference, nok(4900), kRedirect);
    QVERIFY(model.update(authorized(reference, 4900)));
    model.addCreated(reference, nok(100), QString());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.paymentAt(0).payment.state, QStringLiteral("CREATED"));
    QCOMPARE(model.paymentAt(0).payment.amount, nok(100));
    QCOMPARE(model.paymentAt(0).payment.aggregate.authorized.value, 0);
}

void TstPaymentListModel::updateFillsStateAndAggregates()
{
    PaymentListModel model;
    QAbstractItemModelTester tester(&model);
    const QString reference = QStringLiteral("wb-20261126-update");
    model.addCreated(reference, nok(4900), kRedirect);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    Api::Payment payment = authorized(reference, 4900);
    payment.aggregate.captured = nok(2000);
    payment.aggregate.refunded = nok(500);
    payment.aggregate.cancelled = nok(2900);
    model.setClock([] { return fixedTime().addSecs(60); });
    QVERIFY(model.update(payment));

    QCOMPARE(changed.count(), 1);
    const auto text = [&model](int column) { return model.index(0, column).data().toString(); };
    QCOMPARE(text(PaymentListModel::State), QStringLiteral("AUTHORIZED"));
    QCOMPARE(text(PaymentListModel::Authorized), QStringLiteral("49.00 NOK"));
    QCOMPARE(text(PaymentListModel::Captured), QStringLiteral("20.00 NOK"));
    QCOMPARE(text(PaymentListModel::Refunded), QStringLiteral("5.00 NOK"));
    QCOMPARE(text(PaymentListModel::Cancelled), QStringLiteral("29.00 NOK"));
    QCOMPARE(text(PaymentListModel::Updated), QStringLiteral("14:06:09"));
    QCOMPARE(model.index(0, 0).data(PaymentListModel::StateRole).toInt(), int(State::Authorized));
    QVERIFY(!model.index(0, 0).data(PaymentListModel::FinalRole).toBool());

    payment.state = QStringLiteral("TERMINATED");
    QVERIFY(model.update(payment));
    QVERIFY(model.index(0, 0).data(PaymentListModel::FinalRole).toBool());
}

void TstPaymentListModel::updateKeepsTheLandingPage()
{
    PaymentListModel model;
    const QString reference = QStringLiteral("wb-20261126-landng");
    model.addCreated(reference, nok(4900), kRedirect);
    QVERIFY(model.update(authorized(reference, 4900))); // a ModificationResponse has no redirectUrl
    QCOMPARE(model.paymentAt(0).payment.redirectUrl, kRedirect);

    Api::Payment moved = authorized(reference, 4900);
    moved.redirectUrl = QStringLiteral("https://landing.example/other");
    QVERIFY(model.update(moved));
    QCOMPARE(model.paymentAt(0).payment.redirectUrl, moved.redirectUrl);
}

void TstPaymentListModel::updateOfUnknownReferenceIsRefused()
{
    PaymentListModel model;
    QAbstractItemModelTester tester(&model);
    model.addCreated(QStringLiteral("wb-20261126-known1"), nok(4900), kRedirect);
    QVERIFY(!model.update(authorized(QStringLiteral("wb-20261126-strnge"), 100)));
    QVERIFY(!model.setLastError(QStringLiteral("wb-20261126-strnge"), QStringLiteral("boom")));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.paymentAt(0).payment.state, QStringLiteral("CREATED"));
}

void TstPaymentListModel::restsForCaptureAndRefund_data()
{
    QTest::addColumn<qint64>("captured");
    QTest::addColumn<qint64>("refunded");
    QTest::addColumn<qint64>("cancelled");
    QTest::addColumn<qint64>("capturable");
    QTest::addColumn<qint64>("refundable");
    QTest::newRow("just authorized") << qint64(0) << qint64(0) << qint64(0) << qint64(4900) << qint64(0);
    QTest::newRow("part captured") << qint64(1000) << qint64(0) << qint64(0) << qint64(3900) << qint64(1000);
    QTest::newRow("part refunded") << qint64(1000) << qint64(400) << qint64(0) << qint64(3900) << qint64(600);
    QTest::newRow("rest cancelled") << qint64(1000) << qint64(0) << qint64(3900) << qint64(0) << qint64(1000);
    QTest::newRow("all captured and refunded") << qint64(4900) << qint64(4900) << qint64(0) << qint64(0) << qint64(0);
}

void TstPaymentListModel::restsForCaptureAndRefund()
{
    QFETCH(qint64, captured);
    QFETCH(qint64, refunded);
    QFETCH(qint64, cancelled);
    QFETCH(qint64, capturable);
    QFETCH(qint64, refundable);
    PaymentListModel::Entry entry;
    entry.payment = authorized(QStringLiteral("wb-20261126-rests1"), 4900);
    entry.payment.aggregate.captured = nok(captured);
    entry.payment.aggregate.refunded = nok(refunded);
    entry.payment.aggregate.cancelled = nok(cancelled);
    const Api::PaymentRules rules(entry.payment); // what the panel offers for the row
    QCOMPARE(rules.capturable(), capturable);
    QCOMPARE(rules.refundable(), refundable);
}

void TstPaymentListModel::lastErrorShownAndCleared()
{
    PaymentListModel model;
    QAbstractItemModelTester tester(&model);
    const QString reference = QStringLiteral("wb-20261126-error1");
    model.addCreated(reference, nok(4900), kRedirect);
    model.addCreated(QStringLiteral("wb-20261126-other1"), nok(4900), kRedirect);
    const int row = model.rowForReference(reference);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    const QString error = QStringLiteral("400 Capture amount too high (ErrorCode: 6090)");
    QVERIFY(model.setLastError(reference, error));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), row);
    QCOMPARE(model.index(row, PaymentListModel::Error).data().toString(), error);
    QCOMPARE(model.index(row, PaymentListModel::Error).data(Qt::ToolTipRole).toString(), error);
    QVERIFY(model.index(row, 0).data(PaymentListModel::HasErrorRole).toBool());
    QVERIFY(!model.index(1 - row, 0).data(PaymentListModel::HasErrorRole).toBool());

    QVERIFY(model.update(authorized(reference, 4900))); // a refresh does not hide what failed
    QCOMPARE(model.paymentAt(row).lastError, error);

    QVERIFY(model.setLastError(reference, QString()));
    QVERIFY(!model.index(row, 0).data(PaymentListModel::HasErrorRole).toBool());
    QCOMPARE(model.index(row, PaymentListModel::Error).data().toString(), QString());
}

void TstPaymentListModel::addListsAPaymentGotByReference()
{
    PaymentListModel model;
    QAbstractItemModelTester tester(&model);
    model.addCreated(QStringLiteral("wb-20261126-mine01"), nok(4900), kRedirect);
    Api::Payment opened = authorized(QStringLiteral("wb-20261126-other1"), 1200);
    opened.redirectUrl = kRedirect;
    model.add(opened);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowForReference(QStringLiteral("wb-20261126-other1")), 0); // newest first
    QCOMPARE(model.index(0, PaymentListModel::Authorized).data().toString(), QStringLiteral("12.00 NOK"));
    QCOMPARE(model.index(0, 0).data(PaymentListModel::RedirectUrlRole).toString(), kRedirect);

    // Listed already: brought up to date in its place.
    model.add(authorized(QStringLiteral("wb-20261126-mine01"), 4900));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1, PaymentListModel::State).data().toString(), QStringLiteral("AUTHORIZED"));
    QCOMPARE(model.index(1, 0).data(PaymentListModel::RedirectUrlRole).toString(), kRedirect);
}

// What the API answered is shown, never acted on: one line per cell, control characters as escapes; the
// reference the actions use stays as it is.
void TstPaymentListModel::answersShownEscaped()
{
    PaymentListModel model;
    Api::Payment payment = authorized(QStringLiteral("ref\u001b[2K\r"), 1200);
    payment.state = QStringLiteral("AUTHORIZED\u009b2J");
    payment.aggregate.captured.currency = QStringLiteral("N\u202eOK");
    model.add(payment);
    model.setLastError(payment.reference, QStringLiteral("400: \u001b]52;c;aGk=\u0007"));
    const auto cell = [&model](int column, int role = Qt::DisplayRole) {
        return model.index(0, column).data(role).toString();
    };
    QCOMPARE(cell(PaymentListModel::Reference), QStringLiteral("ref\\x1b[2K\\x0d"));
    QCOMPARE(cell(PaymentListModel::Reference, Qt::ToolTipRole), QStringLiteral("ref\\x1b[2K\\x0d"));
    QCOMPARE(cell(PaymentListModel::State), QStringLiteral("AUTHORIZED\\x9b2J"));
    QCOMPARE(cell(PaymentListModel::Captured), QStringLiteral("0.00 N\\u202eOK"));
    QCOMPARE(cell(PaymentListModel::Error), QStringLiteral("400: \\x1b]52;c;aGk=\\x07"));
    QCOMPARE(cell(PaymentListModel::Error, Qt::ToolTipRole), QStringLiteral("400: \\x1b]52;c;aGk=\\x07"));
    QCOMPARE(cell(0, PaymentListModel::ReferenceRole), payment.reference);
}

void TstPaymentListModel::entriesComeBack()
{
    PaymentListModel model;
    QAbstractItemModelTester tester(&model);
    model.addCreated(QStringLiteral("wb-20261126-keep01"), nok(4900), kRedirect);
    model.setLastError(QStringLiteral("wb-20261126-keep01"), QStringLiteral("400 Bad Request"));
    const QList<PaymentListModel::Entry> kept = model.entries();
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setEntries({});
    QCOMPARE(model.rowCount(), 0);
    model.setEntries(kept);
    QCOMPARE(reset.count(), 2);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.paymentAt(0).payment.reference, QStringLiteral("wb-20261126-keep01"));
    QCOMPARE(model.paymentAt(0).lastError, QStringLiteral("400 Bad Request"));
}

void TstPaymentListModel::clearEmptiesTheList()
{
    PaymentListModel model;
    QAbstractItemModelTester tester(&model);
    model.addCreated(QStringLiteral("wb-20261126-clear1"), nok(4900), kRedirect);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(reset.count(), 1);
    model.clear();
    QCOMPARE(reset.count(), 1);
}

// The user's decimal point and grouping: the Norwegian app shows 1 499,00 NOK, as its capture dialog does.
void TstPaymentListModel::amountsInTheUsersLocale()
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::NorwegianBokmal, QLocale::Norway));
    PaymentListModel model;
    model.addCreated(QStringLiteral("wb-20261126-locale"), nok(149900), QString());
    const QString shown = model.index(0, PaymentListModel::Amount).data().toString();
    QLocale::setDefault(before);
    QCOMPARE(shown, QLocale(QLocale::NorwegianBokmal, QLocale::Norway).toString(1499) + QStringLiteral(",00 NOK"));
}

void TstPaymentListModel::headers()
{
    PaymentListModel model;
    QCOMPARE(model.columnCount(), int(PaymentListModel::ColumnCount));
    QCOMPARE(model.headerData(PaymentListModel::Reference, Qt::Horizontal).toString(), QStringLiteral("Reference"));
    QCOMPARE(model.headerData(PaymentListModel::Refunded, Qt::Horizontal).toString(), QStringLiteral("Refunded"));
    QCOMPARE(model.headerData(PaymentListModel::Error, Qt::Horizontal).toString(), QStringLiteral("Last error"));
}

QTEST_GUILESS_MAIN(TstPaymentListModel)
#include "tst_paymentlistmodel.moc"
