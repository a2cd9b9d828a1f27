// SPDX-License-Identifier: MIT
// File → Import events: a HAR or JSON Lines file's events in a window of their own, apart from the live log (which
// follows this journal's order), with the inspector beside them. They are read on another thread, checked again
// with the active profile's webhook secrets when inspected, and never forwarded or journaled.
#pragma once

#include "events/eventrecord.h"
#include "workbench/importloader.h"

#include <QWidget>

#include <functional>

class QLabel;

namespace Events {
class EventLogModel;
}

namespace Gui {

class EventLogPanel;
class InspectorPanel;

class ImportWindow : public QWidget
{
    Q_OBJECT

public:
    // How a record is shown in the inspector (Workbench::Workspace::checkedAgain); as it is when not given.
    using Check = std::function<Events::EventRecord(const Events::EventRecord &)>;

    // Starts reading path at once; the window is usable meanwhile.
    ImportWindow(const QString &path, Check check, QWidget *parent = nullptr);

    QString path() const { return m_path; }
    bool isLoading() const { return m_loader.isLoading(); }
    Events::EventLogModel *model() const { return m_model; }
    EventLogPanel *eventLog() const { return m_log; }
    InspectorPanel *inspector() const { return m_inspector; }
    QLabel *banner() const { return m_banner; }

signals:
    // Reading ended; error is empty when the events are shown.
    void loaded(int count, const QString &error);

private:
    void onLoaded(const Workbench::ImportLoader::Result &result);
    void showRecord(int sourceRow);

    QString m_path;
    Check m_check;
    Workbench::ImportLoader m_loader;
    Events::EventLogModel *m_model;
    QLabel *m_banner;
    EventLogPanel *m_log;
    InspectorPanel *m_inspector;
};

} // namespace Gui
