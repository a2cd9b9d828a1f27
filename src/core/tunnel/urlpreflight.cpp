// SPDX-License-Identifier: MIT
#include "tunnel/urlpreflight.h"

#include "base/visibletext.h"
#include "http/requestsender.h"
#include "signature/signer.h"
#include "tunnel/urlrules.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRandomGenerator>

namespace Tunnel {

namespace {

using Verdict = PreflightCheck::Verdict;

// A secret nobody has: a handler that verifies signatures must refuse the test.
QByteArray throwawaySecret()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return bytes.toBase64();
}

QString took(const Http::PeerAnswer &answer)
{
    return QCoreApplication::translate("Tunnel::UrlPreflight", "answered %1 in %2 ms")
        .arg(answer.status)
        .arg(answer.elapsedMs);
}

PreflightCheck redirect(const Http::PeerAnswer &answer)
{
    return {Verdict::Failed,
            QCoreApplication::translate("Tunnel::UrlPreflight",
                                        "%1, a redirect to %2: Vipps does not follow redirects; register the address "
                                        "it points to instead")
                .arg(took(answer), Base::visibleText(QString::fromUtf8(answer.headers.value("Location"))))};
}

PreflightCheck reached(const Http::PeerAnswer &answer)
{
    const QString how = took(answer);
    if (answer.status >= 300 && answer.status < 400)
        return redirect(answer);
    if (answer.status == 401 || answer.status == 403)
        return {Verdict::Passed,
                QCoreApplication::translate("Tunnel::UrlPreflight",
                                            "reachable: %1, as a handler that checks signatures should to this test, "
                                            "signed with a secret it cannot know (this app's receiver too: it learns "
                                            "the secret when the webhook is registered)")
                    .arg(how)};
    if (answer.status == 404)
        return {Verdict::Warning,
                QCoreApplication::translate("Tunnel::UrlPreflight", "reachable, but %1: nothing is at that path; is it "
                                                                    "the right one?")
                    .arg(how)};
    if (answer.status >= 500)
        return {Verdict::Warning, QCoreApplication::translate("Tunnel::UrlPreflight",
                                                              "reachable, but %1: a tunnel or proxy answered for a "
                                                              "handler that may not be running")
                                      .arg(how)};
    if (answer.ok())
        return {Verdict::Passed, QCoreApplication::translate("Tunnel::UrlPreflight",
                                                             "reachable: %1 (a handler that checks signatures would "
                                                             "have refused this test, signed with a secret it cannot "
                                                             "know)")
                                     .arg(how)};
    return {Verdict::Passed, QCoreApplication::translate("Tunnel::UrlPreflight", "reachable: %1").arg(how)};
}

} // namespace

UrlPreflight::UrlPreflight(QObject *parent) : QObject(parent) {}

UrlPreflight::~UrlPreflight() = default;

QByteArray UrlPreflight::testBody()
{
    return QByteArrayLiteral(R"({"msn":"","reference":"vipps-workbench-preflight","pspReference":"","name":)"
                             R"("PREFLIGHT","amount":{"currency":"NOK","value":0},"timestamp":")") +
           QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() +
           QByteArrayLiteral(R"(","idempotencyKey":"","success":false})");
}

void UrlPreflight::check(const QUrl &url, bool plainAllowed)
{
    m_sender.reset();
    m_lookup.reset();
    m_lookupTimer.reset();
    m_report = {};
    m_url = url;
    m_plainAllowed = plainAllowed;
    m_busy = true;
    if (!url.isValid() || url.host().isEmpty()) {
        m_report.checks.append(
            {Verdict::Failed, QCoreApplication::translate("Tunnel::UrlPreflight", "not an absolute URL with a host")});
        QMetaObject::invokeMethod(this, &UrlPreflight::finish, Qt::QueuedConnection);
        return;
    }
    m_report.checks.append(UrlRules::scheme(url, plainAllowed));
    m_report.checks.append(UrlRules::port(url, plainAllowed));
    if (!m_report.passed()) {
        skipRest(QCoreApplication::translate("Tunnel::UrlPreflight", "not tried: the URL breaks a rule above"));
        QMetaObject::invokeMethod(this, &UrlPreflight::finish, Qt::QueuedConnection);
        return;
    }
    lookUp();
}

void UrlPreflight::lookUp()
{
    m_lookup = std::make_unique<QObject>();
    Http::DeadlineClock &clock = m_clock ? *m_clock : Http::DeadlineClock::system();
    m_lookupTimer = clock.createTimer([this] {
        m_lookup.reset(); // its answer, should it come, goes nowhere
        m_report.checks.append(
            {Verdict::Failed, QCoreApplication::translate("Tunnel::UrlPreflight", "%1 did not resolve within %2 s")
                                  .arg(m_url.host())
                                  .arg(LookupDeadlineMs / 1000)});
        skipRest(QCoreApplication::translate("Tunnel::UrlPreflight", "not tried: the name does not resolve"));
        finish();
    });
    m_lookupTimer->start(LookupDeadlineMs);
    QHostInfo::lookupHost(m_url.host(), m_lookup.get(), [this](const QHostInfo &info) { onLookedUp(info); });
}

void UrlPreflight::onLookedUp(const QHostInfo &info)
{
    m_lookupTimer.reset();
    m_lookup.release()->deleteLater(); // this runs inside its call
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
        m_report.checks.append(
            {Verdict::Failed, QCoreApplication::translate("Tunnel::UrlPreflight", "%1 does not resolve: %2")
                                  .arg(m_url.host(), info.errorString())});
        skipRest(QCoreApplication::translate("Tunnel::UrlPreflight", "not tried: the name does not resolve"));
        finish();
        return;
    }
    m_report.checks.append(UrlRules::addresses(m_url.host(), info.addresses(), m_plainAllowed));
    if (!m_report.passed()) {
        skipRest(QCoreApplication::translate("Tunnel::UrlPreflight", "not tried: Vipps could not reach it anyway"));
        finish();
        return;
    }
    sendTest();
}

void UrlPreflight::sendTest()
{
    const QByteArray body = testBody();
    Http::OutgoingRequest request;
    request.url = m_url;
    const Signature::SignedHeaders signedHeaders =
        Signature::Signer::sign(throwawaySecret(), m_url, body, QDateTime::currentDateTimeUtc());
    request.headers = signedHeaders.toHeaders();
    request.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json; charset=utf-8")});
    request.body = body;
    m_sender = std::make_unique<Http::RequestSender>();
    m_sender->setDeadlineClock(m_clock);
    connect(m_sender.get(), &Http::RequestSender::finished, this, &UrlPreflight::onAnswer);
    m_sender->send(request);
}

void UrlPreflight::onAnswer(const Http::PeerAnswer &answer)
{
    if (answer.status == 0)
        m_report.checks.append(
            {Verdict::Failed, QCoreApplication::translate("Tunnel::UrlPreflight", "not reachable: %1")
                                  .arg(Base::visibleText(answer.error))});
    else
        m_report.checks.append(reached(answer));
    finish();
}

void UrlPreflight::skipRest(const QString &why)
{
    m_report.checks.append({Verdict::Skipped, why});
}

void UrlPreflight::finish()
{
    m_busy = false;
    emit finished(m_report);
}

} // namespace Tunnel
