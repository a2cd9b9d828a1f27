// SPDX-License-Identifier: MIT
// The live event log model: columns and roles, what came from the wire shown escaped, the bound on its size,
// pausing, clearing.
#include "events/eventlogmodel.h"
#include "eventtesthelpers.h"
#include "markingtranslator.h"
#include "signature/diagnosis.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using Events::EventLogModel;

class TstEventLogModel : public QObject
{
    Q_OBJECT

private slots:
    void columns_data();
    void columns();
    void roles();
    void reasonInTheUserLanguage();
    void notADelivery();
    void wireTextIsShownEscaped();
    void dropsOldestWhenFull();
    void batchLargerThanCapacity();
    void loweringCapacityDrops();
    void fullLogDropsAChunk();
    void pausedRecordsWaitThenArriveTogether();
    void pausedBufferIsBounded();
    void clearEmptiesRowsAndBuffer();
    void rowForSeq();
    void handlerAnswersJoinTheirEvent();
    void handlerAnswerWhilePausedWaitsWithItsEvent();

private:
    static Events::HandlerAnswer answer(qint64 seq, int status, Events::HandlerAnswer::Kind kind);
    static QList<qint64> seqs(const EventLogModel &model);
};

QList<qint64> TstEventLogModel::seqs(const EventLogModel &model)
{
    QList<qint64> result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(model.index(row, 0).data(EventLogModel::SeqRole).toLongLong());
    return result;
}

void TstEventLogModel::columns_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    QTest::newRow("event") << int(EventLogModel::Event) << "CAPTURED";
    QTest::newRow("reference") << int(EventLogModel::Reference) << "acme-order-17";
    QTest::newRow("amount") << int(EventLogModel::Amount) << "12.05 NOK";
    QTest::newRow("result") << int(EventLogModel::Result) << "invalid";
    QTest::newRow("status") << int(EventLogModel::Status) << "401";
    QTest::newRow("duplicate") << int(EventLogModel::Duplicate) << "duplicate";
}

void TstEventLogModel::columns()
{
    QFETCH(int, column);
    QFETCH(QString, text);
    EventLogModel model;
    QAbstractItemModelTester tester(&model);
    EventTest::Spec spec;
    spec.name = QStringLiteral("CAPTURED");
    spec.reference = QStringLiteral("acme-order-17");
    spec.amount = 1205;
    spec.result = Signature::Result::Invalid;
    spec.status = 401;
    spec.duplicate = true;
    model.append(EventTest::record(spec));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), int(EventLogModel::ColumnCount));
    QCOMPARE(model.index(0, column).data().toString(), text);
    QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
}

void TstEventLogModel::roles()
{
    EventLogModel model;
    QAbstractItemModelTester tester(&model);
    EventTest::Spec spec;
    spec.seq = 42;
    spec.result = Signature::Result::Stale;
    spec.status = 401;
    model.append(EventTest::record(spec));
    const QModelIndex index = model.index(0, EventLogModel::Result);
    QCOMPARE(index.data(EventLogModel::ResultRole).toInt(), int(Signature::Result::Stale));
    QCOMPARE(index.data(EventLogModel::SeqRole).toLongLong(), 42);
    QCOMPARE(index.data(EventLogModel::StatusRole).toInt(), 401);
    QCOMPARE(index.data(EventLogModel::DuplicateRole).toBool(), false);
    QCOMPARE(index.data(Qt::ToolTipRole).toString(), QStringLiteral("reason for 42"));
}

// The Verification column's tooltip says the reason in the app's language; the record keeps it in English.
void TstEventLogModel::reasonInTheUserLanguage()
{
    EventLogModel model;
    EventTest::Spec spec;
    spec.result = Signature::Result::NoSecret;
    Events::EventRecord record = EventTest::record(spec);
    record.verification.setReason(Signature::noSecretReason(Signature::Audience::App));
    model.append(record);
    const MarkingTranslator translator;
    const QString tooltip = model.index(0, EventLogModel::Result).data(Qt::ToolTipRole).toString();
    QCOMPARE(tooltip, MarkingTranslator::kMark + record.verification.reason);
    QVERIFY(record.verification.reason.startsWith(QLatin1String("this app holds no webhook secret")));
}

void TstEventLogModel::notADelivery()
{
    EventLogModel model;
    QAbstractItemModelTester tester(&model);
    model.append(EventTest::notADelivery(7));
    QCOMPARE(model.index(0, EventLogModel::Event).data().toString(), QStringLiteral("GET /hooks/vipps"));
    QCOMPARE(model.index(0, EventLogModel::Result).data().toString(), QString());
    QCOMPARE(model.index(0, 0).data(EventLogModel::ResultRole).toInt(), -1);
    QCOMPARE(model.index(0, EventLogModel::Amount).data().toString(), QString());
}

// An unsigned body that would erase a line and draw its own, write the clipboard (OSC 52), clear with the 8-bit
// CSI and turn text around: each cell shows what arrived, on one line, with nothing a view could act on.
void TstEventLogModel::wireTextIsShownEscaped()
{
    Receiver::Delivery delivery;
    delivery.entry.seq = 1;
    delivery.entry.method = "POST";
    delivery.entry.target = "/hooks/vipps";
    delivery.entry.body = QByteArrayLiteral(
        R"({"name":"\u001b[2K\rAUTHORIZED\u0007","reference":"\u001b]52;c;aGk=\u0007\u009b2J\u202eref\nnext",)"
        R"("amount":{"currency":"N\u0085OK","value":100}})");
    delivery.entry.result = QStringLiteral("unsigned");
    delivery.entry.status = 401;
    delivery.verification.result = Signature::Result::Unsigned;
    delivery.verification.reason = QStringLiteral("no signature \u001b[31m");
    const Events::EventRecord record = Events::EventRecord::fromDelivery(delivery);
    Events::EventRecord request = EventTest::notADelivery(2);
    request.entry.target = "/\x1b[2J\x9b";
    EventLogModel model;
    model.append({record, request});
    const auto cell = [&model](int row, int column, int role = Qt::DisplayRole) {
        return model.index(row, column).data(role).toString();
    };

    QCOMPARE(cell(0, EventLogModel::Event), QStringLiteral("\\x1b[2K\\x0dAUTHORIZED\\x07"));
    QCOMPARE(cell(0, EventLogModel::Reference), QStringLiteral("\\x1b]52;c;aGk=\\x07\\x9b2J\\u202eref\\x0anext"));
    QCOMPARE(cell(0, EventLogModel::Amount), QStringLiteral("1.00 N\\x85OK"));
    QCOMPARE(cell(0, EventLogModel::Result, Qt::ToolTipRole), QStringLiteral("no signature \\x1b[31m"));
    for (int column = 0; column < EventLogModel::ColumnCount; ++column) {
        const QString text = cell(0, column);
        QVERIFY2(std::none_of(text.cbegin(), text.cend(), [](QChar c) { return c.category() == QChar::Other_Control; }),
                 qPrintable(text));
    }
    QCOMPARE(cell(1, EventLogModel::Event), QStringLiteral("GET /\\x1b[2J\\x9b"));
    QVERIFY(EventLogModel::searchTextOf(record).contains("\\x1b]52"));
}

void TstEventLogModel::dropsOldestWhenFull()
{
    EventLogModel model;
    QAbstractItemModelTester tester(&model);
    model.setCapacity(3);
    for (qint64 seq = 1; seq <= 5; ++seq)
        model.append(EventTest::withSeq(seq));
    QCOMPARE(seqs(model), (QList<qint64>{3, 4, 5}));
    QCOMPARE(model.droppedCount(), 2);
}

void TstEventLogModel::batchLargerThanCapacity()
{
    EventLogModel model;
    QAbstractItemModelTester tester(&model);
    model.setCapacity(3);
    model.append(EventTest::withSeq(1));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QList<Events::EventRecord> batch;
    for (qint64 seq = 2; seq <= 6; ++seq)
        batch.append(EventTest::withSeq(seq));
    model.append(batch);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(seqs(model), (QList<qint64>{4, 5, 6}));
    QCOMPARE(model.droppedCount(), 3);
}

void TstEventLogModel::loweringCapacityDrops()
{
    EventLogModel model;
    QAbstractItemModelTester tester(&model);
    for (qint64 seq = 1; seq <= 4; ++seq)
        model.append(EventTest::withSeq(seq));
    model.setCapacity(2);
    QCOMPARE(seqs(model), (QList<qint64>{3, 4}));
    model.setCapacity(0);
    QCOMPARE(model.capacity(), 1);
    QCOMPARE(seqs(model), (QList<qint64>{4}));
}

void TstEventLogModel::fullLogDropsAChunk()
{
    EventLogModel model;
    QAbstractItemModelTester tester(&model);
    model.setCapacity(100);
    for (qint64 seq = 1; seq <= 100; ++seq)
        model.append(EventTest::withSeq(seq));
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.append(EventTest::withSeq(101));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.rowCount(), 96); // 100 / DropFraction rows made room at once
    QCOMPARE(model.index(0, 0).data(EventLogModel::SeqRole).toLongLong(), 6);
    for (qint64 seq = 102; seq <= 105; ++seq)
        model.append(EventTest::withSeq(seq));
    QCOMPARE(removed.count(), 1); // the room is used before anything else goes
    QCOMPARE(model.rowCount(), 100);
}

void TstEventLogModel::pausedRecordsWaitThenArriveTogether()
{
    EventLogModel model;
    QAbstractItemModelTester tester(&model);
    model.append(EventTest::withSeq(1));
    model.setPaused(true);
    model.append(EventTest::withSeq(2));
    model.append(EventTest::withSeq(3));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.waitingCount(), 2);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setPaused(false);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(seqs(model), (QList<qint64>{1, 2, 3}));
    QCOMPARE(model.waitingCount(), 0);
}

void TstEventLogModel::pausedBufferIsBounded()
{
    EventLogModel model;
    QAbstractItemModelTester tester(&model);
    model.setCapacity(2);
    model.setPaused(true);
    for (qint64 seq = 1; seq <= 5; ++seq)
        model.append(EventTest::withSeq(seq));
    QCOMPARE(model.waitingCount(), 2);
    model.setPaused(false);
    QCOMPARE(seqs(model), (QList<qint64>{4, 5}));
    QCOMPARE(model.droppedCount(), 3);
}

void TstEventLogModel::clearEmptiesRowsAndBuffer()
{
    EventLogModel model;
    QAbstractItemModelTester tester(&model);
    model.append(EventTest::withSeq(1));
    model.setPaused(true);
    model.append(EventTest::withSeq(2));
    model.clear();
    model.setPaused(false);
    QCOMPARE(model.rowCount(), 0);
    model.append(EventTest::withSeq(3));
    QCOMPARE(seqs(model), (QList<qint64>{3}));
}

void TstEventLogModel::rowForSeq()
{
    EventLogModel model;
    model.setCapacity(3);
    for (qint64 seq = 10; seq <= 14; ++seq)
        model.append(EventTest::withSeq(seq));
    QCOMPARE(model.rowForSeq(12), 0);
    QCOMPARE(model.rowForSeq(14), 2);
    QCOMPARE(model.rowForSeq(11), -1); // dropped
    QCOMPARE(model.rowForSeq(99), -1);
}

Events::HandlerAnswer TstEventLogModel::answer(qint64 seq, int status, Events::HandlerAnswer::Kind kind)
{
    Events::HandlerAnswer result;
    result.kind = kind;
    result.answer.forwardOf = seq;
    result.answer.sentAt = QDateTime(QDate(2026, 12, 6), QTime(7, 0, 0), Qt::UTC);
    result.answer.to = QStringLiteral("http://127.0.0.1:3000/hooks");
    result.answer.status = status;
    result.answer.elapsedMs = 12;
    if (status == 0) {
        result.answer.timedOut = true;
        result.answer.error = QStringLiteral("no answer within 10 s\x1b[2K");
    }
    return result;
}

void TstEventLogModel::handlerAnswersJoinTheirEvent()
{
    using Kind = Events::HandlerAnswer::Kind;
    EventLogModel model;
    QAbstractItemModelTester tester(&model);
    for (qint64 seq = 1; seq <= 3; ++seq)
        model.append(EventTest::withSeq(seq));
    const QModelIndex cell = model.index(1, EventLogModel::Handler);
    QCOMPARE(cell.data().toString(), QString());
    QCOMPARE(cell.data(EventLogModel::HandlerRole).toInt(), -1);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy added(&model, &EventLogModel::handlerAnswerAdded);
    QVERIFY(model.addHandlerAnswer(answer(2, 200, Kind::Forwarded)));
    QCOMPARE(cell.data().toString(), QStringLiteral("200 · 12 ms"));
    QCOMPARE(cell.data(EventLogModel::HandlerRole).toInt(), 200);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(added.takeFirst().at(0).toInt(), 1);
    QVERIFY(model.addHandlerAnswer(answer(2, 0, Kind::Resigned)));
    QCOMPARE(cell.data().toString(), QStringLiteral("timed out"));
    QCOMPARE(cell.data(EventLogModel::HandlerRole).toInt(), 0);
    const QStringList tip = cell.data(Qt::ToolTipRole).toString().split(QLatin1Char('\n'));
    QCOMPARE(tip.size(), 2);
    QVERIFY2(tip.at(0).contains(QStringLiteral("forwarded to http://127.0.0.1:3000/hooks: 200 in 12 ms")),
             qPrintable(tip.at(0)));
    QVERIFY2(tip.at(1).contains(QStringLiteral("replayed re-signed")), qPrintable(tip.at(1)));
    QVERIFY2(tip.at(1).contains(QStringLiteral("\\x1b[2K")), qPrintable(tip.at(1))); // the handler's words escaped
    QCOMPARE(model.record(1).handlerAnswers.size(), 2);
    QCOMPARE(model.record(0).handlerAnswers.size(), 0);
    QVERIFY(!model.addHandlerAnswer(answer(99, 200, Kind::Replayed)));
    QVERIFY(model.record(1).searchText.contains("timed out"));
}

void TstEventLogModel::handlerAnswerWhilePausedWaitsWithItsEvent()
{
    EventLogModel model;
    QAbstractItemModelTester tester(&model);
    model.setPaused(true);
    model.append(EventTest::withSeq(5));
    QVERIFY(model.addHandlerAnswer(answer(5, 204, Events::HandlerAnswer::Kind::Forwarded)));
    QCOMPARE(model.rowCount(), 0);
    model.setPaused(false);
    QCOMPARE(model.index(0, EventLogModel::Handler).data().toString(), QStringLiteral("204 · 12 ms"));
    QVERIFY(model.record(0).searchText.contains("204"));
}

QTEST_GUILESS_MAIN(TstEventLogModel)
#include "tst_eventlogmodel.moc"
