// SPDX-License-Identifier: MIT
// How the app shows which environment a profile calls: its name for people, and for production a look
// nobody can miss (white on a strong red, readable on light and dark themes alike).
#pragma once

#include "credentials/environment.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

class QWidget;

namespace Gui {

class EnvironmentLooks
{
    Q_DECLARE_TR_FUNCTIONS(Gui::EnvironmentLooks)

public:
    static QString name(Credentials::Environment environment); // "Local simulator", "Test (MT)", "PRODUCTION"
    // Production: the alarm colours; anything else: the palette's own.
    static void apply(QWidget *widget, Credentials::Environment environment);
    // The alarm's background, white text on it.
    static QColor productionColor();
};

} // namespace Gui
