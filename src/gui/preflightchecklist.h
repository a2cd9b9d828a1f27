// SPDX-License-Identifier: MIT
// The lines of a webhook URL's pre-flight (docs/architecture.md §3 "Pre-flight of a webhook URL"), each with its
// verdict's icon; hidden until a check runs.
#pragma once

#include "tunnel/preflightreport.h"

#include <QWidget>

class QVBoxLayout;

namespace Gui {

class PreflightCheckList : public QWidget
{
    Q_OBJECT

public:
    explicit PreflightCheckList(QWidget *parent = nullptr);

    void showChecking(const QUrl &url);
    void showReport(const Tunnel::PreflightReport &report);
    void clear();
    // The lines as shown, for tests: "ok: HTTPS", "FAILED: not reachable: …".
    QStringList lines() const;

private:
    void addLine(const QIcon &icon, const QString &text, const QString &mark);
    QIcon iconFor(Tunnel::PreflightCheck::Verdict verdict) const;

    QVBoxLayout *m_layout;
};

} // namespace Gui
