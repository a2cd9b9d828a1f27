// SPDX-License-Identifier: MIT
#include "gui/mainwindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("vipps-workbench"));
    QApplication::setOrganizationName(QStringLiteral("VippsWebhookWorkbench"));
    QApplication::setApplicationVersion(QStringLiteral(VWB_VERSION));
    Gui::MainWindow window;
    window.show();
    return app.exec();
}
