// SPDX-License-Identifier: MIT
#include "gui/preflightchecklist.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QUrl>

namespace Gui {

namespace {
const char *const kMarkProperty = "preflightMark";
}

PreflightCheckList::PreflightCheckList(QWidget *parent) : QWidget(parent), m_layout(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("preflightList"));
    setAccessibleName(tr("Check of the URL"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(2);
    hide();
}

void PreflightCheckList::clear()
{
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    hide();
}

void PreflightCheckList::showChecking(const QUrl &url)
{
    clear();
    addLine(style()->standardIcon(QStyle::SP_BrowserReload),
            tr("Checking that Vipps can deliver to %1…").arg(url.toDisplayString()), QStringLiteral("checking"));
    show();
}

void PreflightCheckList::showReport(const Tunnel::PreflightReport &report)
{
    clear();
    for (const Tunnel::PreflightCheck &check : report.checks)
        addLine(iconFor(check.verdict), check.text, Tunnel::PreflightCheck::mark(check.verdict));
    show();
}

QStringList PreflightCheckList::lines() const
{
    QStringList result;
    const QList<QLabel *> labels = findChildren<QLabel *>(QStringLiteral("preflightLine"));
    for (const QLabel *label : labels)
        result.append(label->property(kMarkProperty).toString() + QLatin1String(": ") + label->text());
    return result;
}

void PreflightCheckList::addLine(const QIcon &icon, const QString &text, const QString &mark)
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *iconLabel = new QLabel(row);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    iconLabel->setPixmap(icon.pixmap(size, size));
    iconLabel->setFixedWidth(size);
    layout->addWidget(iconLabel, 0, Qt::AlignTop);
    auto *label = new QLabel(text, row);
    label->setObjectName(QStringLiteral("preflightLine"));
    label->setProperty(kMarkProperty, mark);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(label, 1);
    m_layout->addWidget(row);
}

QIcon PreflightCheckList::iconFor(Tunnel::PreflightCheck::Verdict verdict) const
{
    switch (verdict) {
    case Tunnel::PreflightCheck::Verdict::Passed: return style()->standardIcon(QStyle::SP_DialogApplyButton);
    case Tunnel::PreflightCheck::Verdict::Warning: return style()->standardIcon(QStyle::SP_MessageBoxWarning);
    case Tunnel::PreflightCheck::Verdict::Failed: return style()->standardIcon(QStyle::SP_MessageBoxCritical);
    case Tunnel::PreflightCheck::Verdict::Skipped: return {};
    }
    return {};
}

} // namespace Gui
