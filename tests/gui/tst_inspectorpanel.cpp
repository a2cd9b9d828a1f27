// SPDX-License-Identifier: MIT
#include <QTest>

class TstInspectorpanel : public QObject
{
    Q_OBJECT

private slots:
    void pending() { QSKIP("not written yet"); }
};

QTEST_MAIN(TstInspectorpanel)
#include "tst_inspectorpanel.moc"
