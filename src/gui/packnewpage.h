// SPDX-License-Identifier: MIT
// The test packs window's "New pack from events" page: the events given, and for each which steps to make of it,
// valid or broken on purpose (tampered, wrong secret, stale, duplicate, out of order), saved as a pack file that
// `vipps-hooks pack run` accepts (Workbench::PackPlan puts them in order).
#pragma once

#include "events/testpack.h"
#include "journal/entry.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace Events {
struct PackChoice;
}

namespace Gui {

class PackNewPage : public QWidget
{
    Q_OBJECT

public:
    explicit PackNewPage(QWidget *parent = nullptr);

    // The events to choose from, in seq order, each marked valid.
    void setEntries(const QList<Journal::Entry> &entries);
    int entryCount() const { return int(m_entries.size()); }
    // Marks (or unmarks) the step of this kind made from the row-th event.
    void setMarked(int row, Events::PackStep::Kind kind, bool marked);
    // Marks every broken kind for the first event that can have it (out of order: the last event).
    void markEveryBrokenKind();
    QList<Events::PackChoice> choices() const;

    // Builds the pack and writes it to path; false with the reason shown on the page.
    bool saveTo(const QString &path);

    QTableView *table() const { return m_table; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *saveButton() const { return m_save; }

signals:
    // A pack was written to path; the window offers it for running.
    void saved(const Events::TestPack &pack, const QString &path);

private:
    void chooseFile();
    void showMessage(const QString &text, bool error);
    void updateButtons();

    QList<Journal::Entry> m_entries;
    QStandardItemModel *m_model;
    QTableView *m_table;
    QLabel *m_message;
    QPushButton *m_save;
};

} // namespace Gui
