// SPDX-License-Identifier: MIT
// One HTTP header field as received: name and value keep their original bytes.
#pragma once

#include <QByteArray>
#include <QList>

namespace Http {

struct Header
{
    QByteArray name;
    QByteArray value;

    friend bool operator==(const Header &, const Header &) = default;
};

// Order, case and duplicates are kept exactly as received (RFC 9110 §5.3).
class HeaderList : public QList<Header>
{
public:
    using QList<Header>::QList;

    // First value whose name matches case-insensitively (RFC 9110 §5.1), or a null QByteArray.
    QByteArray value(QByteArrayView name) const;
    QList<QByteArray> values(QByteArrayView name) const;
    bool contains(QByteArrayView name) const;
    qsizetype count(QByteArrayView name) const;
};

} // namespace Http
