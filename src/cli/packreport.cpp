// SPDX-License-Identifier: MIT
#include "cli/packreport.h"

#include "base/visibletext.h"
#include "cli/sendreport.h"
#include "receiver/eventsummary.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace Cli {

PackReport::PackReport(const QString &file, const QUrl &to, bool json) : m_file(file), m_to(to), m_json(json) {}

QString PackReport::event(const Events::PackStepResult &result)
{
    const Receiver::EventSummary summary = Receiver::EventSummary::fromBody(result.sent.body);
    QStringList parts;
    if (result.seq > 0)
        parts.append(QStringLiteral("#%1").arg(result.seq));
    parts.append(summary.name);
    parts.append(summary.reference);
    parts.removeAll(QString());
    return parts.isEmpty() ? QString::fromLatin1(result.sent.method + ' ' + result.sent.url.path().toUtf8())
                           : parts.join(QLatin1Char(' '));
}

QString PackReport::answerText(const Http::PeerAnswer &answer)
{
    if (answer.status == 0)
        return tr("no answer (%1)").arg(answer.error);
    return tr("HTTP %1 %2 in %3 ms").arg(answer.status).arg(QString::fromLatin1(answer.reason)).arg(answer.elapsedMs);
}

QString PackReport::line(const Events::PackStepResult &result, int steps)
{
    // Words for scripts to look for, the same in every language, as the kinds' names are.
    const QString verdict = result.passed ? QStringLiteral("PASS") : QStringLiteral("FAIL");
    return Base::visibleText(tr("%1 %2/%3 %4 %5: %6; %7; %8")
                                 .arg(verdict)
                                 .arg(result.index + 1)
                                 .arg(steps)
                                 .arg(Events::PackStep::kindName(result.kind), event(result), result.note,
                                      answerText(result.answer), result.why));
}

void PackReport::step(QTextStream &out, const Events::PackStepResult &result, int steps)
{
    if (!m_json) {
        out << line(result, steps) << '\n';
        out.flush();
        return;
    }
    QJsonObject object{{QStringLiteral("step"), result.index + 1},
                       {QStringLiteral("kind"), Events::PackStep::kindName(result.kind)},
                       {QStringLiteral("method"), QString::fromLatin1(result.sent.method)},
                       {QStringLiteral("url"), result.sent.url.toString()},
                       {QStringLiteral("sent"), result.note},
                       {QStringLiteral("expected"), result.expected.text()},
                       {QStringLiteral("status"), result.answer.status},
                       {QStringLiteral("elapsedMs"), result.answer.elapsedMs},
                       {QStringLiteral("responseBody"), SendReport::printable(result.answer)},
                       {QStringLiteral("passed"), result.passed},
                       {QStringLiteral("why"), result.why}};
    if (result.seq > 0)
        object.insert(QStringLiteral("seq"), result.seq);
    if (result.answer.status == 0)
        object.insert(QStringLiteral("error"), result.answer.error);
    m_steps.append(object);
}

void PackReport::finish(QTextStream &out, QTextStream &err, const Events::PackSummary &summary, const QString &failure)
{
    if (summary.unreachable) {
        err << "vipps-hooks pack run: " << failure << '\n';
        err.flush();
    }
    const int failed = summary.run - summary.passed;
    if (m_json) {
        const QString result = summary.unreachable   ? QStringLiteral("unreachable")
                               : summary.allPassed() ? QStringLiteral("passed")
                                                     : QStringLiteral("failed");
        const QJsonObject object{{QStringLiteral("pack"), QDir::toNativeSeparators(m_file)},
                                 {QStringLiteral("url"), m_to.toString()},
                                 {QStringLiteral("result"), result},
                                 {QStringLiteral("passed"), summary.passed},
                                 {QStringLiteral("failed"), failed},
                                 {QStringLiteral("steps"), m_steps}};
        out << Base::visibleJson(QJsonDocument(object).toJson(QJsonDocument::Compact)) << '\n';
    } else if (!summary.unreachable) {
        out << (failed == 0 ? tr("All %1 steps passed.").arg(summary.passed)
                            : tr("%1 of %2 steps passed, %3 failed.").arg(summary.passed).arg(summary.run).arg(failed))
            << '\n';
    }
    out.flush();
}

} // namespace Cli
