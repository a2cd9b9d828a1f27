// SPDX-License-Identifier: MIT
// The inspector's Handler tab: what the user's own handler answered to the event, oldest first (forwarded as it
// arrived, replayed, re-signed, edited), and for the answer picked its status and time taken, or why none came, its
// headers and the start of its body. Everything from the wire is shown with its control characters escaped.
#pragma once

#include "events/handleranswer.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QTableWidget;
class QTreeWidget;

namespace Gui {

class HandlerAnswersView : public QWidget
{
    Q_OBJECT

public:
    explicit HandlerAnswersView(QWidget *parent = nullptr);

    // The answers of the event shown, oldest first. The newest is picked, unless an older one was picked among the
    // same event's answers (a new answer joining does not take it away).
    void setAnswers(const QList<Events::HandlerAnswer> &answers, bool sameEvent = false);
    // No event shown.
    void clear();
    int answerCount() const { return int(m_answers.size()); }

private:
    QWidget *buildDetails();
    void showAnswer(int index);
    void showHeaders(const Http::HeaderList &headers);
    void showBody(const Journal::Forward &answer);
    static QString statusText(const Journal::Forward &answer);

    QList<Events::HandlerAnswer> m_answers;
    QStackedWidget *m_stack;
    QLabel *m_emptyLabel;
    QTreeWidget *m_list;
    QLabel *m_statusLabel;
    QTableWidget *m_headers;
    QLabel *m_bodyLabel;
    QPlainTextEdit *m_body;
};

} // namespace Gui
