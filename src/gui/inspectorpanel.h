// SPDX-License-Identifier: MIT
// Shows one received request: headers as received, body, pretty JSON and the signature check step by step; for a
// delivery checked without its webhook's secret, a place to add that secret.
#pragma once

#include "events/eventrecord.h"

#include <QWidget>

#include <memory>
#include <optional>

class QLabel;

namespace Events {
class EventLogModel;
}

namespace Ui {
class InspectorPanel;
}

namespace Gui {

class HandlerAnswersView;
class WebhookSecretOffer;

class InspectorPanel : public QWidget
{
    Q_OBJECT

public:
    explicit InspectorPanel(QWidget *parent = nullptr);
    ~InspectorPanel() override;

    void setRecord(const Events::EventRecord &record);
    void clear();
    // Under the summary: adds the secret of the webhook a delivery names, when the app lacks it.
    WebhookSecretOffer *secretOffer() const { return m_secretOffer; }
    // The Handler tab shows an answer as soon as it joins the event shown (EventLogModel::handlerAnswerAdded).
    void followAnswersOf(const Events::EventLogModel *model);
    HandlerAnswersView *handlerAnswers() const { return m_handlerAnswers; }

private:
    void setUpLooks();
    void setUpActions();
    void showSummary(const Events::EventRecord &record);
    void showHeaders(const Http::HeaderList &headers);
    void showBody(const QByteArray &body);
    void showRequestLost(const Events::EventRecord &record);
    bool isShown(qint64 seq, const QDateTime &receivedAt) const;
    void showHandlerAnswers(const QList<Events::HandlerAnswer> &answers, bool sameEvent);
    void showVerification(const Events::EventRecord &record);
    void showSteps(const Signature::Verification &verification);
    void showVerdict(QLabel *label, const QByteArray &received, const QByteArray &computed);
    void setJsonAvailable(bool available);
    void setCopyEnabled(bool enabled);
    void copyBody();
    void copyCurl();
    void copyRawRequest();
    void copySelectedHeaders();

    std::unique_ptr<Ui::InspectorPanel> m_ui;
    std::optional<Journal::Entry> m_entry;
    bool m_requestKept = false; // the entry has its headers and body (not lost): they can be copied
    WebhookSecretOffer *m_secretOffer;
    HandlerAnswersView *m_handlerAnswers;
};

} // namespace Gui
