// SPDX-License-Identifier: MIT
// What `vipps-hooks send` prints (text or --json): event, target, answer; never the secret.
#pragma once

#include <QCoreApplication>
#include <QString>

class QTextStream;

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
    void printAnswer(QTextStream &out, const SendResult &result) const;
    // The sentence for stderr when there was no answer: what went wrong and what to check.
    QString failure(const SendResult &result) const;
    void printJson(QTextStream &out, const SendResult &result) const;

    // The body as text a terminal can show: UTF-8 and its lines kept (CRLF as LF), other control characters as
    // escapes (Base::visibleText), "..." when cut.
    static QString printable(const SendResult &result);

private:
    const SendConfig &m_config;
    const SendRequest &m_request;
};

} // namespace Cli
