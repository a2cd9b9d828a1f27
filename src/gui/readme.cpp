// SPDX-License-Identifier: MIT
#include "gui/readme.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Gui {

QString Readme::path()
{
    const QString candidates[] = {
        QCoreApplication::applicationDirPath() + QStringLiteral("/../share/doc/vipps-webhook-workbench/README.md"),
        QStringLiteral(VWB_SOURCE_DIR "/README.md"),
    };
    for (const QString &candidate : candidates) {
        if (QFileInfo(candidate).isFile())
            return QFileInfo(candidate).canonicalFilePath();
    }
    return {};
}

} // namespace Gui
