// SPDX-License-Identifier: MIT
#include <QTest>

class TstSimE2e : public QObject
{
    Q_OBJECT

private slots:
    void pending() { QSKIP("not written yet"); }
};

QTEST_GUILESS_MAIN(TstSimE2e)
#include "tst_sim_e2e.moc"
