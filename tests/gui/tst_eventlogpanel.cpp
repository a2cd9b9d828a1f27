// SPDX-License-Identifier: MIT
#include <QTest>

class TstEventlogpanel : public QObject
{
    Q_OBJECT

private slots:
    void pending() { QSKIP("not written yet"); }
};

QTEST_MAIN(TstEventlogpanel)
#include "tst_eventlogpanel.moc"
