// SPDX-License-Identifier: MIT
#include "gui/inspectorpanel.h"

#include "events/eventlogmodel.h"
#include "events/requestexport.h"
#include "gui/handleranswersview.h"
#include "gui/inspectortext.h"
#include "gui/steadylayout.h"
#include "gui/webhooksecretoffer.h"
#include "ui_inspectorpanel.h"

#include <QAction>
#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QMimeData>
#include <QScrollBar>

#include <algorithm>

namespace Gui {

namespace {

// Text for pasting, and the exact bytes alongside for applications that take them.
void copyToClipboard(const QByteArray &bytes)
{
    auto *data = new QMimeData;
    data->setText(QString::fromUtf8(bytes));
    data->setData(QStringLiteral("application/octet-stream"), bytes);
    QGuiApplication::clipboard()->setMimeData(data);
}

// The labels of the verification grid that show a value of one request (not the captions).
QList<QLabel *> stepValueLabels(const Ui::InspectorPanel &ui)
{
    return {ui.receivedHashLabel,
            ui.computedHashLabel,
            ui.hashVerdictLabel,
            ui.hostLabel,
            ui.pathLabel,
            ui.dateLabel,
            ui.stringToSignLabel,
            ui.receivedSignatureLabel,
            ui.computedSignatureLabel,
            ui.signatureVerdictLabel,
            ui.secretUsedLabel,
            ui.authorizationHeaderLabel,
            ui.skewLabel,
            ui.resultLabel};
}

void setBold(QLabel *label, bool bold)
{
    QFont font = label->font();
    font.setBold(bold);
    label->setFont(font);
}

} // namespace

InspectorPanel::InspectorPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::InspectorPanel>())
    , m_secretOffer(new WebhookSecretOffer(this))
    , m_handlerAnswers(new HandlerAnswersView(this))
{
    m_ui->setupUi(this);
    m_ui->tabs->addTab(m_handlerAnswers, tr("Handler"));
    m_ui->panelLayout->insertWidget(m_ui->panelLayout->indexOf(m_ui->summaryLabel) + 1, m_secretOffer);
    SteadyLayout::showWholeText(m_ui->summaryLabel);
    setUpLooks();
    setUpActions();
    clear();
}

InspectorPanel::~InspectorPanel() = default;

void InspectorPanel::setUpLooks()
{
    // However little room the window has, the checks show several lines: the log above gives way first.
    m_ui->verificationScroll->setMinimumHeight(fontMetrics().lineSpacing() * 7);
    for (QLabel *label : findChildren<QLabel *>()) {
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const QList<QLabel *> values{m_ui->receivedHashLabel,
                                 m_ui->computedHashLabel,
                                 m_ui->hostLabel,
                                 m_ui->pathLabel,
                                 m_ui->dateLabel,
                                 m_ui->stringToSignLabel,
                                 m_ui->receivedSignatureLabel,
                                 m_ui->computedSignatureLabel};
    for (QLabel *label : values) {
        label->setFont(fixed);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    for (QWidget *widget : std::initializer_list<QWidget *>{m_ui->headersTable, m_ui->bodyText, m_ui->jsonText})
        widget->setFont(fixed);
    for (QLabel *title : {m_ui->hashStepTitle, m_ui->stringStepTitle, m_ui->signatureStepTitle, m_ui->dateStepTitle,
                          m_ui->resultTitle}) {
        setBold(title, true);
        if (title != m_ui->hashStepTitle)
            title->setContentsMargins(0, fontMetrics().height() / 2, 0, 0);
    }
    // QScrollArea::setWidget() turns the background on; the steps sit on the tab's own background.
    m_ui->verificationSteps->setAutoFillBackground(false);
    m_ui->verificationScroll->viewport()->setAutoFillBackground(false);
    for (QLabel *muted :
         {m_ui->receivedHashCaption, m_ui->computedHashCaption, m_ui->hostCaption, m_ui->pathCaption, m_ui->dateCaption,
          m_ui->stringToSignCaption, m_ui->stringToSignHint, m_ui->receivedSignatureCaption,
          m_ui->computedSignatureCaption, m_ui->secretCaption, m_ui->authorizationCaption, m_ui->skewCaption})
        muted->setForegroundRole(QPalette::PlaceholderText);
    m_ui->headersTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->bodyInfoLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop); // alone on its tab when the body is gone
}

void InspectorPanel::setUpActions()
{
    connect(m_ui->copyBodyButton, &QPushButton::clicked, this, &InspectorPanel::copyBody);
    connect(m_ui->copyCurlButton, &QPushButton::clicked, this, &InspectorPanel::copyCurl);
    connect(m_ui->copyRawButton, &QPushButton::clicked, this, &InspectorPanel::copyRawRequest);

    auto *copyHeaders = new QAction(tr("Copy selected headers"), m_ui->headersTable);
    copyHeaders->setObjectName(QStringLiteral("copyHeadersAction"));
    copyHeaders->setShortcut(QKeySequence::Copy);
    copyHeaders->setShortcutContext(Qt::WidgetShortcut);
    m_ui->headersTable->addAction(copyHeaders);
    m_ui->headersTable->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(copyHeaders, &QAction::triggered, this, &InspectorPanel::copySelectedHeaders);

    // From anywhere in the window: the event just picked in the log, as curl.
    auto *copyCurl = new QAction(tr("Copy the inspected event as curl"), this);
    copyCurl->setObjectName(QStringLiteral("copyCurlAction"));
    copyCurl->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C));
    copyCurl->setShortcutContext(Qt::WindowShortcut);
    addAction(copyCurl);
    connect(copyCurl, &QAction::triggered, this, &InspectorPanel::copyCurl);
}

void InspectorPanel::followAnswersOf(const Events::EventLogModel *model)
{
    connect(model, &Events::EventLogModel::handlerAnswerAdded, this, [this, model](int row) {
        const Events::EventRow &changed = model->row(row);
        if (isShown(changed.seq, changed.receivedAt))
            showHandlerAnswers(changed.handlerAnswers, true);
    });
}

// The event shown: the same seq, received at the same moment.
bool InspectorPanel::isShown(qint64 seq, const QDateTime &receivedAt) const
{
    return m_entry && m_entry->seq == seq && m_entry->receivedAt == receivedAt;
}

void InspectorPanel::setRecord(const Events::EventRecord &record)
{
    const bool sameEvent = isShown(record.entry.seq, record.entry.receivedAt);
    m_entry = record.entry;
    showHandlerAnswers(record.handlerAnswers, sameEvent);
    m_secretOffer->setVerification(record.verified ? std::optional(record.verification) : std::nullopt);
    showSummary(record);
    showHeaders(record.entry.headers);
    m_requestKept = !record.lost;
    if (m_requestKept) {
        showBody(record.entry.body);
        showVerification(record);
    } else {
        showRequestLost(record);
    }
    setCopyEnabled(m_requestKept);
    // Each event's check is read from its first step, whatever was scrolled to for the one before.
    m_ui->verificationScroll->verticalScrollBar()->setValue(0);
    m_ui->verificationScroll->horizontalScrollBar()->setValue(0);
}

void InspectorPanel::clear()
{
    m_entry.reset();
    m_secretOffer->setVerification(std::nullopt);
    m_handlerAnswers->clear();
    m_ui->tabs->setTabText(m_ui->tabs->indexOf(m_handlerAnswers), tr("Handler"));
    m_ui->summaryLabel->setText(tr("No event selected."));
    SteadyLayout::refit(m_ui->summaryLabel);
    m_ui->headersTable->setRowCount(0);
    m_ui->bodyInfoLabel->clear();
    m_ui->bodyText->clear();
    m_ui->jsonText->clear();
    setJsonAvailable(false);
    for (QLabel *label : stepValueLabels(*m_ui))
        label->clear();
    m_ui->nothingToVerifyLabel->setText(tr("Select an event in the log to see how its signature was checked."));
    m_ui->verificationStack->setCurrentWidget(m_ui->nothingToVerifyPage);
    setCopyEnabled(false);
}

void InspectorPanel::showSummary(const Events::EventRecord &record)
{
    m_ui->summaryLabel->setText(InspectorText::eventLine(record) + u'\n' + InspectorText::resultLine(record));
    SteadyLayout::refit(m_ui->summaryLabel);
}

void InspectorPanel::showHeaders(const Http::HeaderList &headers)
{
    QTableWidget *table = m_ui->headersTable;
    table->clearContents();
    table->setRowCount(int(headers.size()));
    for (int row = 0; row < table->rowCount(); ++row) {
        const Http::Header &header = headers.at(row);
        table->setItem(row, 0, new QTableWidgetItem(InspectorText::withControlPictures(header.name)));
        auto *value = new QTableWidgetItem(InspectorText::withControlPictures(header.value));
        value->setToolTip(value->text()); // long values are elided in the cell
        table->setItem(row, 1, value);
    }
    table->resizeRowsToContents();
}

void InspectorPanel::showBody(const QByteArray &body)
{
    m_ui->bodyInfoLabel->setText(InspectorText::bodyInfo(body));
    m_ui->bodyText->show();
    m_ui->bodyText->setPlainText(InspectorText::withControlPictures(body));
    const QString json = Events::RequestExport::prettyJson(body);
    m_ui->jsonText->setPlainText(json);
    setJsonAvailable(!json.isEmpty());
}

// docs/architecture.md §7 "The event log's memory": an event whose journal line is gone has no body or steps to show,
// and none is made up (an empty body, steps "missing"): the summary is what is left.
void InspectorPanel::showRequestLost(const Events::EventRecord &record)
{
    m_ui->bodyInfoLabel->setText(tr("The body is no longer in the journal."));
    m_ui->bodyText->clear();
    m_ui->bodyText->hide(); // its placeholder says "empty"
    m_ui->jsonText->clear();
    setJsonAvailable(false);
    if (!record.verified) { // it was never checked: what it asked for is kept
        showVerification(record);
        return;
    }
    m_ui->nothingToVerifyLabel->setText(tr("The request is no longer in the journal, so its check cannot be shown "
                                           "step by step: the summary above says how it was checked when it "
                                           "arrived."));
    m_ui->verificationStack->setCurrentWidget(m_ui->nothingToVerifyPage);
}

void InspectorPanel::showHandlerAnswers(const QList<Events::HandlerAnswer> &answers, bool sameEvent)
{
    m_handlerAnswers->setAnswers(answers, sameEvent);
    m_ui->tabs->setTabText(m_ui->tabs->indexOf(m_handlerAnswers),
                           answers.isEmpty() ? tr("Handler") : tr("Handler (%1)").arg(answers.size()));
}

void InspectorPanel::showVerification(const Events::EventRecord &record)
{
    if (record.verified) {
        showSteps(record.verification);
        m_ui->verificationStack->setCurrentWidget(m_ui->verificationScroll);
        return;
    }
    m_ui->nothingToVerifyLabel->setText(tr("Nothing to verify: %1 is not a webhook delivery (Vipps delivers with "
                                           "POST), so no signature was checked. It was answered with HTTP %2.")
                                            .arg(InspectorText::requestLine(record.entry))
                                            .arg(record.entry.status));
    m_ui->verificationStack->setCurrentWidget(m_ui->nothingToVerifyPage);
}

void InspectorPanel::showSteps(const Signature::Verification &v)
{
    m_ui->receivedHashLabel->setText(InspectorText::shownValue(v.receivedContentHash));
    m_ui->computedHashLabel->setText(InspectorText::shownValue(v.computedContentHash));
    showVerdict(m_ui->hashVerdictLabel, v.receivedContentHash.trimmed(), v.computedContentHash);
    m_ui->hostLabel->setText(InspectorText::shownValue(v.host));
    m_ui->pathLabel->setText(InspectorText::shownValue(v.pathAndQuery));
    m_ui->dateLabel->setText(InspectorText::shownValue(v.xMsDate));
    m_ui->stringToSignLabel->setText(InspectorText::stringToSignText(v.stringToSign));
    m_ui->receivedSignatureLabel->setText(InspectorText::shownValue(v.receivedSignature));
    m_ui->computedSignatureLabel->setText(InspectorText::shownValue(v.computedSignature));
    showVerdict(m_ui->signatureVerdictLabel, v.receivedSignature, v.computedSignature);
    m_ui->secretUsedLabel->setText(InspectorText::secretText(v));
    m_ui->authorizationHeaderLabel->setText(InspectorText::authorizationText(v));
    m_ui->skewLabel->setText(InspectorText::skewText(v));
    m_ui->resultLabel->setText(tr("%1: %2").arg(InspectorText::resultInWords(v.result), v.translatedReason()));
}

void InspectorPanel::showVerdict(QLabel *label, const QByteArray &received, const QByteArray &computed)
{
    const bool equal = !received.isEmpty() && received == computed;
    if (received.isEmpty())
        label->setText(tr("\u2717 missing"));
    else if (computed.isEmpty())
        label->setText(tr("\u2013 not checked"));
    else
        label->setText(equal ? tr("\u2713 equal") : tr("\u2717 different"));
    setBold(label, !equal);
}

void InspectorPanel::setJsonAvailable(bool available)
{
    const int index = m_ui->tabs->indexOf(m_ui->jsonTab);
    if (!available && m_ui->tabs->currentIndex() == index)
        m_ui->tabs->setCurrentWidget(m_ui->bodyTab);
    m_ui->tabs->setTabEnabled(index, available);
    m_ui->tabs->setTabToolTip(index, available ? QString() : tr("The body is not JSON."));
}

void InspectorPanel::setCopyEnabled(bool enabled)
{
    for (QPushButton *button : {m_ui->copyBodyButton, m_ui->copyCurlButton, m_ui->copyRawButton})
        button->setEnabled(enabled);
}

void InspectorPanel::copyBody()
{
    if (m_entry && m_requestKept)
        copyToClipboard(m_entry->body);
}

void InspectorPanel::copyCurl()
{
    if (m_entry && m_requestKept)
        QGuiApplication::clipboard()->setText(Events::RequestExport::curl(*m_entry));
}

void InspectorPanel::copyRawRequest()
{
    if (m_entry && m_requestKept)
        copyToClipboard(Events::RequestExport::rawRequest(*m_entry));
}

// "Name: value" lines for the selected rows, in received order, from the bytes as received.
void InspectorPanel::copySelectedHeaders()
{
    if (!m_entry)
        return;
    QList<QModelIndex> rows = m_ui->headersTable->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QByteArray text;
    for (const QModelIndex &index : rows) {
        const Http::Header &header = m_entry->headers.at(index.row());
        text += header.name + ": " + header.value + '\n';
    }
    if (!text.isEmpty())
        copyToClipboard(text);
}

} // namespace Gui
