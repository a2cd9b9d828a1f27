// SPDX-License-Identifier: MIT
// A test pack: deliveries to run against a webhook handler, valid and deliberately broken, each with the answer it
// expects; a small JSON file users share (docs/architecture.md §6 "Test packs").
#pragma once

#include "events/packstep.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class QJsonObject;

namespace Events {

struct TestPack
{
    Q_DECLARE_TR_FUNCTIONS(Events::TestPack)

public:
    static constexpr int Version = 1;
    static const QString Format; // "vipps-hooks-test-pack"

    QList<PackStep> steps;

    // The pack as JSON, indented, keys in the documented order: format, version, steps.
    QByteArray toJson() const;
    // Reads a pack; nullopt with a message naming the step and key when it is not one this version reads. Keys it
    // does not know are ignored.
    static std::optional<TestPack> fromJson(const QByteArray &json, QString *error);

private:
    static std::optional<PackStep> readStep(const QJsonObject &object, QString *error);
};

} // namespace Events
