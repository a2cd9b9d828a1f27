// SPDX-License-Identifier: MIT
#include "api/accesstoken.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <cmath>

namespace Api {

namespace {

// The outcome of reading one numeric field.
enum class Read { Absent, Ok, Broken };

// docs/vipps-wire.md §2: the numeric fields are JSON strings ("86398") in the answers and numbers in the spec's
// examples; both are accepted. Absent, null and "" mean absent.
Read readInteger(const QJsonObject &object, QLatin1String key, qint64 *out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return Read::Absent;
    if (value.isString()) {
        const QString text = value.toString().trimmed();
        if (text.isEmpty())
            return Read::Absent;
        bool ok = false;
        *out = text.toLongLong(&ok);
        return ok ? Read::Ok : Read::Broken;
    }
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (!std::isfinite(number) || std::abs(number) > 9.0e15)
            return Read::Broken;
        *out = qint64(number);
        return Read::Ok;
    }
    return Read::Broken;
}

QString notANumber(QLatin1String key)
{
    return QCoreApplication::translate("Api::AccessToken",
                                       "The access token answer has a \"%1\" field that is not a number of seconds.")
        .arg(key);
}

bool readTimes(const QJsonObject &object, const QDateTime &receivedAt, AccessToken *token, QString *error)
{
    qint64 expiresOn = 0;
    qint64 notBefore = 0;
    const Read in = readInteger(object, QLatin1String("expires_in"), &token->expiresIn);
    const Read on = readInteger(object, QLatin1String("expires_on"), &expiresOn);
    const Read before = readInteger(object, QLatin1String("not_before"), &notBefore);
    const QLatin1String broken = in == Read::Broken       ? QLatin1String("expires_in")
                                 : on == Read::Broken     ? QLatin1String("expires_on")
                                 : before == Read::Broken ? QLatin1String("not_before")
                                                          : QLatin1String();
    if (!broken.isEmpty()) {
        *error = notANumber(broken);
        return false;
    }
    if (on == Read::Ok)
        token->expiresOn = QDateTime::fromSecsSinceEpoch(expiresOn, Qt::UTC);
    else if (in == Read::Ok)
        token->expiresOn = receivedAt.toUTC().addSecs(token->expiresIn);
    if (before == Read::Ok)
        token->notBefore = QDateTime::fromSecsSinceEpoch(notBefore, Qt::UTC);
    return true;
}

bool readValue(const QJsonObject &object, AccessToken *token, QString *error)
{
    // The message names the field, never its value: the token is a secret.
    const QJsonValue value = object.value(QLatin1String("access_token"));
    if (!value.isString() || value.toString().isEmpty()) {
        *error = value.isUndefined() || value.isNull()
                     ? QCoreApplication::translate("Api::AccessToken",
                                                   "The access token answer has no \"access_token\" field.")
                     : QCoreApplication::translate(
                           "Api::AccessToken",
                           "The access token answer has an \"access_token\" field that is not a non-empty string.");
        return false;
    }
    token->value = value.toString().toUtf8();
    return true;
}

std::optional<QJsonObject> parseObject(const QByteArray &body, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QCoreApplication::translate("Api::AccessToken", "The access token answer is not JSON (%1 at byte %2).")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = QCoreApplication::translate("Api::AccessToken", "The access token answer is not a JSON object.");
        return std::nullopt;
    }
    return document.object();
}

} // namespace

std::optional<AccessToken> AccessToken::fromJson(const QByteArray &body, const QDateTime &receivedAt, QString *error)
{
    QString ignored;
    QString *message = error ? error : &ignored;
    const std::optional<QJsonObject> object = parseObject(body, message);
    if (!object)
        return std::nullopt;
    AccessToken token;
    if (!readValue(*object, &token, message) || !readTimes(*object, receivedAt, &token, message))
        return std::nullopt;
    // token_type is always "Bearer" (docs/vipps-wire.md §2); resource and ext_expires_in are not used.
    token.tokenType = object->value(QLatin1String("token_type")).toString();
    return token;
}

bool AccessToken::usableAt(const QDateTime &now, int marginSeconds) const
{
    if (value.isEmpty() || !expiresOn.isValid())
        return false;
    return now.addSecs(marginSeconds) < expiresOn;
}

} // namespace Api
