// SPDX-License-Identifier: MIT
#include "credentials/profile.h"
