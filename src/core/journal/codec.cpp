// SPDX-License-Identifier: MIT
#include "journal/codec.h"

#include "journal/jsonread.h"
#include "journal/linebuffer.h"

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

using namespace JsonRead;

constexpr qint64 MaxSeq = MaxExactInteger;

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
    const std::optional<QJsonObject> object = JsonRead::objectOf(line);
    Entry entry;
    if (!object || object->contains(QLatin1String("forwardOf")) || !readObject(*object, &entry))
        return std::nullopt;
    return entry;
}

std::optional<qint64> leadingSeq(QByteArrayView line)
{
    return leadingInteger(line, "{\"seq\":", MaxSeq);
}

} // namespace Journal::Codec
