// SPDX-License-Identifier: MIT
#include "api/curl.h"
