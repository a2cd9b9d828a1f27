// SPDX-License-Identifier: MIT
#include "credentials/secretstore.h"
