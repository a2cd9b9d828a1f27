// SPDX-License-Identifier: MIT
#include "credentials/profilestore.h"

#include <QSettings>

#include <algorithm>

namespace Credentials {

namespace {

const QString ProfilesGroup = QStringLiteral("profiles");
const QString LastProfileKey = QStringLiteral("lastProfile");

namespace Key {
const QString Environment = QStringLiteral("environment");
const QString BaseUrl = QStringLiteral("baseUrl");
const QString ClientId = QStringLiteral("clientId");
const QString Msn = QStringLiteral("merchantSerialNumber");
const QString SystemName = QStringLiteral("system/name");
const QString SystemVersion = QStringLiteral("system/version");
const QString PluginName = QStringLiteral("system/pluginName");
const QString PluginVersion = QStringLiteral("system/pluginVersion");
const QString PartnerMode = QStringLiteral("partnerMode");
const QString WebhookIds = QStringLiteral("webhookIds");
const QString ForwardTo = QStringLiteral("forwardTo");
} // namespace Key

QString groupOf(const QString &name)
{
    return ProfilesGroup + QLatin1Char('/') + name;
}

// A name that validate() accepts; anything else would address another settings group.
bool isUsableName(const QString &name)
{
    Profile probe;
    probe.name = name;
    const Base::FieldErrors errors = probe.validate();
    return std::none_of(errors.cbegin(), errors.cend(),
                        [](const Base::FieldError &error) { return error.field == QLatin1String("name"); });
}

bool lessCaseInsensitive(const QString &a, const QString &b)
{
    const int order = a.compare(b, Qt::CaseInsensitive);
    return order != 0 ? order < 0 : a < b;
}

SystemInfo readSystem(const QSettings &settings)
{
    const SystemInfo defaults = SystemInfo::defaults();
    return SystemInfo{
        settings.value(Key::SystemName, defaults.name).toString(),
        settings.value(Key::SystemVersion, defaults.version).toString(),
        settings.value(Key::PluginName, defaults.pluginName).toString(),
        settings.value(Key::PluginVersion, defaults.pluginVersion).toString(),
    };
}

void writeProfile(QSettings *settings, const Profile &profile)
{
    settings->setValue(Key::Environment, environmentName(profile.environment));
    settings->setValue(Key::BaseUrl, profile.baseUrl.toString(QUrl::FullyEncoded));
    settings->setValue(Key::ClientId, profile.clientId);
    settings->setValue(Key::Msn, profile.merchantSerialNumber);
    settings->setValue(Key::SystemName, profile.system.name);
    settings->setValue(Key::SystemVersion, profile.system.version);
    settings->setValue(Key::PluginName, profile.system.pluginName);
    settings->setValue(Key::PluginVersion, profile.system.pluginVersion);
    settings->setValue(Key::PartnerMode, profile.partnerMode);
}

// Read everything first and remove the old group before writing: a change of case alone must work too
// where settings keys ignore case.
void moveGroup(QSettings *settings, const QString &from, const QString &to)
{
    settings->beginGroup(from);
    const QStringList keys = settings->allKeys();
    QVariantList values;
    for (const QString &key : keys)
        values.append(settings->value(key));
    settings->endGroup();
    settings->remove(from);
    settings->beginGroup(to);
    for (qsizetype i = 0; i < keys.size(); ++i)
        settings->setValue(keys.at(i), values.at(i));
    settings->endGroup();
}

} // namespace

ProfileStore::ProfileStore(QSettings *settings) : m_settings(settings) {}

QStringList ProfileStore::names() const
{
    m_settings->beginGroup(ProfilesGroup);
    QStringList names = m_settings->childGroups();
    m_settings->endGroup();
    std::sort(names.begin(), names.end(), lessCaseInsensitive);
    return names;
}

std::optional<Profile> ProfileStore::load(const QString &name) const
{
    if (!isUsableName(name) || !names().contains(name))
        return std::nullopt;
    m_settings->beginGroup(groupOf(name));
    Profile profile;
    profile.name = name;
    const bool known = environmentFromName(m_settings->value(Key::Environment).toString(), &profile.environment);
    const QString baseUrl = m_settings->value(Key::BaseUrl).toString();
    profile.baseUrl = baseUrl.isEmpty() ? QUrl() : QUrl(baseUrl);
    profile.clientId = m_settings->value(Key::ClientId).toString();
    profile.merchantSerialNumber = m_settings->value(Key::Msn).toString();
    profile.system = readSystem(*m_settings);
    profile.partnerMode = m_settings->value(Key::PartnerMode, false).toBool();
    m_settings->endGroup();
    // An unknown environment could send calls to the wrong place: refuse the profile rather than guess.
    if (!known)
        return std::nullopt;
    return profile;
}

bool ProfileStore::save(const Profile &profile, Base::FieldErrors *errors)
{
    const Base::FieldErrors found = profile.validate();
    if (errors)
        *errors = found;
    if (!found.isEmpty())
        return false;
    m_settings->beginGroup(groupOf(profile.name));
    writeProfile(m_settings, profile);
    m_settings->endGroup();
    m_settings->sync();
    return m_settings->status() == QSettings::NoError;
}

bool ProfileStore::remove(const QString &name)
{
    if (!isUsableName(name) || !names().contains(name))
        return false;
    m_settings->remove(groupOf(name));
    if (lastUsed() == name)
        m_settings->remove(LastProfileKey);
    m_settings->sync();
    return m_settings->status() == QSettings::NoError;
}

bool ProfileStore::canRename(const QString &from, const QString &to) const
{
    const QStringList existing = names();
    if (from == to)
        return existing.contains(from);
    return isUsableName(from) && isUsableName(to) && existing.contains(from) && !existing.contains(to);
}

bool ProfileStore::rename(const QString &from, const QString &to)
{
    if (!canRename(from, to))
        return false;
    if (from == to)
        return true;
    moveGroup(m_settings, groupOf(from), groupOf(to));
    if (lastUsed() == from)
        m_settings->setValue(LastProfileKey, to);
    m_settings->sync();
    return m_settings->status() == QSettings::NoError;
}

QString ProfileStore::lastUsed() const
{
    return m_settings->value(LastProfileKey).toString();
}

void ProfileStore::setLastUsed(const QString &name)
{
    if (name.isEmpty())
        m_settings->remove(LastProfileKey);
    else
        m_settings->setValue(LastProfileKey, name);
}

QStringList ProfileStore::webhookIds(const QString &profile) const
{
    if (!isUsableName(profile))
        return {};
    return m_settings->value(groupOf(profile) + QLatin1Char('/') + Key::WebhookIds).toStringList();
}

void ProfileStore::addWebhookId(const QString &profile, const QString &webhookId)
{
    if (webhookId.isEmpty() || !isUsableName(profile) || !names().contains(profile))
        return;
    QStringList ids = webhookIds(profile);
    if (ids.contains(webhookId))
        return;
    ids.append(webhookId);
    m_settings->setValue(groupOf(profile) + QLatin1Char('/') + Key::WebhookIds, ids);
}

void ProfileStore::removeWebhookId(const QString &profile, const QString &webhookId)
{
    if (!isUsableName(profile))
        return;
    QStringList ids = webhookIds(profile);
    if (ids.removeAll(webhookId) == 0)
        return;
    const QString key = groupOf(profile) + QLatin1Char('/') + Key::WebhookIds;
    if (ids.isEmpty())
        m_settings->remove(key);
    else
        m_settings->setValue(key, ids);
}

QStringList ProfileStore::forwardTo(const QString &profile) const
{
    if (!isUsableName(profile))
        return {};
    return m_settings->value(groupOf(profile) + QLatin1Char('/') + Key::ForwardTo).toStringList();
}

bool ProfileStore::setForwardTo(const QString &profile, const QStringList &routes)
{
    if (!isUsableName(profile) || !names().contains(profile))
        return false;
    const QString key = groupOf(profile) + QLatin1Char('/') + Key::ForwardTo;
    if (routes.isEmpty())
        m_settings->remove(key);
    else
        m_settings->setValue(key, routes);
    m_settings->sync();
    return m_settings->status() == QSettings::NoError;
}

} // namespace Credentials
