// SPDX-License-Identifier: MIT
#include "gui/profilelist.h"

#include "credentials/profilestore.h"
#include "workbench/profileediting.h"

#include <QListWidget>
#include <QSignalBlocker>

namespace Gui {

using Credentials::Environment;
using Credentials::Profile;

namespace {

constexpr int NameRole = Qt::UserRole;

QString environmentTitle(Environment environment)
{
    switch (environment) {
    case Environment::Simulator: return ProfileList::tr("simulator");
    case Environment::Test: return ProfileList::tr("test");
    case Environment::Production: return ProfileList::tr("production");
    case Environment::Custom: return ProfileList::tr("custom");
    }
    return {};
}

} // namespace

QString ProfileList::nameOf(const QListWidgetItem *item)
{
    return item ? item->data(NameRole).toString() : QString();
}

int ProfileList::count() const
{
    return m_list->count();
}

void ProfileList::reload(const QString &select)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    const QStringList names = m_editing->store()->names();
    for (const QString &name : names) {
        auto *item = new QListWidgetItem(m_list);
        item->setData(NameRole, name);
        decorate(item);
    }
    selectQuietly(select);
}

void ProfileList::selectQuietly(const QString &name)
{
    const QSignalBlocker blocker(m_list);
    for (int row = 0; row < m_list->count(); ++row) {
        if (nameOf(m_list->item(row)) == name) {
            m_list->setCurrentRow(row);
            return;
        }
    }
    m_list->setCurrentRow(-1);
}

void ProfileList::decorateAll()
{
    for (int row = 0; row < m_list->count(); ++row)
        decorate(m_list->item(row));
}

void ProfileList::decorate(QListWidgetItem *item) const
{
    const QString name = nameOf(item);
    const bool active = m_editing->isActive(name);
    item->setText(active ? tr("%1 (in use)").arg(name) : name);
    QFont font = m_list->font();
    font.setBold(active);
    item->setFont(font);
    const std::optional<Profile> profile = m_editing->store()->load(name);
    if (!profile) {
        item->setToolTip(tr("This profile cannot be read: its environment is unknown."));
        return;
    }
    item->setIcon(profile->isProduction() ? m_list->style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
    item->setToolTip(tr("%1 environment, %2")
                         .arg(environmentTitle(profile->environment), profile->effectiveBaseUrl().toDisplayString()));
}

} // namespace Gui
