// SPDX-License-Identifier: MIT
// Messages under form fields that keep the form still while the user types.
#include "gui/fieldmessages.h"

#include "gui/steadylayout.h"

#include <QLabel>

namespace Gui {

void FieldMessages::add(QLabel *label, std::initializer_list<QWidget *> fields)
{
    m_labels.append(label);
    for (QWidget *field : fields)
        m_labelOf.insert(field, label);
    SteadyLayout::keepRoomWhenHidden({label});
}

void FieldMessages::show(const QHash<QLabel *, QString> &texts)
{
    QLabel *typing = labelBeingTyped();
    for (QLabel *label : std::as_const(m_labels)) {
        const QString text = texts.value(label);
        m_wanted.insert(label, text);
        if (label == typing)
            hold(label, text);
        else
            apply(label, text);
    }
}

void FieldMessages::settle()
{
    for (QLabel *label : std::as_const(m_labels))
        apply(label, m_wanted.value(label));
}

// While the user types, a problem put right loses its words at once but keeps its height, a message that changes
// changes in place, and a new problem is told when the field is left.
void FieldMessages::hold(QLabel *label, const QString &text)
{
    if (label->text().isEmpty())
        return;
    if (!text.isEmpty()) {
        apply(label, text);
        return;
    }
    label->setMinimumHeight(label->height());
    label->clear();
}

void FieldMessages::apply(QLabel *label, const QString &text)
{
    SteadyLayout::keepOneLine(label);
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

QLabel *FieldMessages::labelBeingTyped() const
{
    if (m_labels.isEmpty())
        return nullptr;
    return m_labelOf.value(m_labels.constFirst()->window()->focusWidget());
}

} // namespace Gui
