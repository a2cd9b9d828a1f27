// SPDX-License-Identifier: MIT
#include "gui/importwindow.h"

#include "events/eventlogmodel.h"
#include "gui/eventlogpanel.h"
#include "gui/inspectorpanel.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>

namespace Gui {

ImportWindow::ImportWindow(const QString &path, Check check, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_path(path)
    , m_check(std::move(check))
    , m_model(new Events::EventLogModel(this))
    , m_banner(new QLabel(this))
    , m_log(new EventLogPanel(m_model, this))
    , m_inspector(new InspectorPanel(this))
{
    const QString name = QFileInfo(path).fileName();
    setObjectName(QStringLiteral("importWindow"));
    setWindowTitle(tr("%1 (imported) – Vipps Webhook Workbench").arg(name));
    auto *layout = new QVBoxLayout(this);
    m_banner->setObjectName(QStringLiteral("importBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setMargin(6);
    m_banner->setStyleSheet(QStringLiteral("background: #fff4ce; color: #3b2e00;"));
    m_banner->setText(tr("Reading %1…").arg(QDir::toNativeSeparators(path)));
    layout->addWidget(m_banner);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_log);
    splitter->addWidget(m_inspector);
    layout->addWidget(splitter, 1);
    m_log->setEmptyHint(tr("Reading %1…").arg(name));
    connect(m_log, &EventLogPanel::currentRecordChanged, this, &ImportWindow::showRecord);
    connect(&m_loader, &Workbench::ImportLoader::loaded, this, &ImportWindow::onLoaded);
    resize(1000, 700);
    m_loader.load(path);
}

void ImportWindow::onLoaded(const Workbench::ImportLoader::Result &result)
{
    const QString name = QDir::toNativeSeparators(QFileInfo(m_path).fileName());
    if (!result.error.isEmpty()) {
        m_banner->setStyleSheet(QStringLiteral("background: #fde7e9; color: #5f0f12;"));
        m_banner->setText(tr("Could not import %1: %2").arg(name, result.error));
        m_log->setEmptyHint(tr("Nothing imported. The live event log and the journal are unchanged."));
        emit loaded(0, result.error);
        return;
    }
    m_model->append(result.records);
    const int count = int(result.records.size());
    QString text = (count == 1 ? tr("Imported from %1: 1 event. Imported events are never forwarded.")
                               : tr("Imported from %1: %n events. Imported events are never forwarded.", "", count))
                       .arg(name);
    if (result.skipped > 0)
        text += QLatin1Char(' ') + tr("Requests that were no deliveries left out: %1.").arg(result.skipped);
    m_banner->setText(text);
    m_banner->setToolTip(QDir::toNativeSeparators(m_path));
    m_log->selectLatest();
    emit loaded(int(result.records.size()), QString());
}

void ImportWindow::showRecord(int sourceRow)
{
    if (sourceRow < 0) {
        m_inspector->clear();
        return;
    }
    const Events::EventRecord record = m_model->record(sourceRow);
    m_inspector->setRecord(m_check ? m_check(record) : record);
}

} // namespace Gui
