// SPDX-License-Identifier: MIT
#include "gui/tokenstatus.h"

#include "api/accesstoken.h"
#include "api/tokenprovider.h"

#include <QLabel>
#include <QTimer>

namespace Gui {

TokenStatus::TokenStatus(Workbench::ProfileSession *session, QLabel *status, QLabel *error, QObject *parent)
    : QObject(parent), m_session(session), m_status(status), m_error(error), m_timer(new QTimer(this))
{
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &TokenStatus::tick);
    connect(m_session, &Workbench::ProfileSession::tokenChanged, this, &TokenStatus::showExpiry);
    clear();
}

void TokenStatus::request()
{
    Api::ApiClient *client = m_session->client();
    if (!client || m_fetching)
        return;
    setFetching(true);
    m_error->hide();
    m_status->setText(tr("Asking %1 for a token…").arg(client->config().baseUrl.toDisplayString()));
    client->tokens()->token(
        m_answers.guard([this](const Api::AccessToken *token, const Api::ApiError &error) { onToken(token, error); }));
}

void TokenStatus::reset()
{
    m_answers.dropPending(); // the client of the earlier state is gone, and its token with it
    m_fetching = false;
    clear();
}

void TokenStatus::onToken(const Api::AccessToken *token, const Api::ApiError &error)
{
    if (token) {
        showExpiry(token->expiresOn);
        emit received();
    } else {
        showError(error);
    }
    setFetching(false);
}

void TokenStatus::showExpiry(const QDateTime &expiresOn)
{
    if (!expiresOn.isValid()) {
        clear();
        return;
    }
    m_expiresOn = expiresOn;
    m_error->hide();
    m_status->setForegroundRole(QPalette::WindowText);
    m_timer->start();
    tick();
}

void TokenStatus::tick()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_status->setText(expiryText(m_expiresOn, now));
    if (now.secsTo(m_expiresOn) <= 0)
        m_timer->stop();
}

void TokenStatus::showError(const Api::ApiError &error)
{
    clear();
    QStringList lines = error.lines();
    // The token call's 401 advice is in the message, with what API Management said in brackets: that is on the
    // detail line already, so only the advice is added.
    if (error.kind == Api::ApiError::Kind::Http && !error.message.isEmpty() && error.message != error.detail) {
        QString advice = error.message;
        advice.remove(QLatin1String(" (") + error.detail + QLatin1Char(')'));
        lines.append(advice);
    }
    m_status->setText(tr("No token."));
    m_error->setText(lines.join(QLatin1Char('\n')));
    m_error->show();
    emit failed(error.summary());
}

void TokenStatus::clear()
{
    m_timer->stop();
    m_expiresOn = QDateTime();
    m_error->hide();
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setText(m_session->client() ? tr("No token yet: get one with Ctrl+T.")
                                          : tr("Use a profile to get a token."));
}

void TokenStatus::setFetching(bool fetching)
{
    m_fetching = fetching;
    emit fetchingChanged();
}

QString TokenStatus::expiryText(const QDateTime &expiresOn, const QDateTime &now)
{
    if (!expiresOn.isValid())
        return tr("no token");
    const qint64 left = now.secsTo(expiresOn);
    if (left <= 0)
        return tr("expired");
    const auto twoDigits = [](qint64 value) { return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0')); };
    const qint64 hours = left / 3600;
    const qint64 minutes = left % 3600 / 60;
    const QString seconds = twoDigits(left % 60);
    const QString clock = hours > 0 ? QStringLiteral("%1:%2:%3").arg(hours).arg(twoDigits(minutes), seconds)
                                    : QStringLiteral("%1:%2").arg(minutes).arg(seconds);
    return tr("expires in %1").arg(clock);
}

} // namespace Gui
