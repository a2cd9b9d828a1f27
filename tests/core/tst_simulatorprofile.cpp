// SPDX-License-Identifier: MIT
#include <QTest>

class TstSimulatorprofile : public QObject
{
    Q_OBJECT

private slots:
    void pending() { QSKIP("not written yet"); }
};

QTEST_GUILESS_MAIN(TstSimulatorprofile)
#include "tst_simulatorprofile.moc"
