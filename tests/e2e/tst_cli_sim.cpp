// SPDX-License-Identifier: MIT
#include <QTest>

class TstCliSim : public QObject
{
    Q_OBJECT

private slots:
    void pending() { QSKIP("not written yet"); }
};

QTEST_GUILESS_MAIN(TstCliSim)
#include "tst_cli_sim.moc"
