// SPDX-License-Identifier: MIT
// (being written)
#pragma once

#include <QStyledItemDelegate>

namespace Gui {

class ResultDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ResultDelegate(QObject *parent = nullptr);
};

} // namespace Gui
