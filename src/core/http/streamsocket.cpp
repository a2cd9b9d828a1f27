// SPDX-License-Identifier: MIT
#include "http/streamsocket.h"

#include <QHostAddress>
#include <QSocketNotifier>

#include <arpa/inet.h>
#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace Http {

namespace {
#ifdef MSG_NOSIGNAL
constexpr int kSendFlags = MSG_NOSIGNAL; // a peer that is gone is an error here, not a SIGPIPE
#else
constexpr int kSendFlags = 0; // SO_NOSIGPIPE is set on the socket instead
#endif
constexpr qsizetype kReceivePiece = 16 * 1024;

QString peerOf(int fd)
{
    sockaddr_storage address = {};
    socklen_t size = sizeof address;
    if (::getpeername(fd, reinterpret_cast<sockaddr *>(&address), &size) != 0)
        return {};
    const QHostAddress host(reinterpret_cast<const sockaddr *>(&address));
    const in_port_t port = address.ss_family == AF_INET6 ? reinterpret_cast<const sockaddr_in6 *>(&address)->sin6_port
                                                         : reinterpret_cast<const sockaddr_in *>(&address)->sin_port;
    return ByteStream::peerText(host, ntohs(port));
}

bool wouldBlock(int error)
{
    return error == EAGAIN || error == EWOULDBLOCK;
}
} // namespace

StreamSocket::StreamSocket(qintptr descriptor, QObject *parent)
    : ByteStream(parent), m_fd(int(descriptor)), m_peer(peerOf(m_fd))
{
    ::fcntl(m_fd, F_SETFL, ::fcntl(m_fd, F_GETFL) | O_NONBLOCK);
#ifdef SO_NOSIGPIPE
    const int on = 1;
    ::setsockopt(m_fd, SOL_SOCKET, SO_NOSIGPIPE, &on, sizeof on);
#endif
    m_readNotifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
    m_writeNotifier = new QSocketNotifier(m_fd, QSocketNotifier::Write, this);
    m_writeNotifier->setEnabled(false);
    connect(m_readNotifier, &QSocketNotifier::activated, this, &StreamSocket::onReadable);
    connect(m_writeNotifier, &QSocketNotifier::activated, this, &StreamSocket::onWritable);
}

StreamSocket::~StreamSocket()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

QByteArray StreamSocket::read(qint64 maxBytes)
{
    const QByteArray bytes = m_in.left(maxBytes);
    m_in.remove(0, bytes.size());
    if (m_state == State::Open && !m_peerFinished && m_in.size() < m_readLimit)
        m_readNotifier->setEnabled(true);
    return bytes;
}

void StreamSocket::onReadable()
{
    const qsizetype before = m_in.size();
    while (m_state != State::Closed && !m_peerFinished && (m_state == State::Closing || m_in.size() < m_readLimit) &&
           receive()) {
    }
    if (m_state == State::Open && m_in.size() >= m_readLimit)
        m_readNotifier->setEnabled(false); // read() turns it on again
    if (m_state == State::Open && (m_in.size() != before || m_peerFinished))
        emit readyRead();
}

// One piece from the kernel: kept while open, dropped while closing. True when another may be waiting: a piece that
// filled the room. A shorter one took what there was, so asking again would only hear EAGAIN; what comes after it
// wakes the notifier again (docs/architecture.md §7).
bool StreamSocket::receive()
{
    char piece[kReceivePiece];
    const qint64 room = m_state == State::Open ? qMin(kReceivePiece, m_readLimit - m_in.size()) : kReceivePiece;
    const ssize_t received = ::recv(m_fd, piece, size_t(room), 0);
    if (received > 0) {
        if (m_state == State::Open)
            m_in.append(piece, received);
        return received == room;
    }
    if (received == 0) {
        m_peerFinished = true;
        m_readNotifier->setEnabled(false);
        if (m_state == State::Closing && bytesToWrite() == 0)
            closeDescriptor(); // our FIN went out already; nothing is left to do
        return false;
    }
    if (errno == EINTR)
        return true;
    if (!wouldBlock(errno))
        closeDescriptor(); // reset by the peer: nothing can be sent any more either
    return false;
}

void StreamSocket::write(const QByteArray &bytes)
{
    if (m_state != State::Open)
        return;
    m_out.append(bytes);
    flush();
}

void StreamSocket::onWritable()
{
    const qint64 before = bytesToWrite();
    flush();
    if (m_state == State::Open && bytesToWrite() < before)
        emit bytesWritten();
}

void StreamSocket::flush()
{
    while (m_state != State::Closed && m_sent < m_out.size()) {
        const ssize_t sent = ::send(m_fd, m_out.constData() + m_sent, size_t(m_out.size() - m_sent), kSendFlags);
        if (sent > 0) {
            m_sent += sent;
        } else if (sent < 0 && wouldBlock(errno)) {
            m_writeNotifier->setEnabled(true);
            if (m_sent > m_out.size() / 2) { // keep the queue from growing by what already went out
                m_out.remove(0, m_sent);
                m_sent = 0;
            }
            return;
        } else if (sent < 0 && errno != EINTR) {
            closeDescriptor(); // the peer is gone
            return;
        }
    }
    if (m_state == State::Closed)
        return;
    m_out.clear();
    m_sent = 0;
    m_writeNotifier->setEnabled(false);
    if (m_state == State::Closing)
        finishSending();
}

void StreamSocket::closeGracefully()
{
    if (m_state != State::Open)
        return;
    m_state = State::Closing;
    m_in.clear();
    m_readNotifier->setEnabled(!m_peerFinished); // drop what arrives while the queue goes out
    if (bytesToWrite() == 0)
        finishSending();
}

// Everything queued went out while closing: our FIN follows it.
void StreamSocket::finishSending()
{
    ::shutdown(m_fd, SHUT_WR);
    if (m_peerFinished)
        closeDescriptor();
}

void StreamSocket::abort()
{
    closeDescriptor();
}

void StreamSocket::closeDescriptor()
{
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    m_readNotifier->setEnabled(false);
    m_writeNotifier->setEnabled(false);
    ::close(m_fd);
    m_fd = -1;
    m_in.clear();
    m_out.clear();
    m_sent = 0;
    // Queued: whoever is told may delete this socket, and a caller up the stack may still use it.
    QMetaObject::invokeMethod(
        this, [this] { emit disconnected(); }, Qt::QueuedConnection);
}

} // namespace Http
