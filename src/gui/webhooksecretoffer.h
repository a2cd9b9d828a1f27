// SPDX-License-Identifier: MIT
// Under the inspector's summary, for a delivery checked without the secret of the webhook it names: a masked field
// for the secret Vipps returned when that webhook was registered, and "Add the secret of this webhook", which hands
// it to the app to keep like the secrets of the webhooks it registered itself.
#pragma once

#include "signature/verification.h"

#include <QFrame>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Gui {

class WebhookSecretOffer : public QFrame
{
    Q_OBJECT

public:
    using Check = std::function<bool(const Signature::Verification &verification)>;

    explicit WebhookSecretOffer(QWidget *parent = nullptr);

    // Whether the app can take the secret of the webhook a delivery names (Workbench::ProfileSession::
    // canTakeSecretFor); without a check nothing is offered.
    void setCheck(Check canTakeSecret);
    // The delivery shown now, nullopt for none: offered when the check says so.
    void setVerification(const std::optional<Signature::Verification> &verification);
    // Asks the check again (a secret was added, another profile is in use). Once added, the offer says so until
    // another delivery is shown.
    void recheck();

signals:
    void secretEntered(const QString &webhookId, const QByteArray &secret);

private:
    // Asks for webhookId's secret; the field keeps what was typed while it is the same webhook.
    void offer(const QString &webhookId);
    void withdraw();
    void add();

    QLabel *m_text;
    QLineEdit *m_secret;
    QPushButton *m_add;
    Check m_canTakeSecret;
    std::optional<Signature::Verification> m_verification;
    QString m_webhookId;
    bool m_added = false; // the secret was just added: saying what that changes
};

} // namespace Gui
