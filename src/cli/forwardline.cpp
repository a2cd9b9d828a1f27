// SPDX-License-Identifier: MIT
#include "cli/forwardline.h"

#include "base/visibletext.h"
#include "journal/forward.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Cli::ForwardLine {

namespace {
constexpr char kGap[] = "  ";

void appendOutcome(QByteArray &line, const Journal::Forward &forward)
{
    if (forward.status != 0 && forward.error.isEmpty()) {
        line += QByteArray::number(forward.status) + " in " + QByteArray::number(forward.elapsedMs) + " ms";
        if (!forward.succeeded())
            line += "  (not 2xx: Vipps would retry)";
        return;
    }
    line += forward.timedOut ? "timed out: " : "failed: ";
    line += Base::visibleText(forward.error).toUtf8(); // may quote the handler's answer
}
} // namespace

QByteArray text(const Journal::Forward &forward, const QByteArray &label)
{
    QByteArray line = "  handler ";
    line += Base::visibleText(forward.to).toUtf8();
    line += kGap;
    appendOutcome(line, forward);
    if (!label.isEmpty())
        line += "  (for " + label + ')';
    return line;
}

QByteArray json(const Journal::Forward &forward, bool journaled)
{
    QJsonObject object;
    object.insert(QStringLiteral("forwardOf"), forward.forwardOf);
    object.insert(QStringLiteral("sentAt"), forward.sentAt.toUTC().toString(Qt::ISODateWithMs));
    object.insert(QStringLiteral("to"), forward.to);
    object.insert(QStringLiteral("status"), forward.status);
    object.insert(QStringLiteral("elapsedMs"), forward.elapsedMs);
    object.insert(QStringLiteral("timedOut"), forward.timedOut);
    object.insert(QStringLiteral("succeeded"), forward.succeeded());
    object.insert(QStringLiteral("error"), forward.error);
    object.insert(QStringLiteral("journaled"), journaled);
    return Base::visibleJson(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace Cli::ForwardLine
