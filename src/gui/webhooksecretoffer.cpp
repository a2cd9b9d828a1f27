// SPDX-License-Identifier: MIT
#include "gui/webhooksecretoffer.h"

#include "gui/steadylayout.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Gui {

WebhookSecretOffer::WebhookSecretOffer(QWidget *parent)
    : QFrame(parent), m_text(new QLabel(this)), m_secret(new QLineEdit(this)), m_add(new QPushButton(this))
{
    setObjectName(QStringLiteral("webhookSecretOffer"));
    setFrameShape(QFrame::StyledPanel);
    m_text->setObjectName(QStringLiteral("webhookSecretOfferText"));
    m_text->setWordWrap(true);
    SteadyLayout::showWholeText(m_text);
    m_text->setTextFormat(Qt::PlainText);
    m_secret->setObjectName(QStringLiteral("webhookSecretEdit"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_secret->setPlaceholderText(tr("the secret from the answer to the register call"));
    m_secret->setAccessibleName(tr("Webhook secret"));
    m_add->setObjectName(QStringLiteral("addWebhookSecretButton"));
    m_add->setText(tr("Add the secret of this webhook"));
    m_add->setEnabled(false);

    auto *row = new QHBoxLayout;
    row->addWidget(m_secret, 1);
    row->addWidget(m_add);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addLayout(row);

    connect(m_secret, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_add->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_secret, &QLineEdit::returnPressed, this, &WebhookSecretOffer::add);
    connect(m_add, &QPushButton::clicked, this, &WebhookSecretOffer::add);
    withdraw();
}

void WebhookSecretOffer::setCheck(Check canTakeSecret)
{
    m_canTakeSecret = std::move(canTakeSecret);
    recheck();
}

void WebhookSecretOffer::setVerification(const std::optional<Signature::Verification> &verification)
{
    m_verification = verification;
    withdraw();
    recheck();
}

void WebhookSecretOffer::recheck()
{
    if (m_verification && m_canTakeSecret && m_canTakeSecret(*m_verification))
        offer(m_verification->webhookId);
    else if (!m_added)
        withdraw();
}

void WebhookSecretOffer::offer(const QString &webhookId)
{
    if (webhookId == m_webhookId && !m_added)
        return; // offered already: what is typed stays
    m_webhookId = webhookId;
    m_added = false;
    m_secret->clear();
    m_secret->show();
    m_add->show();
    m_text->setText(
        tr("If webhook %1 was registered elsewhere (another tool, another computer), paste the secret Vipps returned "
           "then:")
            .arg(webhookId));
    SteadyLayout::refit(m_text);
    show();
}

void WebhookSecretOffer::withdraw()
{
    m_webhookId.clear();
    m_added = false;
    m_secret->clear();
    hide();
}

void WebhookSecretOffer::add()
{
    const QByteArray secret = m_secret->text().trimmed().toUtf8();
    if (secret.isEmpty() || m_webhookId.isEmpty())
        return;
    m_added = true;
    m_secret->clear();
    m_secret->hide();
    m_add->hide();
    m_text->setText(tr("The secret of webhook %1 is kept with the profile in use: its next deliveries are checked "
                       "with it. This one stays as it was checked when it arrived.")
                        .arg(m_webhookId));
    SteadyLayout::refit(m_text);
    emit secretEntered(m_webhookId, secret);
}

} // namespace Gui
