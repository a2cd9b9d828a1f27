// SPDX-License-Identifier: MIT
#include "api/clientconfig.h"
