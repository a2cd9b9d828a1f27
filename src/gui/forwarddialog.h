// SPDX-License-Identifier: MIT
// Receiver → Forward to…: the active profile's forwarding routes, one a line ("URL" or "EVENT-TYPE=URL", as
// `vipps-hooks listen --forward-to` takes them), each checked once the cursor leaves its line (all of them on Forward),
// and a way to stop forwarding.
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Workbench {
class Forwarding;
}

namespace Gui {

class ForwardDialog : public QDialog
{
    Q_OBJECT

public:
    // profile: the name of the profile whose routes these are. Not owned: forwarding must outlive the dialog.
    ForwardDialog(Workbench::Forwarding *forwarding, const QString &profile, QWidget *parent = nullptr);

    QPlainTextEdit *routesEdit() const { return m_routes; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *forwardButton() const { return m_forward; }
    QPushButton *stopButton() const { return m_stop; }

    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QStringList lines() const;
    // Says what is wrong in each line but heldLine (-1: none), the one being typed; true when every line is right.
    bool showProblems(int heldLine);
    void apply(const QStringList &lines);

    Workbench::Forwarding *m_forwarding;
    QPlainTextEdit *m_routes;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    QPushButton *m_forward;
    QPushButton *m_stop;
};

} // namespace Gui
