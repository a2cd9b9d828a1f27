// SPDX-License-Identifier: MIT
// The webhook registrations table: cells and tooltips per column, the secret column following the secret
// check, and a model that stays consistent through resets (QAbstractItemModelTester).
#include "workbench/webhooklistmodel.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using Workbench::WebhookListModel;

namespace {

Api::Webhook captured()
{
    return {QStringLiteral("3fa85f64-5717-4562-b3fc-2c963f66afa6"),
            QUrl(QStringLiteral("https://example.com/hooks/vipps")),
            {QStringLiteral("epayments.payment.captured.v1")}};
}

Api::Webhook several()
{
    return {QStringLiteral("7c9e6679-7425-40de-944b-e07fc1f90ae7"),
            QUrl(QStringLiteral("http://127.0.0.1:8080/hooks/vipps")),
            {QStringLiteral("epayments.payment.authorized.v1"), QStringLiteral("recurring.charge-failed.v1"),
             QStringLiteral("made.up.v1")}};
}

} // namespace

class TstWebhookListModel : public QObject
{
    Q_OBJECT

private slots:
    void emptyModel();
    void cells_data();
    void cells();
    void eventsToolTipHasOneLineEachWithMeaning();
    void secretColumnFollowsTheCheck();
    void refreshSecretColumnSignalsOnlyThatColumn();
    void setWebhooksReplacesTheRows();
    void rowForId();
    void headers();
};

void TstWebhookListModel::emptyModel()
{
    WebhookListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(WebhookListModel::ColumnCount));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.refreshSecretColumn();
    QCOMPARE(changed.count(), 0); // no rows, no range to announce
}

void TstWebhookListModel::cells_data()
{
    QTest::addColumn<Api::Webhook>("webhook");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("display");

    QTest::newRow("url") << captured() << int(WebhookListModel::Url)
                         << QStringLiteral("https://example.com/hooks/vipps");
    QTest::newRow("one event") << captured() << int(WebhookListModel::Events)
                               << QStringLiteral("epayments.payment.captured.v1");
    QTest::newRow("events comma-separated")
        << several() << int(WebhookListModel::Events)
        << QStringLiteral("epayments.payment.authorized.v1, recurring.charge-failed.v1, made.up.v1");
    QTest::newRow("id") << captured() << int(WebhookListModel::Id)
                        << QStringLiteral("3fa85f64-5717-4562-b3fc-2c963f66afa6");
    QTest::newRow("secret held") << captured() << int(WebhookListModel::Secret) << QStringLiteral("held by this app");
    QTest::newRow("secret not here") << several() << int(WebhookListModel::Secret) << QStringLiteral("not here");
}

void TstWebhookListModel::cells()
{
    QFETCH(Api::Webhook, webhook);
    QFETCH(int, column);
    QFETCH(QString, display);

    WebhookListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSecretCheck([](const QString &id) { return id == captured().id; });
    model.setWebhooks({webhook});
    const QModelIndex cell = model.index(0, column);
    QCOMPARE(cell.data().toString(), display);
    QVERIFY(!cell.data(Qt::ToolTipRole).toString().isEmpty());
    QCOMPARE(cell.data(WebhookListModel::IdRole).toString(), webhook.id);
    QCOMPARE(cell.data(WebhookListModel::EventTypesRole).toStringList(), webhook.events);
    QCOMPARE(cell.data(WebhookListModel::SecretHeldRole).toBool(), webhook.id == captured().id);
    QCOMPARE(model.webhookAt(0), webhook);
}

void TstWebhookListModel::eventsToolTipHasOneLineEachWithMeaning()
{
    WebhookListModel model;
    model.setWebhooks({several()});
    const QStringList lines = model.index(0, WebhookListModel::Events).data(Qt::ToolTipRole).toString().split(u'\n');
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0), QStringLiteral("epayments.payment.authorized.v1: User approved the payment; the amount is "
                                         "reserved"));
    QCOMPARE(lines.at(1), QStringLiteral("recurring.charge-failed.v1: Charge failed"));
    QCOMPARE(lines.at(2), QStringLiteral("made.up.v1: not an event type this app knows"));
}

void TstWebhookListModel::secretColumnFollowsTheCheck()
{
    WebhookListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWebhooks({captured(), several()});
    // No check given: nothing is held.
    QCOMPARE(model.index(0, WebhookListModel::Secret).data().toString(), QStringLiteral("not here"));

    QSet<QString> held{several().id};
    model.setSecretCheck([&held](const QString &id) { return held.contains(id); });
    QCOMPARE(model.index(0, WebhookListModel::Secret).data().toString(), QStringLiteral("not here"));
    QCOMPARE(model.index(1, WebhookListModel::Secret).data().toString(), QStringLiteral("held by this app"));

    held = {captured().id};
    model.refreshSecretColumn();
    QCOMPARE(model.index(0, WebhookListModel::Secret).data().toString(), QStringLiteral("held by this app"));
    QCOMPARE(model.index(1, WebhookListModel::Secret).data().toString(), QStringLiteral("not here"));
    QVERIFY(model.index(0, WebhookListModel::Secret).data(Qt::ToolTipRole).toString().contains(u"verifies"));
    QVERIFY(model.index(1, WebhookListModel::Secret).data(Qt::ToolTipRole).toString().contains(u"register again"));
}

void TstWebhookListModel::refreshSecretColumnSignalsOnlyThatColumn()
{
    WebhookListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWebhooks({captured(), several()});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.refreshSecretColumn();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex(), model.index(0, WebhookListModel::Secret));
    QCOMPARE(changed.first().at(1).toModelIndex(), model.index(1, WebhookListModel::Secret));
}

void TstWebhookListModel::setWebhooksReplacesTheRows()
{
    WebhookListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setWebhooks({captured(), several()});
    QCOMPARE(model.rowCount(), 2);
    model.setWebhooks({several()});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.webhookAt(0), several());
    model.setWebhooks({});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(reset.count(), 3);
    QVERIFY(!model.data(model.index(0, 0)).isValid());
}

void TstWebhookListModel::rowForId()
{
    WebhookListModel model;
    model.setWebhooks({captured(), several()});
    QCOMPARE(model.rowForId(captured().id), 0);
    QCOMPARE(model.rowForId(several().id), 1);
    QCOMPARE(model.rowForId(QStringLiteral("no-such-id")), -1);
}

void TstWebhookListModel::headers()
{
    WebhookListModel model;
    const QStringList expected{QStringLiteral("URL"), QStringLiteral("Events"), QStringLiteral("Id"),
                               QStringLiteral("Secret")};
    QStringList headers;
    for (int column = 0; column < model.columnCount(); ++column)
        headers.append(model.headerData(column, Qt::Horizontal).toString());
    QCOMPARE(headers, expected);
}

QTEST_GUILESS_MAIN(TstWebhookListModel)
#include "tst_webhooklistmodel.moc"
