// SPDX-License-Identifier: MIT
// The event log panel: filtering, pause, clear, follow-latest, selection through the filter, result badges.
#include "core/eventtesthelpers.h"
#include "events/eventlogmodel.h"
#include "gui/eventlogpanel.h"
#include "gui/resultdelegate.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using EventTest::Spec;
using Signature::Result;

namespace {

Events::EventRecord make(qint64 seq, const QString &name, const QString &reference, qint64 amount, Result result,
                         bool duplicate = false)
{
    Spec spec;
    spec.seq = seq;
    spec.name = name;
    spec.reference = reference;
    spec.amount = amount;
    spec.result = result;
    spec.status = result == Result::Valid ? 200 : 401;
    spec.duplicate = duplicate;
    return EventTest::record(spec);
}

// Source rows 0..7, one of each kind.
QList<Events::EventRecord> mixedRecords()
{
    Events::EventRecord odd =
        make(3, QStringLiteral("AUTHORIZED"), QStringLiteral("order-0003"), 12500, Result::Invalid);
    odd.verification.webhookId = QStringLiteral("feedbeef-0000-4000-8000-000000000003");
    return {
        make(1, QStringLiteral("AUTHORIZED"), QStringLiteral("order-0001"), 4900, Result::Valid),
        make(2, QStringLiteral("CAPTURED"), QStringLiteral("order-0002"), 4900, Result::Valid),
        odd,
        make(4, QStringLiteral("CANCELLED"), QStringLiteral("order-0004"), 4900, Result::Stale),
        make(5, QStringLiteral("AUTHORIZED"), QStringLiteral("order-0005"), 4900, Result::Unsigned),
        make(6, QStringLiteral("REFUNDED"), QStringLiteral("order-0002"), 4900, Result::NoSecret),
        make(7, QStringLiteral("CAPTURED"), QStringLiteral("order-0002"), 4900, Result::Valid, true),
        EventTest::notADelivery(8),
    };
}

QList<Events::EventRecord> numbered(qint64 first, int count)
{
    QList<Events::EventRecord> records;
    for (qint64 seq = first; seq < first + count; ++seq)
        records.append(EventTest::withSeq(seq));
    return records;
}

// Pixels of image with exactly this colour.
int countColour(const QImage &image, const QColor &colour)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            count += image.pixelColor(x, y).rgb() == colour.rgb();
    }
    return count;
}

// Pixels that differ from the top-left one (the cell's background).
int countInk(const QImage &image)
{
    return image.width() * image.height() - countColour(image, image.pixelColor(0, 0));
}

// Lays out what changed since the last event loop turn (a grab does not), then saves.
bool saveShot(QWidget *widget, const QString &path)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    return widget->grab().save(path);
}

QPalette darkPalette()
{
    QPalette palette;
    const QColor text(0xe6, 0xe6, 0xe6);
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::AlternateBase, QColor(0x27, 0x27, 0x27));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::PlaceholderText, QColor(0x8c, 0x8c, 0x8c));
    return palette;
}

struct Harness
{
    Harness() { panel.resize(720, 320); }

    template<typename T> T *child(const char *name) const
    {
        T *found = panel.findChild<T *>(QLatin1String(name));
        Q_ASSERT(found);
        return found;
    }
    QTableView *view() const { return child<QTableView>("tableView"); }
    QAction *action(const char *name) const { return child<QAction>(name); }
    int shownRows() const { return view()->model()->rowCount(); }
    bool show()
    {
        panel.show();
        panel.activateWindow();
        return QTest::qWaitForWindowActive(&panel);
    }
    void clickRow(int row) const
    {
        const QRect rect = view()->visualRect(view()->model()->index(row, Events::EventLogModel::Event));
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, rect.center());
    }

    Events::EventLogModel log;
    Gui::EventLogPanel panel{&log};
};

} // namespace

class TstEventLogPanel : public QObject
{
    Q_OBJECT

private slots:
    void emptyHint();
    void filterTextNarrows_data();
    void filterTextNarrows();
    void resultFilterNarrows_data();
    void resultFilterNarrows();
    void showAllResultsUnchecksEverything();
    void pauseHoldsRowsAndCountsThem();
    void clearEmptiesTheLog();
    void followLatestScrollsToNewRows();
    void olderRowSelectionStopsFollowing();
    void scrollingTogglesFollowing();
    void selectionGivesSourceRowThroughFilter();
    void selectionFollowsDroppedRows();
    void selectLatestSelectsNewestShownRow();
    void matchCountShownWhileFiltered();
    void inspectedEventKeptWhileItMatches();
    void newEventsCountedWhileNotFollowing();
    void delegatePaintsEveryResult_data();
    void delegatePaintsEveryResult();
    void duplicateIsMarked();
    void shortcutsTriggerActions();
    void spaceInFilterTypesInsteadOfPausing();
    void screenshots();
};

void TstEventLogPanel::emptyHint()
{
    Harness h;
    auto *hint = h.child<QLabel>("hintLabel");
    QVERIFY(!hint->isHidden());
    QCOMPARE(hint->text(), QStringLiteral("No events yet. Deliveries to the receiver appear here."));
    h.panel.setEmptyHint(QStringLiteral("Send deliveries to http://127.0.0.1:8080/hooks/vipps"));
    QCOMPARE(h.panel.emptyHint(), QStringLiteral("Send deliveries to http://127.0.0.1:8080/hooks/vipps"));
    QCOMPARE(hint->text(), h.panel.emptyHint());

    h.log.append(mixedRecords());
    QVERIFY(hint->isHidden());
    QTest::keyClicks(h.child<QLineEdit>("filterEdit"), QStringLiteral("nothing like this"));
    QVERIFY(!hint->isHidden());
    QCOMPARE(hint->text(), QStringLiteral("No events match the filter."));
}

void TstEventLogPanel::filterTextNarrows_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("rows");
    QTest::newRow("event name, any case") << QStringLiteral("captured") << 2;
    QTest::newRow("reference") << QStringLiteral("order-0002") << 3;
    QTest::newRow("amount") << QStringLiteral("125.00") << 1;
    QTest::newRow("webhook id") << QStringLiteral("feedbeef") << 1;
    QTest::newRow("not a delivery") << QStringLiteral("GET /hooks") << 1;
    QTest::newRow("no match") << QStringLiteral("zzz") << 0;
}

void TstEventLogPanel::filterTextNarrows()
{
    QFETCH(QString, typed);
    QFETCH(int, rows);
    Harness h;
    h.log.append(mixedRecords());
    QCOMPARE(h.shownRows(), 8);
    auto *edit = h.child<QLineEdit>("filterEdit");
    QTest::keyClicks(edit, typed);
    QCOMPARE(h.shownRows(), rows);
    edit->clear();
    QCOMPARE(h.shownRows(), 8);
}

void TstEventLogPanel::resultFilterNarrows_data()
{
    QTest::addColumn<QStringList>("checked");
    QTest::addColumn<int>("rows");
    QTest::newRow("none is all") << QStringList{} << 8;
    QTest::newRow("valid") << QStringList{QStringLiteral("validAction")} << 3;
    QTest::newRow("invalid and stale") << QStringList{QStringLiteral("invalidAction"), QStringLiteral("staleAction")}
                                       << 2;
    QTest::newRow("unsigned") << QStringList{QStringLiteral("unsignedAction")} << 1;
    QTest::newRow("no secret") << QStringList{QStringLiteral("noSecretAction")} << 1;
}

void TstEventLogPanel::resultFilterNarrows()
{
    QFETCH(QStringList, checked);
    QFETCH(int, rows);
    Harness h;
    h.log.append(mixedRecords());
    for (const QString &name : std::as_const(checked))
        h.action(qPrintable(name))->trigger();
    QCOMPARE(h.shownRows(), rows);
    QCOMPARE(h.child<QToolButton>("resultButton")->text() == QStringLiteral("All results"), checked.isEmpty());
}

void TstEventLogPanel::showAllResultsUnchecksEverything()
{
    Harness h;
    h.log.append(mixedRecords());
    h.action("validAction")->trigger();
    h.action("staleAction")->trigger();
    QCOMPARE(h.shownRows(), 4);
    h.action("allResultsAction")->trigger();
    QCOMPARE(h.shownRows(), 8);
    QVERIFY(!h.action("validAction")->isChecked());
    QVERIFY(!h.action("staleAction")->isChecked());
}

void TstEventLogPanel::pauseHoldsRowsAndCountsThem()
{
    Harness h;
    h.log.append(numbered(1, 5));
    auto *waiting = h.child<QLabel>("waitingLabel");
    QVERIFY(waiting->isHidden());

    h.action("pauseAction")->trigger();
    QVERIFY(h.log.isPaused());
    QCOMPARE(h.action("pauseAction")->text(), QStringLiteral("Resume"));
    QVERIFY(!waiting->isHidden());
    QCOMPARE(waiting->text(), QStringLiteral("0 waiting"));
    h.log.append(numbered(6, 3));
    QCOMPARE(h.shownRows(), 5);
    QTRY_COMPARE(waiting->text(), QStringLiteral("3 waiting"));

    h.action("pauseAction")->trigger();
    QVERIFY(!h.log.isPaused());
    QCOMPARE(h.shownRows(), 8);
    QVERIFY(waiting->isHidden());
    QCOMPARE(h.action("pauseAction")->text(), QStringLiteral("Pause"));
}

void TstEventLogPanel::clearEmptiesTheLog()
{
    Harness h;
    h.log.append(numbered(1, 5));
    h.action("pauseAction")->trigger();
    h.log.append(numbered(6, 2));
    QTRY_COMPARE(h.child<QLabel>("waitingLabel")->text(), QStringLiteral("2 waiting"));

    h.action("clearAction")->trigger();
    QCOMPARE(h.shownRows(), 0);
    QCOMPARE(h.log.waitingCount(), 0);
    QCOMPARE(h.child<QLabel>("waitingLabel")->text(), QStringLiteral("0 waiting"));
    QVERIFY(!h.child<QLabel>("hintLabel")->isHidden());
    QVERIFY(h.action("clearAction")->toolTip().contains(QStringLiteral("journal")));
}

void TstEventLogPanel::followLatestScrollsToNewRows()
{
    Harness h;
    QVERIFY(h.show());
    QVERIFY(h.panel.isFollowingLatest());
    QScrollBar *bar = h.view()->verticalScrollBar();
    h.log.append(numbered(1, 200));
    QTRY_VERIFY(bar->maximum() > 0);
    QTRY_COMPARE(bar->value(), bar->maximum());
    const int before = bar->maximum();
    h.log.append(numbered(201, 50));
    QTRY_VERIFY(bar->maximum() > before);
    QTRY_COMPARE(bar->value(), bar->maximum());
    const QModelIndex newest = h.view()->model()->index(249, 0);
    QVERIFY(h.view()->viewport()->rect().intersects(h.view()->visualRect(newest)));
}

void TstEventLogPanel::matchCountShownWhileFiltered()
{
    Harness h;
    h.log.append(mixedRecords());
    auto *count = h.child<QLabel>("matchLabel");
    QCOMPARE(count->text(), QString()); // nothing filtered: nothing to count
    QTest::keyClicks(h.child<QLineEdit>("filterEdit"), QStringLiteral("order-0002"));
    QCOMPARE(count->text(), QStringLiteral("3 of 8 events match"));
    h.log.append({make(9, QStringLiteral("REFUNDED"), QStringLiteral("order-0002"), 100, Result::Valid)});
    QCOMPARE(count->text(), QStringLiteral("4 of 9 events match"));
    h.child<QLineEdit>("filterEdit")->clear();
    QCOMPARE(count->text(), QString());
    h.action("validAction")->trigger();
    QCOMPARE(count->text(), QStringLiteral("4 of 9 events match"));
}

// The inspector shows the selected event: narrowing the filter must not take it away while it still matches.
void TstEventLogPanel::inspectedEventKeptWhileItMatches()
{
    Harness h;
    QVERIFY(h.show());
    h.log.append(mixedRecords());
    h.clickRow(1); // seq 2, CAPTURED order-0002
    QCOMPARE(h.panel.currentSourceRow(), 1);
    QSignalSpy changed(&h.panel, &Gui::EventLogPanel::currentRecordChanged);
    QTest::keyClicks(h.child<QLineEdit>("filterEdit"), QStringLiteral("order-000"));
    QCOMPARE(h.panel.currentSourceRow(), 1);
    QTest::keyClicks(h.child<QLineEdit>("filterEdit"), QStringLiteral("2"));
    QCOMPARE(h.panel.currentSourceRow(), 1);

    // Filtered out: not selectable, but still the one inspected; shown again: selected again.
    h.child<QLineEdit>("filterEdit")->setText(QStringLiteral("REFUNDED"));
    QCOMPARE(h.panel.currentSourceRow(), -1);
    h.child<QLineEdit>("filterEdit")->clear();
    QCOMPARE(h.panel.currentSourceRow(), 1);
    QVERIFY2(changed.isEmpty(), "the inspected event never changed");

    // The user's own choice still counts.
    h.clickRow(3);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toInt(), 3);
}

void TstEventLogPanel::newEventsCountedWhileNotFollowing()
{
    Harness h;
    QVERIFY(h.show());
    QScrollBar *bar = h.view()->verticalScrollBar();
    h.log.append(numbered(1, 200));
    QTRY_VERIFY(bar->maximum() > 0);
    auto *more = h.child<QToolButton>("newEventsButton");
    QVERIFY(more->isHidden()); // following: new events are in view anyway

    h.clickRow(h.view()->rowAt(h.view()->viewport()->height() / 2));
    QVERIFY(!h.panel.isFollowingLatest());
    h.log.append(numbered(201, 50));
    QTRY_VERIFY(!more->isHidden());
    QCOMPARE(more->text(), QStringLiteral("50 new events"));
    h.log.append(numbered(251, 1));
    QCOMPARE(more->text(), QStringLiteral("51 new events"));

    more->click(); // to the newest, following again
    QVERIFY(h.panel.isFollowingLatest());
    QCOMPARE(h.panel.currentSourceRow(), 250);
    QVERIFY(more->isHidden());
}

void TstEventLogPanel::olderRowSelectionStopsFollowing()
{
    Harness h;
    QVERIFY(h.show());
    QScrollBar *bar = h.view()->verticalScrollBar();
    h.log.append(numbered(1, 200));
    QTRY_VERIFY(bar->maximum() > 0);
    QTRY_COMPARE(bar->value(), bar->maximum());

    const int older = h.view()->rowAt(h.view()->viewport()->height() / 2);
    QVERIFY(older >= 0 && older < 199);
    h.clickRow(older);
    QVERIFY(!h.panel.isFollowingLatest());
    QVERIFY(!h.action("followAction")->isChecked());

    const int value = bar->value();
    const int before = bar->maximum();
    h.log.append(numbered(201, 50));
    QTRY_VERIFY(bar->maximum() > before);
    QCOMPARE(bar->value(), value);
}

void TstEventLogPanel::scrollingTogglesFollowing()
{
    Harness h;
    QVERIFY(h.show());
    QScrollBar *bar = h.view()->verticalScrollBar();
    h.log.append(numbered(1, 200));
    QTRY_VERIFY(bar->maximum() > 0);
    QTRY_COMPARE(bar->value(), bar->maximum());

    bar->triggerAction(QAbstractSlider::SliderPageStepSub); // what a wheel or PgUp on the bar does
    QVERIFY(!h.panel.isFollowingLatest());
    const int value = bar->value();
    int before = bar->maximum();
    h.log.append(numbered(201, 10));
    QTRY_VERIFY(bar->maximum() > before);
    QCOMPARE(bar->value(), value);

    bar->triggerAction(QAbstractSlider::SliderToMaximum);
    QVERIFY(h.panel.isFollowingLatest());
    before = bar->maximum();
    h.log.append(numbered(211, 10));
    QTRY_VERIFY(bar->maximum() > before);
    QTRY_COMPARE(bar->value(), bar->maximum());
}

void TstEventLogPanel::selectionGivesSourceRowThroughFilter()
{
    Harness h;
    QVERIFY(h.show());
    QSignalSpy spy(&h.panel, &Gui::EventLogPanel::currentRecordChanged);
    h.log.append(mixedRecords());
    QTest::keyClicks(h.child<QLineEdit>("filterEdit"), QStringLiteral("order-0002")); // source rows 1, 5, 6
    QCOMPARE(h.shownRows(), 3);

    h.clickRow(1);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.last().at(0).toInt(), 5);
    QCOMPARE(h.panel.currentSourceRow(), 5);
    QCOMPARE(h.log.record(5).entry.seq, 6);

    h.action("clearAction")->trigger();
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.last().at(0).toInt(), -1);
    QCOMPARE(h.panel.currentSourceRow(), -1);
}

void TstEventLogPanel::selectionFollowsDroppedRows()
{
    Harness h;
    QVERIFY(h.show());
    h.log.setCapacity(10);
    h.log.append(numbered(1, 10));
    QSignalSpy spy(&h.panel, &Gui::EventLogPanel::currentRecordChanged);
    h.clickRow(5);
    QCOMPARE(spy.last().at(0).toInt(), 5);

    h.log.append(numbered(11, 3)); // the three oldest go; the selected record is now row 2
    QCOMPARE(spy.last().at(0).toInt(), 2);
    QCOMPARE(h.log.record(2).entry.seq, 6);

    // Now the selected record goes too; like any single-selection view, the next one takes its place.
    h.log.append(numbered(14, 5));
    QCOMPARE(spy.last().at(0).toInt(), h.panel.currentSourceRow());
    QCOMPARE(h.log.record(h.panel.currentSourceRow()).entry.seq, 9);
}

void TstEventLogPanel::selectLatestSelectsNewestShownRow()
{
    Harness h;
    QVERIFY(h.show());
    QSignalSpy spy(&h.panel, &Gui::EventLogPanel::currentRecordChanged);
    h.panel.selectLatest(); // nothing to select
    QCOMPARE(spy.count(), 0);

    h.log.append(mixedRecords());
    h.action("validAction")->trigger(); // source rows 0, 1, 6
    h.clickRow(0);
    QVERIFY(!h.panel.isFollowingLatest());
    h.panel.selectLatest();
    QCOMPARE(spy.last().at(0).toInt(), 6);
    QVERIFY(h.panel.isFollowingLatest());
}

void TstEventLogPanel::delegatePaintsEveryResult_data()
{
    QTest::addColumn<Events::EventRecord>("record");
    QTest::addColumn<int>("result");
    const auto add = [](const char *name, Result result) {
        QTest::newRow(name) << make(1, QStringLiteral("AUTHORIZED"), QStringLiteral("r"), 100, result) << int(result);
    };
    add("valid", Result::Valid);
    add("invalid", Result::Invalid);
    add("stale", Result::Stale);
    add("unsigned", Result::Unsigned);
    add("no secret", Result::NoSecret);
    QTest::newRow("not a delivery") << EventTest::notADelivery(1) << -1;
}

void TstEventLogPanel::delegatePaintsEveryResult()
{
    QFETCH(Events::EventRecord, record);
    QFETCH(int, result);
    Harness h;
    QVERIFY(h.show());
    h.log.append(record);
    QCOMPARE(h.view()->model()->index(0, Events::EventLogModel::Result).data(Events::EventLogModel::ResultRole),
             QVariant(result));

    const QRect cell = h.view()->visualRect(h.view()->model()->index(0, Events::EventLogModel::Result));
    const QImage image = h.view()->viewport()->grab(cell).toImage();
    QVERIFY(!image.isNull());
    QVERIFY(countInk(image) > 0); // a badge or a dash
    for (int other = int(Result::Valid); other <= int(Result::NoSecret); ++other) {
        const int badge = countColour(image, Gui::ResultDelegate::badgeColor(other));
        const bool same = Gui::ResultDelegate::badgeColor(other) == Gui::ResultDelegate::badgeColor(result);
        QVERIFY2(same ? badge > 20 : badge == 0, qPrintable(Gui::ResultDelegate::label(other)));
    }
}

void TstEventLogPanel::duplicateIsMarked()
{
    Harness h;
    QVERIFY(h.show());
    h.log.append(make(1, QStringLiteral("CAPTURED"), QStringLiteral("a"), 100, Result::Valid));
    h.log.append(make(2, QStringLiteral("CAPTURED"), QStringLiteral("a"), 100, Result::Valid, true));
    const auto ink = [&h](int row) {
        const QRect cell = h.view()->visualRect(h.view()->model()->index(row, Events::EventLogModel::Duplicate));
        return countInk(h.view()->viewport()->grab(cell).toImage());
    };
    QCOMPARE(ink(0), 0);
    QVERIFY(ink(1) > 20);
}

void TstEventLogPanel::shortcutsTriggerActions()
{
    Harness h;
    QVERIFY(h.show());
    h.log.append(numbered(1, 3));
    QTableView *view = h.view();
    view->setFocus();
    QVERIFY(view->hasFocus());

    QTest::keyClick(view, Qt::Key_P, Qt::ControlModifier);
    QVERIFY(h.log.isPaused());
    QTest::keyClick(view, Qt::Key_Space);
    QVERIFY(!h.log.isPaused());
    QTest::keyClick(view, Qt::Key_Space);
    QVERIFY(h.log.isPaused());
    QTest::keyClick(view, Qt::Key_P, Qt::ControlModifier);
    QVERIFY(!h.log.isPaused());

    QTest::keyClick(view, Qt::Key_L, Qt::ControlModifier);
    QCOMPARE(h.log.rowCount(), 0);

    QTest::keyClick(view, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(h.child<QLineEdit>("filterEdit")->hasFocus());
}

void TstEventLogPanel::spaceInFilterTypesInsteadOfPausing()
{
    Harness h;
    QVERIFY(h.show());
    auto *edit = h.child<QLineEdit>("filterEdit");
    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("a b"));
    QCOMPARE(edit->text(), QStringLiteral("a b"));
    QVERIFY(!h.log.isPaused());
}

void TstEventLogPanel::screenshots()
{
    const QString dir = qEnvironmentVariable("VWB_SHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set VWB_SHOT_DIR to write screenshots");
    QVERIFY(QDir().mkpath(dir));

    const QStringList names{QStringLiteral("CREATED"),  QStringLiteral("AUTHORIZED"), QStringLiteral("CAPTURED"),
                            QStringLiteral("REFUNDED"), QStringLiteral("CANCELLED"),  QStringLiteral("EXPIRED")};
    Harness h;
    h.panel.resize(960, 560);
    QList<Events::EventRecord> records;
    for (int i = 0; i < 30; ++i) {
        const auto result = Result(i % 7 < 3 ? 0 : i % 5);
        const QString reference = QStringLiteral("acme-shop-order-%1").arg(1040 + i / 3);
        records.append(make(i + 1, names.at(i % names.size()), reference, 4900 + 2500 * (i % 4), result, i % 11 == 7));
    }
    records[12] = EventTest::notADelivery(13);
    h.log.append(records);
    QVERIFY(h.show());
    h.clickRow(26);
    QVERIFY(saveShot(&h.panel, dir + QStringLiteral("/eventlog-light.png")));
    h.panel.setPalette(darkPalette());
    QVERIFY(saveShot(&h.panel, dir + QStringLiteral("/eventlog-dark.png")));

    h.panel.setPalette({});
    h.action("pauseAction")->trigger();
    h.log.append(numbered(31, 4));
    QTRY_COMPARE(h.child<QLabel>("waitingLabel")->text(), QStringLiteral("4 waiting"));
    h.action("validAction")->trigger();
    h.action("staleAction")->trigger();
    QTest::keyClicks(h.child<QLineEdit>("filterEdit"), QStringLiteral("104"));
    QVERIFY(saveShot(&h.panel, dir + QStringLiteral("/eventlog-paused-filtered.png")));

    Harness empty;
    empty.panel.resize(960, 300);
    QVERIFY(empty.show());
    QVERIFY(saveShot(&empty.panel, dir + QStringLiteral("/eventlog-empty.png")));
}

QTEST_MAIN(TstEventLogPanel)
#include "tst_eventlogpanel.moc"
