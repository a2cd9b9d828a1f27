// SPDX-License-Identifier: MIT
// What the tests of the app's workflows and panels start from: a profile store in a temporary settings file,
// secrets in memory, the local simulator on a free port, and the profile session calling it; plus a confirmer
// that records every question and answers as told.
#pragma once

#include "credentials/memorysecretstore.h"
#include "credentials/profilestore.h"
#include "credentials/storagelocations.h"
#include "sim/localsimulator.h"
#include "sim/simcredentials.h"
#include "sim/simulatorprofile.h"
#include "workbench/confirmer.h"
#include "workbench/profilesession.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSettings>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace TestSupport {

class FakeConfirmer : public Workbench::Confirmer
{
public:
    bool confirm(const QString &, const QString &question) override
    {
        questions.append(question);
        return answer;
    }

    QStringList questions; // every question asked, in order
    bool answer = false;   // what the user says to the next one
};

// Sends what a production profile would send to api.vipps.no to the local simulator instead, so a test can see
// exactly which calls a production profile makes, and that a "no" makes none.
class RedirectingNetwork : public QNetworkAccessManager
{
public:
    QUrl target;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        QNetworkRequest moved(request);
        QUrl url = request.url();
        if (target.isValid() && url.host() == QLatin1String("api.vipps.no")) {
            url.setScheme(target.scheme());
            url.setHost(target.host());
            url.setPort(target.port());
            moved.setUrl(url);
        }
        return QNetworkAccessManager::createRequest(op, moved, data);
    }
};

// A production profile with the simulator's client id and MSN: with Production::ToSimulator and its demo keys
// stored, the calls it is allowed to make are answered by the simulator standing in for api.vipps.no.
inline Credentials::Profile productionOnSimulator()
{
    Credentials::Profile profile = Sim::SimulatorProfile::defaultProfile();
    profile.name = QStringLiteral("acme-production");
    profile.environment = Credentials::Environment::Production;
    profile.baseUrl = QUrl();
    return profile;
}

struct SessionFixture
{
    enum class Production { Unreachable, ToSimulator };

    // Saves the profiles, starts the simulator and makes the session; false (with error set) when it cannot.
    bool start(const QList<Credentials::Profile> &saved, QString *error,
               Production production = Production::Unreachable)
    {
        settings = std::make_unique<QSettings>(dir.filePath(QStringLiteral("profiles.ini")), QSettings::IniFormat);
        settings->clear();
        profiles = std::make_unique<Credentials::ProfileStore>(settings.get());
        for (const Credentials::Profile &profile : saved) {
            if (!profiles->save(profile)) {
                *error = QStringLiteral("profile %1 was not saved").arg(profile.name);
                return false;
            }
        }
        secrets = std::make_unique<Credentials::MemorySecretStore>();
        Sim::SimulatorOptions options;
        options.port = 0;
        sim = std::make_unique<Sim::LocalSimulator>(options);
        if (!sim->start(error))
            return false;
        auto redirecting = std::make_unique<RedirectingNetwork>();
        if (production == Production::ToSimulator)
            redirecting->target = sim->baseUrl();
        network = std::move(redirecting);
        session = std::make_unique<Workbench::ProfileSession>(network.get(), profiles.get(), secrets.get());
        session->setSimulatorUrl(sim->baseUrl());
        confirmer = FakeConfirmer();
        return true;
    }

    // In the order that lets each go before what it uses.
    void stop()
    {
        session.reset();
        network.reset();
        sim.reset();
        secrets.reset();
        profiles.reset();
        settings.reset();
    }

    // Puts the simulator's demo keys in the secret store under the profile's name, as if the user had typed them.
    bool storeDemoKeys(const QString &profile)
    {
        const Sim::SimCredentials demo;
        return storeKeys(profile, demo.clientSecret, demo.subscriptionKey);
    }

    // Puts both keys in the secret store under the profile's name and waits until they are there.
    bool storeKeys(const QString &profile, const QString &clientSecret, const QString &subscriptionKey)
    {
        int written = 0;
        const auto count = [&written](const Credentials::SecretResult &result) { written += result.ok() ? 1 : 100; };
        secrets->write(Credentials::StorageLocations::clientSecretKey(profile), clientSecret.toUtf8(), count);
        secrets->write(Credentials::StorageLocations::subscriptionKeyKey(profile), subscriptionKey.toUtf8(), count);
        return QTest::qWaitFor([&written] { return written >= 2; }, 5000) && written == 2;
    }

    // Activates the profile and waits until its keys are read and its client is built.
    bool activate(const Credentials::Profile &profile, int timeoutMs = 5000)
    {
        session->activate(profile);
        return QTest::qWaitFor([this] { return session->state() == Workbench::ProfileSession::State::Ready; },
                               timeoutMs);
    }

    QTemporaryDir dir;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<Credentials::ProfileStore> profiles;
    std::unique_ptr<Credentials::MemorySecretStore> secrets;
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<Sim::LocalSimulator> sim;
    std::unique_ptr<Workbench::ProfileSession> session;
    FakeConfirmer confirmer;
};

} // namespace TestSupport
