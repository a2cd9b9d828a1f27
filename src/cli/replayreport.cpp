// SPDX-License-Identifier: MIT
#include "cli/replayreport.h"

#include "base/visibletext.h"
#include "cli/replayconfig.h"
#include "cli/sendreport.h"
#include "http/boundedreply.h"
#include "http/peeranswer.h"
#include "receiver/eventsummary.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace Cli {

ReplayReport::ReplayReport(const ReplayConfig &config, const Journal::Entry &entry,
                           const Http::OutgoingRequest &request)
    : m_config(config), m_entry(entry), m_request(request)
{}

void ReplayReport::printTarget(QTextStream &out) const
{
    const Receiver::EventSummary summary = Receiver::EventSummary::fromBody(m_entry.body);
    QStringList event{summary.name, summary.reference, summary.amountText()};
    event.removeAll(QString());
    QString entry = tr("#%1 %2 %3, received %4")
                        .arg(m_entry.seq)
                        .arg(QString::fromLatin1(m_entry.method), QString::fromLatin1(m_entry.target),
                             m_entry.receivedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")));
    if (!event.isEmpty())
        entry += QStringLiteral(" (%1)").arg(event.join(QLatin1String(", ")));
    out << tr("Entry:").leftJustified(12) << Base::visibleText(entry) << '\n';
    out << tr("URL:").leftJustified(12) << m_request.url.toString() << '\n';
    out << tr("Signature:").leftJustified(12) << signing() << '\n';
    out.flush();
}

QString ReplayReport::signing() const
{
    switch (m_config.mode) {
    case Events::Replay::Mode::Resigned: return tr("re-signed for this URL with a new x-ms-date");
    case Events::Replay::Mode::Edited:
        return tr("re-signed for this URL with a new x-ms-date, with the body of %1 (%2 bytes)")
            .arg(m_config.bodyFile)
            .arg(m_request.body.size());
    case Events::Replay::Mode::AsReceived: break;
    }
    return tr("as received (x-ms-date %1), signed for the URL the delivery was sent to")
        .arg(Base::visibleText(QString::fromLatin1(m_request.headers.value("x-ms-date"))));
}

void ReplayReport::printFailure(QTextStream &err, const Http::PeerAnswer &answer) const
{
    err << "vipps-hooks replay: "
        << SendReport::failure(answer, m_request.url, Http::BoundedReply::DefaultDeadlineMs / 1000) << '\n';
    err.flush();
}

void ReplayReport::printJson(QTextStream &out, const Http::PeerAnswer &answer) const
{
    QJsonObject object{{QStringLiteral("seq"), m_entry.seq},
                       {QStringLiteral("url"), m_request.url.toString()},
                       {QStringLiteral("method"), QString::fromLatin1(m_request.method)},
                       {QStringLiteral("mode"), Events::Replay::modeName(m_config.mode)},
                       {QStringLiteral("status"), answer.status},
                       {QStringLiteral("elapsedMs"), answer.elapsedMs},
                       {QStringLiteral("responseBody"), SendReport::printable(answer)}};
    if (answer.status == 0)
        object.insert(QStringLiteral("error"), answer.timedOut ? QStringLiteral("timeout") : answer.error);
    out << Base::visibleJson(QJsonDocument(object).toJson(QJsonDocument::Compact)) << '\n';
    out.flush();
}

} // namespace Cli
