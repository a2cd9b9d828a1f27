// SPDX-License-Identifier: MIT
#include "gui/inspectorpanel.h"

namespace Gui {

InspectorPanel::InspectorPanel(QWidget *parent) : QWidget(parent) {}

} // namespace Gui
