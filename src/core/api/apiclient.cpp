// SPDX-License-Identifier: MIT
#include "api/apiclient.h"

namespace Api {
// Placeholder bodies, replaced by the real implementation.
ApiClient::ApiClient(QNetworkAccessManager *network, const ClientConfig &config, QObject *parent)
    : QObject(parent), m_network(network), m_config(config), m_tokens(nullptr)
{}
ApiClient::~ApiClient() = default;
} // namespace Api
