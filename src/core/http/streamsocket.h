// SPDX-License-Identifier: MIT
// One accepted TCP connection on its own descriptor, for the server's connections (docs/architecture.md §3).
#pragma once

#include "http/bytestream.h"

class QSocketNotifier;

namespace Http {

// Unlike QTcpSocket, which closes its descriptor when the peer's FIN arrives, this keeps sending after a
// half-close, so requests that came before it are still answered (RFC 9112 §9.6). It also closes the way
// §9.6 asks: what is queued goes out, then a FIN, and what still arrives is read and dropped until the peer
// closes too, so a late request byte cannot turn the close into a reset that destroys the last answer.
class StreamSocket : public ByteStream
{
    Q_OBJECT

public:
    enum class State {
        Open,    // reading and writing
        Closing, // flushing, then half-closed and draining: closeGracefully() was called
        Closed,  // the descriptor is closed
    };

    // Takes over a connected descriptor (made non-blocking here) and closes it when destroyed.
    explicit StreamSocket(qintptr descriptor, QObject *parent = nullptr);
    ~StreamSocket() override;

    State state() const { return m_state; }
    // "address:port" of the peer as seen when the connection was accepted ("[address]:port" for IPv6).
    QString peer() const override { return m_peer; }

    qint64 bytesAvailable() const override { return m_in.size(); }
    QByteArray read(qint64 maxBytes) override;
    // The peer sent its FIN: what bytesAvailable() holds is all that will ever come.
    bool peerFinished() const override { return m_peerFinished; }
    // Takes nothing more from the kernel while this many bytes wait to be read.
    void setReadBufferSize(qint64 bytes) override { m_readLimit = bytes; }

    // Queues bytes and sends what the kernel takes at once; nothing once closing.
    void write(const QByteArray &bytes) override;
    qint64 bytesToWrite() const override { return m_out.size() - m_sent; }

    // Sends what is queued, then a FIN; drops what still arrives and closes once the peer has closed.
    void closeGracefully() override;
    // Closes at once; what is queued is lost.
    void abort() override;

private:
    void onReadable();
    void onWritable();
    bool receive(); // false once nothing more is waiting now: a short piece, EAGAIN, the end
    void flush();
    void finishSending();
    void closeDescriptor();

    int m_fd;
    QString m_peer;
    QSocketNotifier *m_readNotifier = nullptr;
    QSocketNotifier *m_writeNotifier = nullptr;
    QByteArray m_in;
    QByteArray m_out;
    qsizetype m_sent = 0; // bytes of m_out already sent
    qint64 m_readLimit = 64 * 1024;
    bool m_peerFinished = false;
    State m_state = State::Open;
};

} // namespace Http
