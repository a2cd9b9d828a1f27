// SPDX-License-Identifier: MIT
#include "cli/texttable.h"

#include "base/visibletext.h"

namespace Cli {

void TextTable::addRow(const QStringList &cells)
{
    QStringList shown;
    shown.reserve(cells.size());
    for (const QString &cell : cells)
        shown.append(Base::visibleText(cell));
    m_rows.append(shown);
}

QList<qsizetype> TextTable::columnWidths() const
{
    QList<qsizetype> widths;
    for (const QStringList &row : m_rows) {
        for (qsizetype column = 0; column < row.size(); ++column) {
            if (widths.size() <= column)
                widths.append(0);
            widths[column] = qMax(widths.at(column), row.at(column).size());
        }
    }
    return widths;
}

QString TextTable::toString() const
{
    const QList<qsizetype> widths = columnWidths();
    QString text;
    for (const QStringList &row : m_rows) {
        QString line;
        for (qsizetype column = 0; column < row.size(); ++column) {
            const bool last = column == row.size() - 1;
            line += last ? row.at(column) : row.at(column).leftJustified(widths.at(column) + 2);
        }
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        text += line + QLatin1Char('\n');
    }
    return text;
}

} // namespace Cli
