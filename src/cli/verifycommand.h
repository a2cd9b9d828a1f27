// SPDX-License-Identifier: MIT
#pragma once

#include "cli/command.h"
#include "signature/verification.h"

#include <QUrl>

class QCommandLineParser;
class QFile;

namespace Http {
struct Request;
}

namespace Cli {

class VerifyCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("verify"); }
    QString summary() const override;
    int run(const QStringList &arguments, CliContext &context) override;

private:
    struct Config
    {
        QStringList secrets;
        QUrl url;
        int maxClockSkew = 0; // verify does not judge the age of a capture unless asked
        qint64 seq = 0;
        bool json = false;
    };

    static bool loadConfig(const QCommandLineParser &parser, Config *config, QString *error);
    static Signature::Verification check(const Config &config, const Http::Request &request);
    static void addOptions(QCommandLineParser &parser);
    static bool openInput(const QCommandLineParser &parser, QFile *file, QString *path, QString *error);
};

} // namespace Cli
