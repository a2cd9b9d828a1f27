// SPDX-License-Identifier: MIT
// Five steps modelled on Vipps' webhook quick start (setup, access token, register, trigger, view) as the app
// ticks them off while the user works. Pure state: the window reports what happened, this says what is next.
#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <array>

namespace Workbench {

class QuickStart : public QObject
{
    Q_OBJECT

public:
    enum class Step { Setup, Token, Register, Trigger, View };
    static constexpr int StepCount = 5;

    explicit QuickStart(QObject *parent = nullptr);

    // Something the user did; steps may be done in any order, a later one does not tick an earlier one.
    void profileReady(bool complete);     // Setup: a profile with every key
    void tokenReceived();                 // Token
    void webhookRegistered();             // Register: a registration pointing at the receiver
    void registrationOutdated();          // Register undone: the receiver moved away from the registrations
    void paymentTriggered();              // Trigger: a payment created (and approved) so events follow
    void validEventReceived();            // View: a delivery whose signature verified
    void reset();                         // a new profile starts over

    bool isDone(Step step) const { return m_done[index(step)]; }
    // The first step not yet done; View when all are.
    Step current() const;
    bool isComplete() const;
    int doneCount() const;

    static QString title(Step step);       // "Get an access token"
    static QString explanation(Step step); // one line on what the step does and why
    static QString actionLabel(Step step); // the button that does it: "Get token"

signals:
    void changed();

private:
    static int index(Step step) { return int(step); }
    void mark(Step step, bool done);

    std::array<bool, StepCount> m_done{};
};

} // namespace Workbench
