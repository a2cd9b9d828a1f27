// SPDX-License-Identifier: MIT
#include "gui/registerwebhookdialog.h"

#include "api/eventcatalog.h"
#include "gui/preflightchecklist.h"
#include "tunnel/urlpreflight.h"
#include "ui_registerwebhookdialog.h"

#include <QHeaderView>
#include <QHostAddress>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>

namespace Gui {

namespace {

const QString kPaymentGroup = QStringLiteral("ePayment");
const QString kHookPath = QStringLiteral("/hooks/vipps");
constexpr int TypeRole = Qt::UserRole;

bool hasScheme(const QUrl &url, QLatin1String scheme)
{
    return url.scheme().compare(scheme, Qt::CaseInsensitive) == 0;
}

// The hosts the simulator lets http:// through for (the same rule as Sim::WebhookRegistry).
bool isThisMachine(const QString &host)
{
    if (host == QLatin1String("localhost") || host.endsWith(QLatin1String(".localhost")))
        return true;
    return QHostAddress(host).isLoopback();
}

} // namespace

RegisterWebhookDialog::RegisterWebhookDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RegisterWebhookDialog>())
    , m_preflight(new Tunnel::UrlPreflight(this))
    , m_checks(new PreflightCheckList(this))
{
    m_ui->setupUi(this);
    m_ui->dialogLayout->insertWidget(m_ui->dialogLayout->indexOf(m_ui->eventsLabel) - 1, m_checks);
    connect(m_preflight, &Tunnel::UrlPreflight::finished, this, &RegisterWebhookDialog::onChecked);
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Register"));
    ok->setAccessibleName(tr("Register the webhook"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel registering"));
    m_ui->urlCombo->lineEdit()->setPlaceholderText(tr("https://your-tunnel.example/hooks/vipps"));
    m_ui->urlCombo->lineEdit()->setClearButtonEnabled(true);
    m_ui->validationLabel->setForegroundRole(QPalette::PlaceholderText);
    fillEvents();

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &RegisterWebhookDialog::onRegisterClicked);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->urlCombo, &QComboBox::editTextChanged, this, &RegisterWebhookDialog::validate);
    connect(m_ui->eventTree, &QTreeWidget::itemChanged, this, &RegisterWebhookDialog::validate);
    setLocalHttpAllowed(m_localHttpAllowed); // the note for the default, and the first check
}

RegisterWebhookDialog::~RegisterWebhookDialog() = default;

void RegisterWebhookDialog::onRegisterClicked()
{
    if (m_mayRegister && url() == m_checkedUrl) {
        accept();
        return;
    }
    m_checkedUrl = url();
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    ok->setText(tr("Checking…"));
    m_checks->showChecking(m_checkedUrl);
    m_preflight->check(m_checkedUrl, m_localHttpAllowed);
}

void RegisterWebhookDialog::onChecked(const Tunnel::PreflightReport &report)
{
    if (url() != m_checkedUrl) { // edited while it was checked: this is about another URL
        validate();
        return;
    }
    m_checks->showReport(report);
    if (report.passed()) {
        accept();
        return;
    }
    m_mayRegister = true;
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(tr("Register &anyway"));
    ok->setAccessibleName(tr("Register the webhook although the check failed"));
    ok->setEnabled(problem().isEmpty());
}

void RegisterWebhookDialog::fillEvents()
{
    const Api::EventCatalog &catalog = Api::EventCatalog::instance();
    const QStringList groups = catalog.groups();
    for (const QString &group : groups) {
        QTreeWidgetItem *groupItem = addGroup(group);
        const QList<Api::EventType> types = catalog.inGroup(group);
        for (const Api::EventType &type : types) {
            auto *item = new QTreeWidgetItem(groupItem, {type.type, type.meaningText()});
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable |
                           Qt::ItemNeverHasChildren);
            item->setData(0, TypeRole, type.type);
            item->setToolTip(0, type.meaningText());
            item->setToolTip(1, type.meaningText());
            item->setCheckState(0, group == kPaymentGroup ? Qt::Checked : Qt::Unchecked);
        }
        groupItem->setText(1, types.size() == 1 ? tr("1 event type") : tr("%n event types", "", int(types.size())));
        groupItem->setExpanded(group == kPaymentGroup);
    }
    m_ui->eventTree->header()->setStretchLastSection(true);
    m_ui->eventTree->resizeColumnToContents(0);
}

QTreeWidgetItem *RegisterWebhookDialog::addGroup(const QString &group)
{
    auto *item = new QTreeWidgetItem(m_ui->eventTree, {group});
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
    item->setCheckState(0, Qt::Unchecked);
    item->setToolTip(0, tr("Check or uncheck every %1 event").arg(group));
    QFont font = item->font(0);
    font.setBold(true);
    item->setFont(0, font);
    return item;
}

void RegisterWebhookDialog::setSuggestedUrl(const QUrl &url)
{
    if (url.isEmpty())
        return;
    const QString text = url.toString();
    if (m_ui->urlCombo->findText(text) < 0)
        m_ui->urlCombo->addItem(text);
    m_ui->urlCombo->setCurrentText(text);
}

void RegisterWebhookDialog::setLocalHttpAllowed(bool allowed)
{
    m_localHttpAllowed = allowed;
    m_urlNote = allowed ? tr("Vipps requires https:// in production and test, at an address the "
                             "internet can reach (a tunnel for this machine). The local simulator "
                             "also accepts http:// for this machine (127.0.0.1 or localhost).")
                        : tr("Vipps requires https:// in production and test, at an address the "
                             "internet can reach: for this machine, a tunnel's public https:// "
                             "URL.");
    validate();
}

QUrl RegisterWebhookDialog::url() const
{
    return QUrl(m_ui->urlCombo->currentText().trimmed(), QUrl::StrictMode);
}

QList<QTreeWidgetItem *> RegisterWebhookDialog::eventItems() const
{
    QList<QTreeWidgetItem *> items;
    for (int group = 0; group < m_ui->eventTree->topLevelItemCount(); ++group) {
        const QTreeWidgetItem *groupItem = m_ui->eventTree->topLevelItem(group);
        for (int child = 0; child < groupItem->childCount(); ++child)
            items.append(groupItem->child(child));
    }
    return items;
}

QStringList RegisterWebhookDialog::events() const
{
    QStringList events;
    const QList<QTreeWidgetItem *> items = eventItems();
    for (const QTreeWidgetItem *item : items) {
        if (item->checkState(0) == Qt::Checked)
            events.append(item->data(0, TypeRole).toString());
    }
    return events;
}

void RegisterWebhookDialog::setEvents(const QStringList &events)
{
    const QList<QTreeWidgetItem *> items = eventItems();
    for (QTreeWidgetItem *item : items)
        item->setCheckState(0, events.contains(item->data(0, TypeRole).toString()) ? Qt::Checked : Qt::Unchecked);
}

QString RegisterWebhookDialog::problem() const
{
    return problemWith(url(), events(), m_localHttpAllowed);
}

QUrl RegisterWebhookDialog::hookUrlFor(const QUrl &receiverUrl)
{
    if (receiverUrl.isEmpty() || (!receiverUrl.path().isEmpty() && receiverUrl.path() != QLatin1String("/")))
        return receiverUrl;
    QUrl url = receiverUrl;
    url.setPath(kHookPath);
    return url;
}

// docs/vipps-wire.md §3 "URL requirements"; the simulator's exception for this machine is its own.
QString RegisterWebhookDialog::problemWith(const QUrl &url, const QStringList &events, bool localHttpAllowed)
{
    if (const QString problem = urlProblemWith(url, localHttpAllowed); !problem.isEmpty())
        return problem;
    if (events.isEmpty())
        return tr("Check at least one event type to receive.");
    return {};
}

QString RegisterWebhookDialog::urlProblemWith(const QUrl &url, bool localHttpAllowed)
{
    if (url.isEmpty())
        return tr("Enter the URL Vipps should deliver the events to.");
    const bool https = hasScheme(url, QLatin1String("https"));
    if (!url.isValid() || url.isRelative() || url.host().isEmpty() || !(https || hasScheme(url, QLatin1String("http"))))
        return tr("Enter a full address with a host, starting with https:// (or http:// for this machine), for "
                  "example https://example.com/hooks/vipps.");
    if (!https && !localHttpAllowed)
        return tr("Vipps requires https:// in production and test: enter your endpoint's https:// address, or a "
                  "tunnel's public https:// URL to this machine.");
    if (!https && !isThisMachine(url.host()))
        return tr("http:// is accepted only by the local simulator, and only for this machine (127.0.0.1 or "
                  "localhost). Vipps requires https:// in production and test: use https://%1.")
            .arg(url.host());
    return {};
}

// A problem with the URL is said under the URL field, in place of the note about URLs, so nothing moves; the line
// at the bottom says what will be registered, or that no event type is checked.
void RegisterWebhookDialog::validate()
{
    const QString urlProblem = urlProblemWith(url(), m_localHttpAllowed);
    const QString problem = this->problem();
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    if (url() != m_checkedUrl) { // what was checked is no longer what would be registered
        m_checkedUrl.clear();
        m_mayRegister = false;
        m_checks->clear();
        ok->setText(tr("&Register"));
        ok->setAccessibleName(tr("Register the webhook"));
    }
    ok->setEnabled(problem.isEmpty() && !m_preflight->busy());
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    const QPixmap warning = style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size);
    m_ui->urlNoteLabel->setText(urlProblem.isEmpty() ? m_urlNote : urlProblem);
    m_ui->urlNoteLabel->setForegroundRole(urlProblem.isEmpty() ? QPalette::PlaceholderText : QPalette::WindowText);
    m_ui->urlIcon->setPixmap(urlProblem.isEmpty() ? QPixmap() : warning);
    m_ui->urlIcon->setFixedWidth(size);

    const QString eventsProblem = urlProblem.isEmpty() ? problem : QString();
    m_ui->validationLabel->setForegroundRole(eventsProblem.isEmpty() ? QPalette::PlaceholderText
                                                                     : QPalette::WindowText);
    m_ui->validationIcon->setVisible(!eventsProblem.isEmpty());
    if (!eventsProblem.isEmpty()) {
        m_ui->validationIcon->setPixmap(warning);
        m_ui->validationLabel->setText(eventsProblem);
        return;
    }
    if (!urlProblem.isEmpty()) {
        m_ui->validationLabel->clear();
        return;
    }
    const int count = int(events().size());
    const QString host = url().host();
    m_ui->validationLabel->setText(count == 1 ? tr("Vipps will send 1 event type to %1.").arg(host)
                                              : tr("Vipps will send %n event types to %1.", "", count).arg(host));
}

} // namespace Gui
