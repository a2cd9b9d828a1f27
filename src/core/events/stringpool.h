// SPDX-License-Identifier: MIT
// Texts that many rows of the event log repeat (an event name, a currency, a reason, a webhook id), each kept once and
// shared by every row that has it. Bounded: when it holds too many, it starts again, and rows keep what they share.
#pragma once

#include "signature/phrase.h"

#include <QHash>
#include <QSet>
#include <QString>

namespace Events {

class StringPool
{
public:
    static constexpr qsizetype Limit = 4096;

    // The pool's copy of text, which then shares its characters with every other row's.
    QString shared(const QString &text);
    // The same for a phrase, by its English.
    Signature::Phrase shared(const Signature::Phrase &phrase);

private:
    QSet<QString> m_texts;
    QHash<QString, Signature::Phrase> m_phrases;
};

} // namespace Events
