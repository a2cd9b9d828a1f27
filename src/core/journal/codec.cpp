// SPDX-License-Identifier: MIT
#include "journal/codec.h"

#include "journal/linebuffer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <limits>

namespace Journal::Codec {

namespace {

// ---- writing ----

using Json::LineBuffer;

void appendVerification(LineBuffer &out, const Entry &entry)
{
    out.append(",\"verification\":");
    if (entry.result.isEmpty()) {
        out.append("null");
        return;
    }
    out.append("{\"result\":");
    Json::appendString(out, entry.result.toUtf8());
    out.append(",\"reason\":");
    Json::appendString(out, entry.reason.toUtf8());
    out.append(",\"webhookId\":");
    Json::appendString(out, entry.webhookId.toUtf8());
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
           readStatus(object.value(QLatin1String("response")), &entry->status) &&
           readFlag(object.value(QLatin1String("imported")), &entry->imported);
}

} // namespace

QByteArray encode(const Entry &entry)
{
    LineBuffer out(estimatedSize(entry));
    out.append("{\"seq\":");
    Json::appendNumber(out, entry.seq);
    out.append(",\"receivedAt\":");
    Json::appendTime(out, entry.receivedAt);
    out.append(",\"remote\":");
    Json::appendString(out, entry.remote.toUtf8());
    out.append(',');
    Json::appendBytesField(out, "method", entry.method);
    out.append(',');
    Json::appendBytesField(out, "target", entry.target);
    Json::appendHeaders(out, entry.headers);
    out.append(',');
    Json::appendBytesField(out, "body", entry.body);
    appendVerification(out, entry);
    out.append(entry.duplicate ? ",\"duplicate\":true" : ",\"duplicate\":false");
    out.append(",\"response\":{\"status\":");
    Json::appendNumber(out, entry.status);
    out.append(entry.imported ? "},\"imported\":true}\n" : "}}\n");
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

std::optional<qint64> leadingSeq(QByteArrayView line)
{
    constexpr QByteArrayView Prefix = "{\"seq\":";
    if (!line.startsWith(Prefix))
        return std::nullopt;
    qint64 seq = 0;
    qsizetype i = Prefix.size();
    for (; i < line.size() && i - Prefix.size() < 16 && line.at(i) >= '0' && line.at(i) <= '9'; ++i)
        seq = seq * 10 + (line.at(i) - '0');
    if (i == Prefix.size() || i == line.size() || line.at(i) != ',' || seq > MaxSeq)
        return std::nullopt;
    return seq;
}

} // namespace Journal::Codec
