// SPDX-License-Identifier: MIT
// A test pack in the app: read from a file or made from events, run against a handler with Events::PackRunner (the
// rules of `vipps-hooks pack run`), its steps in a table as they go, and a summary (docs/architecture.md §6
// "Test packs").
#pragma once

#include "events/packrunner.h"
#include "workbench/packrunmodel.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <QUrl>

#include <optional>

namespace Workbench {

class PackSession : public QObject
{
    Q_OBJECT

public:
    explicit PackSession(QObject *parent = nullptr);

    // Reads the pack at path (Events::PackFile) and shows its steps; a run under way is stopped first. False with
    // a message naming the file when it is not a pack this version reads; the pack shown before stays.
    bool open(const QString &path, QString *error);
    void setPack(const Events::TestPack &pack, const QString &path);
    bool hasPack() const { return !m_pack.steps.isEmpty(); }
    const Events::TestPack &pack() const { return m_pack; }
    QString path() const { return m_path; }

    // An http(s) URL with a host and no user name, as `pack run --to` takes; nullopt with a message otherwise.
    static std::optional<QUrl> handlerUrl(const QString &text, QString *error);
    // Sends every step to `to`, signed with secret (kept only while the run lasts); stepFinished() of the runner
    // fills the table, finished() follows.
    void run(const QUrl &to, const QByteArray &secret);
    void stop();
    bool isRunning() const { return m_runner.running(); }

    PackRunModel *model() { return &m_model; }
    Events::PackRunner *runner() { return &m_runner; }

    // "5 of 6 steps passed, 1 failed.", "All 6 steps passed.", and why a run stopped early.
    static QString summaryText(const Events::PackSummary &summary, const QString &firstError);

signals:
    void runningChanged(bool running);
    void finished(const Events::PackSummary &summary, const QString &text);

private:
    void onStepFinished(const Events::PackStepResult &result);
    void onFinished(const Events::PackSummary &summary);

    Events::TestPack m_pack;
    QString m_path;
    Events::PackRunner m_runner;
    PackRunModel m_model;
    QString m_firstError; // the first step's error, for an unreachable handler
};

} // namespace Workbench
