// SPDX-License-Identifier: MIT
// File → Import events (docs/architecture.md §4 "Export and import"): a HAR export opens in a window of its own with
// its rows, marked imported, while the live log and the journal stay as they were; a file that is no export says so
// there; the main window's menus hold the import and the test packs.
#include "credentials/memorysecretstore.h"
#include "credentials/profilestore.h"
#include "events/eventlogmodel.h"
#include "events/exportfile.h"
#include "gui/handlertools.h"
#include "gui/importwindow.h"
#include "gui/inspectorpanel.h"
#include "gui/mainwindow.h"
#include "gui/packdialog.h"
#include "signedentry.h"
#include "workbench/workspace.h"

#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TstImportWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void harOpensInAWindowOfItsOwn();
    void fileThatIsNoExportSaysSo();
    void menusHoldImportAndTestPacks();

private:
    QString journalPath() const { return m_dir.filePath(QStringLiteral("journal.jsonl")); }

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Credentials::ProfileStore> m_profiles;
    std::unique_ptr<Credentials::MemorySecretStore> m_secrets;
    std::unique_ptr<Workbench::Workspace> m_workspace;
    std::unique_ptr<Gui::MainWindow> m_window;
};

void TstImportWindow::init()
{
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("profiles.ini")), QSettings::IniFormat);
    m_settings->clear();
    m_profiles = std::make_unique<Credentials::ProfileStore>(m_settings.get());
    m_secrets = std::make_unique<Credentials::MemorySecretStore>();
    m_workspace = std::make_unique<Workbench::Workspace>(m_profiles.get(), m_secrets.get());
    Workbench::WorkspaceOptions options;
    options.receiver.port = 0;
    options.receiver.journalPath = journalPath();
    options.startSimulator = false;
    m_workspace->start(options);
    m_window = std::make_unique<Gui::MainWindow>(m_workspace.get(), nullptr);
    m_window->show();
}

void TstImportWindow::cleanup()
{
    m_window.reset();
    m_workspace.reset();
    m_secrets.reset();
    m_profiles.reset();
    m_settings.reset();
}

void TstImportWindow::harOpensInAWindowOfItsOwn()
{
    const QUrl url(QStringLiteral("https://shop.example/hooks/vipps"));
    QList<Journal::Entry> entries;
    for (int seq = 1; seq <= 3; ++seq) {
        const QByteArray body = R"({"reference":"imported-order-)" + QByteArray::number(seq) + R"(","name":"CREATED"})";
        entries.append(deliveryEntry(seq, "import-secret", url, body, QDateTime::currentDateTimeUtc()));
    }
    const QString path = m_dir.filePath(QStringLiteral("deliveries.har"));
    QString error;
    QVERIFY2(Events::ExportFile::save(path, Events::ExportFormat::Har, entries, &error), qPrintable(error));
    const qint64 journalBefore = QFileInfo(journalPath()).size();

    Gui::ImportWindow *window = m_window->handlerTools()->importFile(path);
    QVERIFY(window->isVisible());
    QSignalSpy loaded(window, &Gui::ImportWindow::loaded);
    QTRY_COMPARE(window->model()->rowCount(), 3);
    QCOMPARE(loaded.size(), 1);
    QVERIFY(loaded.first().at(1).toString().isEmpty());
    QVERIFY(window->windowTitle().contains(QLatin1String("deliveries.har")));
    QVERIFY(window->windowTitle().contains(QLatin1String("imported")));
    QCOMPARE(window->banner()->text(),
             QStringLiteral("Imported from deliveries.har: 3 events. Imported events are never forwarded."));
    for (int row = 0; row < 3; ++row) {
        const Events::EventRecord &record = window->model()->record(row);
        QVERIFY(record.entry.imported);
        QCOMPARE(record.entry.seq, row + 1);
        QCOMPARE(record.entry.body, entries.at(row).body);
        QCOMPARE(record.summary.reference, QStringLiteral("imported-order-%1").arg(row + 1));
    }
    const auto *summary = window->inspector()->findChild<QLabel *>(QStringLiteral("summaryLabel"));
    QVERIFY(summary);
    QVERIFY2(summary->text().contains(QLatin1String("imported-order-3")), qPrintable(summary->text()));
    QVERIFY2(summary->text().contains(QLatin1String("Imported from a file, never forwarded")),
             qPrintable(summary->text()));
    QCOMPARE(m_workspace->events().rowCount(), 0); // not in the live log
    QCOMPARE(m_workspace->eventsReceived(), 0);    // never reached the receiver
    QCOMPARE(QFileInfo(journalPath()).size(), journalBefore);
    window->close(); // deleted on close
}

void TstImportWindow::fileThatIsNoExportSaysSo()
{
    const QString path = m_dir.filePath(QStringLiteral("notes.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("these are notes, not requests\n");
    file.close();
    Gui::ImportWindow *window = m_window->handlerTools()->importFile(path);
    QSignalSpy loaded(window, &Gui::ImportWindow::loaded);
    QVERIFY(loaded.wait(5000));
    QVERIFY(!loaded.first().at(1).toString().isEmpty());
    QVERIFY2(window->banner()->text().startsWith(QLatin1String("Could not import notes.txt: ")),
             qPrintable(window->banner()->text()));
    QCOMPARE(window->model()->rowCount(), 0);

    QFile empty(m_dir.filePath(QStringLiteral("empty.jsonl")));
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    window = m_window->handlerTools()->importFile(empty.fileName());
    QSignalSpy emptyLoaded(window, &Gui::ImportWindow::loaded);
    QVERIFY(emptyLoaded.wait(5000));
    QVERIFY2(window->banner()->text().startsWith(QLatin1String("Could not import empty.jsonl: ")),
             qPrintable(window->banner()->text()));
}

void TstImportWindow::menusHoldImportAndTestPacks()
{
    auto *import = m_window->findChild<QAction *>(QStringLiteral("importEventsAction"));
    QVERIFY(import);
    auto *fileMenu = m_window->menuBar()->actions().constFirst()->menu();
    QVERIFY(fileMenu->actions().contains(import));
    auto *packs = m_window->findChild<QAction *>(QStringLiteral("testPacksAction"));
    QVERIFY(packs);
    packs->trigger();
    auto *dialog = m_window->findChild<Gui::PackDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    packs->trigger();
    QCOMPARE(m_window->findChildren<Gui::PackDialog *>().size(), 1); // the same window again
}

QTEST_MAIN(TstImportWindow)
#include "tst_importwindow.moc"
