// SPDX-License-Identifier: MIT
// "Export selection…" on the event log: asks where, writes the chosen events as HAR 1.2 or JSON Lines by the filter
// picked (Events::ExportFile, credentials removed), and says plainly when the file cannot be written.
#pragma once

#include "journal/entry.h"

#include <QFileDialog>
#include <QList>

namespace Gui {

class ExportSelectionDialog : public QFileDialog
{
    Q_OBJECT

public:
    ExportSelectionDialog(const QList<Journal::Entry> &entries, QWidget *parent = nullptr);

    static QString harFilter();
    static QString jsonLinesFilter();

signals:
    // For the status bar, once the file is written.
    void exported(const QString &message);

private:
    void save(const QString &path);
    void showProblem(const QString &path, const QString &error);

    QList<Journal::Entry> m_entries;
};

} // namespace Gui
