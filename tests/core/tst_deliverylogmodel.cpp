// SPDX-License-Identifier: MIT
// The simulator's delivery attempts as the app's Deliveries view shows them: sent, event, URL, attempt, status or
// error and next retry, for an attempt delivered, one to be retried, one dropped after the last retry and one
// whose retry was cancelled; the count of failures; bounded to the newest.
#include "workbench/deliverylogmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using Workbench::DeliveryLogModel;

namespace {

const QString kCreated = QStringLiteral("epayments.payment.created.v1");
const QString kWebhookId = QStringLiteral("3fa85f64-5717-4562-b3fc-2c963f66afa6");

QDateTime at(int hour, int minute, int second)
{
    return QDateTime(QDate(2026, 11, 26), QTime(hour, minute, second)).toUTC();
}

Sim::DeliveryAttempt attempt(int number, int status, const QString &error, const QDateTime &nextRetryAt = {})
{
    Sim::DeliveryAttempt attempt;
    attempt.sentAt = at(12, 0, number);
    attempt.registrationId = kWebhookId;
    attempt.url = QUrl(QStringLiteral("http://127.0.0.1:9/dead"));
    attempt.eventType = kCreated;
    attempt.reference = QStringLiteral("order-0001");
    attempt.attempt = number;
    attempt.status = status;
    attempt.error = error;
    attempt.nextRetryAt = nextRetryAt;
    return attempt;
}

QString text(const DeliveryLogModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

} // namespace

class TstDeliveryLogModel : public QObject
{
    Q_OBJECT

private slots:
    void delivered();
    void failedWithARetryDue();
    void droppedAfterTheLastRetry();
    void cancelledRetry();
    void boundedToTheNewest();
    void clear();
    void handlersWordsShownEscaped();
};

void TstDeliveryLogModel::delivered()
{
    DeliveryLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.append(attempt(1, 200, QString()));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), int(DeliveryLogModel::ColumnCount));
    QCOMPARE(text(model, 0, DeliveryLogModel::Time), QStringLiteral("12:00:01"));
    QCOMPARE(text(model, 0, DeliveryLogModel::Event), kCreated);
    QCOMPARE(text(model, 0, DeliveryLogModel::Url), QStringLiteral("http://127.0.0.1:9/dead"));
    QCOMPARE(text(model, 0, DeliveryLogModel::Attempt), QStringLiteral("1"));
    QCOMPARE(text(model, 0, DeliveryLogModel::Result), QStringLiteral("200"));
    QCOMPARE(text(model, 0, DeliveryLogModel::NextRetry), QStringLiteral("–"));
    QVERIFY(model.index(0, 0).data(DeliveryLogModel::DeliveredRole).toBool());
    QCOMPARE(model.failedCount(), 0);
    const QString tip = model.index(0, DeliveryLogModel::Result).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(kWebhookId) && tip.contains(QLatin1String("order-0001")), qPrintable(tip));
}

void TstDeliveryLogModel::failedWithARetryDue()
{
    DeliveryLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy failed(&model, &DeliveryLogModel::failedCountChanged);
    model.append(attempt(1, 0, QStringLiteral("Connection refused"), at(12, 0, 2)));
    QCOMPARE(text(model, 0, DeliveryLogModel::Result), QStringLiteral("Connection refused"));
    QCOMPARE(text(model, 0, DeliveryLogModel::NextRetry), QStringLiteral("12:00:02"));
    QVERIFY(!model.index(0, 0).data(DeliveryLogModel::DeliveredRole).toBool());
    QCOMPARE(model.failedCount(), 1);
    QCOMPARE(failed.count(), 1);
    model.append(attempt(2, 500, QStringLiteral("HTTP 500"), at(12, 0, 4)));
    QCOMPARE(text(model, 1, DeliveryLogModel::Result), QStringLiteral("HTTP 500"));
    QCOMPARE(text(model, 1, DeliveryLogModel::Attempt), QStringLiteral("2"));
    QCOMPARE(model.failedCount(), 2);
}

void TstDeliveryLogModel::droppedAfterTheLastRetry()
{
    DeliveryLogModel model;
    model.append(attempt(6, 503, QStringLiteral("HTTP 503")));
    QCOMPARE(text(model, 0, DeliveryLogModel::NextRetry), QStringLiteral("none: dropped after 6 attempts"));
}

// Deleting the webhook cancels the retry that was due after its last attempt; earlier rows keep their times.
void TstDeliveryLogModel::cancelledRetry()
{
    DeliveryLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.append(attempt(1, 0, QStringLiteral("Connection refused"), at(12, 0, 2)));
    model.append(attempt(2, 0, QStringLiteral("Connection refused"), at(12, 0, 4)));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.markCancelled(QStringLiteral("another-webhook"), kCreated, 2);
    model.markCancelled(kWebhookId, kCreated, 2);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(text(model, 0, DeliveryLogModel::NextRetry), QStringLiteral("12:00:02"));
    QCOMPARE(text(model, 1, DeliveryLogModel::NextRetry), QStringLiteral("cancelled: the webhook was deleted"));
    const QString tip = model.index(1, DeliveryLogModel::NextRetry).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QLatin1String("cancelled")), qPrintable(tip)); // the column is often too narrow
}

void TstDeliveryLogModel::boundedToTheNewest()
{
    DeliveryLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(DeliveryLogModel::DefaultCapacity, 1000);
    model.setCapacity(2);
    model.append(attempt(1, 0, QStringLiteral("Connection refused"), at(12, 0, 2)));
    model.append(attempt(2, 0, QStringLiteral("Connection refused"), at(12, 0, 4)));
    model.append(attempt(3, 200, QString()));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(text(model, 0, DeliveryLogModel::Attempt), QStringLiteral("2"));
    QCOMPARE(text(model, 1, DeliveryLogModel::Attempt), QStringLiteral("3"));
    QCOMPARE(model.failedCount(), 1);
    model.setCapacity(1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.failedCount(), 0);
}

void TstDeliveryLogModel::clear()
{
    DeliveryLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.append(attempt(1, 0, QStringLiteral("Connection refused"), at(12, 0, 2)));
    QSignalSpy failed(&model, &DeliveryLogModel::failedCountChanged);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.failedCount(), 0);
    QCOMPARE(failed.count(), 1);
}

// The error quotes the handler's answer and the event type and URL are what a client registered: each cell one
// line with control characters as escapes, the tooltip one line per part.
void TstDeliveryLogModel::handlersWordsShownEscaped()
{
    DeliveryLogModel model;
    Sim::DeliveryAttempt failed = attempt(1, 500, QStringLiteral("HTTP 500 \u001b[2K\rOK\u0007\nnext"), at(12, 0, 2));
    failed.eventType = QStringLiteral("epayments\u009b2J");
    failed.reference = QStringLiteral("order\u202e1");
    model.append(failed);
    QCOMPARE(text(model, 0, DeliveryLogModel::Result), QStringLiteral("HTTP 500 \\x1b[2K\\x0dOK\\x07\\x0anext"));
    QCOMPARE(text(model, 0, DeliveryLogModel::Event), QStringLiteral("epayments\\x9b2J"));
    const QStringList tip = model.index(0, 0).data(Qt::ToolTipRole).toString().split(QLatin1Char('\n'));
    QVERIFY2(tip.contains(QStringLiteral("HTTP 500 \\x1b[2K\\x0dOK\\x07\\x0anext")), qPrintable(tip.join(u'|')));
    QVERIFY2(tip.contains(QStringLiteral("Payment order\\u202e1")), qPrintable(tip.join(u'|')));
}

QTEST_GUILESS_MAIN(TstDeliveryLogModel)
#include "tst_deliverylogmodel.moc"
