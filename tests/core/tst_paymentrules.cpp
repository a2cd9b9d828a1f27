// SPDX-License-Identifier: MIT
// Which actions a payment allows, from its state and aggregate: approve only when CREATED, capture up to
// authorized − captured − cancelled, refund up to captured − refunded, cancel before approval or while some of
// the authorized amount is neither captured nor cancelled.
#include "api/paymentrules.h"

#include <QTest>

using Api::PaymentRules;
using Action = Api::PaymentRules::Action;

namespace {

Api::Payment payment(const QString &state, qint64 authorized, qint64 captured, qint64 cancelled, qint64 refunded)
{
    const QString nok = QStringLiteral("NOK");
    Api::Payment result;
    result.reference = QStringLiteral("acme-order-0001");
    result.state = state;
    result.amount = {4900, nok};
    result.aggregate = {{authorized, nok}, {cancelled, nok}, {captured, nok}, {refunded, nok}};
    return result;
}

} // namespace

class TstPaymentRules : public QObject
{
    Q_OBJECT

private slots:
    void allowedActions_data();
    void allowedActions();
    void reasonsNameTheAmounts();
    void nextSteps();
    void cancelQuestionSaysWhatHappens();
    void landingPage_data();
    void landingPage();
    void approveExistsOnlyWhereVippsHasIt();
};

void TstPaymentRules::allowedActions_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<qint64>("authorized");
    QTest::addColumn<qint64>("captured");
    QTest::addColumn<qint64>("cancelled");
    QTest::addColumn<qint64>("refunded");
    QTest::addColumn<QString>("allowed"); // A approve, C capture, R refund, X cancel
    QTest::addColumn<qint64>("capturable");
    QTest::addColumn<qint64>("refundable");

    const QString created = QStringLiteral("CREATED");
    const QString authorized = QStringLiteral("AUTHORIZED");
    QTest::newRow("created") << created << 0LL << 0LL << 0LL << 0LL << "AX" << 0LL << 0LL;
    QTest::newRow("authorized") << authorized << 4900LL << 0LL << 0LL << 0LL << "CX" << 4900LL << 0LL;
    QTest::newRow("partly captured") << authorized << 4900LL << 2000LL << 0LL << 0LL << "CRX" << 2900LL << 2000LL;
    QTest::newRow("partly refunded") << authorized << 4900LL << 2000LL << 0LL << 500LL << "CRX" << 2900LL << 1500LL;
    QTest::newRow("fully captured") << authorized << 4900LL << 4900LL << 0LL << 0LL << "R" << 0LL << 4900LL;
    QTest::newRow("captured, rest cancelled")
        << authorized << 4900LL << 2000LL << 2900LL << 0LL << "R" << 0LL << 2000LL;
    QTest::newRow("cancelled after approval") << authorized << 4900LL << 0LL << 4900LL << 0LL << "" << 0LL << 0LL;
    QTest::newRow("captured and refunded") << authorized << 4900LL << 4900LL << 0LL << 4900LL << "" << 0LL << 0LL;
    QTest::newRow("terminated") << QStringLiteral("TERMINATED") << 0LL << 0LL << 0LL << 0LL << "" << 0LL << 0LL;
    QTest::newRow("aborted") << QStringLiteral("ABORTED") << 0LL << 0LL << 0LL << 0LL << "" << 0LL << 0LL;
    QTest::newRow("expired") << QStringLiteral("EXPIRED") << 0LL << 0LL << 0LL << 0LL << "" << 0LL << 0LL;
    QTest::newRow("more captured than authorized") << authorized << 100LL << 300LL << 0LL << 0LL << "R" << 0LL << 300LL;
}

void TstPaymentRules::allowedActions()
{
    QFETCH(QString, state);
    QFETCH(qint64, authorized);
    QFETCH(qint64, captured);
    QFETCH(qint64, cancelled);
    QFETCH(qint64, refunded);
    QFETCH(QString, allowed);
    QFETCH(qint64, capturable);
    QFETCH(qint64, refundable);

    const PaymentRules rules(payment(state, authorized, captured, cancelled, refunded));
    QCOMPARE(rules.allows(Action::Approve), allowed.contains(u'A'));
    QCOMPARE(rules.allows(Action::Capture), allowed.contains(u'C'));
    QCOMPARE(rules.allows(Action::Refund), allowed.contains(u'R'));
    QCOMPARE(rules.allows(Action::Cancel), allowed.contains(u'X'));
    QCOMPARE(rules.capturable(), capturable);
    QCOMPARE(rules.refundable(), refundable);
    for (const Action action : {Action::Approve, Action::Capture, Action::Refund, Action::Cancel})
        QCOMPARE(rules.whyNot(action).isEmpty(), rules.allows(action));
}

void TstPaymentRules::reasonsNameTheAmounts()
{
    const QString authorized = QStringLiteral("AUTHORIZED");
    QCOMPARE(
        PaymentRules(payment(authorized, 4900, 4900, 0, 0)).whyNot(Action::Capture),
        QStringLiteral("Nothing is left to capture: 49.00 NOK authorized, 49.00 NOK captured, 0.00 NOK cancelled."));
    QCOMPARE(PaymentRules(payment(authorized, 4900, 4900, 0, 4900)).whyNot(Action::Refund),
             QStringLiteral("Nothing is left to refund: 49.00 NOK captured, 49.00 NOK refunded."));
    QCOMPARE(PaymentRules(payment(authorized, 4900, 0, 0, 0)).whyNot(Action::Refund),
             QStringLiteral("Nothing is captured yet, so nothing can be refunded."));
    QCOMPARE(PaymentRules(payment(authorized, 4900, 0, 0, 0)).whyNot(Action::Approve),
             QStringLiteral("Only a CREATED payment can be approved; this one is AUTHORIZED."));
    QCOMPARE(PaymentRules(payment(QStringLiteral("CREATED"), 0, 0, 0, 0)).whyNot(Action::Capture),
             QStringLiteral("Only an AUTHORIZED payment can be captured; this one is CREATED."));
    QCOMPARE(PaymentRules(payment(QStringLiteral("EXPIRED"), 0, 0, 0, 0)).whyNot(Action::Cancel),
             QStringLiteral("The payment is EXPIRED, which is final: it cannot be cancelled."));
    QCOMPARE(PaymentRules(payment(authorized, 4900, 4900, 0, 0)).whyNot(Action::Cancel),
             QStringLiteral("Nothing authorized is left to cancel; refund what was captured instead."));
}

void TstPaymentRules::nextSteps()
{
    QCOMPARE(PaymentRules(payment(QStringLiteral("CREATED"), 0, 0, 0, 0)).nextSteps(),
             QStringList({QStringLiteral("approve (simulator and test environment)"),
                          QStringLiteral("cancel (terminates it)")}));
    QCOMPARE(PaymentRules(payment(QStringLiteral("AUTHORIZED"), 4900, 2000, 0, 500)).nextSteps(),
             QStringList({QStringLiteral("capture up to 29.00 NOK"), QStringLiteral("refund up to 15.00 NOK"),
                          QStringLiteral("cancel the 29.00 NOK not captured")}));
    QVERIFY(PaymentRules(payment(QStringLiteral("TERMINATED"), 0, 0, 0, 0)).nextSteps().isEmpty());
}

void TstPaymentRules::cancelQuestionSaysWhatHappens()
{
    QCOMPARE(PaymentRules(payment(QStringLiteral("CREATED"), 0, 0, 0, 0)).cancelQuestion(),
             QStringLiteral("Cancel acme-order-0001? It has not been approved yet: it ends as TERMINATED and can no "
                            "longer be paid."));
    QCOMPARE(PaymentRules(payment(QStringLiteral("AUTHORIZED"), 4900, 0, 0, 0)).cancelQuestion(),
             QStringLiteral("Cancel acme-order-0001? The 49.00 NOK authorized is released to the customer and can no "
                            "longer be captured."));
    QCOMPARE(PaymentRules(payment(QStringLiteral("AUTHORIZED"), 4900, 2000, 0, 500)).cancelQuestion(),
             QStringLiteral("Cancel acme-order-0001? The 29.00 NOK not captured is released to the customer and can "
                            "no longer be captured; the 20.00 NOK captured stays, to be refunded if need be."));
    QCOMPARE(PaymentRules(payment(QStringLiteral("AUTHORIZED"), 4900, 4900, 0, 0)).cancelQuestion(), QString());
    QCOMPARE(PaymentRules(payment(QStringLiteral("TERMINATED"), 0, 0, 0, 0)).cancelQuestion(), QString());
}

void TstPaymentRules::landingPage_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("redirectUrl");
    QTest::addColumn<QString>("whyNot"); // empty: offered
    const QString url = QStringLiteral("http://127.0.0.1:8079/landing?token=abc");
    QTest::newRow("created") << QStringLiteral("CREATED") << url << QString();
    QTest::newRow("authorized") << QStringLiteral("AUTHORIZED") << url << QString();
    for (const char *state : {"TERMINATED", "ABORTED", "EXPIRED"}) {
        QTest::newRow(state) << QString::fromLatin1(state) << url
                             << QStringLiteral("The payment is %1, which is final: its landing page has nothing left "
                                               "to do.")
                                    .arg(QString::fromLatin1(state));
    }
    QTest::newRow("no landing page") << QStringLiteral("CREATED") << QString()
                                     << QStringLiteral("The API gave no landing page for this payment (a PUSH_MESSAGE "
                                                       "payment goes to the app).");
}

void TstPaymentRules::landingPage()
{
    QFETCH(QString, state);
    QFETCH(QString, redirectUrl);
    QFETCH(QString, whyNot);
    Api::Payment subject = payment(state, 0, 0, 0, 0);
    subject.redirectUrl = redirectUrl;
    const PaymentRules rules(subject);
    QCOMPARE(rules.whyNot(Action::LandingPage), whyNot);
    QCOMPARE(rules.allows(Action::LandingPage), whyNot.isEmpty());
    QCOMPARE(rules.nextSteps(), PaymentRules(payment(state, 0, 0, 0, 0)).nextSteps()); // not a step of its own
}

void TstPaymentRules::approveExistsOnlyWhereVippsHasIt()
{
    using Credentials::Environment;
    QVERIFY(PaymentRules::approveExistsIn(Environment::Simulator));
    QVERIFY(PaymentRules::approveExistsIn(Environment::Test));
    QVERIFY(!PaymentRules::approveExistsIn(Environment::Production));
    QVERIFY(!PaymentRules::approveExistsIn(Environment::Custom));
}

QTEST_GUILESS_MAIN(TstPaymentRules)
#include "tst_paymentrules.moc"
