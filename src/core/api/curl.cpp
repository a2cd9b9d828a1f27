// SPDX-License-Identifier: MIT
#include "api/curl.h"

#include <QStringList>

namespace Api::Curl {

namespace {

const QLatin1String kContinuation(" \\\n  ");

// POSIX sh: inside single quotes nothing is special; a quote itself is closed, escaped and reopened.
QString singleQuoted(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes);
    text.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

// A variable reference the shell expands, quoted so its value stays one word.
QString variableReference(const QString &variable)
{
    return QLatin1String("\"$") + variable + QLatin1Char('"');
}

struct Match
{
    qsizetype position = -1;
    const Placeholder *placeholder = nullptr;
};

// The earliest secret in bytes from `from`; the longest one when several start at the same place.
Match nextSecret(const QByteArray &bytes, qsizetype from, const QList<Placeholder> &placeholders)
{
    Match best;
    for (const Placeholder &placeholder : placeholders) {
        if (placeholder.secret.isEmpty())
            continue;
        const qsizetype position = bytes.indexOf(placeholder.secret, from);
        if (position < 0)
            continue;
        const bool earlier = best.position < 0 || position < best.position;
        const bool longer = position == best.position && placeholder.secret.size() > best.placeholder->secret.size();
        if (earlier || longer)
            best = Match{position, &placeholder};
    }
    return best;
}

// One shell word: literal runs single-quoted, secrets as "$VARIABLE", glued together without spaces.
QString shellWord(const QByteArray &bytes, const QList<Placeholder> &placeholders)
{
    QString word;
    qsizetype from = 0;
    while (from < bytes.size()) {
        const Match match = nextSecret(bytes, from, placeholders);
        const qsizetype literalEnd = match.position < 0 ? bytes.size() : match.position;
        if (literalEnd > from)
            word += singleQuoted(bytes.mid(from, literalEnd - from));
        if (match.position < 0)
            break;
        word += variableReference(match.placeholder->variable);
        from = match.position + match.placeholder->secret.size();
    }
    return word.isEmpty() ? QStringLiteral("''") : word;
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

QString bodyPart(const QByteArray &method, const QByteArray &body, const QList<Placeholder> &placeholders)
{
    if (!body.isEmpty())
        return QLatin1String("--data-raw ") + shellWord(body, placeholders); // --data-raw: no @file reading
    if (method.compare("POST", Qt::CaseInsensitive) == 0)
        return QStringLiteral("--data ''"); // the token call's empty body (vipps-api.md §2)
    return {};
}

} // namespace

QString render(const QByteArray &method, const QUrl &url, const Http::HeaderList &headers, const QByteArray &body,
               const QList<Placeholder> &placeholders)
{
    QStringList parts;
    parts.append(QLatin1String("curl -X ") + methodWord(method) + QLatin1Char(' ') +
                 shellWord(url.toEncoded(), placeholders));
    for (const Http::Header &header : headers)
        parts.append(QLatin1String("-H ") + shellWord(header.name + ": " + header.value, placeholders));
    const QString data = bodyPart(method, body, placeholders);
    if (!data.isEmpty())
        parts.append(data);
    return parts.join(kContinuation);
}

} // namespace Api::Curl
