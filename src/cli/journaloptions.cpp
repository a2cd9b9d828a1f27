// SPDX-License-Identifier: MIT
#include "cli/journaloptions.h"
#include "cli/wholenumber.h"

#include <QCommandLineParser>

#include <algorithm>

namespace Cli {

namespace {
const QString MaxSize = QStringLiteral("journal-max-size");
const QString Keep = QStringLiteral("journal-keep");
const QString Sync = QStringLiteral("sync");
constexpr qint64 LargestSize = qint64(1) << 50;
constexpr int MostKept = 1000;
} // namespace

void JournalOptions::add(QCommandLineParser &parser)
{
    parser.addOptions({
        {MaxSize,
         tr("Start a new journal file before one grows past SIZE: bytes, or with K, M, G (default 256M; 0 = never)."),
         QStringLiteral("SIZE")},
        {Keep, tr("Journal files kept besides the one written: FILE.1.jsonl (newest) to FILE.N.jsonl (default 4)."),
         QStringLiteral("N")},
        {Sync, tr("Answer only once the entry is on disk (fdatasync): survives a power cut, costs a sync per "
                  "burst of deliveries.")},
    });
}

bool JournalOptions::parseSize(const QString &text, qint64 *bytes)
{
    QStringView digits(text);
    qint64 unit = 1;
    const QChar suffix = digits.isEmpty() ? QChar() : digits.back().toUpper();
    if (suffix == QLatin1Char('K') || suffix == QLatin1Char('M') || suffix == QLatin1Char('G')) {
        unit = qint64(1) << (suffix == QLatin1Char('K') ? 10 : suffix == QLatin1Char('M') ? 20 : 30);
        digits.chop(1);
    }
    if (digits.isEmpty() || digits.size() > 16 ||
        !std::all_of(digits.begin(), digits.end(), [](QChar c) { return c.isDigit() && c.unicode() < 0x80; }))
        return false;
    const qint64 number = digits.toLongLong();
    if (number > LargestSize / unit)
        return false;
    *bytes = number * unit;
    return true;
}

bool JournalOptions::load(const QCommandLineParser &parser, bool noJournal, Journal::Options *options, QString *error)
{
    if (noJournal && (parser.isSet(MaxSize) || parser.isSet(Keep) || parser.isSet(Sync))) {
        *error = tr("--journal-max-size, --journal-keep and --sync apply to the journal; leave out --no-journal.");
        return false;
    }
    options->sync = parser.isSet(Sync);
    if (parser.isSet(MaxSize) && !parseSize(parser.value(MaxSize), &options->maxFileBytes)) {
        *error = tr("--journal-max-size must be a size such as 268435456, 512K, 256M or 1G (0 = never start a new "
                    "file).");
        return false;
    }
    if (parser.isSet(Keep)) {
        const std::optional<qint64> keep = WholeNumber::parse(parser.value(Keep), 1, MostKept);
        if (!keep) {
            *error = tr("--journal-keep must be a whole number from 1 to %1.").arg(MostKept);
            return false;
        }
        options->keepFiles = int(*keep);
    }
    return true;
}

} // namespace Cli
