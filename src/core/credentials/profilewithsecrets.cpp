// SPDX-License-Identifier: MIT
#include "credentials/profilewithsecrets.h"

#include "credentials/profilestore.h"
#include "credentials/secretbatch.h"
#include "credentials/secretstore.h"
#include "credentials/storagelocations.h"

#include <QHash>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace Credentials {

namespace {

using Status = SecretResult::Status;
using Finished = std::function<void(const SecretResult &failure, const QStringList &completed)>;
using Call = std::function<void(SecretStore *store, const QString &key, SecretStore::Callback next)>;

// One store call per key, one after another; finished gets the first failure (or Ok) and the keys done before
// it. NotFound counts as done: the entry is not there either way.
struct InTurn : std::enable_shared_from_this<InTurn>
{
    QPointer<SecretStore> store;
    QStringList pending;
    Call call;
    Finished finished;
    QStringList completed;

    void next()
    {
        if (!store)
            return;
        if (pending.isEmpty()) {
            finished(SecretResult(), completed);
            return;
        }
        const QString key = pending.takeFirst();
        call(store, key, [self = shared_from_this(), key](const SecretResult &result) {
            if (!result.ok() && result.status != Status::NotFound) {
                self->finished(result, self->completed);
                return;
            }
            self->completed.append(key);
            self->next();
        });
    }
};

void inTurn(SecretStore *store, const QStringList &keys, Call call, Finished finished)
{
    auto run = std::make_shared<InTurn>();
    run->store = store;
    run->pending = keys;
    run->call = std::move(call);
    run->finished = std::move(finished);
    run->next();
}

void removeAll(SecretStore *store, const QStringList &keys, Finished finished)
{
    inTurn(
        store, keys,
        [](SecretStore *to, const QString &key, SecretStore::Callback next) { to->remove(key, std::move(next)); },
        std::move(finished));
}

// The keys that hold an entry. A refused or failed read stops everything; "unavailable" means there is no
// keychain, so nothing to move or remove.
QStringList presentKeys(const QStringList &keys, const SecretBatch::Results &results, SecretResult *failure)
{
    QStringList present;
    for (const QString &key : keys) {
        const SecretResult result = results.value(key);
        if (result.ok())
            present.append(key);
        else if (result.status == Status::Denied || result.status == Status::Failed)
            *failure = result;
        if (!failure->ok())
            break;
    }
    return present;
}

void answerLater(SecretStore *store, const ProfileWithSecrets::Done &done, const ProfileChange &change)
{
    QTimer::singleShot(0, store, [done, change] { done(change); });
}

// Read old, write new, rename the settings, remove old. Where a keychain ignores case, a change of case alone
// writes over the old entries: then nothing is removed, neither on the way back nor at the end.
struct Rename : std::enable_shared_from_this<Rename>
{
    ProfileStore *profiles;
    QPointer<SecretStore> secrets;
    QString from;
    QString to;
    ProfileWithSecrets::Done done;
    QStringList oldKeys; // the entries that exist under from
    QHash<QString, QString> newKeyOf;
    QHash<QString, QByteArray> valueOf; // by new key, until written

    bool caseOnly() const { return from.compare(to, Qt::CaseInsensitive) == 0; }
    void start();
    void read(const QStringList &keys, const QStringList &newKeys, const SecretBatch::Results &results);
    void write();
    void written(const SecretResult &failure, const QStringList &completed);
    void renameSettings(const QStringList &newKeys);
    void undo(const QStringList &newKeys, const QString &error);
    void removeOld();
};

void Rename::start()
{
    const QStringList ids = profiles->webhookIds(from);
    const QStringList keys = StorageLocations::secretKeys(from, ids);
    const QStringList newKeys = StorageLocations::secretKeys(to, ids);
    SecretBatch::read(secrets, keys, [self = shared_from_this(), keys, newKeys](const SecretBatch::Results &results) {
        self->read(keys, newKeys, results);
    });
}

void Rename::read(const QStringList &keys, const QStringList &newKeys, const SecretBatch::Results &results)
{
    SecretResult failure;
    oldKeys = presentKeys(keys, results, &failure);
    if (!failure.ok()) {
        done({false, ProfileWithSecrets::tr("The keys of profile %1 could not be read from the keychain, so it keeps "
                                            "its name: %2")
                         .arg(from, failure.message)});
        return;
    }
    for (const QString &key : std::as_const(oldKeys)) {
        const QString newKey = newKeys.at(keys.indexOf(key));
        newKeyOf.insert(key, newKey);
        valueOf.insert(newKey, results.value(key).value);
    }
    write();
}

void Rename::write()
{
    QStringList newKeys;
    for (const QString &key : std::as_const(oldKeys))
        newKeys.append(newKeyOf.value(key));
    auto self = shared_from_this();
    inTurn(
        secrets, newKeys,
        [self](SecretStore *store, const QString &key, SecretStore::Callback next) {
            store->write(key, self->valueOf.value(key), std::move(next));
        },
        [self](const SecretResult &failure, const QStringList &completed) { self->written(failure, completed); });
}

void Rename::written(const SecretResult &failure, const QStringList &completed)
{
    valueOf.clear();
    if (!failure.ok()) {
        undo(completed, ProfileWithSecrets::tr("The keys of profile %1 could not be saved under the name %2, so it "
                                               "keeps its old name and keys: %3")
                            .arg(from, to, failure.message));
        return;
    }
    renameSettings(completed);
}

void Rename::renameSettings(const QStringList &newKeys)
{
    if (!profiles->rename(from, to)) {
        undo(newKeys, ProfileWithSecrets::tr("Profile %1 could not be renamed: check that the settings file can be "
                                             "written.")
                          .arg(from));
        return;
    }
    removeOld();
}

void Rename::undo(const QStringList &newKeys, const QString &error)
{
    const ProfileChange change{false, error};
    if (caseOnly()) {
        answerLater(secrets, done, change);
        return;
    }
    removeAll(secrets, newKeys,
              [self = shared_from_this(), change](const SecretResult &, const QStringList &) { self->done(change); });
}

void Rename::removeOld()
{
    if (caseOnly()) {
        done({true, QString()});
        return;
    }
    removeAll(secrets, oldKeys, [self = shared_from_this()](const SecretResult &failure, const QStringList &) {
        self->done({true, failure.ok() ? QString()
                                       : ProfileWithSecrets::tr("Profile %1 is now %2 with its keys, but the keychain "
                                                                "still holds them under the old name too: %3")
                                             .arg(self->from, self->to, failure.message)});
    });
}

} // namespace

void ProfileWithSecrets::rename(ProfileStore *profiles, SecretStore *secrets, const QString &from, const QString &to,
                                Done done)
{
    if (!profiles->canRename(from, to)) {
        answerLater(secrets, done,
                    {false, tr("Profile %1 cannot be renamed to %2: that name is taken or not allowed, or profile %1 "
                               "is gone.")
                                .arg(from, to)});
        return;
    }
    if (from == to) {
        answerLater(secrets, done, {true, QString()});
        return;
    }
    auto job = std::make_shared<Rename>();
    job->profiles = profiles;
    job->secrets = secrets;
    job->from = from;
    job->to = to;
    job->done = std::move(done);
    job->start();
}

void ProfileWithSecrets::remove(ProfileStore *profiles, SecretStore *secrets, const QString &name, Done done)
{
    if (!profiles->names().contains(name)) {
        answerLater(secrets, done, {false, tr("There is no profile %1 to delete.").arg(name)});
        return;
    }
    const QStringList keys = StorageLocations::secretKeys(name, profiles->webhookIds(name));
    SecretBatch::read(secrets, keys, [=](const SecretBatch::Results &results) {
        SecretResult failure;
        const QStringList present = presentKeys(keys, results, &failure);
        if (!failure.ok()) {
            done({false, tr("The keys of profile %1 could not be read from the keychain, so it is not deleted: %2")
                             .arg(name, failure.message)});
            return;
        }
        removeAll(secrets, present, [=](const SecretResult &kept, const QStringList &) {
            if (!kept.ok())
                done({false, tr("The keychain did not remove the keys of profile %1, so it is not deleted: %2")
                                 .arg(name, kept.message)});
            else if (!profiles->remove(name))
                done({false,
                      tr("Profile %1 could not be deleted: check that the settings file can be written.").arg(name)});
            else
                done({true, QString()});
        });
    });
}

void ProfileWithSecrets::writeKeys(SecretStore *secrets, const QString &profile, const QByteArray &clientSecret,
                                   const QByteArray &subscriptionKey, std::function<void(const QString &error)> written)
{
    const QHash<QString, QByteArray> values{{StorageLocations::clientSecretKey(profile), clientSecret},
                                            {StorageLocations::subscriptionKeyKey(profile), subscriptionKey}};
    inTurn(
        secrets, {StorageLocations::clientSecretKey(profile), StorageLocations::subscriptionKeyKey(profile)},
        [values](SecretStore *to, const QString &key, SecretStore::Callback next) {
            to->write(key, values.value(key), std::move(next));
        },
        [written = std::move(written)](const SecretResult &failure, const QStringList &) {
            written(failure.ok() ? QString() : failure.message);
        });
}

} // namespace Credentials
