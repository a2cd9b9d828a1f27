// SPDX-License-Identifier: MIT
// The request a test pack's step sends: signed for the handler's URL with its secret at the moment it goes out, then
// broken as the step's kind says (docs/architecture.md §6 "Test packs").
#pragma once

#include "events/packstep.h"
#include "http/outgoingrequest.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QUrl>

namespace Events {

struct PackStepRequest
{
    Q_DECLARE_TR_FUNCTIONS(Events::PackStepRequest)

public:
    Http::OutgoingRequest request;
    QString note; // what was done to the delivery, in a few words ("signed with another secret")

    // to: the handler's URL (its path, or the step's when it has none: Replay::targetUrl()).
    static PackStepRequest build(const PackStep &step, const QUrl &to, const QByteArray &secret,
                                 const QDateTime &nowUtc);
    // The body with its first amount ("value":N) one higher, or with a space added when it has none.
    static QByteArray tamperedBody(const QByteArray &body, QString *note);
};

} // namespace Events
