// SPDX-License-Identifier: MIT
// Text as one word for a POSIX shell (XCU §2.2.2): inside single quotes nothing is special, so a quote itself is
// closed, escaped and reopened.
#pragma once

#include <QByteArray>
#include <QString>

namespace Base {

// Always in single quotes: 'it'\''s'.
QByteArray singleQuoted(const QByteArray &bytes);
QString singleQuoted(const QString &text);
// As it is when it holds only characters no shell treats specially, else singleQuoted().
QString shellWord(const QString &text);

} // namespace Base
