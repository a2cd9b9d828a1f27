// SPDX-License-Identifier: MIT
#include "cli/eventsuggestions.h"

#include "api/eventcatalog.h"

#include <QList>

#include <algorithm>
#include <utility>

namespace Cli {

// Levenshtein distance with one row of memory.
int EventSuggestions::distance(const QString &a, const QString &b)
{
    QList<int> row(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row.at(0);
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row.at(j);
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            row[j] = std::min({above + 1, row.at(j - 1) + 1, diagonal + cost});
            diagonal = above;
        }
    }
    return row.at(b.size());
}

QStringList EventSuggestions::closeTo(const QString &input, const Api::EventCatalog &catalog)
{
    const QString wanted = input.trimmed().toLower();
    if (wanted.isEmpty())
        return {};
    QList<std::pair<int, QString>> scored; // lower score = better
    const QString byName = catalog.typeForPaymentEventName(wanted);
    if (!byName.isEmpty())
        scored.append({-1, byName});
    for (const Api::EventType &type : catalog.all()) {
        const QString candidate = type.type.toLower();
        const int typos = distance(wanted, candidate);
        if (typos <= std::max<qsizetype>(2, candidate.size() / 5))
            scored.append({typos, type.type});
        else if (wanted.size() >= 4 && candidate.contains(wanted))
            scored.append({int(candidate.size() - wanted.size()), type.type});
    }
    std::stable_sort(scored.begin(), scored.end(),
                     [](const auto &left, const auto &right) { return left.first < right.first; });
    QStringList suggestions;
    for (const auto &[score, type] : std::as_const(scored)) {
        if (!suggestions.contains(type) && suggestions.size() < MaxSuggestions)
            suggestions.append(type);
    }
    return suggestions;
}

} // namespace Cli
