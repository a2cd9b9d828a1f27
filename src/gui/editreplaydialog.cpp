// SPDX-License-Identifier: MIT
#include "gui/editreplaydialog.h"

#include "events/requestexport.h"
#include "receiver/forwardroute.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Gui {

EditReplayDialog::EditReplayDialog(qint64 seq, const QString &webhookId, const QByteArray &body, const QUrl &to,
                                   QWidget *parent)
    : QDialog(parent), m_editor(new QPlainTextEdit(this)), m_jsonLabel(new QLabel(this)), m_urlEdit(new QLineEdit(this))
{
    setObjectName(QStringLiteral("editReplayDialog"));
    setWindowTitle(tr("Edit and replay event #%1").arg(seq));
    auto *intro = new QLabel(tr("The body below is sent instead of the one received, signed afresh with the secret "
                                "of webhook %1 for the URL it goes to.")
                                 .arg(webhookId),
                             this);
    intro->setWordWrap(true);

    const QString pretty = Events::RequestExport::prettyJson(body);
    m_editor->setPlainText(pretty.isEmpty() ? QString::fromUtf8(body) : pretty);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setAccessibleName(tr("Body to send"));
    m_jsonLabel->setWordWrap(true);
    m_jsonLabel->setAccessibleName(tr("Whether the body is JSON"));
    m_urlEdit->setText(to.toString());
    m_urlEdit->setPlaceholderText(tr("http://localhost:3000/vipps"));
    m_urlEdit->setAccessibleName(tr("Handler URL"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_send = buttons->addButton(tr("Sign and send"), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &EditReplayDialog::checkJson);
    connect(m_urlEdit, &QLineEdit::textChanged, this, &EditReplayDialog::updateSend);

    auto *target = new QFormLayout;
    target->addRow(tr("Send to:"), m_urlEdit);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_jsonLabel);
    layout->addLayout(target);
    layout->addWidget(buttons);
    resize(620, 480);
    checkJson();
    updateSend();
}

QByteArray EditReplayDialog::body() const
{
    return m_editor->toPlainText().toUtf8();
}

QUrl EditReplayDialog::url() const
{
    const QString text = m_urlEdit->text().trimmed();
    const QUrl url = Receiver::ForwardRoute::httpUrl(text);
    return url.isEmpty() ? QUrl(text) : url;
}

// Said, not enforced: a handler's answer to a broken body is worth seeing too.
void EditReplayDialog::checkJson()
{
    QJsonParseError error;
    const bool json = !QJsonDocument::fromJson(body(), &error).isNull();
    m_jsonLabel->setText(json ? tr("The body is valid JSON.")
                              : tr("The body is not valid JSON (%1 at character %2); it is sent as it is.")
                                    .arg(error.errorString())
                                    .arg(error.offset));
    m_jsonLabel->setForegroundRole(json ? QPalette::PlaceholderText : QPalette::WindowText);
}

void EditReplayDialog::updateSend()
{
    m_send->setEnabled(!m_urlEdit->text().trimmed().isEmpty());
}

} // namespace Gui
