// SPDX-License-Identifier: MIT
#include "gui/exportselectiondialog.h"

#include "events/exportfile.h"

#include <QDir>
#include <QMessageBox>

namespace Gui {

ExportSelectionDialog::ExportSelectionDialog(const QList<Journal::Entry> &entries, QWidget *parent)
    : QFileDialog(parent), m_entries(entries)
{
    setObjectName(QStringLiteral("exportSelectionDialog"));
    setWindowTitle(tr("Export %n events", "", int(entries.size())));
    setAcceptMode(QFileDialog::AcceptSave);
    setFileMode(QFileDialog::AnyFile);
    setNameFilters({harFilter(), jsonLinesFilter()});
    setDefaultSuffix(QStringLiteral("har"));
    selectFile(QStringLiteral("events.har"));
    connect(this, &QFileDialog::filterSelected, this, [this](const QString &filter) {
        setDefaultSuffix(filter == jsonLinesFilter() ? QStringLiteral("jsonl") : QStringLiteral("har"));
    });
    connect(this, &QFileDialog::fileSelected, this, &ExportSelectionDialog::save);
}

QString ExportSelectionDialog::harFilter()
{
    return tr("HAR 1.2 (*.har)");
}

QString ExportSelectionDialog::jsonLinesFilter()
{
    return tr("JSON Lines (*.jsonl)");
}

void ExportSelectionDialog::save(const QString &path)
{
    const Events::ExportFormat format =
        selectedNameFilter() == jsonLinesFilter() ? Events::ExportFormat::JsonLines : Events::ExportFormat::Har;
    QString error;
    if (!Events::ExportFile::save(path, format, m_entries, &error)) {
        showProblem(path, error);
        return;
    }
    emit exported(tr("Exported %n events to %1.", "", int(m_entries.size())).arg(QDir::toNativeSeparators(path)));
}

// Owned by the dialog's parent: the dialog itself closes as the box opens.
void ExportSelectionDialog::showProblem(const QString &path, const QString &error)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Export failed"),
                                tr("The events could not be written to %1.").arg(QDir::toNativeSeparators(path)),
                                QMessageBox::Ok, parentWidget());
    box->setObjectName(QStringLiteral("exportProblemBox"));
    box->setInformativeText(error);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace Gui
