// SPDX-License-Identifier: MIT
#include "api/curl.h"

#include "base/shellword.h"

#include <QStringList>

namespace Api::Curl {

namespace {

const QLatin1String kContinuation(" \\\n  ");

QString singleQuoted(const QByteArray &bytes)
{
    return Base::singleQuoted(QString::fromUtf8(bytes));
}

// A variable reference the shell expands, quoted so its value stays one word.
QString variableReference(const QString &variable)
{
    return QLatin1String("\"$") + variable + QLatin1Char('"');
}

// The placeholder whose secret is the whole header value, or its credential after a scheme word
// ("Bearer <token>"). Only whole values match: a short secret must not turn up inside other text.
const Placeholder *secretIn(const QByteArray &value, qsizetype *secretStart, const QList<Placeholder> &placeholders)
{
    for (const Placeholder &placeholder : placeholders) {
        const QByteArray &secret = placeholder.secret;
        if (secret.isEmpty())
            continue;
        if (value == secret) {
            *secretStart = 0;
            return &placeholder;
        }
        const qsizetype start = value.size() - secret.size();
        if (start > 1 && value.endsWith(secret) && value.at(start - 1) == ' ' && !value.left(start - 1).contains(' ')) {
            *secretStart = start;
            return &placeholder;
        }
    }
    return nullptr;
}

// One -H argument: the literal part single-quoted, a secret value as "$VARIABLE", glued into one word.
QString headerWord(const Http::Header &header, const QList<Placeholder> &placeholders)
{
    const QByteArray prefix = header.name + ": ";
    qsizetype secretStart = 0;
    const Placeholder *placeholder = secretIn(header.value, &secretStart, placeholders);
    if (!placeholder)
        return singleQuoted(prefix + header.value);
    return singleQuoted(prefix + header.value.left(secretStart)) + variableReference(placeholder->variable);
}

// A method is printed bare when it is a plain token, as in the Vipps docs ("curl -X POST").
QString methodWord(const QByteArray &method)
{
    for (char c : method) {
        if (!(c >= 'A' && c <= 'Z') && !(c >= 'a' && c <= 'z'))
            return singleQuoted(method);
    }
    return method.isEmpty() ? QStringLiteral("GET") : QString::fromLatin1(method);
}

QString bodyPart(const QByteArray &method, const QByteArray &body)
{
    if (!body.isEmpty())
        return QLatin1String("--data-raw ") + singleQuoted(body); // --data-raw: no @file reading
    if (method.compare("POST", Qt::CaseInsensitive) == 0)
        return QStringLiteral("--data ''"); // the token call's empty body (docs/vipps-wire.md §2)
    return {};
}

} // namespace

QString render(const QByteArray &method, const QUrl &url, const Http::HeaderList &headers, const QByteArray &body,
               const QList<Placeholder> &placeholders)
{
    QStringList parts;
    parts.append(QLatin1String("curl -X ") + methodWord(method) + QLatin1Char(' ') + singleQuoted(url.toEncoded()));
    for (const Http::Header &header : headers)
        parts.append(QLatin1String("-H ") + headerWord(header, placeholders));
    const QString data = bodyPart(method, body);
    if (!data.isEmpty())
        parts.append(data);
    return parts.join(kContinuation);
}

} // namespace Api::Curl
