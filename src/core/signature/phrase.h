// SPDX-License-Identifier: MIT
// A sentence of the verification (a reason, a diagnosis, a secret's label), said in English or in the user's language.
#pragma once

#include <QList>
#include <QString>

#include <initializer_list>

namespace Signature {

// The journal and the command line say a reason in English; the app says it in the user's language. A phrase keeps
// both: its English, made once when the phrase is made, and what is needed to translate it when it is shown.
// Never changed once made, and its parts are implicitly shared: cheap to copy, safe to hand to another thread.
class Phrase
{
public:
    // The context every phrase's source text is translated in: mark each with
    // QT_TRANSLATE_NOOP("Signature::Phrase", ...) so the translation tools find it.
    static constexpr char kContext[] = "Signature::Phrase";

    Phrase() = default;
    // Text said the same in every language: a webhook id, a host, a number. Implicit, so such text can be an argument.
    Phrase(const QString &text);
    // `source`, a string literal (ASCII, marked as above), with %1 to %9 each replaced by the argument of that number.
    Phrase(const char *source, std::initializer_list<Phrase> arguments);

    bool isEmpty() const { return m_english.isEmpty(); }
    const QString &english() const { return m_english; }
    // Through the translators installed in the application, each argument too; English where they have nothing.
    QString translated() const;

private:
    const char *m_source = nullptr; // null for text said as it is
    QList<Phrase> m_arguments;
    QString m_english;
};

} // namespace Signature
