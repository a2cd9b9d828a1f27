// SPDX-License-Identifier: MIT
#include "api/tokenprovider.h"
