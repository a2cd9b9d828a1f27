// SPDX-License-Identifier: MIT
#include "workbench/packsession.h"

#include "base/visibletext.h"
#include "events/packfile.h"

namespace Workbench {

PackSession::PackSession(QObject *parent) : QObject(parent)
{
    connect(&m_runner, &Events::PackRunner::stepStarted, &m_model, &PackRunModel::stepStarted);
    connect(&m_runner, &Events::PackRunner::stepFinished, this, &PackSession::onStepFinished);
    connect(&m_runner, &Events::PackRunner::finished, this, &PackSession::onFinished);
}

bool PackSession::open(const QString &path, QString *error)
{
    std::optional<Events::TestPack> pack = Events::PackFile::read(path, error);
    if (!pack)
        return false;
    setPack(*pack, path);
    return true;
}

void PackSession::setPack(const Events::TestPack &pack, const QString &path)
{
    stop();
    m_pack = pack;
    m_path = path;
    m_model.setPack(pack);
}

std::optional<QUrl> PackSession::handlerUrl(const QString &text, QString *error)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const bool http = url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
    if (url.isValid() && http && !url.host().isEmpty() && url.userInfo().isEmpty())
        return url;
    *error = tr("The handler's URL must be an http(s) URL with a host and no user name, e.g. "
                "http://localhost:3000/webhooks/vipps.");
    return std::nullopt;
}

void PackSession::run(const QUrl &to, const QByteArray &secret)
{
    if (!hasPack())
        return;
    m_model.reset();
    m_firstError.clear();
    m_runner.start(m_pack, to, secret);
    emit runningChanged(true);
}

void PackSession::stop()
{
    m_runner.cancel();
}

void PackSession::onStepFinished(const Events::PackStepResult &result)
{
    if (result.index == 0)
        m_firstError = result.answer.error;
    m_model.stepFinished(result);
}

void PackSession::onFinished(const Events::PackSummary &summary)
{
    m_model.runEnded();
    emit runningChanged(false);
    emit finished(summary, summaryText(summary, m_firstError));
}

QString PackSession::summaryText(const Events::PackSummary &summary, const QString &firstError)
{
    if (summary.unreachable)
        return tr("No handler answered: %1. The other steps were not sent.").arg(Base::visibleText(firstError));
    const int failed = summary.run - summary.passed;
    QString text = failed == 0 && summary.run == summary.steps
                       ? tr("All %1 steps passed.").arg(summary.passed)
                       : tr("%1 of %2 steps passed, %3 failed.").arg(summary.passed).arg(summary.steps).arg(failed);
    if (summary.cancelled)
        text += QLatin1Char(' ') + tr("Stopped after %1 of %2 steps.").arg(summary.run).arg(summary.steps);
    return text;
}

} // namespace Workbench
