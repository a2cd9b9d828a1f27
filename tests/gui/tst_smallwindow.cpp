// SPDX-License-Identifier: MIT
// The window at 1024×700, the smallest size it is made for: the panels' dock gives way so the event log and the
// inspector keep room to work, long messages do not widen the dock for good, and controls stay where they are
// when a label comes or goes.
#include "credentials/memorysecretstore.h"
#include "credentials/profilestore.h"
#include "events/eventlogmodel.h"
#include "eventtesthelpers.h"
#include "gui/credentialspanel.h"
#include "gui/eventlogpanel.h"
#include "gui/mainwindow.h"
#include "workbench/profilesession.h"
#include "workbench/workspace.h"

#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

class TstSmallWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void eventLogAndInspectorKeepRoom();
    void longMessageDoesNotWidenTheDock();
    void pauseDoesNotMoveTheButtons();
    void inspectorKeepsRoomBesideTheSecretOffer();
    void verificationColumnInView();

private:
    template<typename T> T *child(const char *name) const
    {
        T *found = m_window->findChild<T *>(QLatin1String(name));
        Q_ASSERT(found);
        return found;
    }
    void settle() const;

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Credentials::ProfileStore> m_profiles;
    std::unique_ptr<Credentials::MemorySecretStore> m_secrets;
    std::unique_ptr<Workbench::Workspace> m_workspace;
    std::unique_ptr<Gui::MainWindow> m_window;
};

void TstSmallWindow::init()
{
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("profiles.ini")), QSettings::IniFormat);
    m_settings->clear();
    m_profiles = std::make_unique<Credentials::ProfileStore>(m_settings.get());
    m_secrets = std::make_unique<Credentials::MemorySecretStore>();
    m_workspace = std::make_unique<Workbench::Workspace>(m_profiles.get(), m_secrets.get());
    m_window = std::make_unique<Gui::MainWindow>(m_workspace.get(), nullptr);
    m_window->resize(1024, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    settle();
}

void TstSmallWindow::cleanup()
{
    m_window.reset();
    m_workspace.reset();
    m_secrets.reset();
    m_profiles.reset();
    m_settings.reset();
}

// Lays out what is pending, as a user's next look at the window would find it.
void TstSmallWindow::settle() const
{
    for (int pass = 0; pass < 4; ++pass) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    }
}

void TstSmallWindow::eventLogAndInspectorKeepRoom()
{
    // Every part, the inspector's Handler tab too, gives way: the window stays 700 high.
    QVERIFY2(m_window->minimumSizeHint().height() <= 700,
             qPrintable(QString::number(m_window->minimumSizeHint().height())));
    QCOMPARE(m_window->height(), 700);
    // The dock gives way once the window has its size, from the event loop.
    QWidget *central = m_window->centralWidget();
    QTRY_VERIFY2(central->width() >= 500, qPrintable(QString::number(central->width())));
    QTRY_VERIFY2(central->height() >= 480, qPrintable(QString::number(central->height())));
    QTRY_VERIFY2(child<QLineEdit>("filterEdit")->width() >= 150,
                 qPrintable(QString::number(child<QLineEdit>("filterEdit")->width())));
    const int checks = child<QScrollArea>("verificationScroll")->height();
    QVERIFY2(checks >= 100, qPrintable(QString::number(checks)));
}

void TstSmallWindow::longMessageDoesNotWidenTheDock()
{
    auto *dock = child<QDockWidget>("panelsDock");
    auto *credentials = m_window->findChild<Gui::CredentialsPanel *>();
    m_window->showTab(Gui::MainWindow::Tab::Credentials);
    QTRY_VERIFY(m_window->centralWidget()->width() >= 500); // the dock has given way
    settle();
    const int before = dock->width();
    const int needed = credentials->minimumSizeHint().width();
    credentials->findChild<QLabel *>(QStringLiteral("statusLabel"))
        ->setText(QStringLiteral("Saved profile acme-test-with-a-rather-long-name and its keys; it is in use, and "
                                 "this sentence goes on for a while."));
    settle();
    QCOMPARE(credentials->minimumSizeHint().width(), needed); // the message wraps instead
    QCOMPARE(dock->width(), before);
}

void TstSmallWindow::pauseDoesNotMoveTheButtons()
{
    auto *clear = child<QToolButton>("clearButton");
    auto *follow = child<QToolButton>("followButton");
    const QPoint clearAt = clear->pos();
    const QPoint followAt = follow->pos();
    m_window->eventLogPanel()->findChild<QAction *>(QStringLiteral("pauseAction"))->trigger();
    m_workspace->events().append({EventTest::withSeq(1), EventTest::withSeq(2), EventTest::withSeq(3)});
    settle();
    QVERIFY(child<QLabel>("waitingLabel")->isVisible());
    QCOMPARE(clear->pos(), clearAt);
    QCOMPARE(follow->pos(), followAt);
}

QTEST_MAIN(TstSmallWindow)
// The longest case: an event the app could not check, its reason long and the offer to add the secret under it.
// All of the reason is readable and the checks below keep room to be read.
void TstSmallWindow::inspectorKeepsRoomBesideTheSecretOffer()
{
    Workbench::WorkspaceOptions options;
    options.simulator.port = 0;
    m_workspace->start(options); // the secret is offered while a profile is ready
    QTRY_VERIFY_WITH_TIMEOUT(m_workspace->session().state() == Workbench::ProfileSession::State::Ready, 5000);
    EventTest::Spec spec;
    spec.result = Signature::Result::Invalid;
    spec.status = 401;
    Events::EventRecord record = EventTest::record(spec);
    record.verified = true;
    record.verification.webhookSecretUnknown = true;
    record.verification.reason = QStringLiteral(
        "the delivery is for webhook 4c0f1f3e-0000-4000-8000-000000000001, whose secret this app does not hold, and "
        "no secret it holds matches (2 tried): add the secret Vipps returned when this webhook was registered (Add "
        "the secret of this webhook), or register the webhook in this app");
    m_workspace->events().append(record);
    m_window->eventLogPanel()->selectLatest();
    QTRY_VERIFY(m_window->centralWidget()->height() >= 480); // the docks have given way
    settle();

    QVERIFY(child<QWidget>("webhookSecretOffer")->isVisible());
    auto *summary = child<QLabel>("summaryLabel");
    QVERIFY2(
        summary->height() >= summary->heightForWidth(summary->width()),
        qPrintable(QStringLiteral("%1 < %2").arg(summary->height()).arg(summary->heightForWidth(summary->width()))));
    const int checks = child<QScrollArea>("verificationScroll")->height();
    QVERIFY2(checks >= 100, qPrintable(QString::number(checks)));
}

// The event log's columns up to Verification fit the table at 1024×700 without scrolling sideways.
void TstSmallWindow::verificationColumnInView()
{
    auto *table = child<QTableView>("tableView");
    const QHeaderView *columns = table->horizontalHeader();
    const int result = Events::EventLogModel::Result;
    const auto rightOfResult = [&] { return columns->sectionViewportPosition(result) + columns->sectionSize(result); };
    // The docks give way once the window has its size, from the event loop.
    QTRY_VERIFY2(rightOfResult() <= table->viewport()->width(),
                 qPrintable(QStringLiteral("%1 > %2").arg(rightOfResult()).arg(table->viewport()->width())));
    QVERIFY(columns->sectionSize(Events::EventLogModel::Reference) >=
            columns->fontMetrics().horizontalAdvance(QStringLiteral("wb-20261206")));
}

#include "tst_smallwindow.moc"
