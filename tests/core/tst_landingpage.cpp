// SPDX-License-Identifier: MIT
#include <QTest>

class TstLandingpage : public QObject
{
    Q_OBJECT

private slots:
    void pending() { QSKIP("not written yet"); }
};

QTEST_GUILESS_MAIN(TstLandingpage)
#include "tst_landingpage.moc"
