// SPDX-License-Identifier: MIT
#include "gui/resultdelegate.h"

namespace Gui {

ResultDelegate::ResultDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

} // namespace Gui
