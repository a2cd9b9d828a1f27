// SPDX-License-Identifier: MIT
#include "credentials/environment.h"
