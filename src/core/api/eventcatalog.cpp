// SPDX-License-Identifier: MIT
#include "api/eventcatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QtGlobal>

namespace Api {

namespace {

const char kResourcePath[] = ":/data/eventtypes.json"; // compiled in by src/core/CMakeLists.txt

QString stringField(const QJsonObject &object, QLatin1String key)
{
    return object.value(key).toString();
}

EventType eventTypeFrom(const QJsonObject &object)
{
    return EventType{stringField(object, QLatin1String("type")), stringField(object, QLatin1String("group")),
                     stringField(object, QLatin1String("paymentEventName")),
                     stringField(object, QLatin1String("meaning"))};
}

bool containsType(const QList<EventType> &types, const QString &type)
{
    for (const EventType &existing : types) {
        if (existing.type == type)
            return true;
    }
    return false;
}

QList<EventType> eventTypesFrom(const QJsonArray &entries)
{
    QList<EventType> types;
    for (const QJsonValue &entry : entries) {
        const EventType eventType = eventTypeFrom(entry.toObject());
        if (eventType.type.isEmpty()) {
            qWarning("Event catalog: skipping an entry without a type");
            continue;
        }
        if (containsType(types, eventType.type)) {
            qWarning("Event catalog: skipping the repeated type %s", qPrintable(eventType.type));
            continue;
        }
        types.append(eventType);
    }
    return types;
}

EventCatalog loadResource()
{
    QFile file(QLatin1String{kResourcePath});
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("Event catalog: cannot read %s: %s", kResourcePath, qPrintable(file.errorString()));
        return {};
    }
    return EventCatalog::fromJson(file.readAll());
}

} // namespace

const EventCatalog &EventCatalog::instance()
{
    static const EventCatalog catalog = loadResource();
    return catalog;
}

EventCatalog EventCatalog::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    EventCatalog catalog;
    if (error.error != QJsonParseError::NoError) {
        qWarning("Event catalog: invalid JSON at offset %d: %s", int(error.offset), qPrintable(error.errorString()));
        return catalog;
    }
    const QJsonValue entries = document.object().value(QLatin1String("eventTypes"));
    if (!entries.isArray()) {
        qWarning("Event catalog: no \"eventTypes\" array");
        return catalog;
    }
    catalog.m_types = eventTypesFrom(entries.toArray());
    return catalog;
}

QStringList EventCatalog::groups() const
{
    QStringList result;
    for (const EventType &eventType : m_types) {
        if (!result.contains(eventType.group))
            result.append(eventType.group);
    }
    return result;
}

QList<EventType> EventCatalog::inGroup(const QString &group) const
{
    QList<EventType> result;
    for (const EventType &eventType : m_types) {
        if (eventType.group == group)
            result.append(eventType);
    }
    return result;
}

const EventType *EventCatalog::find(const QString &type) const
{
    for (const EventType &eventType : m_types) {
        if (eventType.type == type)
            return &eventType;
    }
    return nullptr;
}

QString EventCatalog::typeForPaymentEventName(const QString &name) const
{
    if (name.isEmpty())
        return {};
    for (const EventType &eventType : m_types) {
        if (eventType.paymentEventName.compare(name, Qt::CaseInsensitive) == 0)
            return eventType.type;
    }
    return {};
}

} // namespace Api
