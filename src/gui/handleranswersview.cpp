// SPDX-License-Identifier: MIT
#include "gui/handleranswersview.h"

#include "base/visibletext.h"
#include "events/requestexport.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Gui {

namespace {

enum ListColumn { SentColumn, KindColumn, ToColumn, AnswerColumn };

QLabel *wrappingLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString wireText(const QByteArray &bytes)
{
    return Base::visibleText(QString::fromUtf8(bytes));
}

} // namespace

HandlerAnswersView::HandlerAnswersView(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_emptyLabel(wrappingLabel(QStringLiteral("handlerEmptyLabel"), this))
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("handlerAnswersView"));
    m_emptyLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_emptyLabel->setMargin(6);
    m_list->setObjectName(QStringLiteral("handlerAnswerList"));
    m_list->setAccessibleName(tr("Handler answers"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("Sent"), tr("How"), tr("To"), tr("Answer")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(ToColumn, QHeaderView::Stretch);
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this] { showAnswer(m_list->indexOfTopLevelItem(m_list->currentItem())); });

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_list);
    splitter->addWidget(buildDetails());
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    const int line = fontMetrics().lineSpacing();
    splitter->setSizes({line * 5, line * 20}); // a few answers, the picked one below
    // Each part may get small, so the inspector asks no more room of a small window than its other tabs do.
    for (QWidget *part : std::initializer_list<QWidget *>{m_list, m_headers, m_body})
        part->setMinimumHeight(line * 2 + 2 * part->style()->pixelMetric(QStyle::PM_DefaultFrameWidth));
    auto *scroll = new QScrollArea(this); // in a small window the answer scrolls, as the verification steps do
    scroll->setWidget(splitter);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_stack->addWidget(m_emptyLabel);
    m_stack->addWidget(scroll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    clear();
}

QWidget *HandlerAnswersView::buildDetails()
{
    auto *details = new QWidget(this);
    m_statusLabel = wrappingLabel(QStringLiteral("handlerStatusLabel"), details);
    m_statusLabel->setAccessibleName(tr("Handler's answer"));
    m_headers = new QTableWidget(0, 2, details);
    m_headers->setObjectName(QStringLiteral("handlerHeadersTable"));
    m_headers->setAccessibleName(tr("Headers of the handler's answer"));
    m_headers->setHorizontalHeaderLabels({tr("Header"), tr("Value")});
    m_headers->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_headers->horizontalHeader()->setStretchLastSection(true);
    m_headers->verticalHeader()->hide();
    m_headers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_headers->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_headers->setAlternatingRowColors(true);
    m_headers->setWordWrap(false); // one line a header, its whole value in the tooltip
    m_bodyLabel = wrappingLabel(QStringLiteral("handlerBodyLabel"), details);
    m_body = new QPlainTextEdit(details);
    m_body->setObjectName(QStringLiteral("handlerBodyText"));
    m_body->setAccessibleName(tr("Body of the handler's answer"));
    m_body->setReadOnly(true);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_headers->setFont(fixed);
    m_body->setFont(fixed);

    auto *splitter = new QSplitter(Qt::Vertical, details);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_headers);
    auto *bodyBox = new QWidget(splitter);
    auto *bodyLayout = new QVBoxLayout(bodyBox);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addWidget(m_bodyLabel);
    bodyLayout->addWidget(m_body);
    splitter->addWidget(bodyBox);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(details);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_statusLabel);
    layout->addWidget(splitter, 1);
    return details;
}

void HandlerAnswersView::clear()
{
    m_answers.clear();
    m_list->clear();
    m_emptyLabel->setText(tr("Select an event in the log to see what your handler answered to it."));
    m_stack->setCurrentWidget(m_emptyLabel);
}

void HandlerAnswersView::setAnswers(const QList<Events::HandlerAnswer> &answers, bool sameEvent)
{
    const int picked = m_list->indexOfTopLevelItem(m_list->currentItem());
    const bool keepPick = sameEvent && picked >= 0 && picked < m_answers.size() - 1;
    m_answers = answers;
    m_list->clear();
    if (answers.isEmpty()) {
        m_emptyLabel->setText(tr("Your handler has not answered this event. Set Receiver → Forward to… or replay the "
                                 "event from the log's context menu: what your handler answers shows here, with its "
                                 "status, headers and body."));
        m_stack->setCurrentWidget(m_emptyLabel);
        return;
    }
    for (const Events::HandlerAnswer &answer : answers) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(SentColumn, answer.answer.sentAt.toLocalTime().toString(QStringLiteral("HH:mm:ss")));
        item->setText(KindColumn, Events::HandlerAnswer::kindName(answer.kind));
        item->setText(ToColumn, Base::visibleText(answer.answer.to));
        item->setText(AnswerColumn, answer.shortText());
        item->setToolTip(ToColumn, answer.lineText());
    }
    m_stack->setCurrentIndex(1);
    m_list->setCurrentItem(m_list->topLevelItem(keepPick ? picked : int(answers.size()) - 1));
}

void HandlerAnswersView::showAnswer(int index)
{
    if (index < 0 || index >= m_answers.size())
        return;
    const Journal::Forward &answer = m_answers.at(index).answer;
    m_statusLabel->setText(statusText(answer));
    showHeaders(answer.headers);
    showBody(answer);
}

// docs/architecture.md §4 "Forward lines": a status with no error is a whole answer; status 0 says none came.
QString HandlerAnswersView::statusText(const Journal::Forward &answer)
{
    const QString sent = tr("Sent %1 to %2.")
                             .arg(answer.sentAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")),
                                  Base::visibleText(answer.to));
    if (answer.error.isEmpty() && answer.status != 0)
        return tr("HTTP %1 in %2 ms. %3").arg(answer.status).arg(answer.elapsedMs).arg(sent);
    const QString error = Base::visibleText(answer.error);
    return answer.timedOut ? tr("Timed out after %1 ms: %2. %3").arg(answer.elapsedMs).arg(error, sent)
                           : tr("No answer (after %1 ms): %2. %3").arg(answer.elapsedMs).arg(error, sent);
}

void HandlerAnswersView::showHeaders(const Http::HeaderList &headers)
{
    m_headers->clearContents();
    m_headers->setRowCount(int(headers.size()));
    for (int row = 0; row < m_headers->rowCount(); ++row) {
        m_headers->setItem(row, 0, new QTableWidgetItem(wireText(headers.at(row).name)));
        auto *value = new QTableWidgetItem(wireText(headers.at(row).value));
        value->setToolTip(value->text());
        m_headers->setItem(row, 1, value);
    }
    m_headers->resizeRowsToContents();
}

void HandlerAnswersView::showBody(const Journal::Forward &answer)
{
    const QString json = Events::RequestExport::prettyJson(answer.body);
    QString text = Base::visibleText(json.isEmpty() ? QString::fromUtf8(answer.body) : json, Base::LineBreaks::Kept);
    if (answer.bodyTruncated)
        text += u'\n' + tr("… more not kept");
    m_body->setPlainText(text);
    if (answer.body.isEmpty())
        m_bodyLabel->setText(tr("No body."));
    else if (!json.isEmpty())
        m_bodyLabel->setText(tr("Body (%n bytes kept), as pretty JSON:", nullptr, int(answer.body.size())));
    else
        m_bodyLabel->setText(tr("Body (%n bytes kept):", nullptr, int(answer.body.size())));
}

} // namespace Gui
