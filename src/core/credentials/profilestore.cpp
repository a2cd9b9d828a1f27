// SPDX-License-Identifier: MIT
#include "credentials/profilestore.h"
