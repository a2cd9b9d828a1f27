// SPDX-License-Identifier: MIT
#include "cli/packruncommand.h"

#include "cli/clicontext.h"
#include "cli/commandparser.h"
#include "cli/packreport.h"
#include "cli/sendconfig.h"
#include "cli/sendreport.h"
#include "events/packfile.h"
#include "events/packrunner.h"
#include "http/boundedreply.h"

#include <QCommandLineParser>
#include <QEventLoop>

namespace Cli {

QString PackRunCommand::summary() const
{
    return tr("Run a test pack against your handler: a pass/fail line per step, then a summary.");
}

int PackRunCommand::run(const QStringList &arguments, CliContext &context)
{
    CommandParser parser(name(), summary() + QLatin1Char('\n') +
                                     tr("A valid step passes on a 2xx within 10 s, a tampered, wrong-secret or stale "
                                        "one on a 4xx, a duplicate or out-of-order one on a 2xx, unless the step's "
                                        "\"expect\" says otherwise.\nExit status: 0 every step passed, 1 a step "
                                        "failed, 2 usage error, 3 the handler could not be reached at all."));
    parser.addPositional(QStringLiteral("FILE"), tr("The test pack (JSON), as 'pack new' writes it."),
                         tr("missing FILE: the test pack to run."));
    parser.options().addOptions({
        {QStringLiteral("to"),
         tr("Your handler's URL. Without a path (http://localhost:3000) each step's own path is used."),
         QStringLiteral("URL")},
        {QStringLiteral("secret"),
         tr("The webhook secret your handler verifies with; every step is signed with it (but the wrong-secret "
            "ones). Also VIPPS_WEBHOOK_SECRET (safer: other users can see flags in 'ps')."),
         QStringLiteral("S")},
        {QStringLiteral("json"), tr("Print one JSON object instead of lines.")},
    });
    if (const std::optional<int> stop = parser.parse(arguments, context))
        return *stop;
    const QString path = parser.positionalArguments().constFirst();
    QUrl to;
    QString error;
    if (!SendConfig::readHandlerUrl(parser.options(), &to, &error))
        return context.usageError(name(), error);
    const QByteArray secret = SendConfig::readSecret(parser.options());
    if (secret.isEmpty())
        return context.usageError(
            name(), tr("--secret (or VIPPS_WEBHOOK_SECRET) is required: the secret your handler verifies with."));
    const std::optional<Events::TestPack> pack = Events::PackFile::read(path, &error);
    if (!pack)
        return context.usageError(name(), error);

    PackReport report(path, to, parser.options().isSet(QStringLiteral("json")));
    Events::PackRunner runner;
    Events::PackSummary summary;
    QString failure;
    QEventLoop loop;
    QObject::connect(&runner, &Events::PackRunner::stepFinished, &loop, [&](const Events::PackStepResult &result) {
        report.step(context.out(), result, int(pack->steps.size()));
        failure = SendReport::failure(result.answer, result.sent.url, Http::BoundedReply::DefaultDeadlineMs / 1000);
    });
    QObject::connect(&runner, &Events::PackRunner::finished, &loop, [&](const Events::PackSummary &finished) {
        summary = finished;
        loop.quit();
    });
    runner.start(*pack, to, secret);
    loop.exec();
    report.finish(context.out(), context.err(), summary, failure);
    if (summary.unreachable)
        return ExitNetwork;
    return summary.allPassed() ? ExitOk : ExitApiError;
}

} // namespace Cli
