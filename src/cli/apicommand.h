// SPDX-License-Identifier: MIT
// Base of the commands that call a Vipps API: the common options, positional arguments, --curl, and one
// asynchronous call inside the event loop.
#pragma once

#include "base/fielderror.h"
#include "cli/apioptions.h"
#include "cli/command.h"

#include <QList>

#include <optional>

namespace Api {
class ApiClient;
struct ApiRequest;
} // namespace Api

namespace Cli {

class ApiSession;

class ApiCommand : public Command
{
public:
    int run(const QStringList &arguments, CliContext &context) final;

protected:
    struct Positional
    {
        QString name; // "REF"
        QString description;
    };

    // The first lines of --help; the common credentials text follows.
    virtual QString description() const { return summary(); }
    virtual QList<Positional> positionals() const { return {}; }
    virtual void addOptions(QCommandLineParser &parser) const { Q_UNUSED(parser) }
    virtual ApiOptions::MsnRule msnRule() const { return ApiOptions::MsnRule::Required; }
    // Reads the command's own options and positional arguments (in order). An exit code stops the command
    // (the message is already printed); input that breaks the API's rules is refused here, before sending.
    virtual std::optional<int> prepare(const QCommandLineParser &parser, const QStringList &arguments,
                                       CliContext &context);
    // Checks that need the client's configuration (e.g. https for Vipps' servers); run before --curl too.
    virtual Base::FieldErrors check(Api::ApiClient &client) const;
    // What --curl prints.
    virtual Api::ApiRequest curlRequest(const Api::ApiClient &client) const = 0;
    // Makes the call; its callback ends with session.finish() or session.fail().
    virtual void start(ApiSession &session) = 0;

    // Prints "field: message" lines as a usage error; returns 2.
    int refuse(CliContext &context, const Base::FieldErrors &errors) const;

private:
    void startOrPrintCurl(ApiSession &session);
};

} // namespace Cli
