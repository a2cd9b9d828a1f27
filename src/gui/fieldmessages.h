// SPDX-License-Identifier: MIT
// The messages under a form's fields, shown so that the form never moves while the user types: the message of
// the field being typed in keeps its room, and one that appears waits until the field is left.
#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <initializer_list>

class QLabel;
class QWidget;

namespace Gui {

class FieldMessages
{
public:
    // The label shows the messages about these fields. It keeps one line of room while it has nothing to say.
    void add(QLabel *label, std::initializer_list<QWidget *> fields);
    // Each label's message (empty: nothing to say), held back for the field that has the focus.
    void show(const QHash<QLabel *, QString> &texts);
    // The user left a field (or pressed Enter): every message is shown as it is.
    void settle();

private:
    void hold(QLabel *label, const QString &text);
    static void apply(QLabel *label, const QString &text);
    QLabel *labelBeingTyped() const;

    QList<QLabel *> m_labels;
    QHash<const QWidget *, QLabel *> m_labelOf;
    QHash<QLabel *, QString> m_wanted;
};

} // namespace Gui
