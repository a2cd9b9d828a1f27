// SPDX-License-Identifier: MIT
// The outgoing request log's detail pane: the selected call, or the newest one while nothing is selected, never
// an empty pane next to a list of calls; copy as curl copies what is shown.
#include "gui/requestlogpanel.h"
#include "workbench/requestlogmodel.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

namespace {

Api::CallRecord call(const QString &operation, const QString &path)
{
    Api::CallRecord record;
    record.operation = operation;
    record.method = "GET";
    record.url = QUrl(QStringLiteral("http://127.0.0.1:8079") + path);
    record.status = 200;
    record.attempts = 1;
    record.curl = QStringLiteral("curl -X GET 'http://127.0.0.1:8079%1'").arg(path);
    return record;
}

template<typename T> T *child(const QWidget &panel, const char *name)
{
    T *found = panel.findChild<T *>(QLatin1String(name));
    Q_ASSERT(found);
    return found;
}

} // namespace

class TstRequestLogPanel : public QObject
{
    Q_OBJECT

private slots:
    void newestShownWhileNothingIsSelected();
};

void TstRequestLogPanel::newestShownWhileNothingIsSelected()
{
    Workbench::RequestLogModel model;
    Gui::RequestLogPanel panel(&model);
    auto *detail = child<QPlainTextEdit>(panel, "detailText");
    auto *copy = child<QPushButton>(panel, "copyCurlButton");
    QCOMPARE(detail->toPlainText(), QString()); // no call yet: the placeholder says what will be here
    QVERIFY(!copy->isEnabled());

    model.append(call(QStringLiteral("List webhooks"), QStringLiteral("/webhooks/v1/webhooks")));
    model.append(call(QStringLiteral("Get payment"), QStringLiteral("/epayment/v1/payments/order-1")));
    QVERIFY2(detail->toPlainText().contains(QLatin1String("/epayment/v1/payments/order-1")),
             qPrintable(detail->toPlainText()));
    QVERIFY(copy->isEnabled());
    copy->click();
    QVERIFY(QGuiApplication::clipboard()->text().contains(QLatin1String("/epayment/v1/payments/order-1")));

    auto *view = child<QTableView>(panel, "requestView");
    view->selectionModel()->setCurrentIndex(model.index(0, 0),
                                            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QVERIFY(detail->toPlainText().contains(QLatin1String("/webhooks/v1/webhooks")));
    model.append(call(QStringLiteral("Get payment"), QStringLiteral("/epayment/v1/payments/order-2")));
    QVERIFY(detail->toPlainText().contains(QLatin1String("/webhooks/v1/webhooks"))); // the choice stays

    model.clear();
    QCOMPARE(detail->toPlainText(), QString());
    QVERIFY(!copy->isEnabled());
}

QTEST_MAIN(TstRequestLogPanel)
#include "tst_requestlogpanel.moc"
