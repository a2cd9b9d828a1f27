// SPDX-License-Identifier: MIT
#include "events/packexpectation.h"

namespace Events {

bool PackExpectation::matches(int answered) const
{
    if (answered == 0)
        return false;
    return status != 0 ? answered == status : answered / 100 == statusClass;
}

QString PackExpectation::text() const
{
    return status != 0 ? QString::number(status) : QStringLiteral("%1xx").arg(statusClass);
}

std::optional<PackExpectation> PackExpectation::parse(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    const auto isDigit = [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); };
    if (trimmed.size() != 3 || trimmed.front() < QLatin1Char('1') || trimmed.front() > QLatin1Char('5'))
        return std::nullopt;
    if (trimmed.sliced(1).compare(QLatin1String("xx"), Qt::CaseInsensitive) == 0)
        return ofClass(trimmed.front().digitValue());
    if (!isDigit(trimmed.at(1)) || !isDigit(trimmed.at(2)))
        return std::nullopt;
    return exactly(trimmed.toInt());
}

} // namespace Events
