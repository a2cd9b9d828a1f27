// SPDX-License-Identifier: MIT
#include "gui/publicurldialog.h"

#include "base/visibletext.h"
#include "workbench/publicaddress.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace Gui {

PublicUrlDialog::PublicUrlDialog(Workbench::PublicAddress *address, const QString &profile, quint16 port,
                                 QWidget *parent)
    : QDialog(parent)
    , m_address(address)
    , m_edit(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_detect(new QPushButton(tr("&Detect tunnel"), this))
{
    setWindowTitle(tr("Public URL"));
    setObjectName(QStringLiteral("publicUrlDialog"));
    const QString kept = address->appliesToReceiver()
                             ? tr("Kept for profile \"%1\". Deliveries are checked for this address's host, as "
                                  "Vipps signs for it, whatever Host the tunnel passes on; registering offers it.")
                                   .arg(profile)
                             : tr("Kept for profile \"%1\", whose simulator delivers to this machine: it is used once "
                                  "a profile for Vipps' test environment is in use.")
                                   .arg(profile);
    auto *intro = new QLabel(tr("Vipps delivers only to public https:// addresses. Run a tunnel to the receiver's "
                                "port (for example '%1') and give its address here, or let the app find it.")
                                     .arg(Tunnel::TunnelChoice::ngrokCommand(port)) +
                                 QLatin1Char(' ') + kept,
                             this);
    intro->setWordWrap(true);
    m_edit->setObjectName(QStringLiteral("publicUrlEdit"));
    m_edit->setAccessibleName(tr("Public URL"));
    m_edit->setPlaceholderText(QStringLiteral("https://a1b2c3.ngrok.app"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setText(address->url().toString());
    m_detect->setObjectName(QStringLiteral("detectButton"));
    m_detect->setToolTip(
        tr("Ask ngrok (127.0.0.1:4040) and cloudflared (its metrics port) for the tunnel to port %1").arg(port));
    auto *row = new QHBoxLayout;
    row->addWidget(m_edit, 1);
    row->addWidget(m_detect);
    m_message->setObjectName(QStringLiteral("publicUrlMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setDefault(true); // Enter keeps what is in the field, whichever button had the focus
    QPushButton *clear = buttons->addButton(tr("C&lear"), QDialogButtonBox::ResetRole);
    clear->setAutoDefault(false);
    m_detect->setAutoDefault(false);
    clear->setObjectName(QStringLiteral("clearButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(row);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(buttons);
    connect(m_edit, &QLineEdit::textChanged, this, &PublicUrlDialog::validate);
    connect(m_detect, &QPushButton::clicked, this, &PublicUrlDialog::detect);
    connect(address, &Workbench::PublicAddress::detected, this, &PublicUrlDialog::onDetected);
    connect(m_save, &QPushButton::clicked, this, &PublicUrlDialog::save);
    connect(clear, &QPushButton::clicked, this, &PublicUrlDialog::clear);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, sizeHint().height());
    validate();
}

QString PublicUrlDialog::messageText() const
{
    return m_message->text();
}

void PublicUrlDialog::validate()
{
    const QString problem = Workbench::PublicAddress::problemWith(m_edit->text());
    m_message->setText(problem);
    m_save->setEnabled(problem.isEmpty());
}

void PublicUrlDialog::detect()
{
    m_detect->setEnabled(false);
    m_message->setText(tr("Looking for a tunnel…"));
    m_address->detect();
}

void PublicUrlDialog::onDetected(const Tunnel::TunnelChoice &choice, const QStringList &notes)
{
    m_detect->setEnabled(true);
    if (!choice.tunnel) {
        QStringList lines{choice.note};
        lines.append(notes);
        m_message->setText(lines.join(QLatin1Char('\n')));
        adjustSize();
        return;
    }
    m_edit->setText(choice.tunnel->publicUrl.toString());
    QString found = tr("Found %1's tunnel %2.")
                        .arg(Tunnel::PublicTunnel::sourceName(choice.tunnel->source),
                             Base::visibleText(choice.tunnel->publicUrl.toString()));
    if (!choice.note.isEmpty())
        found += QLatin1Char(' ') + choice.note;
    m_message->setText(found);
    adjustSize(); // the message may take lines the intro needs
}

void PublicUrlDialog::save()
{
    if (m_address->setUrlText(m_edit->text())) {
        accept();
        return;
    }
    QMessageBox::warning(this, tr("Public URL"),
                         tr("The public URL could not be kept: check that the settings file can be written."));
}

void PublicUrlDialog::clear()
{
    m_edit->clear();
    save();
}

} // namespace Gui
