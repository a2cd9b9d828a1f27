// SPDX-License-Identifier: MIT
#include "cli/exportcommand.h"

#include "cli/clicontext.h"
#include "cli/commandparser.h"
#include "cli/listenconfig.h"
#include "events/exportfile.h"
#include "journal/cursor.h"

#include <QCommandLineParser>
#include <QDir>

namespace Cli {

namespace {

// Where the entries go: --output through ExportFile (atomic, 0600), else standard output.
class Destination
{
public:
    Destination(const QString &output, Events::ExportFormat format, QIODevice *standardOutput)
    {
        if (output.isEmpty())
            m_writer = std::make_unique<Events::ExportWriter>(standardOutput, format);
        else
            m_file = std::make_unique<Events::ExportFile>(output, format);
    }

    bool open() { return !m_file || m_file->open(); }
    bool write(const Journal::Entry &entry) { return m_file ? m_file->write(entry) : m_writer->write(entry); }
    bool finish() { return m_file ? m_file->commit() : m_writer->finish(); }
    void cancel()
    {
        if (m_file)
            m_file->cancel();
    }
    QString errorString() const { return m_file ? m_file->errorString() : m_writer->errorString(); }

private:
    std::unique_ptr<Events::ExportFile> m_file;
    std::unique_ptr<Events::ExportWriter> m_writer;
};

// Every entry of the journal, read as a stream and written one by one: memory stays bounded by one entry.
bool exportEach(Journal::Cursor &cursor, Destination &destination, QString *error)
{
    while (const std::optional<Journal::Entry> entry = cursor.next()) {
        if (!destination.write(*entry)) {
            *error = destination.errorString();
            return false;
        }
    }
    *error = cursor.errorMessage();
    return cursor.ok();
}

} // namespace

QString ExportCommand::summary() const
{
    return tr("Write journal entries as HAR 1.2 or JSON Lines, without bearer tokens, keys or cookies.");
}

void ExportCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("journal"),
         tr("The journal to read, with the files rotated from it (default: %1).")
             .arg(QDir::toNativeSeparators(ListenConfig::defaultJournalPath())),
         QStringLiteral("FILE")},
        {QStringLiteral("seq"), tr("An entry to export (repeatable, written in the order given; default: all)."),
         QStringLiteral("N")},
        {QStringLiteral("format"),
         tr("har (HAR 1.2, for browsers' and proxies' HAR viewers) or jsonl (one journal line per entry)."),
         QStringLiteral("har|jsonl")},
        {QStringLiteral("output"), tr("Write to FILE (whole or not at all, readable by you only) instead of stdout."),
         QStringLiteral("FILE")},
    });
}

bool ExportCommand::loadSeqs(const QCommandLineParser &parser, Config *config, QString *error)
{
    for (const QString &text : parser.values(QStringLiteral("seq"))) {
        bool ok = false;
        const qint64 seq = text.toLongLong(&ok);
        if (!ok || seq <= 0) {
            *error = tr("--seq must be a positive journal sequence number, not '%1'.").arg(text);
            return false;
        }
        if (!config->seqs.contains(seq))
            config->seqs.append(seq);
    }
    return true;
}

bool ExportCommand::loadConfig(const QCommandLineParser &parser, Config *config, QString *error)
{
    const std::optional<Events::ExportFormat> format =
        Events::ExportWriter::formatNamed(parser.value(QStringLiteral("format")));
    if (!format) {
        *error = tr("--format must be har or jsonl.");
        return false;
    }
    config->format = *format;
    config->journal = parser.value(QStringLiteral("journal"));
    if (config->journal.isEmpty())
        config->journal = ListenConfig::defaultJournalPath();
    config->output = parser.value(QStringLiteral("output"));
    if (config->output == QLatin1String("-"))
        config->output.clear();
    return loadSeqs(parser, config, error);
}

bool ExportCommand::selected(const Config &config, QList<Journal::Entry> *entries, QString *error)
{
    for (const qint64 seq : config.seqs) {
        Journal::Cursor cursor(config.journal);
        std::optional<Journal::Entry> entry = cursor.find(seq);
        if (!cursor.ok()) {
            *error = cursor.errorMessage();
            return false;
        }
        if (!entry) {
            *error =
                tr("the journal %1 has no entry with seq %2.").arg(QDir::toNativeSeparators(config.journal)).arg(seq);
            return false;
        }
        entries->append(std::move(*entry));
    }
    return true;
}

int ExportCommand::run(const QStringList &arguments, CliContext &context)
{
    CommandParser parser(name(), summary() + QLatin1Char('\n') +
                                     tr("Exit status: 0 written, 2 usage error (an unknown seq, a journal that cannot "
                                        "be read, an output that cannot be written)."));
    addOptions(parser.options());
    if (const std::optional<int> stop = parser.parse(arguments, context))
        return *stop;
    Config config;
    QString error;
    if (!loadConfig(parser.options(), &config, &error))
        return context.usageError(name(), error);
    QList<Journal::Entry> entries;
    if (!config.seqs.isEmpty() && !selected(config, &entries, &error))
        return context.usageError(name(), error);

    context.out().flush();
    Destination destination(config.output, config.format, &context.outDevice());
    bool written = destination.open();
    int notEntries = 0;
    if (written && config.seqs.isEmpty()) {
        Journal::Cursor cursor(config.journal);
        written = exportEach(cursor, destination, &error);
        notEntries = cursor.skippedLines() + (cursor.tornTail() ? 1 : 0);
    }
    for (qsizetype i = 0; written && i < entries.size(); ++i)
        written = destination.write(entries.at(i));
    if (written && destination.finish()) {
        if (notEntries > 0)
            context.err() << tr("%n line(s) of the journal were not entries and were left out.", nullptr, notEntries)
                          << '\n';
        return ExitOk;
    }
    destination.cancel();
    return context.usageError(name(), error.isEmpty() ? destination.errorString() : error);
}

} // namespace Cli
