// SPDX-License-Identifier: MIT
#include "sim/webhookregistry.h"
