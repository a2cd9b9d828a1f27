// SPDX-License-Identifier: MIT
// What `vipps-hooks replay` prints (text or --json): the entry, where it went, how it was signed, the answer; never
// the secret.
#pragma once

#include "http/outgoingrequest.h"
#include "journal/entry.h"

#include <QCoreApplication>
#include <QString>

class QTextStream;

namespace Http {
struct PeerAnswer;
}

namespace Cli {

struct ReplayConfig;

class ReplayReport
{
    Q_DECLARE_TR_FUNCTIONS(Cli::ReplayReport)

public:
    ReplayReport(const ReplayConfig &config, const Journal::Entry &entry, const Http::OutgoingRequest &request);

    // The entry (seq, time, method, target, event), the URL and how it is signed.
    void printTarget(QTextStream &out) const;
    // The sentence for stderr when there was no answer.
    void printFailure(QTextStream &err, const Http::PeerAnswer &answer) const;
    void printJson(QTextStream &out, const Http::PeerAnswer &answer) const;

private:
    QString signing() const;

    const ReplayConfig &m_config;
    const Journal::Entry &m_entry;
    const Http::OutgoingRequest &m_request;
};

} // namespace Cli
