// SPDX-License-Identifier: MIT
#include "cli/qtmessages.h"

#include "base/visibletext.h"

#include <QByteArray>
#include <QString>

#include <cstdio>
#include <cstring>

namespace Cli::QtMessages {

namespace {
bool g_debug = false;

void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (!shown(type, context.category, g_debug))
        return;
    const QByteArray line = "vipps-hooks: " + Base::visibleUtf8(message.toUtf8()) + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}
} // namespace

bool shown(QtMsgType type, const char *category, bool debug)
{
    if (debug || type == QtCriticalMsg || type == QtFatalMsg)
        return true;
    return category != nullptr && std::strncmp(category, "vwb.", 4) == 0;
}

void install()
{
    g_debug = !qEnvironmentVariableIsEmpty(DebugVariable);
    qInstallMessageHandler(handle);
}

} // namespace Cli::QtMessages
