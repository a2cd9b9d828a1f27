// SPDX-License-Identifier: MIT
#include "gui/receiverquestions.h"

#include "gui/confirmbox.h"

#include <QMessageBox>

namespace Gui {

void ReceiverQuestions::moveRegistrations(QWidget *parent, int count, const QUrl &from, const QUrl &to,
                                          const std::function<void()> &confirmed)
{
    ConfirmBox question;
    question.objectName = QStringLiteral("moveWebhooksQuestion");
    question.title = tr("Move the webhooks");
    question.text = (count == 1 ? tr("The receiver now listens at %1, but a webhook still delivers to %2, where "
                                     "nothing listens any more.")
                                : tr("The receiver now listens at %1, but %n webhooks still deliver to %2, where "
                                     "nothing listens any more.",
                                     "", count))
                        .arg(to.toString(), from.toString());
    question.details = tr("Moving registers the new address first and then deletes the old registration, so no event "
                          "is lost. Until then no event reaches this app, and the quick start's step 3 is to do "
                          "again.");
    question.action = tr("Move the webhooks");
    question.actionObjectName = QStringLiteral("moveWebhooksButton");
    question.actionIsDefault = true;
    question.cancel = tr("Not now");
    question.open(parent, confirmed);
}

void ReceiverQuestions::portRefused(QWidget *parent, quint16 port, const QString &message, const QUrl &runningAt)
{
    const QString text =
        runningAt.isEmpty()
            ? tr("The receiver could not start on port %1 and is not running.").arg(port)
            : tr("The receiver stays at %1: it could not move to port %2.").arg(runningAt.toString()).arg(port);
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Port %1 cannot be used").arg(port), text, QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("receiverPortMessage"));
    box->setInformativeText(message);
    QObject::connect(box, &QDialog::finished, box, &QObject::deleteLater);
    box->open();
}

} // namespace Gui
