// SPDX-License-Identifier: MIT
#include "events/testpack.h"

#include "base/visibletext.h"
#include "journal/utf8.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Events {

const QString TestPack::Format = QStringLiteral("vipps-hooks-test-pack");

namespace {

// A header that is not UTF-8 is ["Name","value","latin1"], one character per byte, as in the journal
// (docs/architecture.md §4).
QJsonArray headerJson(const Http::Header &header)
{
    if (Journal::Utf8::isValid(header.name) && Journal::Utf8::isValid(header.value))
        return {QString::fromUtf8(header.name), QString::fromUtf8(header.value)};
    return {QString::fromLatin1(header.name), QString::fromLatin1(header.value), QStringLiteral("latin1")};
}

std::optional<Http::Header> headerFromJson(const QJsonValue &value)
{
    const QJsonArray pair = value.toArray();
    const bool latin1 = pair.size() == 3 && pair.at(2).toString() == QLatin1String("latin1");
    if ((pair.size() != 2 && !latin1) || !pair.at(0).isString() || !pair.at(1).isString() ||
        pair.at(0).toString().isEmpty())
        return std::nullopt;
    const auto bytes = [latin1](const QJsonValue &text) {
        return latin1 ? text.toString().toLatin1() : text.toString().toUtf8();
    };
    return Http::Header{bytes(pair.at(0)), bytes(pair.at(1))};
}

// One JSON value as compact text.
QByteArray compact(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

// The step's keys one a line, in the documented order: kind, seq, expect, method, path, headers, body.
QByteArray stepJson(const PackStep &step)
{
    QList<std::pair<QString, QJsonValue>> keys{{QStringLiteral("kind"), PackStep::kindName(step.kind)}};
    if (step.seq > 0)
        keys.append({QStringLiteral("seq"), step.seq});
    if (step.expect)
        keys.append({QStringLiteral("expect"), step.expect->text()});
    keys.append({QStringLiteral("method"), QString::fromLatin1(step.method)});
    keys.append({QStringLiteral("path"), QString::fromUtf8(step.path)});
    QJsonArray headers;
    for (const Http::Header &header : step.headers)
        headers.append(headerJson(header));
    keys.append({QStringLiteral("headers"), headers});
    if (Journal::Utf8::isValid(step.body))
        keys.append({QStringLiteral("body"), QString::fromUtf8(step.body)});
    else
        keys.append({QStringLiteral("bodyBase64"), QString::fromLatin1(step.body.toBase64())});
    QByteArrayList lines;
    for (const auto &[key, value] : keys)
        lines.append("            " + compact(key) + ": " + compact(value));
    return "        {\n" + lines.join(",\n") + "\n        }";
}

bool readBody(const QJsonObject &object, QByteArray *body)
{
    const QJsonValue text = object.value(QLatin1String("body"));
    const QJsonValue encoded = object.value(QLatin1String("bodyBase64"));
    if (text.isString() && encoded.isUndefined()) {
        *body = text.toString().toUtf8();
        return true;
    }
    const auto decoded =
        QByteArray::fromBase64Encoding(encoded.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    *body = decoded.decoded;
    return encoded.isString() && text.isUndefined() && decoded;
}

} // namespace

QByteArray TestPack::toJson() const
{
    QByteArrayList list;
    for (const PackStep &step : steps)
        list.append(stepJson(step));
    const QByteArray json = "{\n    \"format\": " + compact(Format) +
                            ",\n    \"version\": " + QByteArray::number(Version) + ",\n    \"steps\": [\n" +
                            list.join(",\n") + "\n    ]\n}\n";
    return Base::visibleJson(json); // the same JSON, with nothing in it a terminal would act on
}

std::optional<TestPack> TestPack::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const QJsonObject root = document.object();
    if (document.isNull() || root.value(QLatin1String("format")).toString() != Format) {
        *error = tr("not a test pack: a JSON object with \"format\": \"%1\" is expected.").arg(Format);
        return std::nullopt;
    }
    const int version = root.value(QLatin1String("version")).toInt(0);
    if (version < 1 || version > Version) {
        *error = tr("test pack version %1; this vipps-hooks reads version %2.")
                     .arg(root.value(QLatin1String("version")).toVariant().toString())
                     .arg(Version);
        return std::nullopt;
    }
    const QJsonArray steps = root.value(QLatin1String("steps")).toArray();
    if (steps.isEmpty()) {
        *error = tr("the test pack has no steps.");
        return std::nullopt;
    }
    TestPack pack;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        QString stepError;
        const std::optional<PackStep> step = readStep(steps.at(i).toObject(), &stepError);
        if (!step) {
            *error = tr("step %1: %2").arg(i + 1).arg(stepError);
            return std::nullopt;
        }
        pack.steps.append(*step);
    }
    return pack;
}

std::optional<PackStep> TestPack::readStep(const QJsonObject &object, QString *error)
{
    PackStep step;
    const std::optional<PackStep::Kind> kind = PackStep::kindFromName(object.value(QLatin1String("kind")).toString());
    if (!kind) {
        QStringList names;
        for (const PackStep::Kind known : PackStep::kinds())
            names.append(PackStep::kindName(known));
        *error = tr("\"kind\" must be one of %1.").arg(names.join(QLatin1String(", ")));
        return std::nullopt;
    }
    step.kind = *kind;
    step.seq = object.value(QLatin1String("seq")).toInteger(0);
    const QJsonValue expect = object.value(QLatin1String("expect"));
    if (!expect.isUndefined()) {
        step.expect = PackExpectation::parse(expect.isDouble() ? QString::number(expect.toInt()) : expect.toString());
        if (!step.expect) {
            *error = tr("\"expect\" must be a status class such as \"2xx\" or \"4xx\", or a status such as \"409\".");
            return std::nullopt;
        }
    }
    if (object.contains(QLatin1String("method")))
        step.method = object.value(QLatin1String("method")).toString().toLatin1();
    if (object.contains(QLatin1String("path")))
        step.path = object.value(QLatin1String("path")).toString().toUtf8();
    if (step.method.isEmpty() || !step.path.startsWith('/')) {
        *error = tr("\"method\" must not be empty and \"path\" must start with \"/\".");
        return std::nullopt;
    }
    for (const QJsonValue &value : object.value(QLatin1String("headers")).toArray()) {
        const std::optional<Http::Header> header = headerFromJson(value);
        if (!header) {
            *error = tr("each of \"headers\" must be [\"Name\", \"value\"].");
            return std::nullopt;
        }
        if (!PackStep::isSignedField(header->name))
            step.headers.append(*header);
    }
    if (!readBody(object, &step.body)) {
        *error = tr("a step needs \"body\" (text) or \"bodyBase64\", one of them.");
        return std::nullopt;
    }
    return step;
}

} // namespace Events
