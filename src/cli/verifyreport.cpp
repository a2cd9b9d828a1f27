// SPDX-License-Identifier: MIT
#include "cli/verifyreport.h"

#include "base/visibletext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Cli::VerifyReport {

namespace {
// A value from the request, its control characters escaped.
QString shown(const QByteArray &value)
{
    return value.isEmpty() ? QStringLiteral("(missing)") : Base::visibleText(QString::fromUtf8(value));
}

QString verdict(const QByteArray &computed, const QByteArray &received)
{
    if (received.isEmpty())
        return QStringLiteral("missing");
    return computed == received ? QStringLiteral("match") : QStringLiteral("DIFFERENT");
}

// Shows the string to sign one line per row with its separators spelled out (step 2).
QString stringToSignBlock(const QByteArray &stringToSign)
{
    const QList<QByteArray> lines = stringToSign.split('\n');
    QString block;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const bool last = i + 1 == lines.size();
        block += QStringLiteral("     \"%1%2\"\n")
                     .arg(Base::visibleText(QString::fromUtf8(lines.at(i))), last ? QString() : QStringLiteral("\\n"));
    }
    return block;
}

// "412 s", or with a rounder figure added for long spans: "115526510 s (about 1337 days)".
QString span(qint64 seconds)
{
    const QString exact = QStringLiteral("%1 s").arg(seconds);
    if (seconds < 2 * 3600)
        return exact;
    if (seconds < 2 * 86400)
        return exact + QStringLiteral(" (about %1 hours)").arg(seconds / 3600);
    return exact + QStringLiteral(" (about %1 days)").arg(seconds / 86400);
}

QString skewLine(const Signature::Verification &v, const Context &context)
{
    if (v.xMsDate.isEmpty())
        return QStringLiteral("4. Date: x-ms-date is missing.\n");
    const qint64 s = v.clockSkewSeconds;
    const QString age = s >= 0 ? span(s) + QStringLiteral(" before") : span(-s) + QStringLiteral(" after");
    return QStringLiteral("4. Date: x-ms-date %1 is %2 the check time%3.\n")
        .arg(shown(v.xMsDate), age,
             context.skewChecked ? QString() : QStringLiteral(" (not checked; pass --max-clock-skew to check)"));
}
} // namespace

QString text(const Signature::Verification &v, const Context &context)
{
    QString out;
    out += QStringLiteral("Request:        %1\n").arg(context.source);
    if (!context.registeredUrl.isEmpty())
        out += QStringLiteral("Registered URL: %1\n").arg(context.registeredUrl);
    for (const QString &note : context.notes)
        out += QStringLiteral("Note:           %1\n").arg(Base::visibleText(note));
    out += QStringLiteral("Authorization:  %1\n\n").arg(shown(v.authorizationHeaderName));
    out += QStringLiteral("1. Content hash, Base64(SHA-256(body))\n");
    out += QStringLiteral("     computed  %1\n     received  %2   %3\n")
               .arg(shown(v.computedContentHash), shown(v.receivedContentHash),
                    verdict(v.computedContentHash, v.receivedContentHash));
    out += QStringLiteral("2. String to sign (host %1, path %2)\n").arg(shown(v.host), shown(v.pathAndQuery));
    out += stringToSignBlock(v.stringToSign);
    out += QStringLiteral("3. Signature, Base64(HMAC-SHA256(secret, string to sign)) with %1\n")
               .arg(v.secretLabel.isEmpty() ? QStringLiteral("no secret") : v.secretLabel.english());
    out += QStringLiteral("     computed  %1\n     received  %2   %3\n")
               .arg(shown(v.computedSignature), shown(v.receivedSignature),
                    verdict(v.computedSignature, v.receivedSignature));
    out += skewLine(v, context);
    out += QStringLiteral("\nResult: %1\n  %2\n").arg(Signature::resultName(v.result), Base::visibleText(v.reason));
    return out;
}

QByteArray json(const Signature::Verification &v, const Context &context)
{
    QJsonObject object;
    object.insert(QStringLiteral("result"), Signature::resultName(v.result));
    object.insert(QStringLiteral("reason"), v.reason);
    object.insert(QStringLiteral("source"), context.source);
    object.insert(QStringLiteral("registeredUrl"), context.registeredUrl);
    object.insert(QStringLiteral("notes"), QJsonArray::fromStringList(context.notes));
    object.insert(QStringLiteral("authorizationHeader"), QString::fromUtf8(v.authorizationHeaderName));
    object.insert(QStringLiteral("computedContentHash"), QString::fromUtf8(v.computedContentHash));
    object.insert(QStringLiteral("receivedContentHash"), QString::fromUtf8(v.receivedContentHash));
    object.insert(QStringLiteral("host"), QString::fromUtf8(v.host));
    object.insert(QStringLiteral("pathAndQuery"), QString::fromUtf8(v.pathAndQuery));
    object.insert(QStringLiteral("xMsDate"), QString::fromUtf8(v.xMsDate));
    object.insert(QStringLiteral("stringToSign"), QString::fromUtf8(v.stringToSign));
    object.insert(QStringLiteral("computedSignature"), QString::fromUtf8(v.computedSignature));
    object.insert(QStringLiteral("receivedSignature"), QString::fromUtf8(v.receivedSignature));
    object.insert(QStringLiteral("secret"), v.secretLabel.english());
    object.insert(QStringLiteral("webhookId"), v.webhookId);
    object.insert(QStringLiteral("clockSkewSeconds"), v.clockSkewSeconds);
    object.insert(QStringLiteral("secretsTried"), v.secretsTried);
    return Base::visibleJson(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace Cli::VerifyReport
