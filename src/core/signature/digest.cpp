// SPDX-License-Identifier: MIT
#include "signature/digest.h"

#ifdef VWB_HAVE_OPENSSL
#include <openssl/evp.h>
#else
#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#endif

namespace Signature::Digest {

#ifdef VWB_HAVE_OPENSSL

namespace {
constexpr int kBlockSize = 64; // SHA-256 block size in bytes
constexpr int kDigestSize = 32;

const EVP_MD *sha256Algorithm()
{
#if OPENSSL_VERSION_NUMBER >= 0x30000000L
    // Fetched once: OpenSSL 3 otherwise looks the algorithm up again on every one-shot call.
    static EVP_MD *const algorithm = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    return algorithm;
#else
    return EVP_sha256();
#endif
}

// One reusable context per thread; digesting never allocates after the first call.
class Hasher
{
public:
    Hasher() : m_context(EVP_MD_CTX_new()) {}
    ~Hasher() { EVP_MD_CTX_free(m_context); }
    Hasher(const Hasher &) = delete;
    Hasher &operator=(const Hasher &) = delete;

    void begin() { EVP_DigestInit_ex(m_context, sha256Algorithm(), nullptr); }
    void add(QByteArrayView data) { EVP_DigestUpdate(m_context, data.data(), size_t(data.size())); }
    QByteArray finish()
    {
        QByteArray out(kDigestSize, Qt::Uninitialized);
        unsigned int length = 0;
        EVP_DigestFinal_ex(m_context, reinterpret_cast<unsigned char *>(out.data()), &length);
        return out;
    }

private:
    EVP_MD_CTX *m_context;
};

Hasher &hasher()
{
    thread_local Hasher instance;
    return instance;
}

// RFC 2104 §2: the key (at most one block) padded to one block, XORed with the inner or outer pad byte.
QByteArray paddedKey(QByteArrayView key, char pad)
{
    QByteArray block = key.toByteArray();
    block.append(QByteArray(kBlockSize - block.size(), '\0'));
    for (char &c : block)
        c = char(c ^ pad);
    return block;
}
} // namespace

QByteArray sha256(QByteArrayView data)
{
    Hasher &h = hasher();
    h.begin();
    h.add(data);
    return h.finish();
}

// RFC 2104 §2: H(K ^ opad, H(K ^ ipad, text)).
QByteArray hmacSha256(QByteArrayView key, QByteArrayView message)
{
    // RFC 2104 §2: a key longer than a block is hashed first. Done before the context below is in use.
    const QByteArray shortKey = key.size() > kBlockSize ? sha256(key) : key.toByteArray();
    const QByteArray innerPad = paddedKey(shortKey, 0x36);
    const QByteArray outerPad = paddedKey(shortKey, 0x5c);
    Hasher &h = hasher();
    h.begin();
    h.add(innerPad);
    h.add(message);
    const QByteArray inner = h.finish();
    h.begin();
    h.add(outerPad);
    h.add(inner);
    return h.finish();
}

const char *backend()
{
    return "OpenSSL";
}

#else

QByteArray sha256(QByteArrayView data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

QByteArray hmacSha256(QByteArrayView key, QByteArrayView message)
{
    return QMessageAuthenticationCode::hash(message.toByteArray(), key.toByteArray(), QCryptographicHash::Sha256);
}

const char *backend()
{
    return "Qt";
}

#endif

} // namespace Signature::Digest
