// SPDX-License-Identifier: MIT
#include "events/hardecoder.h"

#include <QJsonArray>
#include <QJsonObject>

#include <limits>

namespace Events {

namespace {

// JSON numbers are exact up to 2^53 (RFC 8259 §6), as in the journal.
constexpr qint64 MaxSeq = qint64(1) << 53;

std::optional<qint64> integer(const QJsonValue &value, qint64 min, qint64 max)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (number < double(min) || number > double(max) || number != double(qint64(number)))
        return std::nullopt;
    return qint64(number);
}

bool fromBase64(const QJsonValue &value, QByteArray *out)
{
    const auto result =
        QByteArray::fromBase64Encoding(value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    *out = result.decoded;
    return value.isString() && bool(result);
}

bool toLatin1Bytes(const QString &text, QByteArray *out)
{
    for (const QChar c : text) {
        if (c.unicode() > 0xFF)
            return false;
    }
    *out = text.toLatin1();
    return true;
}

// The target of an absolute URL: what follows its authority, without a fragment; "/" when that is empty.
std::optional<QByteArray> targetOf(const QString &url)
{
    const qsizetype scheme = url.indexOf(QLatin1String("://"));
    if (scheme <= 0)
        return std::nullopt;
    qsizetype end = scheme + 3;
    while (end < url.size() && url.at(end) != QLatin1Char('/') && url.at(end) != QLatin1Char('?') &&
           url.at(end) != QLatin1Char('#'))
        ++end;
    QString rest = url.mid(end);
    if (const qsizetype hash = rest.indexOf(QLatin1Char('#')); hash >= 0)
        rest.truncate(hash);
    if (!rest.startsWith(QLatin1Char('/')))
        rest.prepend(QLatin1Char('/'));
    return rest.toUtf8();
}

// Reads one entry; false with *error naming the field that is missing or wrong.
class Reader
{
public:
    Reader(const QJsonObject &har, const QJsonObject &request, Journal::Entry *entry)
        : m_har(har), m_request(request), m_entry(entry)
    {}

    bool read(QString *error)
    {
        return readTime(error) && readTarget(error) && readHeaders(error) && readBody(error) && readStatus(error) &&
               readCustom(error);
    }

private:
    static bool fail(QString *error, const QString &text)
    {
        *error = text;
        return false;
    }

    bool readTime(QString *error)
    {
        const QJsonValue value = m_har.value(QLatin1String("startedDateTime"));
        m_entry->receivedAt = QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
        if (value.isString() && m_entry->receivedAt.isValid())
            return true;
        return fail(error, HarDecoder::tr("startedDateTime is missing or not a date and time."));
    }

    bool readTarget(QString *error)
    {
        const QJsonValue url = m_request.value(QLatin1String("url"));
        const QJsonValue exact = m_request.value(QLatin1String("_targetBase64"));
        if (!exact.isUndefined()) {
            if (!fromBase64(exact, &m_entry->target))
                return fail(error, HarDecoder::tr("request._targetBase64 is not base64."));
            return true;
        }
        const std::optional<QByteArray> target = targetOf(url.toString());
        if (!url.isString() || !target)
            return fail(error, HarDecoder::tr("request.url is missing or not an absolute URL."));
        m_entry->target = *target;
        return true;
    }

    bool readHeader(const QJsonValue &value, Http::Header *header) const
    {
        const QJsonObject object = value.toObject();
        const QJsonValue name = object.value(QLatin1String("name"));
        const QJsonValue text = object.value(QLatin1String("value"));
        if (!name.isString() || !text.isString())
            return false;
        if (object.value(QLatin1String("_latin1")).toBool())
            return toLatin1Bytes(name.toString(), &header->name) && toLatin1Bytes(text.toString(), &header->value);
        header->name = name.toString().toUtf8();
        header->value = text.toString().toUtf8();
        return true;
    }

    bool readHeaders(QString *error)
    {
        const QJsonValue headers = m_request.value(QLatin1String("headers"));
        if (!headers.isArray())
            return fail(error, HarDecoder::tr("request.headers is missing or not a list."));
        const QJsonArray list = headers.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            Http::Header header;
            if (!readHeader(list.at(i), &header))
                return fail(error, HarDecoder::tr("request.headers[%1] needs a name and a value.").arg(i));
            m_entry->headers.append(header);
        }
        return true;
    }

    bool readBody(QString *error)
    {
        const QJsonObject postData = m_request.value(QLatin1String("postData")).toObject();
        const QJsonValue exact = postData.value(QLatin1String("_bodyBase64"));
        if (exact.isUndefined()) {
            m_entry->body = postData.value(QLatin1String("text")).toString().toUtf8();
            return true;
        }
        if (!fromBase64(exact, &m_entry->body))
            return fail(error, HarDecoder::tr("request.postData._bodyBase64 is not base64."));
        return true;
    }

    bool readStatus(QString *error)
    {
        const QJsonValue response = m_har.value(QLatin1String("response"));
        const std::optional<qint64> status =
            integer(response.toObject().value(QLatin1String("status")), 0, std::numeric_limits<int>::max());
        if (!status)
            return fail(error, HarDecoder::tr("response.status is missing or not a whole number."));
        m_entry->status = int(*status);
        return true;
    }

    bool readVerification(QString *error)
    {
        const QJsonValue value = m_har.value(QLatin1String("_verification"));
        if (value.isUndefined() || value.isNull())
            return true;
        const QJsonObject object = value.toObject();
        const QJsonValue result = object.value(QLatin1String("result"));
        const QJsonValue reason = object.value(QLatin1String("reason"));
        const QJsonValue webhookId = object.value(QLatin1String("webhookId"));
        if (!result.isString() || !(reason.isString() || reason.isUndefined()) ||
            !(webhookId.isString() || webhookId.isUndefined()))
            return fail(error, HarDecoder::tr("_verification needs a result, and a reason and webhookId as text."));
        m_entry->result = result.toString();
        m_entry->reason = reason.toString();
        m_entry->webhookId = webhookId.toString();
        return true;
    }

    bool readCustom(QString *error)
    {
        const QJsonValue remote = m_har.value(QLatin1String("_remote"));
        const QJsonValue duplicate = m_har.value(QLatin1String("_duplicate"));
        if (!(remote.isString() || remote.isUndefined()))
            return fail(error, HarDecoder::tr("_remote is not text."));
        if (!(duplicate.isBool() || duplicate.isUndefined()))
            return fail(error, HarDecoder::tr("_duplicate is not true or false."));
        m_entry->remote = remote.toString();
        m_entry->duplicate = duplicate.toBool();
        return readVerification(error);
    }

    const QJsonObject &m_har;
    const QJsonObject &m_request;
    Journal::Entry *m_entry;
};

} // namespace

HarDecoder::Decoded HarDecoder::decode(const QJsonValue &value, qint64 position)
{
    Decoded decoded;
    const QJsonObject har = value.toObject();
    const QJsonValue request = har.value(QLatin1String("request"));
    const QJsonValue method = request.toObject().value(QLatin1String("method"));
    if (!value.isObject() || !request.isObject() || !method.isString() || method.toString().isEmpty()) {
        decoded.error = tr("request.method is missing.");
        return decoded;
    }
    const QJsonObject postData = request.toObject().value(QLatin1String("postData")).toObject();
    const bool hasBody =
        postData.value(QLatin1String("text")).isString() || postData.contains(QLatin1String("_bodyBase64"));
    if (method.toString() != QLatin1String("POST") || !hasBody)
        return decoded;

    Journal::Entry entry;
    entry.imported = true;
    entry.method = method.toString().toUtf8();
    const QJsonValue seq = har.value(QLatin1String("_seq"));
    const std::optional<qint64> seqValue =
        seq.isUndefined() ? std::optional<qint64>(position) : integer(seq, 0, MaxSeq);
    if (!seqValue) {
        decoded.error = tr("_seq is not a whole number from 0 to 2^53.");
        return decoded;
    }
    entry.seq = *seqValue;
    const QJsonObject requestObject = request.toObject();
    if (!Reader(har, requestObject, &entry).read(&decoded.error))
        return decoded;
    decoded.entry = std::move(entry);
    return decoded;
}

} // namespace Events
