// SPDX-License-Identifier: MIT
#include "gui/requestlogpanel.h"

#include "ui_requestlogpanel.h"
#include "workbench/requestlogmodel.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHeaderView>

namespace Gui {

using Workbench::RequestLogModel;

RequestLogPanel::RequestLogPanel(RequestLogModel *model, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::RequestLogPanel>()), m_model(model)
{
    m_ui->setupUi(this);
    m_ui->requestView->setModel(model);
    m_ui->requestView->verticalHeader()->hide();
    m_ui->requestView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView *header = m_ui->requestView->horizontalHeader();
    header->setStretchLastSection(true);
    const QFontMetrics metrics = fontMetrics();
    header->resizeSection(RequestLogModel::Time, metrics.horizontalAdvance(QStringLiteral("00:00:00MM")));
    header->resizeSection(RequestLogModel::Operation, metrics.horizontalAdvance(QStringLiteral("Register webhookMMM")));
    header->resizeSection(RequestLogModel::Method, metrics.horizontalAdvance(QStringLiteral("DELETEMM")));
    header->resizeSection(RequestLogModel::Path,
                          metrics.horizontalAdvance(QStringLiteral("/epayment/v1/payments/MMMMMMMM")));
    header->resizeSection(RequestLogModel::Status, metrics.horizontalAdvance(QStringLiteral("StatusMM")));
    header->resizeSection(RequestLogModel::Duration, metrics.horizontalAdvance(QStringLiteral("Time takenMM")));
    m_ui->detailText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->copyCurlButton->setEnabled(false);

    connect(m_ui->requestView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RequestLogPanel::showCurrent);
    connect(m_ui->copyCurlButton, &QPushButton::clicked, this, &RequestLogPanel::copyCurl);
    connect(m_ui->clearButton, &QPushButton::clicked, model, &RequestLogModel::clear);
    connect(model, &QAbstractItemModel::modelReset, this, &RequestLogPanel::showCurrent);
    connect(model, &QAbstractItemModel::rowsInserted, m_ui->requestView, &QTableView::scrollToBottom);
    connect(model, &QAbstractItemModel::rowsInserted, this, &RequestLogPanel::showCurrent);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &RequestLogPanel::showCurrent);
}

RequestLogPanel::~RequestLogPanel() = default;

// The pane is never empty while there are calls.
QModelIndex RequestLogPanel::shownIndex() const
{
    const QModelIndex current = m_ui->requestView->selectionModel()->currentIndex();
    if (current.isValid())
        return current;
    const int rows = m_model->rowCount();
    return rows > 0 ? m_model->index(rows - 1, 0) : QModelIndex();
}

void RequestLogPanel::showCurrent()
{
    const QModelIndex index = shownIndex();
    m_ui->copyCurlButton->setEnabled(index.isValid());
    if (!index.isValid()) {
        m_ui->detailText->clear();
        return;
    }
    const QString detail = index.data(RequestLogModel::DetailRole).toString();
    const QString curl = index.data(RequestLogModel::CurlRole).toString();
    m_ui->detailText->setPlainText(detail.isEmpty() ? curl : detail + QLatin1String("\n\n") + curl);
}

void RequestLogPanel::copyCurl()
{
    const QModelIndex index = shownIndex();
    if (index.isValid())
        QGuiApplication::clipboard()->setText(index.data(RequestLogModel::CurlRole).toString());
}

} // namespace Gui
