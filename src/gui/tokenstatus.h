// SPDX-License-Identifier: MIT
// The access token of the profile in use (docs/vipps-wire.md §2), as the credentials panel shows it: asked for on
// request, its expiry counting down each second, or the reason there is none.
#pragma once

#include "api/apierror.h"
#include "base/answerguard.h"
#include "workbench/profilesession.h"

#include <QDateTime>
#include <QObject>

class QLabel;
class QTimer;

namespace Api {
struct AccessToken;
}

namespace Gui {

class TokenStatus : public QObject
{
    Q_OBJECT

public:
    // None is owned; the labels show the expiry and the error.
    TokenStatus(Workbench::ProfileSession *session, QLabel *status, QLabel *error, QObject *parent = nullptr);

    // "expires in 59:12", "expires in 23:59:12" (production tokens live 24 hours), "expired".
    static QString expiryText(const QDateTime &expiresOn, const QDateTime &now);

    // Gets an access token for the profile in use and shows when it expires, or why there is none.
    void request();
    // The session changed: its client and any token are gone; an answer still on its way is dropped.
    void reset();
    bool isFetching() const { return m_fetching; }

signals:
    void received();
    void failed(const QString &summary);
    void fetchingChanged();

private:
    void onToken(const Api::AccessToken *token, const Api::ApiError &error);
    void showExpiry(const QDateTime &expiresOn);
    void showError(const Api::ApiError &error);
    void clear();
    void tick();
    void setFetching(bool fetching);

    Workbench::ProfileSession *m_session;
    QLabel *m_status;
    QLabel *m_error;
    QTimer *m_timer;
    QDateTime m_expiresOn;
    Base::AnswerGuard m_answers; // a token answer for an earlier session state is dropped
    bool m_fetching = false;
};

} // namespace Gui
