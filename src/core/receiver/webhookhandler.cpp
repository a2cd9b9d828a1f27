// SPDX-License-Identifier: MIT
#include "receiver/webhookhandler.h"
