// SPDX-License-Identifier: MIT
#include "gui/packnewpage.h"

#include "base/visibletext.h"
#include "events/packbuilder.h"
#include "events/packfile.h"
#include "receiver/eventsummary.h"
#include "workbench/packplan.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace Gui {

using Kind = Events::PackStep::Kind;

PackNewPage::PackNewPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new QStandardItemModel(this))
    , m_table(new QTableView(this))
    , m_message(new QLabel(this))
    , m_save(new QPushButton(tr("&Save pack…"), this))
{
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Tick the steps to make of each event. A valid, duplicate or out-of-order step "
                                "passes on a 2xx; a tampered, wrong-secret or stale one on a 4xx. Steps go in "
                                "event order: out-of-order ones first, duplicates last."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setAccessibleName(tr("Events of the new pack"));
    layout->addWidget(m_table, 1);
    m_message->setObjectName(QStringLiteral("packNewMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);
    auto *buttons = new QHBoxLayout;
    auto *everyKind = new QPushButton(tr("Add &every broken kind"), this);
    everyKind->setToolTip(tr("One tampered, wrong-secret, stale and duplicate step of the first event, and the last "
                             "event sent out of order."));
    connect(everyKind, &QPushButton::clicked, this, &PackNewPage::markEveryBrokenKind);
    buttons->addWidget(everyKind);
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    layout->addLayout(buttons);
    connect(m_save, &QPushButton::clicked, this, &PackNewPage::chooseFile);
    connect(m_model, &QStandardItemModel::itemChanged, this, &PackNewPage::updateButtons);
    setEntries({});
}

void PackNewPage::setEntries(const QList<Journal::Entry> &entries)
{
    m_entries = entries;
    std::stable_sort(m_entries.begin(), m_entries.end(),
                     [](const Journal::Entry &a, const Journal::Entry &b) { return a.seq < b.seq; });
    m_model->clear();
    QStringList headers{tr("Event")};
    for (const Kind kind : Events::PackStep::kinds())
        headers.append(Events::PackStep::kindName(kind));
    m_model->setHorizontalHeaderLabels(headers);
    for (const Journal::Entry &entry : std::as_const(m_entries)) {
        const Receiver::EventSummary summary = Receiver::EventSummary::fromBody(entry.body);
        QList<QStandardItem *> row{new QStandardItem(Base::visibleText(
            QStringLiteral("#%1 %2 %3").arg(entry.seq).arg(summary.name, summary.reference).trimmed()))};
        row.constFirst()->setEditable(false);
        for (const Kind kind : Events::PackStep::kinds()) {
            auto *item = new QStandardItem;
            item->setCheckable(true);
            item->setEditable(false);
            item->setCheckState(kind == Kind::Valid ? Qt::Checked : Qt::Unchecked);
            item->setToolTip(Events::PackStep::rule(kind));
            row.append(item);
        }
        m_model->appendRow(row);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    showMessage(m_entries.isEmpty() ? tr("No events given: choose events in the event log and save them as a test "
                                         "pack from there.")
                                    : QString(),
                false);
    updateButtons();
}

void PackNewPage::setMarked(int row, Kind kind, bool marked)
{
    QStandardItem *item = m_model->item(row, int(Events::PackStep::kinds().indexOf(kind)) + 1);
    if (item)
        item->setCheckState(marked ? Qt::Checked : Qt::Unchecked);
}

void PackNewPage::markEveryBrokenKind()
{
    if (m_entries.isEmpty())
        return;
    for (const Kind kind : {Kind::Tampered, Kind::WrongSecret, Kind::Stale, Kind::Duplicate})
        setMarked(0, kind, true);
    if (m_entries.size() > 1)
        setMarked(int(m_entries.size()) - 1, Kind::OutOfOrder, true);
}

QList<Events::PackChoice> PackNewPage::choices() const
{
    const QList<Kind> kinds = Events::PackStep::kinds();
    QList<Events::PackChoice> choices;
    for (int row = 0; row < m_entries.size(); ++row) {
        for (int k = 0; k < kinds.size(); ++k) {
            if (m_model->item(row, k + 1)->checkState() == Qt::Checked)
                choices.append({kinds.at(k), m_entries.at(row).seq});
        }
    }
    return choices;
}

void PackNewPage::chooseFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save test pack"), QStringLiteral("test-pack.json"),
                                                      tr("Test packs (*.json)"));
    if (!path.isEmpty())
        saveTo(path);
}

bool PackNewPage::saveTo(const QString &path)
{
    QString error;
    const std::optional<Events::TestPack> pack = Workbench::PackPlan::build(m_entries, choices(), &error);
    if (!pack || !Events::PackFile::write(path, *pack, &error)) {
        showMessage(tr("Not saved: %1").arg(error), true);
        return false;
    }
    const int steps = int(pack->steps.size());
    const QString where = QDir::toNativeSeparators(path);
    showMessage(steps == 1 ? tr("Saved 1 step to %1.").arg(where) : tr("Saved %n steps to %1.", "", steps).arg(where),
                false);
    emit saved(*pack, path);
    return true;
}

void PackNewPage::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QString());
}

void PackNewPage::updateButtons()
{
    m_save->setEnabled(!choices().isEmpty());
}

} // namespace Gui
