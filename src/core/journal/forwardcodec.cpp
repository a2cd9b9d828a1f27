// SPDX-License-Identifier: MIT
#include "journal/forwardcodec.h"

#include "journal/jsonread.h"
#include "journal/linebuffer.h"

#include <QJsonObject>

#include <limits>

namespace Journal::ForwardCodec {

namespace {

using namespace JsonRead;

qsizetype estimatedSize(const Forward &forward)
{
    qsizetype size = 256 + 3 * (forward.to.size() + forward.error.size()) + forward.body.size() * 4 / 3;
    for (const Http::Header &header : forward.headers)
        size += header.name.size() + header.value.size() + 8;
    return size;
}

bool readStatus(const QJsonValue &value, int *out)
{
    qint64 status = 0;
    if (!readInteger(value, 0, std::numeric_limits<int>::max(), &status))
        return false;
    *out = int(status);
    return true;
}

bool readOptionalBody(const QJsonObject &object, QByteArray *out)
{
    if (object.value(QLatin1String("body")).isUndefined() && object.value(QLatin1String("bodyBase64")).isUndefined())
        return true;
    return readBytesField(object, QLatin1String("body"), QLatin1String("bodyBase64"), out);
}

bool readOptionalHeaders(const QJsonValue &value, Http::HeaderList *headers)
{
    return value.isUndefined() || readHeaders(value, headers);
}

bool readObject(const QJsonObject &object, Forward *forward)
{
    return readInteger(object.value(QLatin1String("forwardOf")), 0, MaxExactInteger, &forward->forwardOf) &&
           readTime(object.value(QLatin1String("sentAt")), &forward->sentAt) &&
           object.value(QLatin1String("to")).isString() &&
           readOptionalString(object, QLatin1String("to"), &forward->to) &&
           readStatus(object.value(QLatin1String("status")), &forward->status) &&
           readInteger(object.value(QLatin1String("elapsedMs")), 0, MaxExactInteger, &forward->elapsedMs) &&
           readFlag(object.value(QLatin1String("timedOut")), &forward->timedOut) &&
           readOptionalHeaders(object.value(QLatin1String("headers")), &forward->headers) &&
           readOptionalBody(object, &forward->body) &&
           readFlag(object.value(QLatin1String("bodyTruncated")), &forward->bodyTruncated) &&
           readOptionalString(object, QLatin1String("error"), &forward->error);
}

} // namespace

QByteArray encode(const Forward &forward)
{
    Json::LineBuffer out(estimatedSize(forward));
    out.append("{\"forwardOf\":");
    Json::appendNumber(out, forward.forwardOf);
    out.append(",\"sentAt\":");
    Json::appendTime(out, forward.sentAt);
    out.append(",\"to\":");
    Json::appendString(out, forward.to.toUtf8());
    out.append(",\"status\":");
    Json::appendNumber(out, forward.status);
    out.append(",\"elapsedMs\":");
    Json::appendNumber(out, forward.elapsedMs);
    out.append(forward.timedOut ? ",\"timedOut\":true" : ",\"timedOut\":false");
    Json::appendHeaders(out, forward.headers);
    out.append(',');
    Json::appendBytesField(out, "body", forward.body);
    out.append(forward.bodyTruncated ? ",\"bodyTruncated\":true" : ",\"bodyTruncated\":false");
    out.append(",\"error\":");
    Json::appendString(out, forward.error.toUtf8());
    out.append("}\n");
    return out.take();
}

std::optional<Forward> decode(QByteArrayView line)
{
    const std::optional<QJsonObject> object = JsonRead::objectOf(line);
    Forward forward;
    if (!object || !readObject(*object, &forward))
        return std::nullopt;
    return forward;
}

std::optional<qint64> leadingForwardOf(QByteArrayView line)
{
    return leadingInteger(line, "{\"forwardOf\":", MaxExactInteger);
}

} // namespace Journal::ForwardCodec
