// SPDX-License-Identifier: MIT
#include "credentials/keychainsecretstore.h"

#include <QCoreApplication>
#include <QPointer>
#include <qt6keychain/keychain.h>

#include <utility>

namespace Credentials {

namespace {

using Status = SecretResult::Status;

// Linux and the BSDs reach their keychain over D-Bus; QtKeychain 0.13 reports a missing Secret Service
// or a missing session bus as OtherError there.
bool otherErrorMeansUnavailable(const QString &details)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    Q_UNUSED(details)
    return true;
#else
    static const char *const hints[] = {"d-bus", "dbus", "secret service", "org.freedesktop.secrets", "kwallet"};
    for (const char *hint : hints) {
        if (details.contains(QLatin1String(hint), Qt::CaseInsensitive))
            return true;
    }
    return false;
#endif
}

Status statusOf(QKeychain::Error error, const QString &details)
{
    switch (error) {
    case QKeychain::NoError: return Status::Ok;
    case QKeychain::EntryNotFound: return Status::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser: return Status::Denied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented: return Status::Unavailable;
    case QKeychain::OtherError: return otherErrorMeansUnavailable(details) ? Status::Unavailable : Status::Failed;
    case QKeychain::CouldNotDeleteEntry: return Status::Failed;
    }
    return Status::Failed;
}

QString messageFor(Status status, const QString &details)
{
    switch (status) {
    case Status::Ok: return QString();
    case Status::NotFound:
        return QCoreApplication::translate("Credentials::KeychainSecretStore",
                                           "The keychain holds no secret under this name. Enter the secret again.");
    case Status::Unavailable:
        return QCoreApplication::translate(
                   "Credentials::KeychainSecretStore",
                   "No keychain is available on this system (QtKeychain: %1): secrets are kept in memory for this run "
                   "only.")
            .arg(details);
    case Status::Denied:
        return QCoreApplication::translate(
                   "Credentials::KeychainSecretStore",
                   "The keychain refused access (%1). Unlock the keychain or allow this program to use it, "
                   "then try again.")
            .arg(details);
    case Status::Failed:
        return QCoreApplication::translate(
                   "Credentials::KeychainSecretStore",
                   "The keychain could not complete the request (%1). Try again; if it keeps failing, check "
                   "the system's keychain service.")
            .arg(details);
    }
    return QString();
}

// QtKeychain's own words, without anything that could be the secret itself.
QString detailsOf(const QKeychain::Job &job, const QByteArray &secret)
{
    const QString text = job.errorString().trimmed();
    if (text.isEmpty() || (!secret.isEmpty() && text.contains(QString::fromUtf8(secret))))
        return QCoreApplication::translate("Credentials::KeychainSecretStore", "no details given");
    return text;
}

SecretResult resultOf(const QKeychain::Job &job, const QByteArray &secret = QByteArray())
{
    SecretResult result;
    if (job.error() == QKeychain::NoError)
        return result;
    const QString details = detailsOf(job, secret);
    result.status = statusOf(job.error(), details);
    result.message = messageFor(result.status, details);
    return result;
}

template<typename Job> Job *newJob(const QString &service, const QString &key)
{
    auto *job = new Job(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never plain text, whatever the build's default
    job->setKey(key);
    return job;
}

// Answers always go through the event loop, and not at all once the store is gone.
void deliverLater(QObject *store, const SecretStore::Callback &done, const SecretResult &result)
{
    if (!done)
        return;
    QMetaObject::invokeMethod(
        store, [done, result] { done(result); }, Qt::QueuedConnection);
}

} // namespace

// Jobs have no parent: deleting one in the middle of a D-Bus call is not safe in every backend. They
// delete themselves when done; a job that ends after the store is gone reaches nobody, because the
// store is the context of the connection.
KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent), m_service(service)
{}

void KeychainSecretStore::read(const QString &key, Callback done)
{
    auto *job = newJob<QKeychain::ReadPasswordJob>(m_service, key);
    connect(job, &QKeychain::Job::finished, this, [this, job, done = std::move(done)] {
        SecretResult result = resultOf(*job);
        if (result.ok())
            result.value = job->binaryData();
        deliverLater(this, done, result);
    });
    job->start();
}

void KeychainSecretStore::write(const QString &key, const QByteArray &value, Callback done)
{
    auto *job = newJob<QKeychain::WritePasswordJob>(m_service, key);
    job->setBinaryData(value);
    connect(job, &QKeychain::Job::finished, this,
            [this, job, value, done = std::move(done)] { deliverLater(this, done, resultOf(*job, value)); });
    job->start();
}

void KeychainSecretStore::remove(const QString &key, Callback done)
{
    auto *job = newJob<QKeychain::DeletePasswordJob>(m_service, key);
    connect(job, &QKeychain::Job::finished, this,
            [this, job, done = std::move(done)] { deliverLater(this, done, resultOf(*job)); });
    job->start();
}

FallbackSecretStore::FallbackSecretStore(SecretStore *primary, SecretStore *memory, QObject *parent)
    : SecretStore(parent), m_primary(primary), m_memory(memory)
{}

void FallbackSecretStore::read(const QString &key, Callback done)
{
    run([key](SecretStore *store, Callback next) { store->read(key, std::move(next)); }, std::move(done));
}

void FallbackSecretStore::write(const QString &key, const QByteArray &value, Callback done)
{
    run([key, value](SecretStore *store, Callback next) { store->write(key, value, std::move(next)); },
        std::move(done));
}

void FallbackSecretStore::remove(const QString &key, Callback done)
{
    run([key](SecretStore *store, Callback next) { store->remove(key, std::move(next)); }, std::move(done));
}

bool FallbackSecretStore::isPersistent() const
{
    return !m_primaryUnavailable && m_primary->isPersistent();
}

void FallbackSecretStore::run(Operation operation, Callback done)
{
    if (!m_primaryUnavailable) {
        runOnPrimary(std::move(operation), std::move(done));
    } else if (m_primaryPending > 0) {
        m_waiting.append(
            [this, operation = std::move(operation), done = std::move(done)] { operation(m_memory, done); });
    } else {
        operation(m_memory, std::move(done));
    }
}

void FallbackSecretStore::runOnPrimary(Operation operation, Callback done)
{
    ++m_primaryPending;
    QPointer<FallbackSecretStore> self(this);
    auto answered = [self, operation, done](const SecretResult &result) {
        if (self)
            self->primaryAnswered(operation, done, result);
        else if (done)
            done(result);
    };
    operation(m_primary, std::move(answered));
}

// An "unavailable" answer is not passed on: the same call is made again in memory, so the caller
// still gets a real result.
void FallbackSecretStore::primaryAnswered(const Operation &operation, const Callback &done, const SecretResult &result)
{
    --m_primaryPending;
    if (result.status == SecretResult::Status::Unavailable) {
        switchToMemory(result.message);
        operation(m_memory, done);
    } else if (done) {
        done(result);
    }
    if (m_primaryUnavailable && m_primaryPending == 0)
        runWaiting();
}

void FallbackSecretStore::switchToMemory(const QString &message)
{
    if (m_primaryUnavailable)
        return;
    m_primaryUnavailable = true;
    m_unavailableMessage = message;
    emit keychainUnavailable(message);
}

void FallbackSecretStore::runWaiting()
{
    const QList<std::function<void()>> waiting = std::exchange(m_waiting, {});
    for (const auto &call : waiting)
        call();
}

} // namespace Credentials
