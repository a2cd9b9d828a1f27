// SPDX-License-Identifier: MIT
// "Edit and replay…" on the event log: the event's body as pretty JSON to edit, a word when it no longer parses (it
// is sent as it is all the same), and the handler's URL. The replay is signed afresh with the webhook's secret.
#pragma once

#include <QDialog>
#include <QUrl>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Gui {

class EditReplayDialog : public QDialog
{
    Q_OBJECT

public:
    // webhookId names the registration whose secret signs the replay.
    EditReplayDialog(qint64 seq, const QString &webhookId, const QByteArray &body, const QUrl &to,
                     QWidget *parent = nullptr);

    // The body as edited, UTF-8.
    QByteArray body() const;
    // The URL as typed, read as people type one (Receiver::ForwardRoute::httpUrl); as typed when it is none.
    QUrl url() const;

private:
    void checkJson();
    void updateSend();

    QPlainTextEdit *m_editor;
    QLabel *m_jsonLabel;
    QLineEdit *m_urlEdit;
    QPushButton *m_send;
};

} // namespace Gui
