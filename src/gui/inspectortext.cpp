// SPDX-License-Identifier: MIT
#include "gui/inspectortext.h"

#include "base/visibletext.h"
#include "events/eventlogmodel.h"
#include "events/requestexport.h"
#include "gui/inspectorpanel.h"

#include <QLocale>
#include <QStringList>

namespace Gui::InspectorText {

namespace {
const QString kSeparator = QStringLiteral("  \u00b7  ");
const QString kLineFeedMark = QStringLiteral("\u21b5");
} // namespace

QString withControlPictures(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes);
    for (QChar &c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 && u != u'\n' && u != u'\t')
            c = QChar(char16_t(0x2400 + u));
        else if (u == 0x7f)
            c = QChar(char16_t(0x2421));
    }
    return text;
}

QString shownValue(const QByteArray &bytes)
{
    return bytes.isEmpty() ? InspectorPanel::tr("(missing)") : withControlPictures(bytes);
}

QString resultInWords(Signature::Result result)
{
    switch (result) {
    case Signature::Result::Valid: return InspectorPanel::tr("Verified");
    case Signature::Result::Invalid: return InspectorPanel::tr("Signature invalid");
    case Signature::Result::Stale: return InspectorPanel::tr("Stale: x-ms-date is too far off");
    case Signature::Result::Unsigned: return InspectorPanel::tr("Not signed");
    case Signature::Result::NoSecret: return InspectorPanel::tr("No secret to check with");
    }
    return {};
}

QString requestLine(const Journal::Entry &entry)
{
    return withControlPictures(entry.method + ' ' + entry.target);
}

QString eventLine(const Events::EventRecord &record)
{
    const Journal::Entry &entry = record.entry;
    QStringList parts{InspectorPanel::tr("#%1").arg(entry.seq),
                      entry.receivedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))};
    if (!record.summary.name.isEmpty())
        parts.append(Base::visibleText(record.summary.name));
    else
        parts.append(record.verified ? InspectorPanel::tr("no event name") : requestLine(entry));
    if (!record.summary.reference.isEmpty())
        parts.append(Base::visibleText(record.summary.reference));
    if (const QString amount = record.summary.amountText(QLocale()); !amount.isEmpty())
        parts.append(Base::visibleText(amount));
    parts.append(InspectorPanel::tr("answered HTTP %1").arg(entry.status));
    if (entry.duplicate)
        parts.append(InspectorPanel::tr("duplicate"));
    return parts.join(kSeparator);
}

QString resultLine(const Events::EventRecord &record)
{
    if (!record.verified) { // never checked; when its journal line is gone, that is said too
        const QString line = InspectorPanel::tr("Not a delivery: nothing to verify.");
        return record.lost ? line + u'\n' + restoredLine(record) : line;
    }
    QString line = InspectorPanel::tr("%1: %2").arg(resultInWords(record.verification.result),
                                                    record.verification.translatedReason());
    if (const QString host = hostLine(record); !host.isEmpty())
        line += u'\n' + host;
    if (record.summary.name == QLatin1String("PREFLIGHT") &&
        record.summary.reference == QLatin1String("vipps-workbench-preflight")) // Tunnel::UrlPreflight::testBody()
        line += u'\n' + InspectorPanel::tr("This is the check sent before a webhook is registered, signed with a "
                                           "secret nobody has: refusing it is right.");
    return record.restored || record.readBack ? line + u'\n' + restoredLine(record) : line;
}

QString hostLine(const Events::EventRecord &record)
{
    const QByteArray checked = record.verification.host;
    const QByteArray received = record.entry.headers.value("Host");
    if (checked.isEmpty() || received.isNull() || checked.compare(received, Qt::CaseInsensitive) == 0)
        return {};
    return InspectorPanel::tr("Checked for host %1, not for the Host it came with (%2): Vipps signs for the host of "
                              "the URL it delivers to, whatever Host a tunnel passes on.")
        .arg(withControlPictures(checked), withControlPictures(received));
}

// docs/architecture.md §7 "The event log's memory": an event of this run the log no longer keeps whole.
QString readBackLine(const Events::EventRecord &record)
{
    Signature::Result then = Signature::Result::Unsigned;
    if (!Signature::resultFromName(record.entry.result, &then) || then == record.verification.result)
        return InspectorPanel::tr("Read back from the journal (the log keeps the newest %L1 events whole): checked "
                                  "again with the webhook secrets loaded now.")
            .arg(Events::EventLogModel::KeptWhole);
    return InspectorPanel::tr("Read back from the journal (the log keeps the newest %L1 events whole): checked again "
                              "with the webhook secrets loaded now. When it arrived: %2.")
        .arg(Events::EventLogModel::KeptWhole)
        .arg(resultInWords(then));
}

QString restoredLine(const Events::EventRecord &record)
{
    if (record.lost)
        return InspectorPanel::tr("Its request is no longer in the journal (rotated away or removed): only this "
                                  "summary is left.");
    if (record.readBack)
        return readBackLine(record);
    Signature::Result then = Signature::Result::Unsigned;
    const bool same = !Signature::resultFromName(record.entry.result, &then) || then == record.verification.result;
    if (record.entry.imported && same)
        return InspectorPanel::tr(
            "Imported from a file, never forwarded: checked with the webhook secrets loaded now.");
    if (record.entry.imported)
        return InspectorPanel::tr("Imported from a file, never forwarded: checked with the webhook secrets loaded now. "
                                  "When it arrived: %1.")
            .arg(resultInWords(then));
    if (same)
        return InspectorPanel::tr("From the journal of an earlier run: checked again with the webhook secrets loaded "
                                  "now.");
    return InspectorPanel::tr("From the journal of an earlier run: checked again with the webhook secrets loaded "
                              "now. When it arrived: %1.")
        .arg(resultInWords(then));
}

QString stringToSignText(const QByteArray &stringToSign)
{
    return withControlPictures(stringToSign).split(u'\n').join(kLineFeedMark + u'\n');
}

QString secretText(const Signature::Verification &v)
{
    if (v.secretLabel.isEmpty())
        return InspectorPanel::tr("none was used (secrets tried: %1)").arg(v.secretsTried);
    QString text = v.secretLabel.translated();
    if (!v.webhookId.isEmpty() && !v.secretLabel.english().contains(v.webhookId)) // the app's labels name it already
        text += InspectorPanel::tr(", webhook %1").arg(v.webhookId);
    return text + InspectorPanel::tr(" (secrets tried: %1)").arg(v.secretsTried);
}

QString authorizationText(const Signature::Verification &v)
{
    if (v.authorizationHeaderName.isEmpty())
        return InspectorPanel::tr("none: no HMAC-SHA256 Authorization or X-Vipps-Authorization header");
    return withControlPictures(v.authorizationHeaderName);
}

QString skewText(const Signature::Verification &v)
{
    if (v.xMsDate.isEmpty())
        return InspectorPanel::tr("unknown: x-ms-date is missing");
    if (!v.sentAt.isValid())
        return InspectorPanel::tr("unknown: x-ms-date is not an RFC 1123 date");
    if (v.clockSkewSeconds >= 0)
        return InspectorPanel::tr("dated %1 s before it arrived").arg(v.clockSkewSeconds);
    return InspectorPanel::tr("dated %1 s after it arrived: a clock is ahead").arg(-v.clockSkewSeconds);
}

QString bodyInfo(const QByteArray &body)
{
    if (body.isEmpty())
        return InspectorPanel::tr("The body is empty (0 bytes).");
    if (Events::RequestExport::isPrintableText(body))
        return InspectorPanel::tr("%1 bytes of UTF-8 text.").arg(body.size());
    return InspectorPanel::tr("%1 bytes, not printable UTF-8: control characters show as symbols such as \u240d, "
                              "other bytes that are not text as \ufffd. Copy as curl keeps every byte.")
        .arg(body.size());
}

} // namespace Gui::InspectorText
