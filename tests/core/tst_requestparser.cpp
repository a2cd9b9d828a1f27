// SPDX-License-Identifier: MIT
#include "http/requestparser.h"

#include <QTest>

using Http::Limits;
using Http::ParseError;
using Http::Request;
using Http::RequestParser;
using Status = Http::RequestParser::Status;

namespace Http {
char *toString(ParseError error)
{
    return qstrdup(qPrintable(QString::number(statusFor(error)) + QLatin1Char(' ') + describe(error)));
}

char *toString(RequestParser::Status status)
{
    switch (status) {
    case RequestParser::Status::NeedMore: return qstrdup("NeedMore");
    case RequestParser::Status::Complete: return qstrdup("Complete");
    case RequestParser::Status::Failed: return qstrdup("Failed");
    }
    return qstrdup("?");
}
} // namespace Http

namespace {

// What a parser made of some input: the requests it completed, then where it stopped.
struct Outcome
{
    QList<Request> requests;
    Status status = Status::NeedMore;
    ParseError error = ParseError::None;
};

// Appends each piece in turn, taking every request that completes, until the parser fails.
Outcome run(const QList<QByteArray> &pieces, const Limits &limits = {})
{
    RequestParser parser(limits);
    Outcome outcome;
    for (const QByteArray &piece : pieces) {
        parser.append(piece);
        while ((outcome.status = parser.parse()) == Status::Complete)
            outcome.requests.append(parser.takeRequest());
        if (outcome.status == Status::Failed)
            break;
    }
    outcome.error = parser.error();
    return outcome;
}

QList<QByteArray> piecesOf(const QByteArray &bytes, qsizetype size)
{
    QList<QByteArray> pieces;
    for (qsizetype i = 0; i < bytes.size(); i += size)
        pieces.append(bytes.mid(i, size));
    return pieces;
}

// A one-line description of a request, so a mismatch shows exactly what differs.
QByteArray summary(const Request &request)
{
    QByteArray out = request.method + ' ' + request.target + ' ' + request.version;
    for (const Http::Header &header : request.headers)
        out += " [" + header.name + "=" + header.value + ']';
    return out + " body:" + request.body.toHex();
}

QByteArray withContentLength(const QByteArray &body)
{
    return "POST /hook HTTP/1.1\r\nHost: example.test\r\nContent-Length: " + QByteArray::number(body.size()) +
           "\r\n\r\n" + body;
}

QByteArray withChunkedBody(const QByteArray &chunked)
{
    return "POST /hook HTTP/1.1\r\nHost: example.test\r\nTransfer-Encoding: chunked\r\n\r\n" + chunked;
}

QByteArray withHeader(const QByteArray &headerLine)
{
    return "GET / HTTP/1.1\r\n" + headerLine + "\r\n\r\n";
}

QByteArray chunksOf(const QByteArray &body, qsizetype size)
{
    QByteArray out;
    for (qsizetype i = 0; i < body.size(); i += size) {
        const QByteArray chunk = body.mid(i, size);
        out += QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
    }
    return out + "0\r\n\r\n";
}

Limits smallLimits()
{
    Limits limits;
    limits.maxRequestLineBytes = 32;
    limits.maxHeaderBytes = 128;
    limits.maxBodyBytes = 16;
    return limits;
}

} // namespace

class TestRequestParser : public QObject
{
    Q_OBJECT

private slots:
    void simplePost();
    void getWithoutBody();
    void requestLineLimit_data();
    void requestLineLimit();
    void requestLineLimitIsEager();
    void headerBlockLimit_data();
    void headerBlockLimit();
    void headerBlockLimitIsEager();
    void contentLengthLimit_data();
    void contentLengthLimit();
    void contentLengthOverLimitFailsBeforeBody();
    void chunkedLimit_data();
    void chunkedLimit();
    void chunkedSizeOverLimitFailsBeforeData();
    void trailersShareHeaderBudget_data();
    void trailersShareHeaderBudget();
    void splitAtEveryBoundary_data();
    void splitAtEveryBoundary();
    void chunkedVariants_data();
    void chunkedVariants();
    void malformedChunks_data();
    void malformedChunks();
    void absurdChunkSizes_data();
    void absurdChunkSizes();
    void pipelined_data();
    void pipelined();
    void malformedRequestLine_data();
    void malformedRequestLine();
    void noiseFailsBeforeLineEnd_data();
    void noiseFailsBeforeLineEnd();
    void unsupportedVersion_data();
    void unsupportedVersion();
    void leadingEmptyLines_data();
    void leadingEmptyLines();
    void malformedHeader_data();
    void malformedHeader();
    void injectionAttempts_data();
    void injectionAttempts();
    void valueWhitespaceTrimmed();
    void invalidContentLength_data();
    void invalidContentLength();
    void duplicateContentLength_data();
    void duplicateContentLength();
    void lengthAndChunked();
    void transferCoding_data();
    void transferCoding();
    void headersKeepCaseOrderAndDuplicates();
    void rawBodyBytesKept_data();
    void rawBodyBytesKept();
    void staysFailed();
    void progressFlags();
    void takeRequestWithoutCompleteRequest();
    void longSessionOfPipelinedRequests();
};

void TestRequestParser::simplePost()
{
    RequestParser parser;
    parser.append(withContentLength(R"({"name":"x"})"));
    QCOMPARE(parser.parse(), Status::Complete);
    const Request request = parser.takeRequest();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.target, QByteArray("/hook"));
    QCOMPARE(request.version, QByteArray("HTTP/1.1"));
    QCOMPARE(request.headers.value("host"), QByteArray("example.test"));
    QCOMPARE(request.body, QByteArray(R"({"name":"x"})"));
    QCOMPARE(parser.bufferedBytes(), 0);
    QCOMPARE(parser.parse(), Status::NeedMore);
}

void TestRequestParser::getWithoutBody()
{
    RequestParser parser;
    parser.append("GET /healthz?verbose=1 HTTP/1.0\r\n\r\n");
    QCOMPARE(parser.parse(), Status::Complete);
    const Request request = parser.takeRequest();
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.target, QByteArray("/healthz?verbose=1"));
    QCOMPARE(request.version, QByteArray("HTTP/1.0"));
    QVERIFY(request.headers.isEmpty());
    QVERIFY(request.body.isEmpty());
}

void TestRequestParser::requestLineLimit_data()
{
    QTest::addColumn<int>("extra");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("one under") << -1 << true;
    QTest::newRow("exactly at limit") << 0 << true;
    QTest::newRow("one over") << 1 << false;
    QTest::newRow("far over") << 500 << false;
}

void TestRequestParser::requestLineLimit()
{
    QFETCH(int, extra);
    QFETCH(bool, accepted);
    const Limits limits = smallLimits();
    const QByteArray frame = "GET / HTTP/1.1";
    const QByteArray target = '/' + QByteArray(limits.maxRequestLineBytes - frame.size() + extra, 'a');
    const QByteArray line = "GET " + target + " HTTP/1.1";
    QCOMPARE(line.size(), limits.maxRequestLineBytes + extra);

    const Outcome outcome = run({line + "\r\n\r\n"}, limits);
    QCOMPARE(outcome.requests.size(), accepted ? 1 : 0);
    QCOMPARE(outcome.error, accepted ? ParseError::None : ParseError::RequestLineTooLong);
    if (accepted)
        QCOMPARE(outcome.requests.front().target, target);
}

void TestRequestParser::requestLineLimitIsEager()
{
    const Limits limits = smallLimits();
    RequestParser parser(limits);
    // At the limit plus a CR the line may still end right there.
    parser.append("GET /" + QByteArray(limits.maxRequestLineBytes - 5, 'a') + '\r');
    QCOMPARE(parser.parse(), Status::NeedMore);
    parser.append("a");
    QCOMPARE(parser.parse(), Status::Failed);
    QCOMPARE(parser.error(), ParseError::RequestLineTooLong);
    QCOMPARE(Http::statusFor(parser.error()), 414);
}

void TestRequestParser::headerBlockLimit_data()
{
    QTest::addColumn<int>("extra");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("one under") << -1 << true;
    QTest::newRow("exactly at limit") << 0 << true;
    QTest::newRow("one over") << 1 << false;
    QTest::newRow("far over") << 1000 << false;
}

// The header block counts from the request line to the empty line, CRLFs included.
void TestRequestParser::headerBlockLimit()
{
    QFETCH(int, extra);
    QFETCH(bool, accepted);
    const Limits limits = smallLimits();
    const QByteArray frame = "GET / HTTP/1.1\r\nX-Fill: \r\n\r\n";
    const QByteArray head = withHeader("X-Fill: " + QByteArray(limits.maxHeaderBytes - frame.size() + extra, 'v'));
    QCOMPARE(head.size(), limits.maxHeaderBytes + extra);

    const Outcome outcome = run({head}, limits);
    QCOMPARE(outcome.requests.size(), accepted ? 1 : 0);
    QCOMPARE(outcome.error, accepted ? ParseError::None : ParseError::HeadersTooLarge);
}

void TestRequestParser::headerBlockLimitIsEager()
{
    const Limits limits = smallLimits();
    RequestParser parser(limits);
    const QByteArray start = "GET / HTTP/1.1\r\nX-Fill: ";
    parser.append(start + QByteArray(limits.maxHeaderBytes - start.size(), 'v'));
    QCOMPARE(parser.parse(), Status::NeedMore);
    parser.append("v");
    QCOMPARE(parser.parse(), Status::Failed);
    QCOMPARE(parser.error(), ParseError::HeadersTooLarge);
    QCOMPARE(Http::statusFor(parser.error()), 431);
}

void TestRequestParser::contentLengthLimit_data()
{
    QTest::addColumn<int>("extra");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("exactly at limit") << 0 << true;
    QTest::newRow("one over") << 1 << false;
}

void TestRequestParser::contentLengthLimit()
{
    QFETCH(int, extra);
    QFETCH(bool, accepted);
    const Limits limits = smallLimits();
    const QByteArray body(limits.maxBodyBytes + extra, 'b');
    const Outcome outcome = run({withContentLength(body)}, limits);
    QCOMPARE(outcome.requests.size(), accepted ? 1 : 0);
    QCOMPARE(outcome.error, accepted ? ParseError::None : ParseError::BodyTooLarge);
    if (accepted)
        QCOMPARE(outcome.requests.front().body, body);
}

void TestRequestParser::contentLengthOverLimitFailsBeforeBody()
{
    RequestParser parser;
    parser.append("POST /hook HTTP/1.1\r\nContent-Length: 1048577\r\n\r\n");
    QCOMPARE(parser.parse(), Status::Failed);
    QCOMPARE(parser.error(), ParseError::BodyTooLarge);
    QCOMPARE(Http::statusFor(parser.error()), 413);
}

void TestRequestParser::chunkedLimit_data()
{
    QTest::addColumn<int>("extra");
    QTest::addColumn<int>("chunkSize");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("at limit, one chunk") << 0 << 16 << true;
    QTest::newRow("at limit, many chunks") << 0 << 3 << true;
    QTest::newRow("one over, one chunk") << 1 << 17 << false;
    QTest::newRow("one over, many chunks") << 1 << 3 << false;
    QTest::newRow("one over, last chunk one byte") << 1 << 16 << false;
}

void TestRequestParser::chunkedLimit()
{
    QFETCH(int, extra);
    QFETCH(int, chunkSize);
    QFETCH(bool, accepted);
    const Limits limits = smallLimits();
    const QByteArray body(limits.maxBodyBytes + extra, 'c');
    const Outcome outcome = run({withChunkedBody(chunksOf(body, chunkSize))}, limits);
    QCOMPARE(outcome.requests.size(), accepted ? 1 : 0);
    QCOMPARE(outcome.error, accepted ? ParseError::None : ParseError::BodyTooLarge);
    if (accepted)
        QCOMPARE(outcome.requests.front().body, body);
}

void TestRequestParser::chunkedSizeOverLimitFailsBeforeData()
{
    RequestParser parser(smallLimits());
    parser.append(withChunkedBody("8\r\n12345678\r\n"));
    QCOMPARE(parser.parse(), Status::NeedMore);
    parser.append("9\r\n");
    QCOMPARE(parser.parse(), Status::Failed);
    QCOMPARE(parser.error(), ParseError::BodyTooLarge);
}

void TestRequestParser::trailersShareHeaderBudget_data()
{
    QTest::addColumn<int>("extra");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("exactly at limit") << 0 << true;
    QTest::newRow("one over") << 1 << false;
}

void TestRequestParser::trailersShareHeaderBudget()
{
    QFETCH(int, extra);
    QFETCH(bool, accepted);
    const Limits limits = smallLimits();
    const QByteArray head = withChunkedBody({});
    const QByteArray frame = "X-T: \r\n";
    const QByteArray trailer = "X-T: " + QByteArray(limits.maxHeaderBytes - head.size() - frame.size() + extra, 't');
    const Outcome outcome = run({head + "1\r\na\r\n0\r\n" + trailer + "\r\n\r\n"}, limits);
    QCOMPARE(outcome.requests.size(), accepted ? 1 : 0);
    QCOMPARE(outcome.error, accepted ? ParseError::None : ParseError::HeadersTooLarge);
}

void TestRequestParser::splitAtEveryBoundary_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("content-length") << withContentLength("hello\r\n\r\nworld");
    QTest::newRow("chunked") << withChunkedBody("5\r\nhello\r\n1;ext=\"a;b\"\r\n \r\n6\r\nworld!\r\n0\r\n\r\n");
    QTest::newRow("chunked with trailers")
        << withChunkedBody("3;a=b;c\r\nabc\r\n0\r\nX-Checksum: 1\r\nX-Other: two\r\n\r\n");
    QTest::newRow("pipelined") << withContentLength("one") + "GET /two HTTP/1.1\r\n\r\n" +
                                      withChunkedBody("5\r\nthree\r\n0\r\n\r\n");
    QTest::newRow("leading empty line") << "\r\n" + withContentLength("x");
}

// Any split of the input yields the same requests as the whole input at once.
void TestRequestParser::splitAtEveryBoundary()
{
    QFETCH(QByteArray, input);
    const Outcome whole = run({input});
    QCOMPARE(whole.status, Status::NeedMore);
    QVERIFY(!whole.requests.isEmpty());
    const auto same = [&](const Outcome &split) {
        if (split.requests.size() != whole.requests.size() || split.error != ParseError::None)
            return false;
        for (qsizetype i = 0; i < split.requests.size(); ++i) {
            if (summary(split.requests[i]) != summary(whole.requests[i]))
                return false;
        }
        return true;
    };
    for (qsizetype at = 0; at <= input.size(); ++at) {
        if (!same(run({input.left(at), input.mid(at)})))
            QFAIL(qPrintable(QStringLiteral("differs when split at byte %1").arg(at)));
    }
    QVERIFY(same(run(piecesOf(input, 1))));
}

void TestRequestParser::chunkedVariants_data()
{
    QTest::addColumn<QByteArray>("chunked");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("single chunk") << QByteArray("4\r\nWiki\r\n0\r\n\r\n") << QByteArray("Wiki");
    QTest::newRow("several chunks") << QByteArray("4\r\nWiki\r\n5\r\npedia\r\n0\r\n\r\n") << QByteArray("Wikipedia");
    QTest::newRow("uppercase hex") << QByteArray("A\r\n0123456789\r\n0\r\n\r\n") << QByteArray("0123456789");
    QTest::newRow("lowercase hex") << QByteArray("a\r\n0123456789\r\n0\r\n\r\n") << QByteArray("0123456789");
    QTest::newRow("leading zeros") << QByteArray("0003\r\nabc\r\n000\r\n\r\n") << QByteArray("abc");
    QTest::newRow("empty body") << QByteArray("0\r\n\r\n") << QByteArray();
    QTest::newRow("extension name") << QByteArray("3;x\r\nabc\r\n0\r\n\r\n") << QByteArray("abc");
    QTest::newRow("extension token value") << QByteArray("3;x=y\r\nabc\r\n0;z=1\r\n\r\n") << QByteArray("abc");
    QTest::newRow("extension quoted value") << QByteArray("3;x=\"a b\\\"c\"\r\nabc\r\n0\r\n\r\n") << QByteArray("abc");
    QTest::newRow("extension with whitespace") << QByteArray("3 ; x = y ;z\r\nabc\r\n0\r\n\r\n") << QByteArray("abc");
    QTest::newRow("one trailer") << QByteArray("3\r\nabc\r\n0\r\nExpires: never\r\n\r\n") << QByteArray("abc");
    QTest::newRow("two trailers") << QByteArray("3\r\nabc\r\n0\r\nA: 1\r\nB:\r\n\r\n") << QByteArray("abc");
    QTest::newRow("data with CRLF inside") << QByteArray("4\r\n\r\n\r\n\r\n0\r\n\r\n") << QByteArray("\r\n\r\n");
}

void TestRequestParser::chunkedVariants()
{
    QFETCH(QByteArray, chunked);
    QFETCH(QByteArray, body);
    const QByteArray input = withChunkedBody(chunked);
    const Outcome outcome = run({input + "GET /next HTTP/1.1\r\n\r\n"});
    QCOMPARE(outcome.error, ParseError::None);
    QCOMPARE(outcome.requests.size(), 2);
    QCOMPARE(outcome.requests[0].body, body);
    QCOMPARE(outcome.requests[1].target, QByteArray("/next"));
    // Trailer fields are discarded, never merged into the headers.
    QCOMPARE(outcome.requests[0].headers.size(), 2);

    const Outcome byteByByte = run(piecesOf(input, 1));
    QCOMPARE(byteByByte.requests.size(), 1);
    QCOMPARE(byteByByte.requests[0].body, body);
}

void TestRequestParser::malformedChunks_data()
{
    QTest::addColumn<QByteArray>("chunked");
    QTest::newRow("no size") << QByteArray("\r\nabc\r\n0\r\n\r\n");
    QTest::newRow("not hex") << QByteArray("g\r\nabc\r\n0\r\n\r\n");
    QTest::newRow("signed size") << QByteArray("+3\r\nabc\r\n0\r\n\r\n");
    QTest::newRow("hex prefix") << QByteArray("0x3\r\nabc\r\n0\r\n\r\n");
    QTest::newRow("space before size") << QByteArray(" 3\r\nabc\r\n0\r\n\r\n");
    QTest::newRow("space after size") << QByteArray("3 \r\nabc\r\n0\r\n\r\n");
    QTest::newRow("bare LF after size") << QByteArray("3\nabc\r\n0\r\n\r\n");
    QTest::newRow("bare CR after size") << QByteArray("3\rabc\r\n0\r\n\r\n");
    QTest::newRow("data longer than size") << QByteArray("3\r\nabcd\r\n0\r\n\r\n");
    QTest::newRow("data shorter than size") << QByteArray("3\r\nab\r\n0\r\n\r\n");
    QTest::newRow("no CRLF after data") << QByteArray("3\r\nabc0\r\n\r\n");
    QTest::newRow("bare LF after data") << QByteArray("3\r\nabc\n0\r\n\r\n");
    QTest::newRow("empty extension") << QByteArray("3;\r\nabc\r\n0\r\n\r\n");
    QTest::newRow("extension without name") << QByteArray("3;=x\r\nabc\r\n0\r\n\r\n");
    QTest::newRow("extension without value") << QByteArray("3;x=\r\nabc\r\n0\r\n\r\n");
    QTest::newRow("unterminated quoted value") << QByteArray("3;x=\"abc\r\nabc\r\n0\r\n\r\n");
    QTest::newRow("NUL in extension") << QByteArray("3;x=") + '\0' + "\r\nabc\r\n0\r\n\r\n";
    QTest::newRow("extension line too long") << "3;x=" + QByteArray(2000, 'y') + "\r\nabc\r\n0\r\n\r\n";
    QTest::newRow("trailer without colon") << QByteArray("0\r\nNoColon\r\n\r\n");
    QTest::newRow("trailer with space before colon") << QByteArray("0\r\nName : v\r\n\r\n");
    QTest::newRow("trailer obs-fold") << QByteArray("0\r\nA: 1\r\n 2\r\n\r\n");
    QTest::newRow("trailer bare CR") << QByteArray("0\r\nA: 1\r2\r\n\r\n");
    QTest::newRow("trailer bare LF") << QByteArray("0\r\nA: 1\n\r\n");
    QTest::newRow("last line bare LF") << QByteArray("0\r\n\n");
}

void TestRequestParser::malformedChunks()
{
    QFETCH(QByteArray, chunked);
    const Outcome outcome = run({withChunkedBody(chunked)});
    QCOMPARE(outcome.status, Status::Failed);
    QCOMPARE(outcome.error, ParseError::MalformedChunk);
    QVERIFY(outcome.requests.isEmpty());
}

void TestRequestParser::absurdChunkSizes_data()
{
    QTest::addColumn<QByteArray>("sizeLine");
    QTest::addColumn<ParseError>("error");
    QTest::newRow("twenty f") << QByteArray("ffffffffffffffffffff\r\n") << ParseError::BodyTooLarge;
    QTest::newRow("qint64 max") << QByteArray("7fffffffffffffff\r\n") << ParseError::BodyTooLarge;
    QTest::newRow("qint64 max plus one") << QByteArray("8000000000000000\r\n") << ParseError::BodyTooLarge;
    QTest::newRow("quint64 max plus one") << QByteArray("10000000000000000\r\n") << ParseError::BodyTooLarge;
    QTest::newRow("one over the limit") << QByteArray("100001\r\n") << ParseError::BodyTooLarge;
    QTest::newRow("a kilobyte of digits") << QByteArray(1100, 'f') + "\r\n" << ParseError::MalformedChunk;
    QTest::newRow("a kilobyte of zeros") << QByteArray(1100, '0') + "1\r\n" << ParseError::MalformedChunk;
}

void TestRequestParser::absurdChunkSizes()
{
    QFETCH(QByteArray, sizeLine);
    QFETCH(ParseError, error);
    const Outcome whole = run({withChunkedBody(sizeLine)});
    QCOMPARE(whole.status, Status::Failed);
    QCOMPARE(whole.error, error);
    const Outcome byteByByte = run(piecesOf(withChunkedBody(sizeLine), 1));
    QCOMPARE(byteByByte.error, error);
}

void TestRequestParser::pipelined_data()
{
    QTest::addColumn<qsizetype>("pieceSize");
    QTest::newRow("all in one append") << qsizetype(100000);
    QTest::newRow("split in halves") << qsizetype(110);
    QTest::newRow("pieces of 7") << qsizetype(7);
    QTest::newRow("one byte at a time") << qsizetype(1);
}

void TestRequestParser::pipelined()
{
    QFETCH(qsizetype, pieceSize);
    const QByteArray input = withContentLength("first") + "GET /second HTTP/1.1\r\n\r\n" +
                             withChunkedBody("5\r\nthird\r\n0\r\n\r\n") +
                             "POST /fourth HTTP/1.1\r\nContent-Length: 10\r\n\r\nfour";
    const Outcome outcome = run(piecesOf(input, pieceSize));
    QCOMPARE(outcome.status, Status::NeedMore);
    QCOMPARE(outcome.requests.size(), 3);
    QCOMPARE(outcome.requests[0].body, QByteArray("first"));
    QCOMPARE(outcome.requests[1].target, QByteArray("/second"));
    QCOMPARE(outcome.requests[2].body, QByteArray("third"));
}

void TestRequestParser::malformedRequestLine_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("empty method") << QByteArray(" / HTTP/1.1");
    QTest::newRow("missing target") << QByteArray("GET HTTP/1.1");
    QTest::newRow("empty target") << QByteArray("GET  HTTP/1.1");
    QTest::newRow("missing version") << QByteArray("GET /");
    QTest::newRow("only a method") << QByteArray("GET");
    QTest::newRow("double space") << QByteArray("GET  / HTTP/1.1");
    QTest::newRow("trailing space") << QByteArray("GET / HTTP/1.1 ");
    QTest::newRow("leading space") << QByteArray(" GET / HTTP/1.1");
    QTest::newRow("tab separator") << QByteArray("GET\t/\tHTTP/1.1");
    QTest::newRow("space in target") << QByteArray("GET /a b HTTP/1.1");
    QTest::newRow("extra word") << QByteArray("GET / HTTP/1.1 extra");
    QTest::newRow("non-token method") << QByteArray("GE(T / HTTP/1.1");
    QTest::newRow("method with slash") << QByteArray("GET/ / HTTP/1.1");
    QTest::newRow("NUL in target") << QByteArray("GET /") + '\0' + " HTTP/1.1";
    QTest::newRow("DEL in target") << QByteArray("GET /\x7f HTTP/1.1");
    QTest::newRow("tab in target") << QByteArray("GET /\t HTTP/1.1");
    QTest::newRow("lowercase protocol") << QByteArray("GET / http/1.1");
    QTest::newRow("no minor version") << QByteArray("GET / HTTP/1");
    QTest::newRow("two-digit major") << QByteArray("GET / HTTP/11.1");
    QTest::newRow("version suffix") << QByteArray("GET / HTTP/1.1x");
    QTest::newRow("other protocol") << QByteArray("GET / FTP/1.1");
    QTest::newRow("bare CR in line") << QByteArray("GET /\r HTTP/1.1");
    QTest::newRow("CR before CRLF") << QByteArray("GET / HTTP/1.1\r");
    QTest::newRow("binary") << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11);
}

void TestRequestParser::malformedRequestLine()
{
    QFETCH(QByteArray, line);
    const Outcome outcome = run({line + "\r\n\r\n"});
    QCOMPARE(outcome.status, Status::Failed);
    QCOMPARE(outcome.error, ParseError::MalformedRequestLine);
}

void TestRequestParser::noiseFailsBeforeLineEnd_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("fails");
    QTest::newRow("tls client hello") << QByteArray::fromHex("160301020001000001fc0303") << true;
    QTest::newRow("nul bytes") << QByteArray(4, '\0') << true;
    QTest::newRow("bare lf") << QByteArray("\n") << true;
    QTest::newRow("bad byte after a method start") << QByteArray("POS\x01") << true;
    QTest::newRow("method still arriving") << QByteArray("POS") << false;
    QTest::newRow("long token method") << QByteArray(40, 'M') << false;
    QTest::newRow("first half of an empty line") << QByteArray("\r") << false;
    QTest::newRow("target may hold anything later") << QByteArray("POST /\x01") << false;
}

void TestRequestParser::noiseFailsBeforeLineEnd()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, fails);
    RequestParser parser;
    parser.append(bytes);
    QCOMPARE(parser.parse(), fails ? Status::Failed : Status::NeedMore);
    if (fails)
        QCOMPARE(parser.error(), ParseError::MalformedRequestLine);
}

void TestRequestParser::unsupportedVersion_data()
{
    QTest::addColumn<QByteArray>("version");
    QTest::newRow("HTTP/2.0") << QByteArray("HTTP/2.0");
    QTest::newRow("HTTP/3.0") << QByteArray("HTTP/3.0");
    QTest::newRow("HTTP/1.2") << QByteArray("HTTP/1.2");
    QTest::newRow("HTTP/0.9") << QByteArray("HTTP/0.9");
}

void TestRequestParser::unsupportedVersion()
{
    QFETCH(QByteArray, version);
    const Outcome outcome = run({"GET / " + version + "\r\n\r\n"});
    QCOMPARE(outcome.error, ParseError::UnsupportedVersion);
    QCOMPARE(Http::statusFor(outcome.error), 505);
}

void TestRequestParser::leadingEmptyLines_data()
{
    QTest::addColumn<QByteArray>("prefix");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("one CRLF") << QByteArray("\r\n") << true;
    QTest::newRow("eight CRLF") << QByteArray("\r\n").repeated(8) << true;
    QTest::newRow("nine CRLF") << QByteArray("\r\n").repeated(9) << false;
    QTest::newRow("bare LF") << QByteArray("\n") << false;
    QTest::newRow("bare CR") << QByteArray("\r") << false;
    QTest::newRow("whitespace line") << QByteArray(" \r\n") << false;
}

void TestRequestParser::leadingEmptyLines()
{
    QFETCH(QByteArray, prefix);
    QFETCH(bool, accepted);
    const Outcome outcome = run({prefix + "GET / HTTP/1.1\r\n\r\n"});
    QCOMPARE(outcome.requests.size(), accepted ? 1 : 0);
    QCOMPARE(outcome.error, accepted ? ParseError::None : ParseError::MalformedRequestLine);
}

void TestRequestParser::malformedHeader_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("no colon") << QByteArray("Host example.test");
    QTest::newRow("empty name") << QByteArray(": value");
    QTest::newRow("space before colon") << QByteArray("Host : example.test");
    QTest::newRow("tab before colon") << QByteArray("Host\t: example.test");
    QTest::newRow("space inside name") << QByteArray("X Name: v");
    QTest::newRow("non-token name") << QByteArray("X(Name): v");
    QTest::newRow("obs-text in name") << QByteArray("X-\xc3\xa9: v");
    QTest::newRow("obs-fold with space") << QByteArray("X-A: 1\r\n 2");
    QTest::newRow("obs-fold with tab") << QByteArray("X-A: 1\r\n\t2");
    QTest::newRow("whitespace before first field") << QByteArray(" Host: example.test");
    QTest::newRow("bare LF ends field") << QByteArray("X-A: 1\nX-B: 2");
    QTest::newRow("bare LF ends last field") << QByteArray("X-A: 1\n");
    QTest::newRow("bare LF ends header block") << QByteArray("X-A: 1\r\n\n");
    QTest::newRow("bare CR in value") << QByteArray("X-A: 1\r2");
    QTest::newRow("bare CR in name") << QByteArray("X\r-A: 1");
    QTest::newRow("CR before CRLF") << QByteArray("X-A: 1\r");
    QTest::newRow("NUL in value") << QByteArray("X-A: 1") + '\0' + "2";
    QTest::newRow("NUL in name") << QByteArray("X") + '\0' + "A: 1";
    QTest::newRow("DEL in value") << QByteArray("X-A: \x7f");
    QTest::newRow("control in value") << QByteArray("X-A: \x1b[31m");
}

void TestRequestParser::malformedHeader()
{
    QFETCH(QByteArray, line);
    const Outcome outcome = run({withHeader(line)});
    QCOMPARE(outcome.status, Status::Failed);
    QCOMPARE(outcome.error, ParseError::MalformedHeader);
}

void TestRequestParser::injectionAttempts_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QByteArray>("value");
    // Accepted, with the bytes kept as they are: none of these can become a line break.
    QTest::newRow("percent-encoded CRLF") << QByteArray("X-A: a%0d%0aX-B: b") << QByteArray("a%0d%0aX-B: b");
    QTest::newRow("escaped CRLF text") << QByteArray("X-A: a\\r\\nX-B: b") << QByteArray("a\\r\\nX-B: b");
    QTest::newRow("UTF-8 with CR/LF low bytes")
        << QByteArray("X-A: \xc4\x8d\xc4\x8a") << QByteArray("\xc4\x8d\xc4\x8a");
    QTest::newRow("UTF-8 NEL and LS") << QByteArray("X-A: \xc2\x85\xe2\x80\xa8") << QByteArray("\xc2\x85\xe2\x80\xa8");
    QTest::newRow("obs-text") << QByteArray("X-A: caf\xe9") << QByteArray("caf\xe9");
    QTest::newRow("tab inside value") << QByteArray("X-A: a\tb") << QByteArray("a\tb");
}

void TestRequestParser::injectionAttempts()
{
    QFETCH(QByteArray, line);
    QFETCH(QByteArray, value);
    const Outcome outcome = run({withHeader(line)});
    QCOMPARE(outcome.error, ParseError::None);
    QCOMPARE(outcome.requests.size(), 1);
    QCOMPARE(outcome.requests.front().headers.size(), 1);
    QCOMPARE(outcome.requests.front().headers.front().value, value);
}

void TestRequestParser::valueWhitespaceTrimmed()
{
    const Outcome outcome = run({withHeader("X-A: \t  padded value \t ")});
    QCOMPARE(outcome.requests.size(), 1);
    QCOMPARE(outcome.requests.front().headers.value("X-A"), QByteArray("padded value"));
    const Outcome empty = run({withHeader("X-Empty:   ")});
    QCOMPARE(empty.requests.size(), 1);
    QCOMPARE(empty.requests.front().headers.value("X-Empty"), QByteArray(""));
    QVERIFY(empty.requests.front().headers.contains("x-empty"));
}

void TestRequestParser::invalidContentLength_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<ParseError>("error");
    QTest::newRow("negative") << QByteArray("-1") << ParseError::InvalidContentLength;
    QTest::newRow("plus sign") << QByteArray("+5") << ParseError::InvalidContentLength;
    QTest::newRow("space inside") << QByteArray("1 2") << ParseError::InvalidContentLength;
    QTest::newRow("hex") << QByteArray("0x10") << ParseError::InvalidContentLength;
    QTest::newRow("empty") << QByteArray("") << ParseError::InvalidContentLength;
    QTest::newRow("letters") << QByteArray("five") << ParseError::InvalidContentLength;
    QTest::newRow("decimal point") << QByteArray("5.0") << ParseError::InvalidContentLength;
    QTest::newRow("trailing comma") << QByteArray("5,") << ParseError::InvalidContentLength;
    QTest::newRow("leading comma") << QByteArray(",5") << ParseError::InvalidContentLength;
    QTest::newRow("full-width digit") << QByteArray("\xef\xbc\x95") << ParseError::InvalidContentLength;
    QTest::newRow("different list values") << QByteArray("5,6") << ParseError::ConflictingContentLength;
    QTest::newRow("different list values, spaced") << QByteArray("5 , 6") << ParseError::ConflictingContentLength;
    // Syntactically a number, just far too large: refused like any length over the limit.
    QTest::newRow("overflowing") << QByteArray("99999999999999999999999") << ParseError::BodyTooLarge;
    QTest::newRow("qint64 max") << QByteArray("9223372036854775807") << ParseError::BodyTooLarge;
}

void TestRequestParser::invalidContentLength()
{
    QFETCH(QByteArray, value);
    QFETCH(ParseError, error);
    const Outcome outcome = run({"POST / HTTP/1.1\r\nContent-Length: " + value + "\r\n\r\n12345"});
    QCOMPARE(outcome.status, Status::Failed);
    QCOMPARE(outcome.error, error);
}

void TestRequestParser::duplicateContentLength_data()
{
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<ParseError>("error");
    QTest::newRow("two identical fields")
        << QByteArray("Content-Length: 5\r\ncontent-length: 5\r\n") << ParseError::None;
    QTest::newRow("identical list") << QByteArray("Content-Length: 5, 5,5\r\n") << ParseError::None;
    QTest::newRow("leading zeros, same value")
        << QByteArray("Content-Length: 5\r\nContent-Length: 005\r\n") << ParseError::None;
    QTest::newRow("two different fields")
        << QByteArray("Content-Length: 5\r\nContent-Length: 6\r\n") << ParseError::ConflictingContentLength;
    QTest::newRow("identical then different")
        << QByteArray("Content-Length: 5\r\nContent-Length: 5, 4\r\n") << ParseError::ConflictingContentLength;
    QTest::newRow("valid then invalid") << QByteArray("Content-Length: 5\r\nContent-Length: x\r\n")
                                        << ParseError::InvalidContentLength;
}

void TestRequestParser::duplicateContentLength()
{
    QFETCH(QByteArray, headers);
    QFETCH(ParseError, error);
    const Outcome outcome = run({"POST / HTTP/1.1\r\n" + headers + "\r\n12345"});
    QCOMPARE(outcome.error, error);
    QCOMPARE(outcome.requests.size(), error == ParseError::None ? 1 : 0);
    if (error == ParseError::None)
        QCOMPARE(outcome.requests.front().body, QByteArray("12345"));
}

void TestRequestParser::lengthAndChunked()
{
    for (const QByteArray &order : {QByteArray("Content-Length: 5\r\nTransfer-Encoding: chunked\r\n"),
                                    QByteArray("Transfer-Encoding: chunked\r\nContent-Length: 5\r\n")}) {
        const Outcome outcome = run({"POST / HTTP/1.1\r\n" + order + "\r\n0\r\n\r\n"});
        QCOMPARE(outcome.error, ParseError::LengthAndChunked);
        QCOMPARE(Http::statusFor(outcome.error), 400);
    }
}

void TestRequestParser::transferCoding_data()
{
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<QByteArray>("version");
    QTest::addColumn<ParseError>("error");
    const QByteArray v11 = "HTTP/1.1";
    QTest::newRow("chunked") << QByteArray("Transfer-Encoding: chunked\r\n") << v11 << ParseError::None;
    QTest::newRow("mixed case, padded") << QByteArray("transfer-encoding:  ChUnKeD \r\n") << v11 << ParseError::None;
    QTest::newRow("gzip") << QByteArray("Transfer-Encoding: gzip\r\n") << v11 << ParseError::UnsupportedTransferCoding;
    QTest::newRow("gzip, chunked") << QByteArray("Transfer-Encoding: gzip, chunked\r\n") << v11
                                   << ParseError::UnsupportedTransferCoding;
    QTest::newRow("chunked twice in a list")
        << QByteArray("Transfer-Encoding: chunked, chunked\r\n") << v11 << ParseError::UnsupportedTransferCoding;
    QTest::newRow("chunked in two fields") << QByteArray("Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n")
                                           << v11 << ParseError::UnsupportedTransferCoding;
    QTest::newRow("identity") << QByteArray("Transfer-Encoding: identity\r\n") << v11
                              << ParseError::UnsupportedTransferCoding;
    QTest::newRow("empty") << QByteArray("Transfer-Encoding:\r\n") << v11 << ParseError::UnsupportedTransferCoding;
    QTest::newRow("chunked with parameter")
        << QByteArray("Transfer-Encoding: chunked;q=1\r\n") << v11 << ParseError::UnsupportedTransferCoding;
    QTest::newRow("HTTP/1.0 chunked") << QByteArray("Transfer-Encoding: chunked\r\n") << QByteArray("HTTP/1.0")
                                      << ParseError::MalformedChunk;
}

void TestRequestParser::transferCoding()
{
    QFETCH(QByteArray, headers);
    QFETCH(QByteArray, version);
    QFETCH(ParseError, error);
    const Outcome outcome = run({"POST / " + version + "\r\n" + headers + "\r\n3\r\nabc\r\n0\r\n\r\n"});
    QCOMPARE(outcome.error, error);
    if (error == ParseError::None) {
        QCOMPARE(outcome.requests.size(), 1);
        QCOMPARE(outcome.requests.front().body, QByteArray("abc"));
    }
    if (error == ParseError::UnsupportedTransferCoding)
        QCOMPARE(Http::statusFor(error), 501);
}

void TestRequestParser::headersKeepCaseOrderAndDuplicates()
{
    const Outcome outcome = run({"POST /h HTTP/1.1\r\nhOsT: a\r\nX-Vipps-Authorization: one\r\n"
                                 "x-vipps-authorization: two\r\nCONTENT-LENGTH: 0\r\nX-Empty:\r\nhost: b\r\n\r\n"});
    QCOMPARE(outcome.requests.size(), 1);
    const Http::HeaderList expected{{"hOsT", "a"},
                                    {"X-Vipps-Authorization", "one"},
                                    {"x-vipps-authorization", "two"},
                                    {"CONTENT-LENGTH", "0"},
                                    {"X-Empty", ""},
                                    {"host", "b"}};
    QCOMPARE(outcome.requests.front().headers, expected);
}

void TestRequestParser::rawBodyBytesKept_data()
{
    QTest::addColumn<bool>("chunked");
    QTest::newRow("content-length") << false;
    QTest::newRow("chunked") << true;
}

void TestRequestParser::rawBodyBytesKept()
{
    QFETCH(bool, chunked);
    QByteArray body;
    for (int i = 0; i < 256; ++i)
        body.append(char(i));
    body += QByteArray("\r\n\r\n0\r\n\r\n") + '\0' + '\0';
    const QByteArray input = chunked ? withChunkedBody(chunksOf(body, 100)) : withContentLength(body);
    for (const qsizetype pieceSize : {input.size(), qsizetype(13), qsizetype(1)}) {
        const Outcome outcome = run(piecesOf(input, pieceSize));
        QCOMPARE(outcome.requests.size(), 1);
        QCOMPARE(outcome.requests.front().body, body);
    }
}

void TestRequestParser::staysFailed()
{
    RequestParser parser;
    parser.append("GET / HTTP/1.1\r\nBad Header: x\r\n\r\n");
    QCOMPARE(parser.parse(), Status::Failed);
    QCOMPARE(parser.error(), ParseError::MalformedHeader);
    parser.append("GET / HTTP/1.1\r\n\r\n");
    QCOMPARE(parser.parse(), Status::Failed);
    QCOMPARE(parser.parse(), Status::Failed);
    QCOMPARE(parser.error(), ParseError::MalformedHeader);
    QVERIFY(parser.takeRequest().method.isEmpty());
    QCOMPARE(parser.parse(), Status::Failed);
    QVERIFY(parser.inProgress());
}

void TestRequestParser::progressFlags()
{
    RequestParser parser;
    QVERIFY(!parser.inProgress());
    QVERIFY(!parser.inHeaders());

    parser.append("\r\n");
    QCOMPARE(parser.parse(), Status::NeedMore);
    QVERIFY2(!parser.inProgress(), "a skipped empty line starts no request");

    parser.append("P");
    QCOMPARE(parser.parse(), Status::NeedMore);
    QVERIFY(parser.inProgress());
    QVERIFY(parser.inHeaders());

    parser.append("OST / HTTP/1.1\r\nContent-Length: 2\r\n");
    QCOMPARE(parser.parse(), Status::NeedMore);
    QVERIFY(parser.inHeaders());

    parser.append("\r\n");
    QCOMPARE(parser.parse(), Status::NeedMore);
    QVERIFY(parser.inProgress());
    QVERIFY2(!parser.inHeaders(), "waiting for the body");

    parser.append("ok");
    QCOMPARE(parser.parse(), Status::Complete);
    QVERIFY(!parser.inProgress());
    QCOMPARE(parser.takeRequest().body, QByteArray("ok"));
    QVERIFY(!parser.inProgress());
    QVERIFY(!parser.inHeaders());
}

void TestRequestParser::takeRequestWithoutCompleteRequest()
{
    RequestParser parser;
    parser.append("GET /a HTTP/1.1\r\n");
    QCOMPARE(parser.parse(), Status::NeedMore);
    QVERIFY(parser.takeRequest().method.isEmpty());
    parser.append("\r\n");
    QCOMPARE(parser.parse(), Status::Complete);
    QCOMPARE(parser.takeRequest().target, QByteArray("/a"));
}

// Thousands of requests on one connection, always with part of the next one buffered: every
// request comes out intact and only the unconsumed tail stays buffered.
void TestRequestParser::longSessionOfPipelinedRequests()
{
    RequestParser parser;
    QByteArray stream;
    for (int i = 0; i < 3000; ++i) {
        const QByteArray body = QByteArray::number(i).repeated(1 + i % 50);
        stream += i % 3 == 0 ? withChunkedBody(chunksOf(body, 7)) : withContentLength(body);
    }
    int next = 0;
    qsizetype fed = 0;
    qsizetype taken = 0;
    for (qsizetype at = 0; at < stream.size(); at += 997) {
        const QByteArray piece = stream.mid(at, 997);
        parser.append(piece);
        fed += piece.size();
        while (parser.parse() == Status::Complete) {
            const Request request = parser.takeRequest();
            const QByteArray body = QByteArray::number(next).repeated(1 + next % 50);
            const QByteArray wire = next % 3 == 0 ? withChunkedBody(chunksOf(body, 7)) : withContentLength(body);
            QCOMPARE(request.body, body);
            taken += wire.size();
            ++next;
        }
        QCOMPARE(parser.error(), ParseError::None);
        QVERIFY(parser.bufferedBytes() <= fed - taken);
    }
    QCOMPARE(next, 3000);
    QCOMPARE(parser.bufferedBytes(), 0);
    QVERIFY(!parser.inProgress());
}

QTEST_GUILESS_MAIN(TestRequestParser)
#include "tst_requestparser.moc"
