// SPDX-License-Identifier: MIT
#include "base/shellword.h"

#include <algorithm>

namespace Base {

namespace {

bool isPlain(QChar c)
{
    static const QLatin1String others("_./:@%+=,-");
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || others.contains(c);
}

} // namespace

QByteArray singleQuoted(const QByteArray &bytes)
{
    QByteArray out(1, '\'');
    out.reserve(bytes.size() + 2);
    for (const char c : bytes) {
        if (c == '\'')
            out += "'\\''";
        else
            out += c;
    }
    return out + '\'';
}

QString singleQuoted(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString shellWord(const QString &text)
{
    if (!text.isEmpty() && std::all_of(text.cbegin(), text.cend(), isPlain))
        return text;
    return singleQuoted(text);
}

} // namespace Base
