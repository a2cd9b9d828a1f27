// SPDX-License-Identifier: MIT
#include "gui/forwarddialog.h"

#include "gui/steadylayout.h"
#include "workbench/forwarding.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Gui {

ForwardDialog::ForwardDialog(Workbench::Forwarding *forwarding, const QString &profile, QWidget *parent)
    : QDialog(parent)
    , m_forwarding(forwarding)
    , m_routes(new QPlainTextEdit(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("forwardDialog"));
    setWindowTitle(tr("Forward to"));
    auto *intro = new QLabel(tr("Each delivery the receiver accepts goes on to your own handler with its exact bytes "
                                "and headers, so your handler's own signature check says valid. What it answers shows "
                                "in the event log's Handler column and the inspector's Handler tab, and is kept in the "
                                "journal. The sender's answer never waits for your handler."),
                             this);
    auto *form = new QLabel(tr("One route a line, kept for profile \"%1\":\n"
                               "URL: every accepted delivery, e.g. http://localhost:3000/vipps\n"
                               "EVENT-TYPE=URL: only that type, e.g. captured=http://localhost:4000/captures "
                               "(short for epayments.payment.captured.v1=…)")
                                .arg(profile),
                            this);
    for (QLabel *label : {intro, form, m_message}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }
    m_message->setObjectName(QStringLiteral("forwardMessageLabel"));
    m_routes->setObjectName(QStringLiteral("forwardRoutesEdit"));
    m_routes->setAccessibleName(tr("Forwarding routes, one a line"));
    m_routes->setPlaceholderText(QStringLiteral("http://localhost:3000/vipps"));
    m_routes->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_routes->setTabChangesFocus(true);
    m_routes->setPlainText(forwarding->routeTexts().join(u'\n'));
    m_routes->setMinimumHeight(m_routes->fontMetrics().lineSpacing() * 5);
    m_forward = m_buttons->addButton(tr("&Forward"), QDialogButtonBox::AcceptRole);
    m_stop = m_buttons->addButton(tr("&Stop forwarding"), QDialogButtonBox::ResetRole);
    m_stop->setEnabled(!forwarding->routeTexts().isEmpty());
    m_forward->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(form);
    layout->addWidget(m_routes, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    SteadyLayout::keepRoomWhenHidden({m_message});
    SteadyLayout::keepOneLine(m_message);
    m_routes->installEventFilter(this);
    const auto check = [this] { showProblems(m_routes->hasFocus() ? m_routes->textCursor().blockNumber() : -1); };
    connect(m_routes, &QPlainTextEdit::textChanged, this, check);
    connect(m_routes, &QPlainTextEdit::cursorPositionChanged, this, check);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ForwardDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ForwardDialog::reject);
    connect(m_stop, &QPushButton::clicked, this, [this] { apply({}); });
    resize(std::max(sizeHint().width(), fontMetrics().averageCharWidth() * 72), sizeHint().height());
    showProblems(-1);
}

bool ForwardDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_routes && event->type() == QEvent::FocusOut)
        showProblems(-1);
    return QDialog::eventFilter(watched, event);
}

QStringList ForwardDialog::lines() const
{
    return m_routes->toPlainText().split(u'\n');
}

// Each wrong line is named by its number, as the user sees it.
bool ForwardDialog::showProblems(int heldLine)
{
    const QStringList problems = Workbench::Forwarding::check(lines());
    QStringList said;
    bool allRight = true;
    for (qsizetype line = 0; line < problems.size(); ++line) {
        if (problems.at(line).isEmpty())
            continue;
        allRight = false;
        if (line != heldLine)
            said.append(tr("Line %1: %2").arg(line + 1).arg(problems.at(line)));
    }
    m_message->setText(said.join(u'\n'));
    m_message->setVisible(!said.isEmpty());
    return allRight;
}

void ForwardDialog::accept()
{
    if (showProblems(-1))
        apply(lines());
}

void ForwardDialog::apply(const QStringList &lines)
{
    if (!m_forwarding->setRouteTexts(lines)) {
        m_message->setText(tr("The routes could not be kept: check that the settings file can be written."));
        m_message->setVisible(true);
        return;
    }
    QDialog::accept();
}

} // namespace Gui
