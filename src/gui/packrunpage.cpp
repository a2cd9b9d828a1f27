// SPDX-License-Identifier: MIT
#include "gui/packrunpage.h"

#include "workbench/packsession.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace Gui {

using Workbench::PackRunModel;

namespace {

// PASS in green, FAIL in red, in the Result column.
class VerdictDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const auto state = PackRunModel::State(index.data(PackRunModel::StateRole).toInt());
        if (state != PackRunModel::State::Passed && state != PackRunModel::State::Failed)
            return;
        option->font.setBold(true);
        const QColor colour =
            state == PackRunModel::State::Passed ? QColor(0x1b, 0x7f, 0x3b) : QColor(0xb3, 0x26, 0x1e);
        option->palette.setColor(QPalette::Text, colour);
        option->palette.setColor(QPalette::HighlightedText, colour.lighter(170));
    }
};

} // namespace

PackRunPage::PackRunPage(Workbench::PackSession *session, Secrets secrets, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_secrets(std::move(secrets))
    , m_file(new QLabel(this))
    , m_url(new QLineEdit(this))
    , m_secretChoice(new QComboBox(this))
    , m_secret(new QLineEdit(this))
    , m_run(new QPushButton(tr("&Run"), this))
    , m_stop(new QPushButton(tr("S&top"), this))
    , m_summary(new QLabel(this))
    , m_error(new QLabel(this))
    , m_table(new QTableView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buildForm());
    m_error->setObjectName(QStringLiteral("packError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    layout->addWidget(m_error);
    m_table->setModel(session->model());
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setItemDelegateForColumn(PackRunModel::Verdict, new VerdictDelegate(m_table));
    m_table->setAccessibleName(tr("Steps of the test pack"));
    layout->addWidget(m_table, 1);
    m_summary->setObjectName(QStringLiteral("packSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    connect(m_run, &QPushButton::clicked, this, &PackRunPage::run);
    connect(m_stop, &QPushButton::clicked, session, &Workbench::PackSession::stop);
    connect(session, &Workbench::PackSession::runningChanged, this, &PackRunPage::onRunning);
    connect(session, &Workbench::PackSession::finished, this, &PackRunPage::onFinished);
    connect(m_url, &QLineEdit::textChanged, this, &PackRunPage::updateButtons);
    connect(m_secretChoice, &QComboBox::currentIndexChanged, this, [this] {
        m_secret->setEnabled(m_secretChoice->currentIndex() == m_secretChoice->count() - 1);
        updateButtons();
    });
    connect(m_secret, &QLineEdit::textChanged, this, &PackRunPage::updateButtons);
    fillSecrets();
    showPack();
}

QLayout *PackRunPage::buildForm()
{
    auto *form = new QFormLayout;
    auto *fileRow = new QHBoxLayout;
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    fileRow->addWidget(m_file, 1);
    auto *open = new QPushButton(tr("&Open pack…"), this);
    connect(open, &QPushButton::clicked, this, &PackRunPage::chooseFile);
    fileRow->addWidget(open);
    form->addRow(tr("Pack:"), fileRow);
    m_url->setPlaceholderText(QStringLiteral("http://localhost:3000/webhooks/vipps"));
    m_url->setToolTip(tr("Your handler's URL. Without a path each step's own path is used."));
    form->addRow(tr("Handler &URL:"), m_url);
    auto *secretRow = new QHBoxLayout;
    m_secretChoice->setAccessibleName(tr("Secret to sign with"));
    secretRow->addWidget(m_secretChoice);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(tr("the webhook secret your handler verifies with"));
    m_secret->setAccessibleName(tr("Webhook secret"));
    secretRow->addWidget(m_secret, 1);
    auto *secretLabel = new QLabel(tr("&Sign with:"), this);
    secretLabel->setBuddy(m_secretChoice);
    form->addRow(secretLabel, secretRow);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_stop);
    buttons->addStretch(1);
    form->addRow(buttons);
    return form;
}

void PackRunPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    fillSecrets();
}

// The active profile's webhook secrets by the webhook they belong to, then one typed here.
void PackRunPage::fillSecrets()
{
    const int chosen = m_secretChoice->currentIndex();
    m_secretList = m_secrets ? m_secrets() : Signature::SecretList();
    m_secretChoice->clear();
    for (const Signature::Secret &secret : std::as_const(m_secretList))
        m_secretChoice->addItem(tr("Secret of %1").arg(secret.label.translated()));
    m_secretChoice->addItem(tr("A secret typed here:"));
    m_secretChoice->setCurrentIndex(chosen >= 0 && chosen < m_secretChoice->count() ? chosen : 0);
    m_secret->setEnabled(m_secretChoice->currentIndex() == m_secretChoice->count() - 1);
    updateButtons();
}

void PackRunPage::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open test pack"), QFileInfo(m_session->path()).path(),
                                                      tr("Test packs (*.json);;All files (*)"));
    if (!path.isEmpty())
        openPack(path);
}

bool PackRunPage::openPack(const QString &path)
{
    QString error;
    if (!m_session->open(path, &error)) {
        showError(tr("Not opened: %1").arg(error));
        return false;
    }
    showPack();
    return true;
}

void PackRunPage::showPack()
{
    showError(QString());
    const int steps = int(m_session->pack().steps.size());
    const QString path = QDir::toNativeSeparators(m_session->path());
    m_file->setText(!m_session->hasPack() ? tr("No pack open. Open one, or make one on the other page.")
                    : steps == 1          ? tr("%1 (1 step)").arg(path)
                                          : tr("%1 (%n steps)", "", steps).arg(path));
    m_summary->clear();
    m_table->resizeColumnsToContents();
    updateButtons();
}

void PackRunPage::run()
{
    QString error;
    const std::optional<QUrl> to = Workbench::PackSession::handlerUrl(m_url->text(), &error);
    if (!to) {
        showError(error);
        return;
    }
    const int choice = m_secretChoice->currentIndex();
    const QByteArray secret = choice < m_secretList.size() ? m_secretList.at(choice).value : m_secret->text().toUtf8();
    showError(QString());
    m_summary->setText(tr("Running…"));
    m_session->run(*to, secret);
}

void PackRunPage::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void PackRunPage::onRunning(bool)
{
    updateButtons();
}

void PackRunPage::onFinished(const Events::PackSummary &, const QString &text)
{
    m_summary->setText(text);
    m_table->resizeColumnsToContents();
}

void PackRunPage::updateButtons()
{
    const bool running = m_session->isRunning();
    const bool typed = m_secretChoice->currentIndex() < m_secretChoice->count() - 1 || !m_secret->text().isEmpty();
    m_run->setEnabled(!running && m_session->hasPack() && !m_url->text().trimmed().isEmpty() && typed);
    m_stop->setEnabled(running);
}

} // namespace Gui
