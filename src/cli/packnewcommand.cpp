// SPDX-License-Identifier: MIT
#include "cli/packnewcommand.h"

#include "cli/clicontext.h"
#include "cli/commandparser.h"
#include "cli/listenconfig.h"
#include "cli/wholenumber.h"
#include "events/packfile.h"

#include <QCommandLineParser>
#include <QDir>

#include <limits>

namespace Cli {

QString PackNewCommand::summary() const
{
    return tr("Make a test pack of journal entries, some of them broken on purpose.");
}

QString PackNewCommand::kindNames(bool brokenOnly)
{
    QStringList names;
    for (const Events::PackStep::Kind kind : Events::PackStep::kinds()) {
        if (!brokenOnly || kind != Events::PackStep::Kind::Valid)
            names.append(Events::PackStep::kindName(kind));
    }
    return names.join(QLatin1String(", "));
}

bool PackNewCommand::readChoice(const QString &text, Events::PackStep::Kind kind, Events::PackChoice *choice)
{
    const std::optional<qint64> seq = WholeNumber::parse(text, 1, std::numeric_limits<qint64>::max());
    choice->kind = kind;
    choice->seq = seq.value_or(0);
    return seq.has_value();
}

bool PackNewCommand::readChoices(const QCommandLineParser &parser, QList<Events::PackChoice> *choices, QString *error)
{
    const QStringList seqs = parser.values(QStringLiteral("seq"));
    const QStringList broken = parser.values(QStringLiteral("broken"));
    qsizetype nextSeq = 0;
    qsizetype nextBroken = 0;
    for (const QString &option : parser.optionNames()) { // in the order given, repeats included
        Events::PackChoice choice;
        if (option == QLatin1String("seq") &&
            !readChoice(seqs.value(nextSeq++), Events::PackStep::Kind::Valid, &choice)) {
            *error = tr("--seq must be a positive journal sequence number, e.g. 42.");
            return false;
        }
        if (option == QLatin1String("broken")) {
            const QString text = broken.value(nextBroken++);
            const std::optional<Events::PackStep::Kind> kind =
                Events::PackStep::kindFromName(text.section(QLatin1Char(':'), 0, 0).trimmed());
            if (!kind || *kind == Events::PackStep::Kind::Valid ||
                !readChoice(text.section(QLatin1Char(':'), 1), *kind, &choice)) {
                *error = tr("--broken must be KIND:SEQ, KIND one of %1, e.g. tampered:42.").arg(kindNames(true));
                return false;
            }
        }
        if (option == QLatin1String("seq") || option == QLatin1String("broken"))
            choices->append(choice);
    }
    if (choices->isEmpty()) {
        *error = tr("--seq is required: the journal entries the pack sends, in order.");
        return false;
    }
    return true;
}

int PackNewCommand::run(const QStringList &arguments, CliContext &context)
{
    CommandParser parser(name(), summary() + QLatin1Char('\n') +
                                     tr("Steps are sent in the order --seq and --broken are given. Kinds: %1.\n"
                                        "Exit status: 0 written, 2 usage error (also an unknown SEQ or no journal).")
                                         .arg(kindNames(false)));
    parser.options().addOptions({
        {QStringLiteral("journal"),
         tr("The journal to read (default: listen's, %1).").arg(ListenConfig::defaultJournalPath()),
         QStringLiteral("FILE")},
        {QStringLiteral("seq"), tr("A journal entry to send as it is: a valid delivery (repeatable)."),
         QStringLiteral("N")},
        {QStringLiteral("broken"),
         tr("A journal entry sent broken on purpose (repeatable): tampered, wrong-secret, stale, duplicate (a repeat "
            "of an earlier step) or out-of-order (before a later step's earlier event), e.g. tampered:42."),
         QStringLiteral("KIND:N")},
        {QStringLiteral("output"), tr("Write the pack to FILE (default: standard output)."), QStringLiteral("FILE")},
    });
    if (const std::optional<int> stop = parser.parse(arguments, context))
        return *stop;
    QList<Events::PackChoice> choices;
    QString error;
    if (!readChoices(parser.options(), &choices, &error))
        return context.usageError(name(), error);
    const QString journal = parser.options().isSet(QStringLiteral("journal"))
                                ? parser.options().value(QStringLiteral("journal"))
                                : ListenConfig::defaultJournalPath();
    const std::optional<Events::TestPack> pack = Events::PackBuilder::fromJournal(journal, choices, &error);
    if (!pack)
        return context.usageError(name(), error);

    const QString output = parser.options().value(QStringLiteral("output"));
    if (output.isEmpty() || output == QLatin1String("-")) {
        context.outDevice().write(pack->toJson());
        context.out().flush();
        return ExitOk;
    }
    if (!Events::PackFile::write(output, *pack, &error))
        return context.usageError(name(), error);
    QStringList steps;
    for (const Events::PackStep &step : pack->steps)
        steps.append(QStringLiteral("%1 #%2").arg(Events::PackStep::kindName(step.kind)).arg(step.seq));
    context.out() << tr("Wrote %1 steps to %2: %3.")
                         .arg(pack->steps.size())
                         .arg(QDir::toNativeSeparators(output), steps.join(QLatin1String(", ")))
                  << '\n';
    context.out().flush();
    return ExitOk;
}

} // namespace Cli
