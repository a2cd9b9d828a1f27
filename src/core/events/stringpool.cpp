// SPDX-License-Identifier: MIT
#include "events/stringpool.h"

namespace Events {

QString StringPool::shared(const QString &text)
{
    if (text.isEmpty())
        return text;
    const auto found = m_texts.constFind(text);
    if (found != m_texts.cend())
        return *found;
    if (m_texts.size() >= Limit)
        m_texts.clear();
    m_texts.insert(text);
    return text;
}

Signature::Phrase StringPool::shared(const Signature::Phrase &phrase)
{
    if (phrase.isEmpty())
        return phrase;
    const auto found = m_phrases.constFind(phrase.english());
    if (found != m_phrases.cend())
        return *found;
    if (m_phrases.size() >= Limit)
        m_phrases.clear();
    m_phrases.insert(phrase.english(), phrase);
    return phrase;
}

} // namespace Events
