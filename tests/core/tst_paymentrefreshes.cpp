// SPDX-License-Identifier: MIT
// The gets after news about payments: one per payment however many events a batch has, one more after it for news
// that came while it was on its way (never more), and none left waiting once they are cleared.
#include "workbench/paymentrefreshes.h"

#include <QTest>

using Workbench::PaymentRefreshes;

class TstPaymentRefreshes : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void oneGetPerPaymentInABatch();
    void newsWhileOnItsWayGetsOnceMore();
    void eachPaymentOnItsOwn();
    void clearForgetsWhatIsOnItsWay();
    void doneAtOnceIsFine();

private:
    void answer(const QString &reference);

    QStringList m_fetched;                                      // in the order the gets went out
    QList<std::pair<QString, std::function<void()>>> m_waiting; // gets without an answer yet
    std::unique_ptr<PaymentRefreshes> m_refreshes;
};

void TstPaymentRefreshes::init()
{
    m_fetched.clear();
    m_waiting.clear();
    m_refreshes = std::make_unique<PaymentRefreshes>([this](const QString &reference, std::function<void()> done) {
        m_fetched.append(reference);
        m_waiting.append({reference, std::move(done)});
    });
}

// Answers the oldest get of reference that is waiting.
void TstPaymentRefreshes::answer(const QString &reference)
{
    for (qsizetype i = 0; i < m_waiting.size(); ++i) {
        if (m_waiting.at(i).first == reference) {
            const std::function<void()> done = m_waiting.takeAt(i).second;
            done();
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no get of %1 is waiting").arg(reference)));
}

void TstPaymentRefreshes::oneGetPerPaymentInABatch()
{
    m_refreshes->request({QStringLiteral("order-1"), QStringLiteral("order-2"), QStringLiteral("order-1"), QString(),
                          QStringLiteral("order-1")});
    QCOMPARE(m_fetched, (QStringList{QStringLiteral("order-1"), QStringLiteral("order-2")}));
    answer(QStringLiteral("order-1"));
    answer(QStringLiteral("order-2"));
    QCOMPARE(m_fetched.size(), 2);
    QVERIFY(!m_refreshes->isOnItsWay(QStringLiteral("order-1")));
}

void TstPaymentRefreshes::newsWhileOnItsWayGetsOnceMore()
{
    const QString reference = QStringLiteral("order-1");
    m_refreshes->request({reference});
    m_refreshes->request({reference});
    m_refreshes->request({reference, reference});
    m_refreshes->request({reference});
    QCOMPARE(m_fetched.size(), 1);
    answer(reference);
    QCOMPARE(m_fetched.size(), 2); // the news since may be newer than the first answer
    QVERIFY(m_refreshes->isOnItsWay(reference));
    answer(reference);
    QCOMPARE(m_fetched.size(), 2);
    QVERIFY(!m_refreshes->isOnItsWay(reference));

    m_refreshes->request({reference}); // later news: a get of its own
    QCOMPARE(m_fetched.size(), 3);
}

void TstPaymentRefreshes::eachPaymentOnItsOwn()
{
    m_refreshes->request({QStringLiteral("order-1")});
    m_refreshes->request({QStringLiteral("order-2")});
    m_refreshes->request({QStringLiteral("order-1")});
    answer(QStringLiteral("order-2"));
    QCOMPARE(m_fetched.size(), 2); // order-2 had no news since
    answer(QStringLiteral("order-1"));
    QCOMPARE(m_fetched, (QStringList{QStringLiteral("order-1"), QStringLiteral("order-2"), QStringLiteral("order-1")}));
}

void TstPaymentRefreshes::clearForgetsWhatIsOnItsWay()
{
    m_refreshes->request({QStringLiteral("order-1")});
    m_refreshes->request({QStringLiteral("order-1")});
    m_refreshes->clear();
    QVERIFY(!m_refreshes->isOnItsWay(QStringLiteral("order-1")));
    m_refreshes->request({QStringLiteral("order-1")}); // not held back by the get of before
    QCOMPARE(m_fetched.size(), 2);
}

// A get that cannot go out answers at once; nothing stays on its way.
void TstPaymentRefreshes::doneAtOnceIsFine()
{
    PaymentRefreshes refreshes([this](const QString &reference, const std::function<void()> &done) {
        m_fetched.append(reference);
        done();
    });
    refreshes.request({QStringLiteral("order-1"), QStringLiteral("order-1")});
    QCOMPARE(m_fetched.size(), 1);
    QVERIFY(!refreshes.isOnItsWay(QStringLiteral("order-1")));
    refreshes.request({QStringLiteral("order-1")});
    QCOMPARE(m_fetched.size(), 2);
}

QTEST_GUILESS_MAIN(TstPaymentRefreshes)
#include "tst_paymentrefreshes.moc"
