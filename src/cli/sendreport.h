// SPDX-License-Identifier: MIT
// What `vipps-hooks send` prints (text or --json): event, target, answer; never the secret.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

class QTextStream;

namespace Http {
struct PeerAnswer;
}

namespace Cli {

struct SendConfig;
struct SendRequest;
struct SendResult;

class SendReport
{
    Q_DECLARE_TR_FUNCTIONS(Cli::SendReport)

public:
    SendReport(const SendConfig &config, const SendRequest &request);

    // Event, amount, reference, URL, Webhook-Id and what was tampered with.
    void printTarget(QTextStream &out) const;
    // "HTTP 200 OK in 12 ms", and for any other status the start of the response body.
    static void printAnswer(QTextStream &out, const Http::PeerAnswer &result);
    // The sentence for stderr when there was no answer: what went wrong and what to check.
    QString failure(const SendResult &result) const;
    // The same for a request to url with a timeout of timeoutSeconds.
    static QString failure(const Http::PeerAnswer &result, const QUrl &url, int timeoutSeconds);
    void printJson(QTextStream &out, const SendResult &result) const;

    // The body's start (SendResult::MaxBodyBytes at most) as text a terminal can show: UTF-8 and its lines kept
    // (CRLF as LF), other control characters as escapes (Base::visibleText), "..." when cut.
    static QString printable(const Http::PeerAnswer &result);

private:
    const SendConfig &m_config;
    const SendRequest &m_request;
};

} // namespace Cli
