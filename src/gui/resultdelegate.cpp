// SPDX-License-Identifier: MIT
#include "gui/resultdelegate.h"

#include "events/eventlogmodel.h"
#include "signature/verification.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace Gui {

namespace {

constexpr int Margin = 4; // between the cell edge and the badge

int horizontalPadding(const QFontMetrics &metrics)
{
    return std::max(4, metrics.averageCharWidth());
}

QRect badgeRect(const QStyleOptionViewItem &option, const QString &text)
{
    const QFontMetrics &metrics = option.fontMetrics;
    const int height = std::max(0, std::min(option.rect.height() - 4, metrics.height() + 2));
    const int width = metrics.horizontalAdvance(text) + 2 * horizontalPadding(metrics);
    const int top = option.rect.top() + (option.rect.height() - height) / 2;
    return QRect(option.rect.left() + Margin, top, width, height);
}

void drawPill(QPainter *painter, const QRect &rect)
{
    const qreal radius = rect.height() / 2.0;
    painter->drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
}

} // namespace

ResultDelegate::ResultDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

QString ResultDelegate::label(int result)
{
    switch (result) {
    case int(Signature::Result::Valid): return tr("valid");
    case int(Signature::Result::Invalid): return tr("invalid");
    case int(Signature::Result::Stale): return tr("stale");
    case int(Signature::Result::Unsigned): return tr("unsigned");
    case int(Signature::Result::NoSecret): return tr("no secret");
    default: return tr("—", "not a delivery, so no verification result");
    }
}

QString ResultDelegate::duplicateLabel()
{
    return tr("duplicate");
}

QColor ResultDelegate::badgeColor(int result)
{
    // Saturated enough to tell apart, dark enough for white text (contrast 4.5:1 or better) on any base.
    switch (result) {
    case int(Signature::Result::Valid): return QColor(0x1b, 0x7a, 0x3a);
    case int(Signature::Result::Invalid): return QColor(0xc0, 0x2b, 0x2b);
    case int(Signature::Result::Stale): return QColor(0x9a, 0x58, 0x00);
    case int(Signature::Result::Unsigned):
    case int(Signature::Result::NoSecret): return QColor(0x5f, 0x66, 0x70);
    default: return {};
    }
}

int ResultDelegate::columnWidth(const QFontMetrics &metrics)
{
    int widest = metrics.horizontalAdvance(duplicateLabel());
    for (int result = int(Signature::Result::Valid); result <= int(Signature::Result::NoSecret); ++result)
        widest = std::max(widest, metrics.horizontalAdvance(label(result)));
    return widest + 2 * horizontalPadding(metrics) + 3 * Margin;
}

void ResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    background.icon = {};
    const QStyle *style = background.widget ? background.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, background.widget);

    painter->save();
    painter->setClipRect(option.rect);
    painter->setRenderHint(QPainter::Antialiasing);
    if (index.column() == Events::EventLogModel::Duplicate) {
        if (index.data(Events::EventLogModel::DuplicateRole).toBool())
            paintDuplicate(painter, background);
    } else {
        const QVariant result = index.data(Events::EventLogModel::ResultRole);
        paintResult(painter, background, result.isValid() ? result.toInt() : -1);
    }
    painter->restore();
}

void ResultDelegate::paintResult(QPainter *painter, const QStyleOptionViewItem &option, int result) const
{
    const QString text = label(result);
    const QRect rect = badgeRect(option, text);
    const QColor fill = badgeColor(result);
    if (!fill.isValid()) {
        painter->setPen(option.palette.color(QPalette::PlaceholderText));
        painter->drawText(rect, Qt::AlignCenter, text);
        return;
    }
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    drawPill(painter, rect);
    painter->setPen(Qt::white);
    painter->drawText(rect, Qt::AlignCenter, text);
}

void ResultDelegate::paintDuplicate(QPainter *painter, const QStyleOptionViewItem &option) const
{
    const QString text = duplicateLabel();
    const QRect rect = badgeRect(option, text);
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QColor ink = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    painter->setPen(QPen(ink, 1));
    painter->setBrush(Qt::NoBrush);
    drawPill(painter, rect);
    painter->drawText(rect, Qt::AlignCenter, text);
}

QSize ResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width(), columnWidth(option.fontMetrics)));
    return size;
}

} // namespace Gui
