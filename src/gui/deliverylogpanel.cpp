// SPDX-License-Identifier: MIT
#include "gui/deliverylogpanel.h"

#include "ui_deliverylogpanel.h"
#include "workbench/deliverylogmodel.h"

#include <QHeaderView>

namespace Gui {

using Workbench::DeliveryLogModel;

DeliveryLogPanel::DeliveryLogPanel(DeliveryLogModel *model, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::DeliveryLogPanel>()), m_model(model)
{
    m_ui->setupUi(this);
    QTableView *view = m_ui->deliveryView;
    view->setModel(model);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView *header = view->horizontalHeader();
    header->setStretchLastSection(true);
    const QFontMetrics metrics = fontMetrics();
    header->resizeSection(DeliveryLogModel::Time, metrics.horizontalAdvance(QStringLiteral("00:00:00MM")));
    header->resizeSection(DeliveryLogModel::Event,
                          metrics.horizontalAdvance(QStringLiteral("epayments.payment.authorized.v1M")));
    header->resizeSection(DeliveryLogModel::Url,
                          metrics.horizontalAdvance(QStringLiteral("http://127.0.0.1:8780/hooks/vippsMM")));
    header->resizeSection(DeliveryLogModel::Attempt, metrics.horizontalAdvance(QStringLiteral("AttemptMM")));
    header->resizeSection(DeliveryLogModel::Result,
                          metrics.horizontalAdvance(QStringLiteral("Connection refusedMMMMMMMM")));
    view->setFocusPolicy(Qt::StrongFocus);
    setFocusProxy(view);
    m_ui->hintLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->hintLabel->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_ui->hintLabel->setText(tr("No deliveries yet. Each webhook the simulator in this app sends, and every retry of "
                                "one that failed, appears here."));

    connect(m_ui->clearButton, &QPushButton::clicked, model, &DeliveryLogModel::clear);
    connect(model, &QAbstractItemModel::rowsInserted, view, &QTableView::scrollToBottom);
    connect(model, &QAbstractItemModel::rowsInserted, this, &DeliveryLogPanel::updateHint);
    connect(model, &QAbstractItemModel::modelReset, this, &DeliveryLogPanel::updateHint);
    updateHint();
}

DeliveryLogPanel::~DeliveryLogPanel() = default;

QString DeliveryLogPanel::title(int failed)
{
    return failed == 0 ? tr("Deliveries") : tr("Deliveries (%n failed)", "", failed);
}

void DeliveryLogPanel::updateHint()
{
    m_ui->hintLabel->setVisible(m_model->rowCount() == 0);
}

} // namespace Gui
