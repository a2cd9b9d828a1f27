// SPDX-License-Identifier: MIT
// What `vipps-hooks pack run` prints: a pass/fail line per step (what was sent, what came back, why it passed or
// failed) and a summary, or with --json one object; never the secret.
#pragma once

#include "events/packresult.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QString>
#include <QUrl>

class QTextStream;

namespace Cli {

class PackReport
{
    Q_DECLARE_TR_FUNCTIONS(Cli::PackReport)

public:
    PackReport(const QString &file, const QUrl &to, bool json);

    // One line, or with --json the step kept for the object finish() prints.
    void step(QTextStream &out, const Events::PackStepResult &result, int steps);
    // The summary line ("4 of 5 steps passed"), or the object. An unreachable handler is said on err.
    void finish(QTextStream &out, QTextStream &err, const Events::PackSummary &summary, const QString &failure);

    // "PASS 1/5 valid #12 AUTHORIZED acme-order-1: signed correctly; HTTP 200 OK in 12 ms; 2xx expected"
    static QString line(const Events::PackStepResult &result, int steps);

private:
    static QString event(const Events::PackStepResult &result);
    static QString answerText(const Http::PeerAnswer &answer);

    QString m_file;
    QUrl m_to;
    bool m_json;
    QJsonArray m_steps;
};

} // namespace Cli
