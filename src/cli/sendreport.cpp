// SPDX-License-Identifier: MIT
#include "cli/sendreport.h"

#include "base/visibletext.h"
#include "cli/sendclient.h"
#include "cli/sendconfig.h"
#include "cli/sendrequest.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace Cli {

namespace {

void printLabelled(QTextStream &out, const QString &label, const QString &value)
{
    out << label.leftJustified(12) << value << '\n';
}

} // namespace

SendReport::SendReport(const SendConfig &config, const SendRequest &request) : m_config(config), m_request(request) {}

void SendReport::printTarget(QTextStream &out) const
{
    printLabelled(out, tr("Event:"),
                  tr("%1 (%2, %3)").arg(m_config.eventType, m_config.eventName, m_config.amount.text()));
    printLabelled(out, tr("Reference:"), m_config.reference);
    printLabelled(out, tr("URL:"), m_config.to.toString());
    printLabelled(out, tr("Webhook-Id:"), m_config.webhookId);
    if (!m_request.tamperNote.isEmpty())
        printLabelled(out, tr("Tampered:"), m_request.tamperNote);
    out.flush();
}

void SendReport::printAnswer(QTextStream &out, const Http::PeerAnswer &result)
{
    // The reason phrase and the location are the handler's bytes: shown, never obeyed.
    const QString reason = Base::visibleText(QString::fromLatin1(result.reason));
    out << tr("HTTP %1 %2 in %3 ms").arg(result.status).arg(reason).arg(result.elapsedMs) << '\n';
    const QByteArray location = result.headers.value("Location");
    if (!location.isEmpty())
        out << tr("  Location: %1 (redirects are not followed, as Vipps does not follow them)")
                   .arg(Base::visibleText(QString::fromLatin1(location)))
            << '\n';
    if (!result.ok() && result.bodyBytes > 0) {
        const QString text = printable(result);
        out << "  " << QString(text).replace(QLatin1Char('\n'), QLatin1String("\n  ")) << '\n';
    }
    out.flush();
}

QString SendReport::failure(const SendResult &result) const
{
    return failure(result, m_config.to, m_config.timeoutSeconds);
}

QString SendReport::failure(const Http::PeerAnswer &result, const QUrl &to, int timeoutSeconds)
{
    const QString url = to.toString();
    if (result.timedOut && result.unfinishedStatus != 0)
        return tr("no complete answer from %1 within %2 s: HTTP %3 came, but its body did not end (a timeout; Vipps "
                  "also gives up after 10 s and retries later).")
            .arg(url)
            .arg(timeoutSeconds)
            .arg(result.unfinishedStatus);
    if (result.timedOut)
        return tr("no answer from %1 within %2 s (a timeout; Vipps also gives up after 10 s and retries later).")
            .arg(url)
            .arg(timeoutSeconds);
    return tr("could not deliver to %1: %2 (a network error; is your handler running and the URL right?)")
        .arg(url, Base::visibleText(result.error));
}

void SendReport::printJson(QTextStream &out, const SendResult &result) const
{
    QJsonObject object{{QStringLiteral("url"), m_config.to.toString()},
                       {QStringLiteral("event"), m_config.eventType},
                       {QStringLiteral("name"), m_config.eventName},
                       {QStringLiteral("reference"), m_config.reference},
                       {QStringLiteral("webhookId"), m_config.webhookId},
                       {QStringLiteral("status"), result.status},
                       {QStringLiteral("elapsedMs"), result.elapsedMs},
                       {QStringLiteral("tamper"), SendConfig::tamperName(m_config.tamper)},
                       {QStringLiteral("responseBody"), printable(result)}};
    if (result.status == 0)
        object.insert(QStringLiteral("error"), result.timedOut ? QStringLiteral("timeout") : result.error);
    out << Base::visibleJson(QJsonDocument(object).toJson(QJsonDocument::Compact)) << '\n';
    out.flush();
}

QString SendReport::printable(const Http::PeerAnswer &result)
{
    const QByteArray shown = result.body.left(SendResult::MaxBodyBytes);
    const bool cut = result.bodyBytes > shown.size();
    QString text = QString::fromUtf8(shown);
    if (cut && text.endsWith(QChar::ReplacementCharacter))
        text.chop(1); // a character split by the cut
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text = Base::visibleText(text, Base::LineBreaks::Kept);
    while (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    if (cut)
        text += tr("... (%1 bytes in all)").arg(result.bodyBytes);
    return text;
}

} // namespace Cli
