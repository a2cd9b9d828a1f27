// SPDX-License-Identifier: MIT
#include "gui/focusring.h"

#include <QAbstractItemView>

namespace Gui {

void FocusRing::applyTo(QAbstractItemView *view)
{
    // The same two pixels around the view either way, so nothing inside it moves when the focus comes or goes:
    // a thin line and a pixel of padding without the focus, a highlight-coloured ring with it.
    view->setStyleSheet(
        QStringLiteral("QAbstractItemView { border: 1px solid palette(mid); padding: 1px; }"
                       "QAbstractItemView:focus { border: 2px solid palette(highlight); padding: 0px; }"));
}

} // namespace Gui
