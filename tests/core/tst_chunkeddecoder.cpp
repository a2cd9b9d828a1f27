// SPDX-License-Identifier: MIT
#include "http/chunkeddecoder.h"

#include <QTest>

using Http::ChunkedDecoder;
using Http::ParseError;
using Status = Http::ChunkedDecoder::Status;

namespace Http {
char *toString(ChunkedDecoder::Status status)
{
    switch (status) {
    case ChunkedDecoder::Status::NeedMore: return qstrdup("NeedMore");
    case ChunkedDecoder::Status::Complete: return qstrdup("Complete");
    case ChunkedDecoder::Status::Failed: return qstrdup("Failed");
    }
    return qstrdup("?");
}
} // namespace Http

class TestChunkedDecoder : public QObject
{
    Q_OBJECT

private slots:
    void stopsAfterLastChunk();
    void startsAtGivenPosition();
    void appendsToExistingBody();
    void resumesAcrossFeeds();
    void failsAtOnceOnWrongDataEnd();
    void staysFailed();
    void resetStartsOver();
    void limits_data();
    void limits();
};

void TestChunkedDecoder::stopsAfterLastChunk()
{
    ChunkedDecoder decoder;
    decoder.reset(100, 100);
    const QByteArray data = "3\r\nabc\r\n0\r\nX: y\r\n\r\nNEXT";
    qsizetype pos = 0;
    QByteArray body;
    QCOMPARE(decoder.feed(data, &pos, &body), Status::Complete);
    QCOMPARE(body, QByteArray("abc"));
    QCOMPARE(data.mid(pos), QByteArray("NEXT"));
    QCOMPARE(decoder.feed(data, &pos, &body), Status::Complete);
    QCOMPARE(data.mid(pos), QByteArray("NEXT"));
}

void TestChunkedDecoder::startsAtGivenPosition()
{
    ChunkedDecoder decoder;
    decoder.reset(100, 100);
    const QByteArray data = "ignored2\r\nhi\r\n0\r\n\r\n";
    qsizetype pos = 7;
    QByteArray body;
    QCOMPARE(decoder.feed(data, &pos, &body), Status::Complete);
    QCOMPARE(body, QByteArray("hi"));
    QCOMPARE(pos, data.size());
}

void TestChunkedDecoder::appendsToExistingBody()
{
    ChunkedDecoder decoder;
    decoder.reset(100, 100);
    qsizetype pos = 0;
    QByteArray body = "kept:";
    QCOMPARE(decoder.feed("2\r\nok\r\n0\r\n\r\n", &pos, &body), Status::Complete);
    QCOMPARE(body, QByteArray("kept:ok"));
}

// The caller keeps appending to the same buffer; the decoder picks up where it stopped.
void TestChunkedDecoder::resumesAcrossFeeds()
{
    const QByteArray whole = "5;a=\"b\"\r\nhello\r\n6\r\n world\r\n0\r\nT: v\r\n\r\n";
    ChunkedDecoder decoder;
    decoder.reset(100, 100);
    QByteArray data;
    QByteArray body;
    qsizetype pos = 0;
    for (qsizetype i = 0; i < whole.size(); ++i) {
        data.append(whole[i]);
        const Status expected = i + 1 == whole.size() ? Status::Complete : Status::NeedMore;
        QCOMPARE(decoder.feed(data, &pos, &body), expected);
        QVERIFY(pos <= data.size());
    }
    QCOMPARE(body, QByteArray("hello world"));
    QCOMPARE(pos, whole.size());
}

void TestChunkedDecoder::failsAtOnceOnWrongDataEnd()
{
    ChunkedDecoder decoder;
    decoder.reset(100, 100);
    qsizetype pos = 0;
    QByteArray body;
    QCOMPARE(decoder.feed("2\r\nokX", &pos, &body), Status::Failed);
    QCOMPARE(decoder.error(), ParseError::MalformedChunk);
}

void TestChunkedDecoder::staysFailed()
{
    ChunkedDecoder decoder;
    decoder.reset(100, 100);
    qsizetype pos = 0;
    QByteArray body;
    QCOMPARE(decoder.feed("z\r\n", &pos, &body), Status::Failed);
    pos = 0;
    QCOMPARE(decoder.feed("0\r\n\r\n", &pos, &body), Status::Failed);
    QCOMPARE(decoder.error(), ParseError::MalformedChunk);
}

void TestChunkedDecoder::resetStartsOver()
{
    ChunkedDecoder decoder;
    decoder.reset(4, 100);
    qsizetype pos = 0;
    QByteArray body;
    QCOMPARE(decoder.feed("5\r\n", &pos, &body), Status::Failed);
    QCOMPARE(decoder.error(), ParseError::BodyTooLarge);
    decoder.reset(100, 100);
    pos = 0;
    QCOMPARE(decoder.error(), ParseError::None);
    QCOMPARE(decoder.feed("5\r\nfive!\r\n0\r\n\r\n", &pos, &body), Status::Complete);
    QCOMPARE(body, QByteArray("five!"));
}

void TestChunkedDecoder::limits_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<Status>("status");
    QTest::addColumn<ParseError>("error");
    // Body limit 8, trailer budget 10.
    const Status complete = Status::Complete;
    const Status failed = Status::Failed;
    const Status needMore = Status::NeedMore;
    QTest::newRow("body at limit") << QByteArray("8\r\n12345678\r\n0\r\n\r\n") << complete << ParseError::None;
    QTest::newRow("body over limit over two chunks")
        << QByteArray("4\r\n1234\r\n5\r\n") << failed << ParseError::BodyTooLarge;
    QTest::newRow("trailer at budget") << QByteArray("0\r\nAbc: 123\r\n\r\n") << complete << ParseError::None;
    QTest::newRow("trailer over budget") << QByteArray("0\r\nAbc: 1234\r\n\r\n") << failed
                                         << ParseError::HeadersTooLarge;
    QTest::newRow("trailer over budget before its end")
        << QByteArray("0\r\nAbc: 1234567") << failed << ParseError::HeadersTooLarge;
    QTest::newRow("trailers together over budget")
        << QByteArray("0\r\nA: 1\r\nB: 2\r\n\r\n") << failed << ParseError::HeadersTooLarge;
    QTest::newRow("last line pending") << QByteArray("0\r\n\r") << needMore << ParseError::None;
}

void TestChunkedDecoder::limits()
{
    QFETCH(QByteArray, data);
    QFETCH(Status, status);
    QFETCH(ParseError, error);
    ChunkedDecoder decoder;
    decoder.reset(8, 10);
    qsizetype pos = 0;
    QByteArray body;
    QCOMPARE(decoder.feed(data, &pos, &body), status);
    QCOMPARE(decoder.error(), error);
}

QTEST_GUILESS_MAIN(TestChunkedDecoder)
#include "tst_chunkeddecoder.moc"
