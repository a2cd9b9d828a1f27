// SPDX-License-Identifier: MIT
#include "gui/eventlogpanel.h"

namespace Gui {

EventLogPanel::EventLogPanel(QWidget *parent) : QWidget(parent) {}

} // namespace Gui
