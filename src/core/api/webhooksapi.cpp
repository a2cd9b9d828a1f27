// SPDX-License-Identifier: MIT
#include "api/webhooksapi.h"
