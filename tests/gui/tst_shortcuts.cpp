// SPDX-License-Identifier: MIT
// The window's keyboard: Ctrl+F, Ctrl+P, F5 and Ctrl+Alt+C work from wherever the focus is; Help lists every
// shortcut and finds the README; a focused table shows a ring around it.
#include "credentials/memorysecretstore.h"
#include "credentials/profilestore.h"
#include "eventtesthelpers.h"
#include "gui/eventlogpanel.h"
#include "gui/mainwindow.h"
#include "gui/readme.h"
#include "gui/shortcutsdialog.h"
#include "gui/webhookspanel.h"
#include "workbench/workspace.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLineEdit>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TstShortcuts : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void findFromAnywhere();
    void pauseFromAnywhere();
    void refreshTheListInView();
    void copyTheInspectedEventAsCurl();
    void helpListsTheShortcuts();
    void readmeIsFound();
    void focusedTableShowsARing();

private:
    QWidget *somewhereElse() const;
    template<typename T> T *child(const char *name) const
    {
        T *found = m_window->findChild<T *>(QLatin1String(name));
        Q_ASSERT(found);
        return found;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Credentials::ProfileStore> m_profiles;
    std::unique_ptr<Credentials::MemorySecretStore> m_secrets;
    std::unique_ptr<Workbench::Workspace> m_workspace;
    std::unique_ptr<Gui::MainWindow> m_window;
};

void TstShortcuts::init()
{
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("profiles.ini")), QSettings::IniFormat);
    m_settings->clear();
    m_profiles = std::make_unique<Credentials::ProfileStore>(m_settings.get());
    m_secrets = std::make_unique<Credentials::MemorySecretStore>();
    m_workspace = std::make_unique<Workbench::Workspace>(m_profiles.get(), m_secrets.get());
    m_window = std::make_unique<Gui::MainWindow>(m_workspace.get(), nullptr);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TstShortcuts::cleanup()
{
    m_window.reset();
    m_workspace.reset();
    m_secrets.reset();
    m_profiles.reset();
    m_settings.reset();
}

// A field of the left dock's current tab: far from the event log.
QWidget *TstShortcuts::somewhereElse() const
{
    auto *tabs = child<QTabWidget>("panelTabs");
    tabs->currentWidget()->setFocus();
    return QApplication::focusWidget() ? QApplication::focusWidget() : tabs->currentWidget();
}

void TstShortcuts::findFromAnywhere()
{
    QWidget *focus = somewhereElse();
    QTest::keyClick(focus, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(child<QLineEdit>("filterEdit")->hasFocus());
}

void TstShortcuts::pauseFromAnywhere()
{
    QTest::keyClick(somewhereElse(), Qt::Key_P, Qt::ControlModifier);
    QVERIFY(m_workspace->events().isPaused());
    QTest::keyClick(somewhereElse(), Qt::Key_P, Qt::ControlModifier);
    QVERIFY(!m_workspace->events().isPaused());
}

// F5 in the event log refreshes the list of the tab in view (here the webhooks).
void TstShortcuts::refreshTheListInView()
{
    Workbench::WorkspaceOptions options;
    options.receiver.port = 0;
    options.receiver.anyPortIfTaken = false;
    options.simulator.port = 0;
    m_workspace->start(options);
    Workbench::WebhookActions &webhooks = m_workspace->webhooks();
    QTRY_VERIFY_WITH_TIMEOUT(webhooks.canCall(), 5000);
    m_window->showTab(Gui::MainWindow::Tab::Webhooks);
    auto *table = child<QTableView>("tableView"); // the event log's
    table->setFocus();
    QTest::keyClick(table, Qt::Key_F5);
    QVERIFY(webhooks.isBusy());
}

void TstShortcuts::copyTheInspectedEventAsCurl()
{
    m_workspace->events().append({EventTest::withSeq(1)});
    m_window->eventLogPanel()->selectLatest();
    QGuiApplication::clipboard()->clear();
    QTest::keyClick(somewhereElse(), Qt::Key_C, Qt::ControlModifier | Qt::AltModifier);
    QTRY_VERIFY(QGuiApplication::clipboard()->text().startsWith(QLatin1String("curl ")));
}

void TstShortcuts::helpListsTheShortcuts()
{
    const QList<QPair<QString, QString>> rows = Gui::ShortcutsDialog::shortcutsOf(m_window.get());
    const auto has = [&rows](const QKeySequence &keys) {
        const QString text = keys.toString(QKeySequence::NativeText);
        return std::any_of(rows.cbegin(), rows.cend(), [&text](const auto &row) { return row.first == text; });
    };
    QVERIFY(has(QKeySequence(Qt::CTRL | Qt::Key_F)));
    QVERIFY(has(QKeySequence(Qt::CTRL | Qt::Key_P)));
    QVERIFY(has(QKeySequence(Qt::Key_F5)));
    QVERIFY(has(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C)));
    QVERIFY(has(QKeySequence(Qt::Key_Space)));

    child<QAction>("shortcutsAction")->trigger();
    auto *dialog = m_window->findChild<Gui::ShortcutsDialog *>(QStringLiteral("shortcutsDialog"));
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->findChild<QTableWidget *>(QStringLiteral("shortcutsTable"))->rowCount(), rows.size());
    dialog->reject();
}

void TstShortcuts::readmeIsFound()
{
    const QString path = Gui::Readme::path();
    QVERIFY2(path.endsWith(QLatin1String("README.md")), qPrintable(path));
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("readmeAction")));
}

void TstShortcuts::focusedTableShowsARing()
{
    auto *table = child<QTableView>("tableView");
    somewhereElse();
    QTRY_VERIFY(!table->hasFocus());
    const QImage unfocused = table->grab().toImage();
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    const QImage focused = table->grab().toImage();
    const QColor ring = table->palette().color(QPalette::Highlight);
    for (int x : {0, 1}) { // at least two pixels wide, on the left edge
        QCOMPARE(focused.pixelColor(x, focused.height() / 2), ring);
        QVERIFY(unfocused.pixelColor(x, unfocused.height() / 2) != ring);
    }
}

QTEST_MAIN(TstShortcuts)
#include "tst_shortcuts.moc"
