// SPDX-License-Identifier: MIT
#include "cli/verifycommand.h"

#include "cli/clicontext.h"
#include "cli/commandparser.h"
#include "cli/requestinput.h"
#include "cli/verifyreport.h"
#include "cli/wholenumber.h"
#include "signature/verifier.h"

#include <QCommandLineParser>
#include <QFile>

#include <limits>

namespace Cli {

namespace {
bool loadSkew(const QCommandLineParser &parser, int *skew)
{
    const std::optional<qint64> value =
        WholeNumber::parse(parser.value(QStringLiteral("max-clock-skew")), 0, std::numeric_limits<int>::max());
    if (!value)
        return false;
    *skew = int(*value);
    return true;
}
} // namespace

QString VerifyCommand::summary() const
{
    return tr("Explain step by step whether a captured delivery's signature is valid.");
}

void VerifyCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("secret"), tr("The webhook secret (repeatable). Also VIPPS_WEBHOOK_SECRET."),
         QStringLiteral("S")},
        {QStringLiteral("url"), tr("The URL registered with Vipps (gives host and path)."),
         QStringLiteral("REGISTERED_URL")},
        {QStringLiteral("request"), tr("File with the raw HTTP request, or a journal (JSON Lines). Default: stdin."),
         QStringLiteral("FILE")},
        {QStringLiteral("seq"), tr("Which journal entry to check (default: the last)."), QStringLiteral("N")},
        {QStringLiteral("max-clock-skew"),
         tr("Also fail when x-ms-date is further than this from the check time (default: not checked)."),
         QStringLiteral("SECONDS")},
        {QStringLiteral("json"), tr("Print the steps as one JSON object.")},
    });
}

// The --request file, or stdin; *path is empty for stdin.
bool VerifyCommand::openInput(const QCommandLineParser &parser, QFile *file, QString *path, QString *error)
{
    *path = parser.value(QStringLiteral("request"));
    if (*path == QLatin1String("-"))
        path->clear();
    const bool opened = path->isEmpty() ? file->open(stdin, QIODevice::ReadOnly)
                                        : (file->setFileName(*path), file->open(QIODevice::ReadOnly));
    if (!opened)
        *error = tr("cannot read %1: %2").arg(path->isEmpty() ? QStringLiteral("stdin") : *path, file->errorString());
    return opened;
}

bool VerifyCommand::loadConfig(const QCommandLineParser &parser, Config *config, QString *error)
{
    config->secrets = parser.values(QStringLiteral("secret"));
    if (!qEnvironmentVariableIsEmpty("VIPPS_WEBHOOK_SECRET"))
        config->secrets.append(qEnvironmentVariable("VIPPS_WEBHOOK_SECRET"));
    if (config->secrets.isEmpty()) {
        *error = tr("--secret is required (the secret from the register call).");
        return false;
    }
    config->url = QUrl::fromUserInput(parser.value(QStringLiteral("url")));
    if (!parser.isSet(QStringLiteral("url")) || !config->url.isValid() || config->url.host().isEmpty()) {
        *error = tr("--url must be the URL registered with Vipps, e.g. https://example.com/hooks/vipps.");
        return false;
    }
    if (parser.isSet(QStringLiteral("max-clock-skew")) && !loadSkew(parser, &config->maxClockSkew)) {
        *error = tr("--max-clock-skew must be a whole number of seconds.");
        return false;
    }
    if (parser.isSet(QStringLiteral("seq"))) {
        const std::optional<qint64> seq =
            WholeNumber::parse(parser.value(QStringLiteral("seq")), 1, std::numeric_limits<qint64>::max());
        config->seq = seq.value_or(0);
        if (!seq) {
            *error = tr("--seq must be a positive journal sequence number.");
            return false;
        }
    }
    config->json = parser.isSet(QStringLiteral("json"));
    return true;
}

Signature::Verification VerifyCommand::check(const Config &config, const Http::Request &request)
{
    Signature::Verifier verifier;
    for (qsizetype i = 0; i < config.secrets.size(); ++i)
        verifier.addSecret(Signature::Secret::numbered(int(i) + 1, config.secrets.at(i).toUtf8()));
    verifier.setRegisteredUrl(config.url);
    verifier.setMaxClockSkew(config.maxClockSkew);
    // A journal entry is checked at the time it arrived; a raw capture at the current time.
    const QDateTime checkTime = request.receivedAt.isValid() ? request.receivedAt : QDateTime::currentDateTimeUtc();
    return verifier.verify(request, checkTime);
}

int VerifyCommand::run(const QStringList &arguments, CliContext &context)
{
    CommandParser parser(name(),
                         summary() + QLatin1Char('\n') + tr("Exit status: 0 valid, 1 not valid, 2 usage error."));
    addOptions(parser.options());
    if (const std::optional<int> stop = parser.parse(arguments, context))
        return *stop;
    Config config;
    QFile input;
    QString path;
    QString error;
    if (!loadConfig(parser.options(), &config, &error) || !openInput(parser.options(), &input, &path, &error))
        return context.usageError(name(), error);
    const RequestInput::Loaded loaded = RequestInput::load(&input, path, config.seq);
    if (!loaded.error.isEmpty())
        return context.usageError(name(), loaded.error);

    const Signature::Verification verification = check(config, loaded.request);
    const VerifyReport::Context report{loaded.source, config.url.toString(), loaded.notes, config.maxClockSkew > 0};
    if (config.json)
        context.out() << VerifyReport::json(verification, report) << '\n';
    else
        context.out() << VerifyReport::text(verification, report);
    context.out().flush();
    return verification.result == Signature::Result::Valid ? ExitOk : ExitApiError;
}

} // namespace Cli
