// SPDX-License-Identifier: MIT
#include "events/handleranswer.h"

#include "base/visibletext.h"

#include <QCoreApplication>

namespace Events {

QString HandlerAnswer::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Forwarded: return QCoreApplication::translate("Events::HandlerAnswer", "forwarded");
    case Kind::Replayed: return QCoreApplication::translate("Events::HandlerAnswer", "replayed");
    case Kind::Resigned: return QCoreApplication::translate("Events::HandlerAnswer", "replayed re-signed");
    case Kind::Edited: return QCoreApplication::translate("Events::HandlerAnswer", "edited and replayed");
    }
    return {};
}

QString HandlerAnswer::shortText() const
{
    if (answer.status != 0 && answer.error.isEmpty())
        return QCoreApplication::translate("Events::HandlerAnswer", "%1 · %2 ms")
            .arg(answer.status)
            .arg(answer.elapsedMs);
    return answer.timedOut ? QCoreApplication::translate("Events::HandlerAnswer", "timed out")
                           : QCoreApplication::translate("Events::HandlerAnswer", "failed");
}

QString HandlerAnswer::lineText() const
{
    const QString to = Base::visibleText(answer.to);
    const QString when = answer.sentAt.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
    if (answer.status != 0 && answer.error.isEmpty())
        return QCoreApplication::translate("Events::HandlerAnswer", "%1 %2 to %3: %4 in %5 ms")
            .arg(when, kindName(kind), to)
            .arg(answer.status)
            .arg(answer.elapsedMs);
    return QCoreApplication::translate("Events::HandlerAnswer", "%1 %2 to %3: %4")
        .arg(when, kindName(kind), to, Base::visibleText(answer.error));
}

} // namespace Events
