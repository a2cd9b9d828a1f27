// SPDX-License-Identifier: MIT
// The outgoing request log: one row per API call with its status, time and problem, bounded, and no secret.
#include "workbench/requestlogmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using Workbench::RequestLogModel;

namespace {

Api::CallRecord call(const QString &operation, int status)
{
    Api::CallRecord record;
    record.operation = operation;
    record.method = "POST";
    record.url = QUrl(QStringLiteral("http://127.0.0.1:8079/epayment/v1/payments?x=1"));
    record.status = status;
    record.attempts = 1;
    record.elapsedMs = 12;
    record.curl = QStringLiteral("curl -X POST -H 'Ocp-Apim-Subscription-Key: $VIPPS_SUBSCRIPTION_KEY' …");
    if (status >= 400) {
        record.error = Api::ProblemDetails::fromResponse(
            status, R"({"title":"Bad Request","status":400,"detail":"Invalid amount",)"
                    R"("extraDetails":[{"name":"amount.value","reason":"must be at least 100"}]})");
    }
    return record;
}

} // namespace

class TstRequestLogModel : public QObject
{
    Q_OBJECT

private slots:
    void successfulCall();
    void failedCall();
    void networkFailureHasNoStatus();
    void bounded();
    void clear();
};

void TstRequestLogModel::successfulCall()
{
    RequestLogModel model;
    QAbstractItemModelTester tester(&model);
    model.setClock([] { return QDateTime(QDate(2026, 11, 26), QTime(12, 0, 5), Qt::UTC); });
    model.append(call(QStringLiteral("Create payment"), 201));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, RequestLogModel::Operation).data().toString(), QStringLiteral("Create payment"));
    QCOMPARE(model.index(0, RequestLogModel::Method).data().toString(), QStringLiteral("POST"));
    QCOMPARE(model.index(0, RequestLogModel::Path).data().toString(), QStringLiteral("/epayment/v1/payments"));
    QCOMPARE(model.index(0, RequestLogModel::Status).data().toString(), QStringLiteral("201"));
    QCOMPARE(model.index(0, RequestLogModel::Duration).data().toString(), QStringLiteral("12 ms"));
    QCOMPARE(model.index(0, RequestLogModel::Problem).data().toString(), QString());
    QVERIFY(model.index(0, 0).data(RequestLogModel::OkRole).toBool());
    QVERIFY(model.index(0, 0).data(RequestLogModel::CurlRole).toString().contains(QLatin1String("$VIPPS_")));
}

void TstRequestLogModel::failedCall()
{
    RequestLogModel model;
    QAbstractItemModelTester tester(&model);
    model.append(call(QStringLiteral("Create payment"), 400));
    const QModelIndex problem = model.index(0, RequestLogModel::Problem);
    QVERIFY(problem.data().toString().startsWith(QLatin1String("400")));
    QVERIFY(!problem.data(RequestLogModel::OkRole).toBool());
    const QString detail = problem.data(RequestLogModel::DetailRole).toString();
    QVERIFY2(detail.contains(QLatin1String("amount.value")), qPrintable(detail));
}

void TstRequestLogModel::networkFailureHasNoStatus()
{
    RequestLogModel model;
    Api::CallRecord record = call(QStringLiteral("Get access token"), 0);
    record.error = Api::ApiError::network(QStringLiteral("Connection refused"));
    model.append(record);
    QCOMPARE(model.index(0, RequestLogModel::Status).data().toString(), QStringLiteral("–"));
    QVERIFY(model.index(0, RequestLogModel::Problem).data().toString().contains(QLatin1String("Connection refused")));
}

void TstRequestLogModel::bounded()
{
    RequestLogModel model;
    QAbstractItemModelTester tester(&model);
    model.setCapacity(2);
    for (int i = 1; i <= 4; ++i)
        model.append(call(QStringLiteral("call %1").arg(i), 200));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, RequestLogModel::Operation).data().toString(), QStringLiteral("call 3"));
    QCOMPARE(model.index(1, RequestLogModel::Operation).data().toString(), QStringLiteral("call 4"));
}

void TstRequestLogModel::clear()
{
    RequestLogModel model;
    QAbstractItemModelTester tester(&model);
    model.append(call(QStringLiteral("one"), 200));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TstRequestLogModel)
#include "tst_requestlogmodel.moc"
