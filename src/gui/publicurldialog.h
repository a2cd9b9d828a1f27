// SPDX-License-Identifier: MIT
// Receiver → Public URL…: the address Vipps delivers to for the profile in use (a tunnel's), typed or found from the
// tunnel agents running here (docs/architecture.md §3 "Public URL from a tunnel").
#pragma once

#include "tunnel/tunnelchoice.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Workbench {
class PublicAddress;
}

namespace Gui {

class PublicUrlDialog : public QDialog
{
    Q_OBJECT

public:
    // address is not owned and must outlive the dialog; port: the receiver's, for the tunnel command shown.
    PublicUrlDialog(Workbench::PublicAddress *address, const QString &profile, quint16 port, QWidget *parent = nullptr);

    QLineEdit *urlEdit() const { return m_edit; }
    QPushButton *detectButton() const { return m_detect; }
    QString messageText() const;

private:
    void validate();
    void detect();
    void onDetected(const Tunnel::TunnelChoice &choice, const QStringList &notes);
    void save();
    void clear();

    Workbench::PublicAddress *m_address;
    QLineEdit *m_edit;
    QLabel *m_message;
    QPushButton *m_detect;
    QPushButton *m_save;
};

} // namespace Gui
