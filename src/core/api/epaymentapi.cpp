// SPDX-License-Identifier: MIT
#include "api/epaymentapi.h"
