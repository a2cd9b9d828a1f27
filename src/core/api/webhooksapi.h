// SPDX-License-Identifier: MIT
// Webhooks API v1: register, list, delete (docs/vipps-wire.md §3).
#pragma once

#include "api/apierror.h"
#include "api/apirequest.h"

#include <QObject>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace Api {

class ApiClient;

struct Webhook
{
    QString id;
    QUrl url;
    QStringList events;

    friend bool operator==(const Webhook &, const Webhook &) = default;
};

// The register call's answer: the only time Vipps returns the secret.
struct RegisteredWebhook
{
    QString id;
    QByteArray secret; // a secret: store it, never log it
};

class WebhooksApi
{
public:
    using RegisterCallback = std::function<void(const RegisteredWebhook &webhook, const ApiError &error)>;
    using ListCallback = std::function<void(const QList<Webhook> &webhooks, const ApiError &error)>;
    using DoneCallback = std::function<void(const ApiError &error)>;

    explicit WebhooksApi(ApiClient *client);

    // Refused before sending (ApiError::Kind::Validation) when: the URL is not absolute http(s) with a host;
    // it is not https while the profile talks to Vipps' test or production servers (docs/vipps-wire.md §3);
    // no event is given; an event type is not in the EventCatalog.
    void registerWebhook(const QUrl &url, const QStringList &events, RegisterCallback done);
    void list(ListCallback done);
    void remove(const QString &id, DoneCallback done);

    // The requests as they are sent, for --curl.
    static ApiRequest registerRequest(const QUrl &url, const QStringList &events);
    static ApiRequest listRequest();
    static ApiRequest removeRequest(const QString &id);
    Base::FieldErrors validateRegistration(const QUrl &url, const QStringList &events) const;

private:
    ApiClient *m_client;
};

} // namespace Api
