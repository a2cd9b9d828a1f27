// SPDX-License-Identifier: MIT
#include "events/requestexport.h"

#include "base/shellword.h"
#include "journal/redaction.h"
#include "journal/utf8.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QList>

namespace Events::RequestExport {

namespace {

const QByteArray kCrlf = QByteArrayLiteral("\r\n");
const QByteArray kContinuation = QByteArrayLiteral(" \\\n  ");
constexpr int kJsonIndent = 2;

// RFC 9112 §6.1: chunked is the final transfer coding when the body was framed in chunks.
bool isChunked(const Http::HeaderList &headers)
{
    for (const QByteArray &value : headers.values("Transfer-Encoding")) {
        if (value.trimmed().toLower().endsWith("chunked"))
            return true;
    }
    return false;
}

// RFC 9112 §7.1: one chunk holding the whole body, then the last chunk and an empty trailer section.
QByteArray asOneChunk(const QByteArray &body)
{
    if (body.isEmpty())
        return QByteArrayLiteral("0\r\n\r\n");
    return QByteArray::number(body.size(), 16) + kCrlf + body + kCrlf + QByteArrayLiteral("0\r\n\r\n");
}

// A printf(1) format that prints exactly `bytes`: printable ASCII as is, everything else as a three-digit
// octal escape (XCU printf: "\ddd"), so the command itself stays plain ASCII text.
QByteArray printfFormat(QByteArrayView bytes)
{
    QByteArray out;
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '\\')
            out += "\\\\";
        else if (c == '%')
            out += "%%";
        else if (byte >= 0x20 && byte < 0x7f)
            out += c;
        else
            out += '\\' + QByteArray::number(byte, 8).rightJustified(3, '0');
    }
    return Base::singleQuoted(out);
}

// One shell word. Command substitution drops trailing newlines, which no header value or URL has.
QByteArray shellWord(QByteArrayView bytes)
{
    if (isPrintableText(bytes))
        return Base::singleQuoted(bytes.toByteArray());
    return "\"$(printf " + printfFormat(bytes) + ")\"";
}

QByteArray methodWord(const QByteArray &method)
{
    for (const char c : method) {
        if (!(c >= 'A' && c <= 'Z') && !(c >= 'a' && c <= 'z'))
            return shellWord(method);
    }
    return method.isEmpty() ? QByteArrayLiteral("GET") : method;
}

// curl -H "Name:" removes a header; "Name;" sends it with an empty value.
QByteArray headerWord(const Http::Header &header)
{
    if (header.value.isEmpty())
        return shellWord(header.name + ';');
    return shellWord(header.name + ": " + header.value);
}

QByteArray portOf(const QByteArray &host)
{
    const qsizetype colon = host.lastIndexOf(':');
    if (colon < 0 || colon < host.lastIndexOf(']'))
        return QByteArrayLiteral("80");
    bool ok = false;
    const int port = host.mid(colon + 1).toInt(&ok);
    if (!ok || port <= 0 || port > 65535)
        return QByteArrayLiteral("80");
    return QByteArray::number(port);
}

// Origin-form of the target (RFC 9112 §3.2): the absolute form loses its scheme and authority.
QByteArray originForm(const QByteArray &target)
{
    const qsizetype scheme = target.indexOf("://");
    if (scheme >= 0) {
        const qsizetype slash = target.indexOf('/', scheme + 3);
        return slash < 0 ? QByteArrayLiteral("/") : target.mid(slash);
    }
    return target.startsWith('/') ? target : '/' + target;
}

// --- Pretty JSON: re-indents the received text instead of re-serialising it, so key order, duplicate keys
// and number spellings stay as sent.
struct Indenter
{
    const QByteArray &in;
    QByteArray out;
    int depth = 0;

    void newline() { out += '\n' + QByteArray(depth * kJsonIndent, ' '); }
    qsizetype nextToken(qsizetype from) const
    {
        while (from < in.size() && QByteArrayView(" \t\r\n").contains(in.at(from)))
            ++from;
        return from;
    }
    qsizetype copyString(qsizetype i);
    qsizetype open(qsizetype i);
    QByteArray run();
};

// Copies the string starting at the quote at i; returns the index of its closing quote.
qsizetype Indenter::copyString(qsizetype i)
{
    out += '"';
    for (++i; i < in.size(); ++i) {
        out += in.at(i);
        if (in.at(i) == '\\' && i + 1 < in.size())
            out += in.at(++i);
        else if (in.at(i) == '"')
            break;
    }
    return i;
}

// An opening bracket at i: "{}" and "[]" stay on one line. Returns the last index consumed.
qsizetype Indenter::open(qsizetype i)
{
    out += in.at(i);
    const qsizetype next = nextToken(i + 1);
    if (next < in.size() && (in.at(next) == '}' || in.at(next) == ']')) {
        out += in.at(next);
        return next;
    }
    ++depth;
    newline();
    return i;
}

QByteArray Indenter::run()
{
    for (qsizetype i = nextToken(0); i < in.size(); i = nextToken(i + 1)) {
        switch (in.at(i)) {
        case '"': i = copyString(i); break;
        case '{':
        case '[': i = open(i); break;
        case '}':
        case ']':
            --depth;
            newline();
            out += in.at(i);
            break;
        case ',':
            out += ',';
            newline();
            break;
        case ':': out += ": "; break;
        default: out += in.at(i);
        }
    }
    return out;
}

} // namespace

QByteArray rawRequest(const Journal::Entry &entry)
{
    QByteArray out = entry.method + ' ' + entry.target + QByteArrayLiteral(" HTTP/1.1") + kCrlf;
    for (const Http::Header &header : Journal::Redaction::redactedHeaders(entry.headers))
        out += header.name + ": " + header.value + kCrlf;
    out += kCrlf;
    out += isChunked(entry.headers) ? asOneChunk(entry.body) : entry.body;
    return out;
}

QByteArray defaultUrl(const Journal::Entry &entry)
{
    return "http://127.0.0.1:" + portOf(entry.headers.value("Host").trimmed()) + originForm(entry.target);
}

QString curl(const Journal::Entry &entry, const QUrl &url)
{
    const QByteArray target = url.isEmpty() ? defaultUrl(entry) : url.toEncoded();
    const bool piped = !entry.body.isEmpty() && !isPrintableText(entry.body);
    QList<QByteArray> parts;
    parts.append((piped ? "printf " + printfFormat(entry.body) + " | " : QByteArray()) + "curl -X " +
                 methodWord(entry.method) + ' ' + shellWord(target));
    for (const Http::Header &header : Journal::Redaction::redactedHeaders(entry.headers))
        parts.append("-H " + headerWord(header));
    if (piped)
        parts.append(QByteArrayLiteral("--data-binary @-"));
    else if (!entry.body.isEmpty())
        parts.append("--data-binary " + Base::singleQuoted(entry.body));
    return QString::fromUtf8(parts.join(kContinuation));
}

QString prettyJson(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || document.isNull())
        return {};
    Indenter indenter{body, {}};
    return QString::fromUtf8(indenter.run());
}

bool isPrintableText(QByteArrayView bytes)
{
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte < 0x20 && c != '\t' && c != '\n') || byte == 0x7f)
            return false;
    }
    return Journal::Utf8::isValid(bytes);
}

} // namespace Events::RequestExport
