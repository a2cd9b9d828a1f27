// SPDX-License-Identifier: MIT
#include "gui/environmentlooks.h"

#include <QWidget>

namespace Gui {

QString EnvironmentLooks::name(Credentials::Environment environment)
{
    switch (environment) {
    case Credentials::Environment::Simulator: return tr("local simulator");
    case Credentials::Environment::Test: return tr("test");
    case Credentials::Environment::Production: return tr("PRODUCTION");
    case Credentials::Environment::Custom: return tr("custom address");
    }
    return {};
}

QColor EnvironmentLooks::productionColor()
{
    return QColor(0xb7, 0x1c, 0x1c);
}

void EnvironmentLooks::apply(QWidget *widget, Credentials::Environment environment)
{
    const bool production = environment == Credentials::Environment::Production;
    QPalette palette = widget->parentWidget() ? widget->parentWidget()->palette() : QPalette();
    if (production) {
        palette.setColor(QPalette::Window, productionColor());
        palette.setColor(QPalette::WindowText, Qt::white);
    }
    widget->setPalette(palette);
    widget->setAutoFillBackground(production);
    QFont font = widget->font();
    font.setBold(production);
    widget->setFont(font);
}

} // namespace Gui
