// SPDX-License-Identifier: MIT
#include "gui/receivertlsdialog.h"

#include "workbench/appsettings.h"
#include "workbench/workspace.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Gui {

ReceiverTlsDialog::ReceiverTlsDialog(Workbench::Workspace *workspace, Workbench::AppSettings *settings, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_settings(settings), m_message(new QLabel(this))
{
    setWindowTitle(tr("HTTPS on the receiver"));
    setObjectName(QStringLiteral("receiverTlsDialog"));
    auto *intro = new QLabel(tr("For a receiver Vipps reaches directly, on a host with its own name: it then speaks "
                                "TLS 1.2 or higher on its port. Behind a tunnel (ngrok, cloudflared) the tunnel does "
                                "HTTPS and this stays off."),
                             this);
    intro->setWordWrap(true);
    m_cert = fileField(QStringLiteral("tlsCertEdit"), tr("certificate chain, PEM or DER"));
    m_key = fileField(QStringLiteral("tlsKeyEdit"), tr("private key, PEM or DER"));
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("tlsPassphraseEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setPlaceholderText(tr("only for an encrypted key; used once, never kept"));
    if (settings) {
        m_cert->setText(settings->receiverTlsCertPath());
        m_key->setText(settings->receiverTlsKeyPath());
    }
    auto *form = new QFormLayout;
    const auto withBrowse = [this](QLineEdit *field, const QString &title) {
        auto *row = new QHBoxLayout;
        auto *button = new QPushButton(tr("Browse…"), this);
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, [this, field, title] { browse(field, title); });
        row->addWidget(field, 1);
        row->addWidget(button);
        return row;
    };
    // A label with a buddy, so its mnemonic works rather than show as "&" before a row that is a layout.
    const auto label = [this](const QString &text, QWidget *buddy) {
        auto *shown = new QLabel(text, this);
        shown->setBuddy(buddy);
        return shown;
    };
    form->addRow(label(tr("&Certificate:"), m_cert), withBrowse(m_cert, tr("Certificate")));
    form->addRow(label(tr("&Key:"), m_key), withBrowse(m_key, tr("Private key")));
    form->addRow(tr("&Passphrase:"), m_passphrase);
    m_message->setObjectName(QStringLiteral("tlsMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *use = buttons->addButton(tr("&Use HTTPS"), QDialogButtonBox::AcceptRole);
    use->setObjectName(QStringLiteral("useTlsButton"));
    use->setDefault(true);
    QPushButton *off = buttons->addButton(tr("Plain &HTTP"), QDialogButtonBox::ResetRole);
    off->setObjectName(QStringLiteral("plainHttpButton"));
    off->setAutoDefault(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(buttons);
    connect(use, &QPushButton::clicked, this, [this] { apply(m_cert->text().trimmed(), m_key->text().trimmed()); });
    connect(off, &QPushButton::clicked, this, [this] { apply({}, {}); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, sizeHint().height());
}

QString ReceiverTlsDialog::messageText() const
{
    return m_message->text();
}

QLineEdit *ReceiverTlsDialog::fileField(const QString &objectName, const QString &placeholder)
{
    auto *field = new QLineEdit(this);
    field->setObjectName(objectName);
    field->setPlaceholderText(placeholder);
    field->setClearButtonEnabled(true);
    return field;
}

void ReceiverTlsDialog::browse(QLineEdit *field, const QString &title)
{
    const QString path = QFileDialog::getOpenFileName(this, title, field->text());
    if (!path.isEmpty())
        field->setText(path);
}

// Both files are read before anything changes: what cannot be used is said here and the receiver stays as it is.
void ReceiverTlsDialog::apply(const QString &cert, const QString &key)
{
    if (!cert.isEmpty() && key.isEmpty()) {
        m_message->setText(tr("Give the certificate's private key too."));
        return;
    }
    QString error;
    if (!m_workspace->setReceiverTls(cert, key, m_passphrase->text().toUtf8(), &error)) {
        m_message->setText(error);
        adjustSize();
        return;
    }
    m_passphrase->clear();
    if (m_settings)
        m_settings->setReceiverTlsPaths(cert, key);
    accept();
}

} // namespace Gui
