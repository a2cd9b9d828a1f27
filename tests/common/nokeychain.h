// SPDX-License-Identifier: MIT
// A machine without a keychain, as the app sees it: a FallbackSecretStore whose keychain answers every call
// "unavailable", so the secrets end up in memory, and the app is meant to say so.
#pragma once

#include "credentials/keychainsecretstore.h"
#include "faultysecretstore.h"

struct NoKeychain
{
    NoKeychain()
    {
        for (const FaultySecretStore::Call call :
             {FaultySecretStore::Call::Read, FaultySecretStore::Call::Write, FaultySecretStore::Call::Remove})
            keychain.failOn(call, QString(), FaultySecretStore::Status::Unavailable);
    }

    FaultySecretStore keychain;
    Credentials::MemorySecretStore memory;
    Credentials::FallbackSecretStore store{&keychain, &memory};
};
