// SPDX-License-Identifier: MIT
#include "cli/replayconfig.h"

#include "cli/commandparser.h"
#include "cli/listenconfig.h"
#include "cli/sendconfig.h"
#include "cli/wholenumber.h"

#include <QCommandLineParser>
#include <QFile>

#include <limits>

namespace Cli {

void ReplayConfig::addOptions(CommandParser &parser)
{
    parser.addPositional(QStringLiteral("SEQ"), tr("The journal entry to send again (its \"seq\")."),
                         tr("missing SEQ: the number of the journal entry to send again."));
    parser.options().addOptions({
        {QStringLiteral("journal"),
         tr("The journal to read (default: listen's, %1).").arg(ListenConfig::defaultJournalPath()),
         QStringLiteral("FILE")},
        {QStringLiteral("to"),
         tr("Your handler's URL. Without a path (http://localhost:3000) the entry's own path and query are used."),
         QStringLiteral("URL")},
        {QStringLiteral("resign"), tr("Sign it afresh for the --to URL with a new x-ms-date, as 'send' does.")},
        {QStringLiteral("secret"),
         tr("The webhook secret to sign with (with --resign). Also VIPPS_WEBHOOK_SECRET (safer: other users can see "
            "flags in 'ps')."),
         QStringLiteral("S")},
        {QStringLiteral("body-file"),
         tr("Send this file's bytes as the body ('-' for standard input); needs --resign."), QStringLiteral("FILE")},
        {QStringLiteral("json"), tr("Print one JSON object instead of text.")},
    });
}

bool ReplayConfig::load(const QCommandLineParser &parser, const QString &seqText, QString *error)
{
    const std::optional<qint64> number =
        WholeNumber::parse(seqText, 1, std::numeric_limits<qint64>::max()); // strictly (docs/architecture.md §6)
    seq = number.value_or(0);
    if (!number) {
        *error = tr("SEQ must be a positive journal sequence number, e.g. 42.");
        return false;
    }
    journalPath = parser.isSet(QStringLiteral("journal")) ? parser.value(QStringLiteral("journal"))
                                                          : ListenConfig::defaultJournalPath();
    json = parser.isSet(QStringLiteral("json"));
    return SendConfig::readHandlerUrl(parser, &to, error) && loadSigning(parser, error) && readBodyFile(error);
}

bool ReplayConfig::loadSigning(const QCommandLineParser &parser, QString *error)
{
    const bool resign = parser.isSet(QStringLiteral("resign"));
    bodyFile = parser.value(QStringLiteral("body-file"));
    if (parser.isSet(QStringLiteral("body-file")) && !resign) {
        *error = tr("--body-file needs --resign: a changed body no longer matches the signature it came with.");
        return false;
    }
    if (parser.isSet(QStringLiteral("secret")) && !resign) {
        *error = tr("--secret signs the replay: add --resign, or leave --secret out to send it as received.");
        return false;
    }
    if (!resign)
        return true;
    mode = parser.isSet(QStringLiteral("body-file")) ? Events::Replay::Mode::Edited : Events::Replay::Mode::Resigned;
    secret = SendConfig::readSecret(parser);
    if (secret.isEmpty()) {
        *error = tr("--resign needs --secret (or VIPPS_WEBHOOK_SECRET): the secret your handler verifies with.");
        return false;
    }
    return true;
}

bool ReplayConfig::readBodyFile(QString *error)
{
    if (mode != Events::Replay::Mode::Edited)
        return true;
    QFile file;
    const bool opened = bodyFile == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                       : (file.setFileName(bodyFile), file.open(QIODevice::ReadOnly));
    const QByteArray bytes = opened ? file.read(MaxBodyFileBytes + 1) : QByteArray();
    if (!opened || file.error() != QFileDevice::NoError) {
        *error = tr("cannot read %1: %2").arg(bodyFile, file.errorString());
        return false;
    }
    if (bytes.size() > MaxBodyFileBytes) {
        *error = tr("%1 is larger than %2 MiB.").arg(bodyFile).arg(MaxBodyFileBytes / (1024 * 1024));
        return false;
    }
    body = bytes;
    return true;
}

} // namespace Cli
