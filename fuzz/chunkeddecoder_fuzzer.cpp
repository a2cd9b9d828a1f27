// SPDX-License-Identifier: MIT
// libFuzzer target for Http::ChunkedDecoder (RFC 9112 §7.1). Input: one byte picking the limits, one byte picking how
// the rest is cut into pieces and whether consumed bytes are dropped between them (as RequestParser::compact() does),
// one byte picking the mode, then the bytes. Raw mode: the bytes are a chunked body; every run is compared with a run
// that gets all bytes at once, and invariants that hold for any input abort when broken. Round-trip mode: the bytes
// are a payload, chunk-encoded here with extensions and a trailer, that must decode back to itself.
#include "fuzzsupport.h"
#include "http/chunkeddecoder.h"

#include <cstddef>
#include <cstdint>

using Http::ChunkedDecoder;
using Http::ParseError;
using Status = Http::ChunkedDecoder::Status;

namespace {

struct Limits
{
    qint64 maxBody;
    qint64 maxTrailer;
};

// Index 0 of each is the default (the body limit, and the header block budget a trailer gets at most).
Limits limitsFor(std::uint8_t selector)
{
    static constexpr qint64 bodies[] = {1024 * 1024, 0, 10, 300};
    static constexpr qint64 trailers[] = {16 * 1024, 0, 40};
    return {bodies[selector % 4], trailers[selector / 4 % 3]};
}

// Everything observable after a run, to compare a split feed with a whole one.
struct Outcome
{
    Status status = Status::NeedMore;
    ParseError error = ParseError::None;
    QByteArray body;
    qsizetype consumed = 0; // bytes of the input taken, compacted ones included
};

bool sameOutcome(const Outcome &a, const Outcome &b)
{
    return a.status == b.status && a.error == b.error && a.body == b.body && a.consumed == b.consumed;
}

bool isDecoderError(ParseError error)
{
    return error == ParseError::None || error == ParseError::MalformedChunk || error == ParseError::BodyTooLarge ||
           error == ParseError::HeadersTooLarge;
}

// One feed() over what has arrived, with what must hold after any of them.
void feedOnce(ChunkedDecoder &decoder, const QByteArray &data, qsizetype *pos, const Limits &limits, Outcome *outcome)
{
    const qsizetype before = *pos;
    const qsizetype bodyBefore = outcome->body.size();
    outcome->status = decoder.feed(data, pos, &outcome->body);
    check(*pos >= before && *pos <= data.size());
    check(outcome->body.size() >= bodyBefore && outcome->body.size() <= limits.maxBody);
    check((outcome->status == Status::Failed) == (decoder.error() != ParseError::None));
    check(isDecoderError(decoder.error()));
    // Nothing new arrived, so nothing changes.
    const qsizetype settled = *pos;
    check(decoder.feed(data, pos, &outcome->body) == outcome->status && *pos == settled);
}

// Once complete or failed, the decoder stays so and takes nothing more, whatever follows.
void checkStaysFinal(ChunkedDecoder &decoder, const Outcome &outcome)
{
    const QByteArray more = QByteArrayLiteral("5\r\nhello\r\n0\r\n\r\n");
    qsizetype pos = 0;
    QByteArray body;
    check(decoder.feed(more, &pos, &body) == outcome.status && pos == 0 && body.isEmpty());
    check(decoder.error() == outcome.error);
}

Outcome run(QByteArrayView input, const Limits &limits, PieceSizer sizer, bool compact)
{
    ChunkedDecoder decoder;
    decoder.reset(limits.maxBody, limits.maxTrailer);
    Outcome outcome;
    QByteArray data;
    qsizetype pos = 0;
    qsizetype appended = 0;
    while (appended < input.size() && outcome.status == Status::NeedMore) {
        const qsizetype piece = qMin(sizer.next(), input.size() - appended);
        data.append(input.sliced(appended, piece));
        appended += piece;
        feedOnce(decoder, data, &pos, limits, &outcome);
        if (compact) {
            outcome.consumed += pos;
            data.remove(0, pos);
            pos = 0;
        }
    }
    outcome.consumed += pos;
    outcome.error = decoder.error();
    // RFC 9112 §7.1: a chunked body ends with the empty line after the trailer section.
    if (outcome.status == Status::Complete)
        check(input.first(outcome.consumed).endsWith("\r\n"));
    if (outcome.status != Status::NeedMore)
        checkStaysFinal(decoder, outcome);
    return outcome;
}

// A valid chunked encoding of payload (RFC 9112 §7.1): chunk sizes from seed, hex digits in either case and sometimes
// with leading zeros, sometimes a chunk extension, then the last chunk, sometimes a trailer field, and the empty line.
QByteArray encode(QByteArrayView payload, std::uint32_t seed)
{
    const auto next = [&seed] {
        seed = seed * 1103515245u + 12345u;
        return seed >> 16;
    };
    static const QByteArray extensions[] = {"", ";name", ";n=v", " ; n = \"q \\\" s\"", ";a;b=c"};
    QByteArray out;
    for (qsizetype at = 0; at < payload.size();) {
        const qsizetype size = qMin<qsizetype>(1 + next() % 64, payload.size() - at);
        QByteArray digits = QByteArray::number(size, 16);
        if (next() % 2)
            digits = digits.toUpper();
        if (next() % 4 == 0)
            digits.prepend("00");
        out += digits + extensions[next() % 5] + "\r\n" + payload.sliced(at, size).toByteArray() + "\r\n";
        at += size;
    }
    out += "0" + extensions[next() % 5] + "\r\n";
    if (next() % 2)
        out += "X-Trailer: " + QByteArray::number(next()) + "\r\n";
    return out + "\r\n";
}

void roundTrip(QByteArrayView payload, std::uint8_t sizerSelector)
{
    const QByteArray encoded = encode(payload, sizerSelector);
    const Limits limits = limitsFor(0);
    const Outcome outcome = run(encoded, limits, PieceSizer(sizerSelector), sizerSelector & 0x80);
    check(outcome.status == Status::Complete && outcome.body == payload && outcome.consumed == encoded.size());
    // One byte under the payload is refused, as soon as the chunk that would pass the limit announces its size.
    if (!payload.isEmpty()) {
        const Outcome refused = run(encoded, {payload.size() - 1, limits.maxTrailer}, PieceSizer(0), false);
        check(refused.status == Status::Failed && refused.error == ParseError::BodyTooLarge);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 3)
        return 0;
    const QByteArrayView input(reinterpret_cast<const char *>(data) + 3, qsizetype(size - 3));
    if (data[2] % 2) {
        roundTrip(input, data[1]);
        return 0;
    }
    const Limits limits = limitsFor(data[0]);
    const Outcome split = run(input, limits, PieceSizer(data[1]), data[1] & 0x80);
    const Outcome whole = run(input, limits, PieceSizer(0), false);
    check(sameOutcome(split, whole));
    return 0;
}
