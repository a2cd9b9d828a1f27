// SPDX-License-Identifier: MIT
// libFuzzer target for Http::RequestParser. Input: one byte picking the limits, one byte picking how
// the rest is cut into append() calls, then the bytes of the connection. Every run is compared with
// a run that gets all bytes at once, and invariants that hold for any input abort when broken.
#include "fuzzsupport.h"
#include "http/requestparser.h"

#include <cstddef>
#include <cstdint>

using Http::Limits;
using Http::ParseError;
using Http::Request;
using Http::RequestParser;
using Status = Http::RequestParser::Status;

namespace {

// Index 0 of each is the default, so a zero selector byte means the shipped limits.
Limits limitsFor(std::uint8_t selector)
{
    static constexpr qint64 lines[] = {8 * 1024, 16, 64};
    static constexpr qint64 headers[] = {16 * 1024, 48, 256};
    static constexpr qint64 bodies[] = {1024 * 1024, 0, 10, 300};
    Limits limits;
    limits.maxRequestLineBytes = lines[selector % 3];
    limits.maxHeaderBytes = headers[selector / 3 % 3];
    limits.maxBodyBytes = bodies[selector / 9 % 4];
    return limits;
}

// Everything observable after a run, to compare a split feed with a whole one.
struct Transcript
{
    QList<Request> requests;
    Status status = Status::NeedMore;
    ParseError error = ParseError::None;
    bool inProgress = false;
    bool inHeaders = false;
    qsizetype buffered = 0;
};

bool sameRequest(const Request &a, const Request &b)
{
    return a.method == b.method && a.target == b.target && a.version == b.version && a.headers == b.headers &&
           a.body == b.body;
}

bool sameTranscript(const Transcript &a, const Transcript &b)
{
    if (a.requests.size() != b.requests.size())
        return false;
    for (qsizetype i = 0; i < a.requests.size(); ++i) {
        if (!sameRequest(a.requests[i], b.requests[i]))
            return false;
    }
    return a.status == b.status && a.error == b.error && a.inProgress == b.inProgress && a.inHeaders == b.inHeaders &&
           a.buffered == b.buffered;
}

bool hasByte(QByteArrayView text, bool (*predicate)(unsigned char))
{
    for (char c : text) {
        if (predicate(static_cast<unsigned char>(c)))
            return true;
    }
    return false;
}

bool isLineBreakOrNul(unsigned char c)
{
    return c == '\r' || c == '\n' || c == '\0';
}

bool isSpaceOrControl(unsigned char c)
{
    return c <= 0x20 || c == 0x7f;
}

bool isOws(char c)
{
    return c == ' ' || c == '\t';
}

// A request the parser accepted respects the limits and the syntax it promises.
void checkRequest(const Request &request, const Limits &limits)
{
    check(request.version == "HTTP/1.1" || request.version == "HTTP/1.0");
    check(!request.method.isEmpty() && !hasByte(request.method, isSpaceOrControl));
    check(!request.target.isEmpty() && !hasByte(request.target, isSpaceOrControl));
    check(request.method.size() + request.target.size() + request.version.size() + 2 <= limits.maxRequestLineBytes);
    qint64 headerBytes = request.method.size() + request.target.size() + request.version.size() + 4 + 2;
    for (const Http::Header &header : request.headers) {
        check(!header.name.isEmpty() && !header.name.contains(':') && !hasByte(header.name, isSpaceOrControl));
        check(!hasByte(header.value, isLineBreakOrNul));
        check(header.value.isEmpty() || (!isOws(header.value.front()) && !isOws(header.value.back())));
        headerBytes += header.name.size() + 1 + header.value.size() + 2;
    }
    check(headerBytes <= limits.maxHeaderBytes);
    check(request.body.size() <= limits.maxBodyBytes);
    // RFC 9112 §3.2: the parts read from the target (origin or absolute form) stay within it.
    const QByteArray pathAndQuery = request.pathAndQuery();
    check(pathAndQuery.startsWith(request.path()));
    check(request.authority().isNull() ? pathAndQuery == request.target
                                       : pathAndQuery.startsWith('/') && request.target.contains(request.authority()));
    const bool chunked = request.headers.contains("Transfer-Encoding");
    check(!(chunked && request.headers.contains("Content-Length")));
    if (!chunked)
        check(request.body.size() == request.headers.value("Content-Length").split(',').front().trimmed().toLongLong());
}

// After a failure nothing changes any more, whatever arrives.
void checkStaysFailed(RequestParser &parser, ParseError error)
{
    check(error != ParseError::None && parser.bufferedBytes() == 0 && parser.inProgress());
    parser.append("GET / HTTP/1.1\r\n\r\n");
    check(parser.parse() == Status::Failed && parser.error() == error && parser.bufferedBytes() == 0);
    check(parser.takeRequest().method.isEmpty());
}

// Parses and takes requests until the parser needs more bytes or fails.
Status drain(RequestParser &parser, const Limits &limits, qsizetype appended, Transcript *transcript)
{
    for (;;) {
        const Status status = parser.parse();
        check(parser.bufferedBytes() >= 0 && parser.bufferedBytes() <= appended);
        check((status == Status::Failed) == (parser.error() != ParseError::None));
        check(parser.parse() == status);
        if (status != Status::Complete)
            return status;
        check(!parser.inProgress());
        transcript->requests.append(parser.takeRequest());
        checkRequest(transcript->requests.back(), limits);
    }
}

Transcript run(QByteArrayView input, const Limits &limits, PieceSizer sizer)
{
    RequestParser parser(limits);
    Transcript transcript;
    qsizetype appended = 0;
    while (appended < input.size() && transcript.status != Status::Failed) {
        const qsizetype piece = qMin(sizer.next(), input.size() - appended);
        parser.append(input.sliced(appended, piece));
        appended += piece;
        transcript.status = drain(parser, limits, appended, &transcript);
        check(!parser.inHeaders() || parser.inProgress());
    }
    transcript.error = parser.error();
    transcript.inProgress = parser.inProgress();
    transcript.inHeaders = parser.inHeaders();
    transcript.buffered = parser.bufferedBytes();
    if (transcript.status == Status::Failed)
        checkStaysFailed(parser, transcript.error);
    return transcript;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 2)
        return 0;
    const Limits limits = limitsFor(data[0]);
    const QByteArrayView input(reinterpret_cast<const char *>(data) + 2, qsizetype(size - 2));
    const Transcript split = run(input, limits, PieceSizer(data[1]));
    const Transcript whole = run(input, limits, PieceSizer(0));
    check(sameTranscript(split, whole));
    return 0;
}
