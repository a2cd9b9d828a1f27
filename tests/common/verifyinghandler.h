// SPDX-License-Identifier: MIT
// Test helper: a webhook handler on 127.0.0.1 and a free port that checks every request's signature on its own, with
// Signature::Verifier and the secret it is given (not with the project's receiver), and answers 200 when it holds and
// 401 when it does not, or always one status. It records what came and what the check said.
#pragma once

#include "http/irequesthandler.h"
#include "http/outgoingrequest.h"
#include "http/request.h"
#include "http/server.h"
#include "signature/scheme.h"
#include "signature/verifier.h"

#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QUrl>

// The check a handler registered at registeredUrl with secret makes at now, allowing 300 s of clock skew.
inline Signature::Verification verifySignature(const Http::Request &request, const QByteArray &secret,
                                               const QUrl &registeredUrl, const QDateTime &now)
{
    Signature::Verifier verifier;
    verifier.addSecret(Signature::Secret::numbered(1, secret));
    verifier.setRegisteredUrl(registeredUrl);
    verifier.setMaxClockSkew(300);
    return verifier.verify(request, now);
}

// What the handler at the request's URL receives of it.
inline Http::Request receivedAs(const Http::OutgoingRequest &outgoing)
{
    Http::Request request;
    request.method = outgoing.method;
    request.target = Signature::Scheme::pathAndQueryOf(outgoing.url);
    request.headers = outgoing.headers;
    request.body = outgoing.body;
    return request;
}

class VerifyingHandler : public Http::IRequestHandler
{
public:
    struct Seen
    {
        Http::Request request;
        Signature::Verification verification;
    };

    VerifyingHandler() : m_server(this) {}

    bool start()
    {
        QString error;
        return m_server.start(QHostAddress::LocalHost, 0, &error);
    }
    // http://127.0.0.1:PORT followed by path.
    QUrl url(const QString &path = QString()) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }

    void setSecret(const QByteArray &secret) { m_secret = secret; }
    // The URL the signature is checked against (host, path and query); by default this server's URL with the request's
    // path and query, as a handler registered at that URL checks it.
    void setRegisteredUrl(const QUrl &url) { m_registeredUrl = url; }
    // Every request gets this status, whatever its signature (0: 200 when valid, else 401).
    void answerAlways(int status) { m_always = status; }

    const QList<Seen> &seen() const { return m_seen; }

    Http::Response handle(const Http::Request &request) override
    {
        const QUrl registeredUrl =
            m_registeredUrl.isEmpty() ? QUrl::fromEncoded(url().toEncoded() + request.pathAndQuery()) : m_registeredUrl;
        m_seen.append({request, verifySignature(request, m_secret, registeredUrl, QDateTime::currentDateTimeUtc())});
        const bool valid = m_seen.constLast().verification.result == Signature::Result::Valid;
        const int status = m_always != 0 ? m_always : valid ? 200 : 401;
        return Http::Response::json(status, valid ? R"({"ok":true})" : R"({"title":"Webhook signature invalid"})");
    }

private:
    Http::Server m_server;
    QByteArray m_secret;
    QUrl m_registeredUrl;
    int m_always = 0;
    QList<Seen> m_seen;
};
