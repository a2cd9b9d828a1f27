// SPDX-License-Identifier: MIT
// The event log's context menu, used as a user would (opened with Shift+F10, the Menu key or a right click, its
// actions clicked, its dialogs answered): a delivery replayed to a URL and edited, checked by a handler that verifies
// signatures on its own, its answer then in the log's Handler column; the forward target and re-signing disabled with
// their reason; a request that was no delivery offered only what applies; the selection exported as HAR.
#include "core/eventtesthelpers.h"
#include "deliveryrecord.h"
#include "events/eventlogmodel.h"
#include "events/eventrow.h"
#include "gui/editreplaydialog.h"
#include "gui/eventlogmenu.h"
#include "gui/eventlogpanel.h"
#include "gui/exportselectiondialog.h"
#include "harcheck.h"
#include "verifyinghandler.h"
#include "workbench/replayactions.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using Events::EventLogModel;

namespace {

const QByteArray Secret = QByteArrayLiteral("menu-test-secret-81f0");
const QUrl OriginalUrl(QStringLiteral("https://shop.example/hooks/vipps"));
const QByteArray Body = QByteArrayLiteral(R"({"msn":"123456","reference":"menu-order-1","pspReference":"p-9",)"
                                          R"("name":"CAPTURED","amount":{"currency":"NOK","value":1500},)"
                                          R"("timestamp":"2026-11-26T12:00:00.000Z","success":true})");

Events::EventRecord delivery(qint64 seq)
{
    return verifiedDelivery(seq, Secret, OriginalUrl, Body);
}

} // namespace

class TstEventLogMenu : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void replayToAUrlShowsTheHandlersAnswer();
    void editAndReplaySendsTheNewBodySigned();
    void forwardTargetAndResigningSayWhyNot();
    void notADeliveryGetsOnlyWhatApplies();
    void eventWhoseRequestIsGoneSaysWhyNot();
    void menuKeyOpensIt();
    void exportSelectionWritesHar();
    void exportToAnUnwritablePathSaysSo();
    void saveAsTestPackGivesTheSelectedDeliveries();

private:
    void select(const QList<int> &rows);
    void openByKeyboard();
    QAction *action(const char *name) const;
    void click(const char *name);
    QString handlerCell(int row) const;
    template<typename T> T *awaitDialog(const char *name) const;

    std::unique_ptr<EventLogModel> m_log;
    std::unique_ptr<Workbench::ReplayActions> m_replays;
    std::unique_ptr<Gui::EventLogPanel> m_panel;
    Gui::EventLogMenu *m_menu = nullptr;
    std::unique_ptr<VerifyingHandler> m_handler;
    QTemporaryDir m_dir;
};

void TstEventLogMenu::init()
{
    m_log = std::make_unique<EventLogModel>();
    m_log->append({delivery(1), EventTest::notADelivery(2), delivery(3)});
    m_replays = std::make_unique<Workbench::ReplayActions>(m_log.get());
    m_replays->setWebhookSecrets({Signature::Secret::ofWebhook(QStringLiteral("hook-1"), Secret)});
    m_panel = std::make_unique<Gui::EventLogPanel>(m_log.get());
    m_menu = new Gui::EventLogMenu(m_panel.get(), m_log.get(), m_replays.get());
    m_panel->resize(900, 400);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    m_handler = std::make_unique<VerifyingHandler>();
    m_handler->setSecret(Secret);
    QVERIFY(m_handler->start());
}

void TstEventLogMenu::cleanup()
{
    m_panel.reset();
    m_replays.reset();
    m_log.reset();
}

void TstEventLogMenu::select(const QList<int> &rows)
{
    QTableView *view = m_panel->tableView();
    m_panel->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
    view->setFocus();
    view->selectionModel()->setCurrentIndex(view->model()->index(rows.constFirst(), 0),
                                            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    for (int row : rows.mid(1))
        view->selectionModel()->select(view->model()->index(row, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

void TstEventLogMenu::openByKeyboard()
{
    QTest::keyClick(m_panel->tableView(), Qt::Key_F10, Qt::ShiftModifier);
    QTRY_VERIFY(m_menu->isVisible());
}

QAction *TstEventLogMenu::action(const char *name) const
{
    return m_menu->findChild<QAction *>(QLatin1String(name));
}

// As a user clicks it in the open menu, which then closes.
void TstEventLogMenu::click(const char *name)
{
    QAction *item = action(name);
    QVERIFY(item && item->isVisible() && item->isEnabled());
    QTest::mouseClick(m_menu, Qt::LeftButton, {}, m_menu->actionGeometry(item).center());
    QTRY_VERIFY(!m_menu->isVisible());
}

QString TstEventLogMenu::handlerCell(int row) const
{
    return m_log->index(row, EventLogModel::Handler).data().toString();
}

template<typename T> T *TstEventLogMenu::awaitDialog(const char *name) const
{
    T *dialog = nullptr;
    const auto shown = [this, name, &dialog] {
        dialog = m_panel->findChild<T *>(QLatin1String(name));
        return dialog && dialog->isVisible();
    };
    return QTest::qWaitFor(shown) ? dialog : nullptr;
}

void TstEventLogMenu::replayToAUrlShowsTheHandlersAnswer()
{
    m_handler->setRegisteredUrl(OriginalUrl); // as received: the signature made for the original URL
    select({0});
    openByKeyboard();
    click("replayUrlAction");
    auto *dialog = awaitDialog<QInputDialog>("replayUrlDialog");
    QVERIFY(dialog);
    const QUrl to = m_handler->url(QStringLiteral("/hooks/vipps"));
    dialog->setTextValue(to.toString());
    dialog->accept();

    QTRY_COMPARE(m_handler->seen().size(), 1);
    QCOMPARE(m_handler->seen().constFirst().verification.result, Signature::Result::Valid);
    QCOMPARE(m_handler->seen().constFirst().request.body, Body);
    QTRY_VERIFY(handlerCell(0).startsWith(QStringLiteral("200 · ")));
    QCOMPARE(m_log->record(0).handlerAnswers.constFirst().kind, Events::HandlerAnswer::Kind::Replayed);
    QCOMPARE(m_menu->lastUrl(), to);

    // Re-signed goes to the last URL, signed for it.
    m_handler->setRegisteredUrl({});
    select({0});
    openByKeyboard();
    click("replayResignedAction");
    QTRY_COMPARE(m_log->record(0).handlerAnswers.size(), 2);
    QCOMPARE(m_handler->seen().constLast().verification.result, Signature::Result::Valid);
    QCOMPARE(m_log->record(0).handlerAnswers.constLast().kind, Events::HandlerAnswer::Kind::Resigned);
}

void TstEventLogMenu::editAndReplaySendsTheNewBodySigned()
{
    select({2});
    openByKeyboard();
    click("editReplayAction");
    auto *dialog = awaitDialog<Gui::EditReplayDialog>("editReplayDialog");
    QVERIFY(dialog);
    auto *editor = dialog->findChild<QPlainTextEdit *>();
    QVERIFY(editor->toPlainText().contains(QStringLiteral("\n  \"reference\": \"menu-order-1\"")));
    editor->setPlainText(editor->toPlainText().replace(QStringLiteral("1500"), QStringLiteral("99")) +
                         QStringLiteral(",")); // no longer JSON: said, and sent all the same
    const QList<QLabel *> labels = dialog->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *label) {
        return label->text().startsWith(QStringLiteral("The body is not valid JSON"));
    }));
    auto *url = dialog->findChild<QLineEdit *>();
    url->setText(m_handler->url(QStringLiteral("/mine")).toString());
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("sendButton")), Qt::LeftButton);

    QTRY_COMPARE(m_handler->seen().size(), 1);
    QCOMPARE(m_handler->seen().constFirst().verification.result, Signature::Result::Valid);
    QVERIFY(m_handler->seen().constFirst().request.body.contains("\"value\": 99"));
    QTRY_VERIFY(handlerCell(2).startsWith(QStringLiteral("200 · ")));
    QCOMPARE(m_log->record(2).handlerAnswers.constFirst().kind, Events::HandlerAnswer::Kind::Edited);
}

void TstEventLogMenu::forwardTargetAndResigningSayWhyNot()
{
    select({0});
    openByKeyboard();
    QVERIFY(!action("replayForwardAction")->isEnabled());
    QVERIFY(action("replayForwardAction")->toolTip().contains(QStringLiteral("Forward to")));
    QVERIFY(!action("replayResignedAction")->isEnabled()); // no forward target, no URL yet
    QVERIFY(action("editReplayAction")->isEnabled());
    m_menu->hide();

    m_replays->setWebhookSecrets({});
    m_replays->setForwardRoutes({{QString(), m_handler->url(QStringLiteral("/fwd"))}});
    openByKeyboard();
    QCOMPARE(action("replayResignedAction")->toolTip(),
             QStringLiteral("The app holds no secret for webhook hook-1 to sign it with."));
    QVERIFY(!action("editReplayAction")->isEnabled());
    m_handler->setRegisteredUrl(OriginalUrl);
    click("replayForwardAction");
    QTRY_VERIFY(handlerCell(0).startsWith(QStringLiteral("200 · ")));
    QCOMPARE(m_handler->seen().constFirst().verification.result, Signature::Result::Valid);
}

void TstEventLogMenu::notADeliveryGetsOnlyWhatApplies()
{
    select({1});
    openByKeyboard();
    for (const char *name :
         {"replayForwardAction", "replayUrlAction", "replayResignedAction", "editReplayAction", "copyBodyAction"})
        QVERIFY2(!action(name)->isVisible(), name);
    click("copyCurlAction");
    QVERIFY(QGuiApplication::clipboard()->text().startsWith(QStringLiteral("curl")));

    select({0, 2}); // several: only the export
    openByKeyboard();
    QVERIFY(!action("replayUrlAction")->isEnabled());
    QCOMPARE(action("copyRawAction")->toolTip(), QStringLiteral("Select one event for this."));
    QVERIFY(action("exportSelectionAction")->isEnabled());
}

// Its journal line is gone (docs/architecture.md §7 "The event log's memory"): the replay entries are there, disabled
// with the reason, nothing is copied or exported from what is not there.
void TstEventLogMenu::eventWhoseRequestIsGoneSaysWhyNot()
{
    m_log->clear();
    m_log->setJournalPath(m_dir.filePath(QStringLiteral("removed.jsonl")));
    QList<Events::EventRow> gone;
    for (qint64 seq : {4, 5}) {
        gone.append(Events::EventRow::of(delivery(seq)));
        gone.last().journaled = true; // not kept whole: read back from a journal that is not there
    }
    m_log->insertOlder(gone);
    m_log->append(delivery(6));
    QVERIFY(m_log->record(0).lost);

    select({0});
    openByKeyboard();
    for (const char *name :
         {"replayForwardAction", "replayUrlAction", "replayResignedAction", "editReplayAction", "copyBodyAction",
          "copyCurlAction", "copyRawAction", "exportSelectionAction", "saveAsPackAction"}) {
        QVERIFY2(action(name)->isVisible() && !action(name)->isEnabled(), name);
        QVERIFY2(action(name)->toolTip().contains(QStringLiteral("no longer in the journal")), name);
    }
    m_menu->hide();

    // Of several, none is read back to open the menu: that they are gone is said when it is clicked.
    QSignalSpy said(m_menu, &Gui::EventLogMenu::message);
    select({0, 1});
    openByKeyboard();
    click("exportSelectionAction");
    QCOMPARE(said.count(), 1);
    QVERIFY(said.takeFirst().at(0).toString().contains(QStringLiteral("nothing to export")));
    select({0, 1});
    openByKeyboard();
    click("saveAsPackAction");
    QCOMPARE(said.count(), 1);
    QVERIFY(said.takeFirst().at(0).toString().contains(QStringLiteral("nothing to make a test pack of")));

    select({1, 2}); // with one still whole: that one is exported
    openByKeyboard();
    click("exportSelectionAction");
    QVERIFY(awaitDialog<Gui::ExportSelectionDialog>("exportSelectionDialog"));
    QVERIFY(said.isEmpty());
}

void TstEventLogMenu::menuKeyOpensIt()
{
    select({0});
    QContextMenuEvent key(QContextMenuEvent::Keyboard, QPoint(), QPoint());
    QApplication::sendEvent(m_panel->tableView(), &key);
    QTRY_VERIFY(m_menu->isVisible());
    const QRect row = m_panel->tableView()->visualRect(m_panel->tableView()->currentIndex());
    QCOMPARE(m_menu->pos(), m_panel->tableView()->viewport()->mapToGlobal(row.bottomLeft()));
    m_menu->hide();

    m_panel->tableView()->clearSelection();
    QContextMenuEvent again(QContextMenuEvent::Keyboard, QPoint(), QPoint());
    QApplication::sendEvent(m_panel->tableView(), &again);
    QVERIFY(!m_menu->isVisible()); // nothing selected, nothing to offer
}

void TstEventLogMenu::exportSelectionWritesHar()
{
    select({0, 2});
    openByKeyboard();
    click("exportSelectionAction");
    auto *dialog = awaitDialog<Gui::ExportSelectionDialog>("exportSelectionDialog");
    QVERIFY(dialog);
    const QString path = m_dir.filePath(QStringLiteral("two.har"));
    dialog->selectNameFilter(Gui::ExportSelectionDialog::harFilter());
    dialog->selectFile(path);
    static_cast<QDialog *>(dialog)->accept(); // as the Save button does

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray har = file.readAll();
    QCOMPARE(HarCheck::problems(har), QStringList());
    const QJsonArray entries = HarCheck::entries(har);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(HarCheck::field(entries.at(0), "request.method").toString(), QStringLiteral("POST"));
    QCOMPARE(HarCheck::field(entries.at(1), "request.postData.text").toString(), QString::fromUtf8(Body));
}

// The deliveries selected, oldest first, go to the test pack window; a request that was no delivery is left out, and
// alone it offers nothing to make a pack of.
void TstEventLogMenu::saveAsTestPackGivesTheSelectedDeliveries()
{
    QSignalSpy requested(m_menu, &Gui::EventLogMenu::packRequested);
    select({2, 1, 0});
    openByKeyboard();
    click("saveAsPackAction");
    QCOMPARE(requested.count(), 1);
    const auto entries = requested.takeFirst().at(0).value<QList<Journal::Entry>>();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).seq, 1);
    QCOMPARE(entries.at(1).seq, 3);

    select({1});
    openByKeyboard();
    QVERIFY(!action("saveAsPackAction")->isEnabled());
    QVERIFY(action("saveAsPackAction")->toolTip().startsWith(QStringLiteral("Select webhook deliveries")));
    m_menu->hide();
}

void TstEventLogMenu::exportToAnUnwritablePathSaysSo()
{
    QFile blocker(m_dir.filePath(QStringLiteral("a-file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    select({0});
    openByKeyboard();
    click("exportSelectionAction");
    auto *dialog = awaitDialog<Gui::ExportSelectionDialog>("exportSelectionDialog");
    QVERIFY(dialog);
    dialog->selectFile(m_dir.filePath(QStringLiteral("a-file/events.har"))); // a directory that is a file
    static_cast<QDialog *>(dialog)->accept();                                // as the Save button does
    auto *box = awaitDialog<QMessageBox>("exportProblemBox");
    QVERIFY(box);
    QVERIFY(box->text().contains(QStringLiteral("a-file")));
    QVERIFY(!box->informativeText().isEmpty());
}

QTEST_MAIN(TstEventLogMenu)
#include "tst_eventlogmenu.moc"
