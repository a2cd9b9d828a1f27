// SPDX-License-Identifier: MIT
// Receiver → HTTPS…: the certificate and key files the app's receiver serves HTTPS with, for a receiver reached
// directly rather than through a tunnel (docs/architecture.md §3 "HTTPS on the receiver"). The passphrase of an
// encrypted key is used to open it and never kept.
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Workbench {
class AppSettings;
class Workspace;
} // namespace Workbench

namespace Gui {

class ReceiverTlsDialog : public QDialog
{
    Q_OBJECT

public:
    // Neither is owned; settings may be null (nothing is kept then).
    ReceiverTlsDialog(Workbench::Workspace *workspace, Workbench::AppSettings *settings, QWidget *parent = nullptr);

    QLineEdit *certEdit() const { return m_cert; }
    QLineEdit *keyEdit() const { return m_key; }
    QLineEdit *passphraseEdit() const { return m_passphrase; }
    QString messageText() const;

private:
    QLineEdit *fileField(const QString &objectName, const QString &placeholder);
    void browse(QLineEdit *field, const QString &title);
    void apply(const QString &cert, const QString &key);

    Workbench::Workspace *m_workspace;
    Workbench::AppSettings *m_settings;
    QLineEdit *m_cert;
    QLineEdit *m_key;
    QLineEdit *m_passphrase;
    QLabel *m_message;
};

} // namespace Gui
