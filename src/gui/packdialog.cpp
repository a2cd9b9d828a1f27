// SPDX-License-Identifier: MIT
#include "gui/packdialog.h"

#include "gui/packnewpage.h"
#include "workbench/packsession.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace Gui {

PackDialog::PackDialog(PackRunPage::Secrets secrets, QWidget *parent)
    : QDialog(parent)
    , m_session(new Workbench::PackSession(this))
    , m_tabs(new QTabWidget(this))
    , m_run(new PackRunPage(m_session, std::move(secrets), m_tabs))
    , m_new(new PackNewPage(m_tabs))
{
    setObjectName(QStringLiteral("packDialog"));
    setWindowTitle(tr("Test packs – Vipps Webhook Workbench"));
    setSizeGripEnabled(true);
    auto *layout = new QVBoxLayout(this);
    m_tabs->addTab(m_run, tr("&Run a pack"));
    m_tabs->addTab(m_new, tr("&New pack from events"));
    layout->addWidget(m_tabs);
    resize(900, 560);
    connect(m_new, &PackNewPage::saved, this, [this](const Events::TestPack &pack, const QString &path) {
        m_session->setPack(pack, path);
        m_run->showPack();
    });
    // A run does not go on unseen once the window is closed.
    connect(this, &QDialog::finished, m_session, &Workbench::PackSession::stop);
}

bool PackDialog::openPack(const QString &path)
{
    m_tabs->setCurrentWidget(m_run);
    return m_run->openPack(path);
}

void PackDialog::newPackFrom(const QList<Journal::Entry> &entries)
{
    m_new->setEntries(entries);
    m_tabs->setCurrentWidget(m_new);
}

} // namespace Gui
