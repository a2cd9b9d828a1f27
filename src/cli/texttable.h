// SPDX-License-Identifier: MIT
// A plain text table for the terminal: a header row, columns padded to their widest cell.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Cli {

class TextTable
{
public:
    explicit TextTable(const QStringList &header) : m_rows{header} {}

    // Cells often hold what an API answered: their control characters are escaped (Base::visibleText), so each
    // row stays one line and its width is the width shown.
    void addRow(const QStringList &cells);
    bool isEmpty() const { return m_rows.size() <= 1; }
    // One line per row; the last column is not padded.
    QString toString() const;

private:
    QList<qsizetype> columnWidths() const;

    QList<QStringList> m_rows;
};

} // namespace Cli
