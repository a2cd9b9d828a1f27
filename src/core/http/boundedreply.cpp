// SPDX-License-Identifier: MIT
#include "http/boundedreply.h"

#include <QMetaObject>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace Http {

namespace {

// How much Qt holds for the reader between two reads: its HTTP thread stops taking bytes from the socket when this
// much waits, so an answer faster than its reader is held back by TCP, not by memory. Each refill crosses threads
// twice and takes some milliseconds, so this also sets how fast a long answer is read (4 MiB: some 400 MB/s here).
constexpr qint64 kReadBufferBytes = 4 * 1024 * 1024;

// Errors where no complete HTTP answer came: connection and proxy failures, an abort, an unknown scheme, a broken
// answer. The others (QNetworkReply maps 404 to ContentNotFoundError, 401 to AuthenticationRequiredError, ...)
// come with a whole answer whose status the caller judges.
bool isTransportError(QNetworkReply::NetworkError error)
{
    const int code = int(error);
    return (code > 0 && code < 200) || error == QNetworkReply::ProtocolUnknownError ||
           error == QNetworkReply::ProtocolFailure;
}

} // namespace

BoundedReply::BoundedReply(QNetworkReply *reply, const Bounds &bounds, DeadlineClock *clock, QObject *parent)
    : QObject(parent), m_reply(reply), m_bounds(bounds)
{
    holdBackTheBody();
    connect(m_reply, &QNetworkReply::readyRead, this, &BoundedReply::take);
    connect(m_reply, &QNetworkReply::finished, this, &BoundedReply::onFinished);
    if (m_bounds.deadlineMs > 0) {
        DeadlineClock &deadlines = clock ? *clock : DeadlineClock::system();
        m_deadline = deadlines.createTimer([this] { expire(); });
        m_deadline->start(m_bounds.deadlineMs);
    }
    if (m_reply->isFinished()) // some errors are known before anything is sent
        QMetaObject::invokeMethod(this, &BoundedReply::onFinished, Qt::QueuedConnection);
}

BoundedReply::~BoundedReply()
{
    if (!m_reply)
        return;
    m_reply->disconnect(this); // an abort's finished() reaches no one
    m_reply->abort();
    m_reply->deleteLater();
}

int BoundedReply::status() const
{
    return m_reply ? m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : 0;
}

bool BoundedReply::complete() const
{
    return m_finished && !m_timedOut && !m_tooLarge && status() != 0 && !isTransportError(m_reply->error());
}

QString BoundedReply::failure() const
{
    if (complete())
        return {};
    const QString deadline = durationText(m_bounds.deadlineMs);
    if (m_timedOut && status() != 0)
        return tr("no complete answer within %1 (HTTP %2 came, its body did not end)").arg(deadline).arg(status());
    if (m_timedOut)
        return tr("no answer within %1").arg(deadline);
    if (m_tooLarge)
        return tr("the answer was longer than %1 and was not read to its end").arg(sizeText(m_bounds.keepBytes));
    return m_reply ? m_reply->errorString() : tr("the request was dropped");
}

QString BoundedReply::durationText(int ms)
{
    if (ms % 1000 == 0)
        return tr("%1 s").arg(ms / 1000);
    return tr("%1 ms").arg(ms);
}

QString BoundedReply::sizeText(qint64 bytes)
{
    constexpr qint64 KiB = 1024;
    if (bytes % (KiB * KiB) == 0)
        return tr("%1 MiB").arg(bytes / (KiB * KiB));
    if (bytes % KiB == 0)
        return tr("%1 KiB").arg(bytes / KiB);
    return tr("%1 bytes").arg(bytes);
}

// Qt hands the read buffer's size on to its HTTP thread only once that side exists, and an HTTP thread that was not
// told reads a fast answer into memory as quickly as it comes. A request without a body starts within its reply's
// constructor, so it is told now; one with a body starts from the event loop, from a call queued before this one, so
// it is told again right after, before its connection can have read anything.
void BoundedReply::holdBackTheBody()
{
    limitReadBuffer();
    QMetaObject::invokeMethod(this, &BoundedReply::limitReadBuffer, Qt::QueuedConnection);
}

void BoundedReply::limitReadBuffer()
{
    if (m_reply)
        m_reply->setReadBufferSize(kReadBufferBytes);
}

// Everything waiting is read at once: what fits is kept, the rest only counted.
void BoundedReply::take()
{
    while (!m_tooLarge) {
        const QByteArray bytes = m_reply->read(kReadBufferBytes);
        if (bytes.isEmpty())
            return;
        keep(bytes);
    }
}

void BoundedReply::keep(const QByteArray &bytes)
{
    m_bodyBytes += bytes.size();
    const qsizetype room = m_bounds.keepBytes - m_body.size();
    if (room > 0)
        m_body.append(bytes.constData(), qMin(room, bytes.size()));
    if (bytes.size() > room && m_bounds.refuseLonger)
        abortTooLarge();
}

void BoundedReply::expire()
{
    if (m_finished)
        return;
    m_timedOut = true;
    stop();
}

void BoundedReply::abortTooLarge()
{
    m_tooLarge = true;
    stop();
}

// The reply's abort() calls onFinished() at once; without a reply (its network manager gone) it is called here.
void BoundedReply::stop()
{
    if (m_reply)
        m_reply->abort();
    onFinished();
}

void BoundedReply::onFinished()
{
    if (m_finished)
        return;
    if (!m_timedOut && !m_tooLarge && m_reply)
        take(); // what came with the end
    m_finished = true;
    if (m_deadline)
        m_deadline->stop();
    emit finished();
}

} // namespace Http
