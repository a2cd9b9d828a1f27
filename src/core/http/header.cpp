// SPDX-License-Identifier: MIT
#include "http/header.h"

namespace Http {

namespace {
bool sameName(QByteArrayView a, QByteArrayView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}
} // namespace

QByteArray HeaderList::value(QByteArrayView name) const
{
    for (const Header &h : *this) {
        if (sameName(h.name, name))
            return h.value;
    }
    return {};
}

QList<QByteArray> HeaderList::values(QByteArrayView name) const
{
    QList<QByteArray> out;
    for (const Header &h : *this) {
        if (sameName(h.name, name))
            out.append(h.value);
    }
    return out;
}

bool HeaderList::contains(QByteArrayView name) const
{
    return count(name) > 0;
}

qsizetype HeaderList::count(QByteArrayView name) const
{
    qsizetype n = 0;
    for (const Header &h : *this) {
        if (sameName(h.name, name))
            ++n;
    }
    return n;
}

} // namespace Http
