// SPDX-License-Identifier: MIT
// Which of Qt's diagnostics vipps-hooks lets reach stderr (Cli::QtMessages).
#include "cli/qtmessages.h"

#include <QTest>

class TestQtMessages : public QObject
{
    Q_OBJECT

private slots:
    void shown_data();
    void shown();
};

void TestQtMessages::shown_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QByteArray>("category");
    QTest::addColumn<bool>("debug");
    QTest::addColumn<bool>("expected");
    QTest::newRow("Qt's warning") << int(QtWarningMsg) << QByteArray("default") << false << false;
    QTest::newRow("Qt's network warning") << int(QtWarningMsg) << QByteArray("qt.network.ssl") << false << false;
    QTest::newRow("Qt's debug") << int(QtDebugMsg) << QByteArray("qt.core") << false << false;
    QTest::newRow("critical") << int(QtCriticalMsg) << QByteArray("default") << false << true;
    QTest::newRow("own category") << int(QtDebugMsg) << QByteArray("vwb.api") << false << true;
    QTest::newRow("like own, not own") << int(QtDebugMsg) << QByteArray("vwbx.api") << false << false;
    QTest::newRow("Qt's warning, debugging") << int(QtWarningMsg) << QByteArray("default") << true << true;
    QTest::newRow("no category") << int(QtInfoMsg) << QByteArray() << false << false;
}

void TestQtMessages::shown()
{
    QFETCH(int, type);
    QFETCH(QByteArray, category);
    QFETCH(bool, debug);
    QFETCH(bool, expected);
    QCOMPARE(Cli::QtMessages::shown(QtMsgType(type), category.isNull() ? nullptr : category.constData(), debug),
             expected);
}

QTEST_GUILESS_MAIN(TestQtMessages)
#include "tst_qtmessages.moc"
