// SPDX-License-Identifier: MIT
#include "events/harencoder.h"

#include "http/response.h"
#include "journal/redaction.h"
#include "journal/utf8.h"

#include <QJsonArray>
#include <QStringDecoder>

#include <algorithm>

namespace Events::HarEncoder {

namespace {

const QString Http11 = QStringLiteral("HTTP/1.1");

// HAR 1.2 startedDateTime: ISO 8601 (docs/architecture.md §4 "Export and import").
QString startedDateTime(const QDateTime &receivedAt)
{
    const QDateTime time = receivedAt.isValid() ? receivedAt.toUTC() : QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
    return time.toString(Qt::ISODateWithMs);
}

bool isPrintableAscii(char c)
{
    return c > 0x20 && c < 0x7f;
}

QString percentEncoded(QByteArrayView bytes)
{
    static constexpr char Hex[] = "0123456789ABCDEF";
    QString out;
    out.reserve(bytes.size());
    for (const char c : bytes) {
        if (isPrintableAscii(c)) {
            out += QLatin1Char(c);
            continue;
        }
        const auto byte = static_cast<unsigned char>(c);
        out += QLatin1Char('%');
        out += QLatin1Char(Hex[byte >> 4]);
        out += QLatin1Char(Hex[byte & 0x0f]);
    }
    return out;
}

bool isAbsoluteForm(QByteArrayView target)
{
    return target.startsWith("http://") || target.startsWith("https://");
}

// The url rebuilds the target when it is an origin-form target of printable ASCII (docs/architecture.md §4).
bool urlKeepsTarget(QByteArrayView target)
{
    return target.startsWith('/') && std::all_of(target.begin(), target.end(), isPrintableAscii);
}

QJsonObject header(const Http::Header &header)
{
    if (Journal::Utf8::isValid(header.name) && Journal::Utf8::isValid(header.value))
        return {{QStringLiteral("name"), utf8Text(header.name)}, {QStringLiteral("value"), utf8Text(header.value)}};
    return {{QStringLiteral("name"), QString::fromLatin1(header.name)},
            {QStringLiteral("value"), QString::fromLatin1(header.value)},
            {QStringLiteral("_latin1"), true}};
}

QJsonArray headers(const Http::HeaderList &list)
{
    QJsonArray out;
    for (const Http::Header &item : list)
        out.append(header(item));
    return out;
}

QString decodedComponent(QByteArrayView text)
{
    return QString::fromUtf8(QByteArray::fromPercentEncoding(text.toByteArray()));
}

// The query's name=value pairs, percent-decoded ('+' is kept: RFC 3986 gives it no meaning).
QJsonArray queryString(QByteArrayView target)
{
    QJsonArray out;
    const qsizetype question = target.indexOf('?');
    if (question < 0)
        return out;
    QByteArrayView query = target.sliced(question + 1);
    if (const qsizetype hash = query.indexOf('#'); hash >= 0)
        query.truncate(hash);
    for (const QByteArrayView pair : query.toByteArray().split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        const QByteArrayView name = equals < 0 ? pair : pair.first(equals);
        const QByteArrayView value = equals < 0 ? QByteArrayView() : pair.sliced(equals + 1);
        out.append(QJsonObject{{QStringLiteral("name"), decodedComponent(name)},
                               {QStringLiteral("value"), decodedComponent(value)}});
    }
    return out;
}

QJsonObject postData(const Journal::Entry &entry, const Http::HeaderList &redacted)
{
    const QByteArray mimeType = redacted.value("Content-Type").trimmed();
    QJsonObject out{{QStringLiteral("mimeType"), QString::fromUtf8(mimeType)}};
    if (Journal::Utf8::isValid(entry.body)) {
        out.insert(QStringLiteral("text"), utf8Text(entry.body));
        return out;
    }
    out.insert(QStringLiteral("text"), QString::fromUtf8(entry.body));
    out.insert(QStringLiteral("_bodyBase64"), QString::fromLatin1(entry.body.toBase64()));
    return out;
}

QJsonObject request(const Journal::Entry &entry)
{
    const Http::HeaderList redacted = Journal::Redaction::redactedHeaders(entry.headers);
    QJsonObject out{
        {QStringLiteral("method"), QString::fromUtf8(entry.method)},
        {QStringLiteral("url"), url(entry)},
        {QStringLiteral("httpVersion"), Http11},
        {QStringLiteral("cookies"), QJsonArray()},
        {QStringLiteral("headers"), headers(redacted)},
        {QStringLiteral("queryString"), queryString(entry.target)},
        {QStringLiteral("headersSize"), -1},
        {QStringLiteral("bodySize"), entry.body.size()},
    };
    if (entry.method == "POST" || !entry.body.isEmpty())
        out.insert(QStringLiteral("postData"), postData(entry, redacted));
    if (!urlKeepsTarget(entry.target))
        out.insert(QStringLiteral("_targetBase64"), QString::fromLatin1(entry.target.toBase64()));
    return out;
}

QJsonObject response(const Journal::Entry &entry)
{
    return {
        {QStringLiteral("status"), entry.status},
        {QStringLiteral("statusText"), QString::fromLatin1(Http::Response::standardReasonPhrase(entry.status))},
        {QStringLiteral("httpVersion"), Http11},
        {QStringLiteral("cookies"), QJsonArray()},
        {QStringLiteral("headers"), QJsonArray()},
        {QStringLiteral("content"), QJsonObject{{QStringLiteral("size"), 0}, {QStringLiteral("mimeType"), QString()}}},
        {QStringLiteral("redirectURL"), QString()},
        {QStringLiteral("headersSize"), -1},
        {QStringLiteral("bodySize"), -1},
    };
}

QJsonValue verification(const Journal::Entry &entry)
{
    if (entry.result.isEmpty())
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("result"), entry.result},
                       {QStringLiteral("reason"), entry.reason},
                       {QStringLiteral("webhookId"), entry.webhookId}};
}

} // namespace

QJsonObject creator()
{
    return {{QStringLiteral("name"), QStringLiteral("vipps-hooks")},
            {QStringLiteral("version"), QStringLiteral(VWB_VERSION)}};
}

QJsonObject entry(const Journal::Entry &entry)
{
    QJsonObject out{
        {QStringLiteral("startedDateTime"), startedDateTime(entry.receivedAt)},
        {QStringLiteral("time"), 0},
        {QStringLiteral("request"), request(entry)},
        {QStringLiteral("response"), response(entry)},
        {QStringLiteral("cache"), QJsonObject()},
        {QStringLiteral("timings"),
         QJsonObject{{QStringLiteral("send"), 0}, {QStringLiteral("wait"), 0}, {QStringLiteral("receive"), 0}}},
        {QStringLiteral("_seq"), entry.seq},
        {QStringLiteral("_remote"), entry.remote},
        {QStringLiteral("_verification"), verification(entry)},
        {QStringLiteral("_duplicate"), entry.duplicate},
    };
    if (entry.imported)
        out.insert(QStringLiteral("_imported"), true);
    return out;
}

QString url(const Journal::Entry &entry)
{
    if (isAbsoluteForm(entry.target))
        return percentEncoded(entry.target);
    const QByteArray host = entry.headers.value("Host").trimmed();
    const QByteArray path = entry.target.startsWith('/') ? entry.target : '/' + entry.target;
    return QStringLiteral("http://") + percentEncoded(host.isEmpty() ? QByteArrayView("localhost") : host) +
           percentEncoded(path);
}

QString utf8Text(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    return decoder(bytes);
}

} // namespace Events::HarEncoder
