// SPDX-License-Identifier: MIT
#include "signature/verification.h"

#include <array>
#include <utility>

namespace Signature {

namespace {

// docs/architecture.md §3 "Verification results": the journal and CLI spelling of each result.
constexpr std::array<std::pair<Result, const char *>, 5> kNames{{
    {Result::Valid, "valid"},
    {Result::Invalid, "invalid"},
    {Result::Stale, "stale"},
    {Result::Unsigned, "unsigned"},
    {Result::NoSecret, "no-secret"},
}};

} // namespace

QString resultName(Result result)
{
    for (const auto &[value, name] : kNames) {
        if (value == result)
            return QString::fromLatin1(name);
    }
    return {};
}

bool resultFromName(const QString &name, Result *result)
{
    for (const auto &[value, spelling] : kNames) {
        if (name == QLatin1String(spelling)) {
            if (result)
                *result = value;
            return true;
        }
    }
    return false;
}

void Verification::setReason(const Phrase &phrase)
{
    reason = phrase.english();
    reasonPhrase = phrase;
}

QString Verification::translatedReason() const
{
    return reasonPhrase.isEmpty() ? reason : reasonPhrase.translated();
}

} // namespace Signature
