// SPDX-License-Identifier: MIT
#include "journal/codec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <array>
#include <charconv>
#include <cstring>
#include <limits>

namespace Journal::Codec {

namespace {

// ---- UTF-8 (RFC 3629 §4) ----

bool isAsciiWord(const uchar *p)
{
    quint64 word;
    std::memcpy(&word, p, sizeof word);
    return (word & 0x8080808080808080ULL) == 0;
}

bool isContinuation(const uchar *p, qsizetype available, int index)
{
    return index < available && (p[index] & 0xC0) == 0x80;
}

// Length of the well-formed sequence starting at p, or 0 when it is not well-formed.
int sequenceLength(const uchar *p, qsizetype available)
{
    const uchar lead = p[0];
    if (lead < 0x80)
        return 1;
    if (lead >= 0xC2 && lead <= 0xDF)
        return isContinuation(p, available, 1) ? 2 : 0;
    if (lead >= 0xE0 && lead <= 0xEF) {
        const uchar low = lead == 0xE0 ? 0xA0 : 0x80;  // no overlong forms
        const uchar high = lead == 0xED ? 0x9F : 0xBF; // no surrogates
        const bool ok = available >= 3 && p[1] >= low && p[1] <= high && isContinuation(p, available, 2);
        return ok ? 3 : 0;
    }
    if (lead >= 0xF0 && lead <= 0xF4) {
        const uchar low = lead == 0xF0 ? 0x90 : 0x80;  // no overlong forms
        const uchar high = lead == 0xF4 ? 0x8F : 0xBF; // nothing above U+10FFFF
        const bool ok = available >= 4 && p[1] >= low && p[1] <= high && isContinuation(p, available, 2) &&
                        isContinuation(p, available, 3);
        return ok ? 4 : 0;
    }
    return 0;
}

// ---- writing (RFC 8259) ----

// The line being built. Inline appends into a buffer sized up front: QByteArray::append is an
// out-of-line call per piece, which dominated the cost of encode().
class LineBuffer
{
public:
    explicit LineBuffer(qsizetype capacity)
    {
        m_data.resize(capacity);
        m_cursor = m_data.data();
        m_end = m_cursor + capacity;
    }

    void append(char c)
    {
        reserve(1);
        *m_cursor++ = c;
    }
    void append(const char *data, qsizetype size)
    {
        reserve(size);
        if (size > 0)
            std::memcpy(m_cursor, data, size_t(size));
        m_cursor += size;
    }
    void append(QByteArrayView bytes) { append(bytes.data(), bytes.size()); }

    QByteArray take()
    {
        m_data.truncate(m_cursor - m_data.constData());
        return std::move(m_data);
    }

private:
    void reserve(qsizetype size)
    {
        if (m_end - m_cursor < size)
            grow(size);
    }
    void grow(qsizetype size)
    {
        const qsizetype used = m_cursor - m_data.constData();
        m_data.resize(qMax(used + size, 2 * m_data.size()));
        m_cursor = m_data.data() + used;
        m_end = m_data.data() + m_data.size();
    }

    QByteArray m_data;
    char *m_cursor = nullptr;
    char *m_end = nullptr;
};

constexpr char HexDigits[] = "0123456789abcdef";

bool needsEscape(uchar c)
{
    return c < 0x20 || c == '"' || c == '\\';
}

void appendEscaped(LineBuffer &out, uchar c)
{
    switch (c) {
    case '"': out.append("\\\""); return;
    case '\\': out.append("\\\\"); return;
    case '\b': out.append("\\b"); return;
    case '\f': out.append("\\f"); return;
    case '\n': out.append("\\n"); return;
    case '\r': out.append("\\r"); return;
    case '\t': out.append("\\t"); return;
    default: break;
    }
    const char escape[] = {'\\', 'u', '0', '0', HexDigits[c >> 4], HexDigits[c & 0xF]};
    out.append(escape, sizeof escape);
}

// The bytes appendString() has to look at: escapes and the first byte of U+FEFF. A table keeps the scan tight.
constexpr std::array<bool, 256> MayNeedEscape = [] {
    std::array<bool, 256> table{};
    for (int c = 0; c < 0x20; ++c)
        table[c] = true;
    table['"'] = table['\\'] = table[0xEF] = true;
    return table;
}();

bool mayNeedEscape(uchar c)
{
    return MayNeedEscape[c];
}

// U+FEFF is written as \ufeff: Qt's UTF-8 decoding drops it at the start of a string.
bool isByteOrderMark(const char *p, const char *end)
{
    return end - p >= 3 && uchar(p[0]) == 0xEF && uchar(p[1]) == 0xBB && uchar(p[2]) == 0xBF;
}

// Valid UTF-8 in, JSON string out; unescaped runs are copied in one go.
void appendString(LineBuffer &out, QByteArrayView utf8)
{
    out.append('"');
    const char *run = utf8.data();
    const char *end = run + utf8.size();
    for (const char *p = run; p < end; ++p) {
        const uchar c = uchar(*p);
        if (!mayNeedEscape(c))
            continue;
        if (needsEscape(c)) {
            out.append(run, p - run);
            appendEscaped(out, c);
            run = p + 1;
        } else if (c == 0xEF && isByteOrderMark(p, end)) {
            out.append(run, p - run);
            out.append("\\ufeff");
            p += 2;
            run = p + 1;
        }
    }
    out.append(run, end - run);
    out.append('"');
}

// Any bytes in, one character U+0000..U+00FF per byte out.
void appendLatin1String(LineBuffer &out, QByteArrayView bytes)
{
    out.append('"');
    for (const char ch : bytes) {
        const uchar c = uchar(ch);
        if (c >= 0x80) {
            out.append(char(0xC0 | (c >> 6)));
            out.append(char(0x80 | (c & 0x3F)));
        } else if (needsEscape(c)) {
            appendEscaped(out, c);
        } else {
            out.append(ch);
        }
    }
    out.append('"');
}

void appendNumber(LineBuffer &out, qint64 value)
{
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, result.ptr - buffer);
}

void appendDigits(LineBuffer &out, int value, int width)
{
    char buffer[4];
    for (int i = width - 1; i >= 0; --i) {
        buffer[i] = char('0' + value % 10);
        value /= 10;
    }
    out.append(buffer, width);
}

// "2026-11-26T10:56:22.123Z", or null (no time, or a year ISO 8601 cannot write in four digits).
void appendTime(LineBuffer &out, const QDateTime &time)
{
    const QDateTime utc = time.timeSpec() == Qt::UTC ? time : time.toUTC();
    const QDate date = utc.date();
    if (!utc.isValid() || date.year() < 1 || date.year() > 9999) {
        out.append("null");
        return;
    }
    const QTime t = utc.time();
    out.append('"');
    appendDigits(out, date.year(), 4);
    out.append('-');
    appendDigits(out, date.month(), 2);
    out.append('-');
    appendDigits(out, date.day(), 2);
    out.append('T');
    appendDigits(out, t.hour(), 2);
    out.append(':');
    appendDigits(out, t.minute(), 2);
    out.append(':');
    appendDigits(out, t.second(), 2);
    out.append('.');
    appendDigits(out, t.msec(), 3);
    out.append("Z\"");
}

// "key":"text" when the bytes are valid UTF-8, else "keyBase64":"...".
void appendBytesField(LineBuffer &out, QByteArrayView key, const QByteArray &bytes)
{
    out.append('"');
    out.append(key);
    if (isValidUtf8(bytes)) {
        out.append("\":");
        appendString(out, bytes);
        return;
    }
    out.append("Base64\":\"");
    out.append(bytes.toBase64());
    out.append('"');
}

void appendHeader(LineBuffer &out, const Http::Header &header)
{
    const QByteArray value = redactedValue(header.name, header.value);
    out.append('[');
    if (isValidUtf8(header.name) && isValidUtf8(value)) {
        appendString(out, header.name);
        out.append(',');
        appendString(out, value);
    } else {
        appendLatin1String(out, header.name);
        out.append(',');
        appendLatin1String(out, value);
        out.append(",\"latin1\"");
    }
    out.append(']');
}

void appendHeaders(LineBuffer &out, const Http::HeaderList &headers)
{
    out.append(",\"headers\":[");
    for (qsizetype i = 0; i < headers.size(); ++i) {
        if (i > 0)
            out.append(',');
        appendHeader(out, headers.at(i));
    }
    out.append(']');
}

void appendVerification(LineBuffer &out, const Entry &entry)
{
    out.append(",\"verification\":");
    if (entry.result.isEmpty()) {
        out.append("null");
        return;
    }
    out.append("{\"result\":");
    appendString(out, entry.result.toUtf8());
    out.append(",\"reason\":");
    appendString(out, entry.reason.toUtf8());
    out.append(",\"webhookId\":");
    appendString(out, entry.webhookId.toUtf8());
    out.append('}');
}

qsizetype estimatedSize(const Entry &entry)
{
    qsizetype size = 320 + entry.remote.size() + entry.target.size() + entry.body.size() * 4 / 3;
    size += 3 * (entry.reason.size() + entry.webhookId.size());
    for (const Http::Header &header : entry.headers)
        size += header.name.size() + header.value.size() + 8;
    return size;
}

// ---- reading ----

bool toLatin1Bytes(const QString &text, QByteArray *out)
{
    for (const QChar c : text) {
        if (c.unicode() > 0xFF)
            return false;
    }
    *out = text.toLatin1();
    return true;
}

bool fromBase64(const QJsonValue &value, QByteArray *out)
{
    const auto result =
        QByteArray::fromBase64Encoding(value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return false;
    *out = result.decoded;
    return true;
}

// Exactly one of "key" (text) and "keyBase64" must be present.
bool readBytesField(const QJsonObject &object, QLatin1String key, QLatin1String base64Key, QByteArray *out)
{
    const QJsonValue text = object.value(key);
    const QJsonValue encoded = object.value(base64Key);
    if (text.isString() && encoded.isUndefined()) {
        *out = text.toString().toUtf8();
        return true;
    }
    return encoded.isString() && text.isUndefined() && fromBase64(encoded, out);
}

// Missing means empty; present must be a string.
bool readOptionalString(const QJsonObject &object, QLatin1String key, QString *out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return true;
    *out = value.toString();
    return value.isString();
}

// JSON numbers are exact up to 2^53 (RFC 8259 §6).
constexpr qint64 MaxSeq = qint64(1) << 53;

bool readInteger(const QJsonValue &value, qint64 min, qint64 max, qint64 *out)
{
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    if (number < double(min) || number > double(max))
        return false;
    const qint64 integer = value.toInteger(min - 1);
    if (integer < min)
        return false;
    *out = integer;
    return true;
}

bool readTime(const QJsonValue &value, QDateTime *out)
{
    if (value.isNull() || value.isUndefined())
        return true;
    if (!value.isString())
        return false;
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    *out = time.toUTC();
    return time.isValid();
}

bool readHeader(const QJsonValue &value, Http::Header *header)
{
    const QJsonArray pair = value.toArray();
    if (pair.size() < 2 || pair.size() > 3 || !pair.at(0).isString() || !pair.at(1).isString())
        return false;
    const QString name = pair.at(0).toString();
    const QString text = pair.at(1).toString();
    if (pair.size() == 2) {
        header->name = name.toUtf8();
        header->value = text.toUtf8();
        return true;
    }
    return pair.at(2).toString() == QLatin1String("latin1") && toLatin1Bytes(name, &header->name) &&
           toLatin1Bytes(text, &header->value);
}

bool readHeaders(const QJsonValue &value, Http::HeaderList *headers)
{
    if (!value.isArray())
        return false;
    const QJsonArray array = value.toArray();
    headers->reserve(array.size());
    for (const QJsonValue &item : array) {
        Http::Header header;
        if (!readHeader(item, &header))
            return false;
        headers->append(header);
    }
    return true;
}

bool readVerification(const QJsonValue &value, Entry *entry)
{
    if (value.isNull() || value.isUndefined())
        return true;
    const QJsonObject object = value.toObject();
    return value.isObject() && object.value(QLatin1String("result")).isString() &&
           readOptionalString(object, QLatin1String("result"), &entry->result) &&
           readOptionalString(object, QLatin1String("reason"), &entry->reason) &&
           readOptionalString(object, QLatin1String("webhookId"), &entry->webhookId);
}

bool readFlag(const QJsonValue &value, bool *out)
{
    *out = value.toBool();
    return value.isBool() || value.isUndefined();
}

bool readStatus(const QJsonValue &value, int *out)
{
    qint64 status = 0;
    if (!readInteger(value.toObject().value(QLatin1String("status")), 0, std::numeric_limits<int>::max(), &status))
        return false;
    *out = int(status);
    return true;
}

bool readObject(const QJsonObject &object, Entry *entry)
{
    return readInteger(object.value(QLatin1String("seq")), 0, MaxSeq, &entry->seq) &&
           readTime(object.value(QLatin1String("receivedAt")), &entry->receivedAt) &&
           readOptionalString(object, QLatin1String("remote"), &entry->remote) &&
           readBytesField(object, QLatin1String("method"), QLatin1String("methodBase64"), &entry->method) &&
           readBytesField(object, QLatin1String("target"), QLatin1String("targetBase64"), &entry->target) &&
           readHeaders(object.value(QLatin1String("headers")), &entry->headers) &&
           readBytesField(object, QLatin1String("body"), QLatin1String("bodyBase64"), &entry->body) &&
           readVerification(object.value(QLatin1String("verification")), entry) &&
           readFlag(object.value(QLatin1String("duplicate")), &entry->duplicate) &&
           readStatus(object.value(QLatin1String("response")), &entry->status);
}

// ---- redaction ----

constexpr char Redacted[] = "[redacted]";

bool startsWithNoCase(QByteArrayView text, QByteArrayView prefix)
{
    return text.size() >= prefix.size() && text.first(prefix.size()).compare(prefix, Qt::CaseInsensitive) == 0;
}

bool isOneOf(QByteArrayView name, std::initializer_list<QByteArrayView> names)
{
    for (const QByteArrayView candidate : names) {
        if (name.size() == candidate.size() && name.compare(candidate, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// An auth-scheme word such as "Bearer" or "Basic" (RFC 9110 §11.1), short enough not to be a credential.
bool looksLikeScheme(QByteArrayView word)
{
    if (word.isEmpty() || word.size() > 20)
        return false;
    for (const char c : word) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
        if (!ok)
            return false;
    }
    return true;
}

// Vipps signs deliveries with "HMAC-SHA256 SignedHeaders=...&Signature=..." (vipps-api.md §5).
QByteArray redactedAuthorization(const QByteArray &value)
{
    const QByteArrayView trimmed = QByteArrayView(value).trimmed();
    qsizetype space = 0;
    while (space < trimmed.size() && trimmed.at(space) != ' ' && trimmed.at(space) != '\t')
        ++space;
    const QByteArrayView scheme = trimmed.first(space);
    if (scheme.compare("HMAC-SHA256", Qt::CaseInsensitive) == 0)
        return value;
    if (space == trimmed.size() || !looksLikeScheme(scheme))
        return QByteArray(Redacted);
    return scheme.toByteArray() + ' ' + Redacted;
}

} // namespace

bool isValidUtf8(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    const auto *end = p + bytes.size();
    while (p < end) {
        if (end - p >= 8 && isAsciiWord(p)) {
            p += 8;
            continue;
        }
        const int length = sequenceLength(p, end - p);
        if (length == 0)
            return false;
        p += length;
    }
    return true;
}

QByteArray redactedValue(QByteArrayView name, const QByteArray &value)
{
    if (value.isEmpty())
        return value;
    if (isOneOf(name, {"Authorization", "X-Vipps-Authorization"}))
        return redactedAuthorization(value);
    if (isOneOf(name, {"Proxy-Authorization", "Ocp-Apim-Subscription-Key", "client_secret", "Cookie"}))
        return QByteArray(Redacted);
    if (startsWithNoCase(QByteArrayView(value).trimmed(), "Bearer "))
        return QByteArray("Bearer ") + Redacted;
    return value;
}

QByteArray encode(const Entry &entry)
{
    LineBuffer out(estimatedSize(entry));
    out.append("{\"seq\":");
    appendNumber(out, entry.seq);
    out.append(",\"receivedAt\":");
    appendTime(out, entry.receivedAt);
    out.append(",\"remote\":");
    appendString(out, entry.remote.toUtf8());
    out.append(',');
    appendBytesField(out, "method", entry.method);
    out.append(',');
    appendBytesField(out, "target", entry.target);
    appendHeaders(out, entry.headers);
    out.append(',');
    appendBytesField(out, "body", entry.body);
    appendVerification(out, entry);
    out.append(entry.duplicate ? ",\"duplicate\":true" : ",\"duplicate\":false");
    out.append(",\"response\":{\"status\":");
    appendNumber(out, entry.status);
    out.append("}}\n");
    return out.take();
}

std::optional<Entry> decode(QByteArrayView line)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    Entry entry;
    if (!readObject(document.object(), &entry))
        return std::nullopt;
    return entry;
}

} // namespace Journal::Codec
