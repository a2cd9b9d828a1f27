// SPDX-License-Identifier: MIT
#include "journal/jsonread.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Journal::JsonRead {

namespace {

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

} // namespace

std::optional<QJsonObject> objectOf(QByteArrayView line)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

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

bool readOptionalString(const QJsonObject &object, QLatin1String key, QString *out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return true;
    *out = value.toString();
    return value.isString();
}

bool readFlag(const QJsonValue &value, bool *out)
{
    *out = value.toBool();
    return value.isBool() || value.isUndefined();
}

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

std::optional<qint64> leadingInteger(QByteArrayView line, QByteArrayView prefix, qint64 max)
{
    if (!line.startsWith(prefix))
        return std::nullopt;
    qint64 number = 0;
    qsizetype i = prefix.size();
    for (; i < line.size() && i - prefix.size() < 16 && line.at(i) >= '0' && line.at(i) <= '9'; ++i)
        number = number * 10 + (line.at(i) - '0');
    if (i == prefix.size() || i == line.size() || line.at(i) != ',' || number > max)
        return std::nullopt;
    return number;
}

} // namespace Journal::JsonRead
