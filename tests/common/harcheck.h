// SPDX-License-Identifier: MIT
// Test helper: reads a HAR file as a HAR reader would and lists what HAR 1.2 requires that it lacks: every
// required field of log, creator, entry, request, response, content, cache and timings, with its JSON type.
#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace HarCheck {

enum class Type { String, Number, Integer, Object, Array };

inline bool hasType(const QJsonValue &value, Type type)
{
    switch (type) {
    case Type::String: return value.isString();
    case Type::Number: return value.isDouble();
    case Type::Integer: return value.isDouble() && value.toDouble() == double(value.toInteger());
    case Type::Object: return value.isObject();
    case Type::Array: return value.isArray();
    }
    return false;
}

inline void require(const QJsonObject &object, const QString &where, QList<QPair<const char *, Type>> fields,
                    QStringList *problems)
{
    for (const auto &[name, type] : fields) {
        if (!hasType(object.value(QLatin1String(name)), type))
            problems->append(where + QLatin1Char('.') + QLatin1String(name));
    }
}

inline void requireNameValues(const QJsonValue &list, const QString &where, QStringList *problems)
{
    const QJsonArray array = list.toArray();
    for (qsizetype i = 0; i < array.size(); ++i)
        require(array.at(i).toObject(), where + QStringLiteral("[%1]").arg(i),
                {{"name", Type::String}, {"value", Type::String}}, problems);
}

inline void checkRequest(const QJsonObject &request, const QString &where, QStringList *problems)
{
    require(request, where,
            {{"method", Type::String},
             {"url", Type::String},
             {"httpVersion", Type::String},
             {"cookies", Type::Array},
             {"headers", Type::Array},
             {"queryString", Type::Array},
             {"headersSize", Type::Integer},
             {"bodySize", Type::Integer}},
            problems);
    requireNameValues(request.value(QLatin1String("headers")), where + QStringLiteral(".headers"), problems);
    requireNameValues(request.value(QLatin1String("queryString")), where + QStringLiteral(".queryString"), problems);
    if (request.contains(QLatin1String("postData")))
        require(request.value(QLatin1String("postData")).toObject(), where + QStringLiteral(".postData"),
                {{"mimeType", Type::String}, {"text", Type::String}}, problems);
}

inline void checkResponse(const QJsonObject &response, const QString &where, QStringList *problems)
{
    require(response, where,
            {{"status", Type::Integer},
             {"statusText", Type::String},
             {"httpVersion", Type::String},
             {"cookies", Type::Array},
             {"headers", Type::Array},
             {"content", Type::Object},
             {"redirectURL", Type::String},
             {"headersSize", Type::Integer},
             {"bodySize", Type::Integer}},
            problems);
    require(response.value(QLatin1String("content")).toObject(), where + QStringLiteral(".content"),
            {{"size", Type::Integer}, {"mimeType", Type::String}}, problems);
}

inline void checkEntry(const QJsonObject &entry, const QString &where, QStringList *problems)
{
    require(entry, where,
            {{"startedDateTime", Type::String},
             {"time", Type::Number},
             {"request", Type::Object},
             {"response", Type::Object},
             {"cache", Type::Object},
             {"timings", Type::Object}},
            problems);
    if (!QDateTime::fromString(entry.value(QLatin1String("startedDateTime")).toString(), Qt::ISODateWithMs).isValid())
        problems->append(where + QStringLiteral(".startedDateTime is not ISO 8601"));
    checkRequest(entry.value(QLatin1String("request")).toObject(), where + QStringLiteral(".request"), problems);
    checkResponse(entry.value(QLatin1String("response")).toObject(), where + QStringLiteral(".response"), problems);
    const QJsonObject timings = entry.value(QLatin1String("timings")).toObject();
    require(timings, where + QStringLiteral(".timings"),
            {{"send", Type::Number}, {"wait", Type::Number}, {"receive", Type::Number}}, problems);
    for (const char *name : {"send", "wait", "receive"}) {
        if (timings.value(QLatin1String(name)).toDouble() < 0)
            problems->append(where + QStringLiteral(".timings.%1 is negative").arg(QLatin1String(name)));
    }
    // Fields HAR 1.2 does not define must start with an underscore.
    static const QStringList known = {QStringLiteral("pageref"),    QStringLiteral("startedDateTime"),
                                      QStringLiteral("time"),       QStringLiteral("request"),
                                      QStringLiteral("response"),   QStringLiteral("cache"),
                                      QStringLiteral("timings"),    QStringLiteral("serverIPAddress"),
                                      QStringLiteral("connection"), QStringLiteral("comment")};
    for (const QString &key : entry.keys()) {
        if (!known.contains(key) && !key.startsWith(QLatin1Char('_')))
            problems->append(where + QStringLiteral(".%1 is not a HAR field").arg(key));
    }
}

// Empty when json is a HAR 1.2 document with every required field; else the paths of what is missing or wrong.
inline QStringList problems(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return {QStringLiteral("not JSON: %1 at %2").arg(error.errorString()).arg(error.offset)};
    QStringList found;
    const QJsonObject log = document.object().value(QLatin1String("log")).toObject();
    require(log, QStringLiteral("log"),
            {{"version", Type::String}, {"creator", Type::Object}, {"entries", Type::Array}}, &found);
    if (log.value(QLatin1String("version")).toString() != QLatin1String("1.2"))
        found.append(QStringLiteral("log.version is not 1.2"));
    require(log.value(QLatin1String("creator")).toObject(), QStringLiteral("log.creator"),
            {{"name", Type::String}, {"version", Type::String}}, &found);
    const QJsonArray entries = log.value(QLatin1String("entries")).toArray();
    for (qsizetype i = 0; i < entries.size(); ++i)
        checkEntry(entries.at(i).toObject(), QStringLiteral("log.entries[%1]").arg(i), &found);
    return found;
}

// The value at a dotted path such as "log.entries.0.request.url" (a number is a list index); undefined when absent.
inline QJsonValue field(QJsonValue value, const char *path)
{
    for (const QString &step : QString::fromLatin1(path).split(QLatin1Char('.'))) {
        bool isIndex = false;
        const qsizetype index = step.toLongLong(&isIndex);
        value = isIndex ? value.toArray().at(index) : value.toObject().value(step);
    }
    return value;
}

inline QJsonValue field(const QByteArray &json, const char *path)
{
    return field(QJsonDocument::fromJson(json).object(), path);
}

// log.entries of a HAR document.
inline QJsonArray entries(const QByteArray &json)
{
    return QJsonDocument::fromJson(json)
        .object()
        .value(QLatin1String("log"))
        .toObject()
        .value(QLatin1String("entries"))
        .toArray();
}

} // namespace HarCheck
