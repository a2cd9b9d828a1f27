// SPDX-License-Identifier: MIT
// The quick start panel: each step's mark and button follow the quick start, and ticking a step does not move the
// steps below it (a button that goes keeps its room).
#include "gui/quickstartpanel.h"
#include "workbench/quickstart.h"

#include <QPushButton>
#include <QTest>

using Workbench::QuickStart;
using Step = QuickStart::Step;

class TstQuickStartPanel : public QObject
{
    Q_OBJECT

private slots:
    void tickingDoesNotMoveTheStepsBelow();
};

void TstQuickStartPanel::tickingDoesNotMoveTheStepsBelow()
{
    QuickStart quickStart;
    Gui::QuickStartPanel panel(&quickStart);
    panel.resize(480, 640);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QPushButton *view = panel.actionButton(Step::View);
    const QPoint before = view->mapTo(&panel, QPoint());

    quickStart.profileReady(true);
    quickStart.tokenReceived();
    quickStart.webhookRegistered();
    QVERIFY(!panel.actionButton(Step::Token)->isVisible()); // done: its button goes
    for (int pass = 0; pass < 4; ++pass) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    }
    QCOMPARE(view->mapTo(&panel, QPoint()), before);
}

QTEST_MAIN(TstQuickStartPanel)
#include "tst_quickstartpanel.moc"
