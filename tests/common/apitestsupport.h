// SPDX-License-Identifier: MIT
// Test helper for the API client tests: the credentials and system info every test profile uses, the headers a
// client chose (without what the network stack adds), a canned token answer, and a fixture that owns the network
// access manager, the loopback CannedServer and the ApiClient (and ServiceFixture, an API on top of that client)
// and checks at cleanup that no reply is left behind.
#pragma once

#include "api/apiclient.h"
#include "api/clientconfig.h"
#include "cannedserver.h"
#include "http/request.h"
#include "http/response.h"
#include "sim/simcredentials.h"

#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>
#include <QUrl>

#include <functional>
#include <memory>

namespace ApiTest {

inline const QByteArray kTokenPath = "/accesstoken/get";
inline const QString kClientId = QStringLiteral("client-id-1");
inline const QString kClientSecret = QStringLiteral("client-secret-S3CR3T");
inline const QString kSubscriptionKey = QStringLiteral("subscription-key-K3Y");
inline const QString kMsn = QStringLiteral("123456");

// Headers the network stack adds on its own; everything else must be exactly what the client set.
inline bool isTransportHeader(const QByteArray &name)
{
    static const QList<QByteArray> names = {"host",       "connection",      "accept-encoding",
                                            "user-agent", "accept-language", "content-length"};
    return names.contains(name.toLower());
}

// The headers the client chose, in order: what the network stack adds on its own is left out.
inline Http::HeaderList ownHeaders(const Http::HeaderList &headers)
{
    Http::HeaderList own;
    for (const Http::Header &header : headers) {
        if (!isTransportHeader(header.name))
            own.append(header);
    }
    return own;
}

// The fields a validation error names, in order.
inline QStringList fieldsOf(const Base::FieldErrors &errors)
{
    QStringList fields;
    for (const Base::FieldError &error : errors)
        fields.append(error.field);
    return fields;
}

// docs/vipps-wire.md §1: what every authenticated call of testConfig() carries, the MSN only when asked for.
inline Http::HeaderList clientHeaders(const QByteArray &token, bool withMsn = true)
{
    Http::HeaderList headers{{"Authorization", "Bearer " + token},
                             {"Ocp-Apim-Subscription-Key", kSubscriptionKey.toUtf8()}};
    if (withMsn)
        headers.append(Http::Header{"Merchant-Serial-Number", kMsn.toUtf8()});
    headers.append(Http::HeaderList{{"Vipps-System-Name", "workbench"},
                                    {"Vipps-System-Version", "0.1.0"},
                                    {"Vipps-System-Plugin-Name", "workbench-tests"},
                                    {"Vipps-System-Plugin-Version", "1.0"}});
    return headers;
}

// A complete configuration against baseUrl; a retry fires at once, so no test waits for a backoff.
inline Api::ClientConfig testConfig(const QUrl &baseUrl)
{
    Api::ClientConfig config;
    config.baseUrl = baseUrl;
    config.clientId = kClientId;
    config.clientSecret = kClientSecret;
    config.subscriptionKey = kSubscriptionKey;
    config.merchantSerialNumber = kMsn;
    config.system = {QStringLiteral("workbench"), QStringLiteral("0.1.0"), QStringLiteral("workbench-tests"),
                     QStringLiteral("1.0")};
    config.timeoutMs = 5000;
    config.scheduleRetry = [](int, std::function<void()> fire) { fire(); };
    return config;
}

// testConfig() with the simulator's demo keys (Sim::SimCredentials defaults), for a simulator on a local port.
inline Api::ClientConfig simulatorConfig(quint16 port)
{
    Api::ClientConfig config = testConfig(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    const Sim::SimCredentials keys;
    config.clientId = keys.clientId;
    config.clientSecret = keys.clientSecret;
    config.subscriptionKey = keys.subscriptionKey;
    config.merchantSerialNumber = keys.merchantSerialNumber;
    return config;
}

// Answers every token request with the same bearer token, valid for an hour.
inline CannedServer::Responder tokenResponder(const QByteArray &token)
{
    return [token](const Http::Request &) {
        return Http::Response::json(200,
                                    R"({"token_type":"Bearer","expires_in":"3600","access_token":")" + token + "\"}");
    };
}

// Owns what a client test talks through. A test class derives from it (after QObject), calls startServer() in
// init() and finish() in cleanup(), after releasing whatever it built on top of m_client.
class ClientFixture
{
protected:
    // A fresh network access manager and a loopback server on a free port.
    bool startServer(QString *error)
    {
        m_network = std::make_unique<QNetworkAccessManager>();
        m_server = std::make_unique<CannedServer>();
        return m_server->start(error);
    }

    // The same, with every token request answered by token.
    bool startServer(QString *error, const QByteArray &token)
    {
        if (!startServer(error))
            return false;
        m_server->setResponder(kTokenPath, tokenResponder(token));
        return true;
    }

    void createClient(const Api::ClientConfig &config)
    {
        m_client = std::make_unique<Api::ApiClient>(m_network.get(), config);
    }

    int openReplies() const { return int(m_network->findChildren<QNetworkReply *>().size()); }

    // The client goes first; then every reply must have been released on every path.
    void finish()
    {
        m_client.reset();
        QTRY_COMPARE(openReplies(), 0);
        m_server.reset();
        m_network.reset();
    }

    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<CannedServer> m_server;
    std::unique_ptr<Api::ApiClient> m_client;
};

// A ClientFixture with one API on top of its client (Api::WebhooksApi, Api::EPaymentApi); finish() releases the
// API before the client.
template<typename Service> class ServiceFixture : public ClientFixture
{
protected:
    void makeClient(const Api::ClientConfig &config)
    {
        m_api.reset();
        createClient(config);
        m_api = std::make_unique<Service>(m_client.get());
    }
    void makeClient() { makeClient(testConfig(m_server->baseUrl())); }

    void finish()
    {
        m_api.reset();
        ClientFixture::finish();
    }

    std::unique_ptr<Service> m_api;
};

} // namespace ApiTest
