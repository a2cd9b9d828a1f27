// SPDX-License-Identifier: MIT
// The event log filter: text over the shown columns and the webhook id, a set of verification results, and
// rows that come and go in the source while a filter is on.
#include "eventtesthelpers.h"
#include "events/eventfiltermodel.h"
#include "events/eventlogmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using Events::EventFilterModel;
using Events::EventLogModel;
using Signature::Result;

class TstEventFilterModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void text_data();
    void text();
    void results_data();
    void results();
    void textAndResultsTogether();
    void followsTheSource();

private:
    void fill();
    QList<qint64> shownSeqs() const;

    EventLogModel *m_log = nullptr;
    EventFilterModel *m_filter = nullptr;
    QAbstractItemModelTester *m_logTester = nullptr;
    QAbstractItemModelTester *m_filterTester = nullptr;
};

void TstEventFilterModel::init()
{
    m_log = new EventLogModel(this);
    m_filter = new EventFilterModel(this);
    m_filter->setSourceModel(m_log);
    m_logTester = new QAbstractItemModelTester(m_log, this);
    m_filterTester = new QAbstractItemModelTester(m_filter, this);
    fill();
}

void TstEventFilterModel::cleanup()
{
    delete m_filterTester;
    delete m_logTester;
    delete m_filter;
    delete m_log;
}

// 1 valid AUTHORIZED, 2 invalid CAPTURED, 3 stale REFUNDED, 4 a 405, 5 valid duplicate CAPTURED.
void TstEventFilterModel::fill()
{
    const auto spec = [](qint64 seq, const char *name, Result result, const char *webhookId) {
        EventTest::Spec spec;
        spec.seq = seq;
        spec.name = QString::fromLatin1(name);
        spec.reference = QStringLiteral("shop-order-%1").arg(seq);
        spec.amount = 1000 * seq + 50;
        spec.result = result;
        spec.status = result == Result::Valid ? 200 : 401;
        spec.webhookId = QString::fromLatin1(webhookId);
        return EventTest::record(spec);
    };
    m_log->append(spec(1, "AUTHORIZED", Result::Valid, "aaaa-1111"));
    m_log->append(spec(2, "CAPTURED", Result::Invalid, "bbbb-2222"));
    m_log->append(spec(3, "REFUNDED", Result::Stale, "aaaa-1111"));
    m_log->append(EventTest::notADelivery(4));
    Events::EventRecord duplicate = spec(5, "CAPTURED", Result::Valid, "aaaa-1111");
    duplicate.entry.duplicate = true;
    m_log->append(duplicate);
}

QList<qint64> TstEventFilterModel::shownSeqs() const
{
    QList<qint64> seqs;
    for (int row = 0; row < m_filter->rowCount(); ++row)
        seqs.append(m_filter->index(row, 0).data(EventLogModel::SeqRole).toLongLong());
    return seqs;
}

void TstEventFilterModel::text_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<qint64>>("shown");
    QTest::newRow("empty shows all") << "" << QList<qint64>{1, 2, 3, 4, 5};
    QTest::newRow("blank shows all") << "   " << QList<qint64>{1, 2, 3, 4, 5};
    QTest::newRow("event name, any case") << "captured" << QList<qint64>{2, 5};
    QTest::newRow("reference") << "shop-order-3" << QList<qint64>{3};
    QTest::newRow("amount") << "20.50 NOK" << QList<qint64>{2};
    QTest::newRow("result word") << "stale" << QList<qint64>{3};
    QTest::newRow("status") << "401" << QList<qint64>{2, 3};
    QTest::newRow("duplicate mark") << "duplicate" << QList<qint64>{5};
    QTest::newRow("webhook id") << "BBBB-2222" << QList<qint64>{2};
    QTest::newRow("the 405 request") << "GET /hooks" << QList<qint64>{4};
    QTest::newRow("nothing") << "no such thing" << QList<qint64>{};
}

void TstEventFilterModel::text()
{
    QFETCH(QString, text);
    QFETCH(QList<qint64>, shown);
    m_filter->setText(text);
    QCOMPARE(shownSeqs(), shown);
}

void TstEventFilterModel::results_data()
{
    QTest::addColumn<QList<int>>("results");
    QTest::addColumn<QList<qint64>>("shown");
    QTest::newRow("none chosen shows all") << QList<int>{} << QList<qint64>{1, 2, 3, 4, 5};
    QTest::newRow("valid") << QList<int>{int(Result::Valid)} << QList<qint64>{1, 5};
    QTest::newRow("invalid and stale") << QList<int>{int(Result::Invalid), int(Result::Stale)}
                                       << QList<qint64>{2, 3};
    QTest::newRow("no-secret") << QList<int>{int(Result::NoSecret)} << QList<qint64>{};
}

void TstEventFilterModel::results()
{
    QFETCH(QList<int>, results);
    QFETCH(QList<qint64>, shown);
    QSet<Result> set;
    for (int result : results)
        set.insert(Result(result));
    m_filter->setResults(set);
    QCOMPARE(shownSeqs(), shown);
}

void TstEventFilterModel::textAndResultsTogether()
{
    m_filter->setText(QStringLiteral("captured"));
    m_filter->setResults({Result::Valid});
    QCOMPARE(shownSeqs(), QList<qint64>{5});
    m_filter->setResults({});
    QCOMPARE(shownSeqs(), (QList<qint64>{2, 5}));
}

void TstEventFilterModel::followsTheSource()
{
    m_filter->setText(QStringLiteral("captured"));
    EventTest::Spec spec;
    spec.seq = 6;
    spec.name = QStringLiteral("CAPTURED");
    m_log->append(EventTest::record(spec));
    QCOMPARE(shownSeqs(), (QList<qint64>{2, 5, 6}));
    m_log->setCapacity(3); // drops 1, 2 and 3
    QCOMPARE(shownSeqs(), (QList<qint64>{5, 6}));
    m_log->clear();
    QCOMPARE(m_filter->rowCount(), 0);
}

QTEST_GUILESS_MAIN(TstEventFilterModel)
#include "tst_eventfiltermodel.moc"
