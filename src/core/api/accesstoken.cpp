// SPDX-License-Identifier: MIT
#include "api/accesstoken.h"
