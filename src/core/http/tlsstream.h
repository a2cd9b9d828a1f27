// SPDX-License-Identifier: MIT
// An accepted connection spoken over TLS 1.2 or higher (docs/architecture.md §3 "HTTPS on the receiver"): the
// handshake, then the request bytes decrypted, through QSslSocket. Until the handshake is done nothing is readable,
// so the connection's header deadline also bounds a client that never finishes it.
#pragma once

#include "http/bytestream.h"

#include <QSslConfiguration>

class QSslSocket;

namespace Http {

class TlsStream : public ByteStream
{
    Q_OBJECT

public:
    // Takes over a connected descriptor and starts the server side of the handshake with configuration.
    TlsStream(qintptr descriptor, const QSslConfiguration &configuration, QObject *parent = nullptr);
    ~TlsStream() override;

    QString peer() const override { return m_peer; }
    qint64 bytesAvailable() const override;
    QByteArray read(qint64 maxBytes) override;
    bool peerFinished() const override { return m_peerFinished; }
    void setReadBufferSize(qint64 bytes) override;
    void write(const QByteArray &bytes) override;
    qint64 bytesToWrite() const override;
    void closeGracefully() override;
    void abort() override;

    // Why the handshake failed, when it did (for a log line); empty otherwise.
    QString handshakeError() const { return m_handshakeError; }

private:
    void onDisconnected();

    QSslSocket *m_socket;
    QString m_peer;
    QString m_handshakeError;
    bool m_peerFinished = false;
    bool m_closing = false;
    bool m_closed = false;
};

} // namespace Http
