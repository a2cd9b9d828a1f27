// SPDX-License-Identifier: MIT
#include "signature/phrase.h"

#include <QCoreApplication>

namespace Signature {

namespace {

// `pattern` with %1 to %9 each replaced by what `say` gives for that argument, as QString::arg does with several
// arguments: in one pass, so an argument's own text is never searched; a number with no argument stays as it is.
template<typename View, typename Say> QString filled(View pattern, const QList<Phrase> &arguments, Say say)
{
    qsizetype size = pattern.size();
    for (const Phrase &argument : arguments)
        size += argument.english().size();
    QString out;
    out.reserve(size);
    qsizetype done = 0;
    for (qsizetype i = 0; i + 1 < pattern.size(); ++i) {
        const int number = QChar(pattern.at(i)) == u'%' ? QChar(pattern.at(i + 1)).digitValue() : -1;
        if (number < 1 || number > arguments.size())
            continue;
        out += pattern.sliced(done, i - done);
        out += say(arguments.at(number - 1));
        ++i; // the digit
        done = i + 1;
    }
    out += pattern.sliced(done);
    return out;
}

} // namespace

Phrase::Phrase(const QString &text) : m_english(text) {}

Phrase::Phrase(const char *source, std::initializer_list<Phrase> arguments)
    : m_source(source)
    , m_arguments(arguments)
    , m_english(filled(QLatin1StringView(source), m_arguments,
                       [](const Phrase &p) -> const QString & { return p.english(); }))
{}

QString Phrase::translated() const
{
    if (!m_source)
        return m_english;
    const QString pattern = QCoreApplication::translate(kContext, m_source);
    return filled(QStringView(pattern), m_arguments, [](const Phrase &p) { return p.translated(); });
}

} // namespace Signature
