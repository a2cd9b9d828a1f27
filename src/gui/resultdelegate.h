// SPDX-License-Identifier: MIT
// Paints the event log's Verification column as a coloured badge and its Duplicate column as an outlined one.
#pragma once

#include <QColor>
#include <QStyledItemDelegate>

class QFontMetrics;

namespace Gui {

class ResultDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ResultDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // For a ResultRole value (Signature::Result as int, -1 for a request that was not a delivery).
    static QString label(int result);
    static QString duplicateLabel();
    // A solid fill that carries white text on light and dark bases alike; invalid for -1.
    static QColor badgeColor(int result);
    // Wide enough for the longest badge, duplicate included.
    static int columnWidth(const QFontMetrics &metrics);

private:
    void paintResult(QPainter *painter, const QStyleOptionViewItem &option, int result) const;
    void paintDuplicate(QPainter *painter, const QStyleOptionViewItem &option) const;
};

} // namespace Gui
