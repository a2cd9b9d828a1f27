// SPDX-License-Identifier: MIT
// Five steps modelled on Vipps' webhook quick start (setup, access token, register, trigger, view) as the app
// ticks them off while the user works, for the profile in use: each profile keeps its own progress for the run,
// and the last error shown under the steps is the active profile's. Pure state: the window reports what
// happened, this says what is next. For a profile that calls Vipps (test or production) the steps read for the
// real path: the keys from the portal, a tunnel for the receiver, approval in the Vipps app (throughTunnel()).
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QString>
#include <QUrl>

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
    void profileReady(bool complete); // Setup: a profile with every key
    void tokenReceived();             // Token
    void webhookRegistered();         // Register: a registration pointing at the receiver
    void registrationOutdated();      // Register undone: the receiver moved away from the registrations
    void paymentTriggered();          // Trigger: a payment created (and approved) so events follow
    void validEventReceived();        // View: a delivery whose signature verified
    void reset();                     // the active profile starts over

    // The profile in use now: its own progress comes back (none for a profile not used yet this run), and the
    // error goes.
    void setProfile(const QString &name);
    QString profile() const { return m_profile; }
    // Vipps delivers only to public addresses: the active profile needs a tunnel to the receiver (a test or
    // production profile), and the steps say so. port: the receiver's, for the tunnel command.
    void setThroughTunnel(bool throughTunnel, quint16 port);
    bool throughTunnel() const { return m_throughTunnel; }
    // The tunnel found for the receiver (its public URL), shown with the Register step; empty: none yet.
    void setTunnel(const QUrl &publicUrl);
    QUrl tunnel() const { return m_tunnel; }
    // What last went wrong for the active profile, shown under the steps until a step or the profile changes;
    // empty for none.
    void setError(const QString &summary);
    QString error() const { return m_error; }

    bool isDone(Step step) const { return m_done[index(step)]; }
    // The first step not yet done; View when all are.
    Step current() const;
    bool isComplete() const;
    int doneCount() const;

    static QString title(Step step);       // "Get an access token"
    static QString explanation(Step step); // one line on what the step does and why
    static QString actionLabel(Step step); // the button that does it: "Get token"
    // The same for the active profile: through a tunnel, the real path's words.
    QString explanationNow(Step step) const;
    QString actionLabelNow(Step step) const;

signals:
    // The steps or the error changed.
    void changed();

private:
    static int index(Step step) { return int(step); }
    void mark(Step step, bool done);

    using Progress = std::array<bool, StepCount>;

    Progress m_done{};
    QString m_profile;
    QHash<QString, Progress> m_otherProfiles; // the progress of the profiles used earlier in this run
    QString m_error;
    bool m_throughTunnel = false;
    quint16 m_port = 0;
    QUrl m_tunnel;
};

} // namespace Workbench
