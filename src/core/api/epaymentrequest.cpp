// SPDX-License-Identifier: MIT
#include "api/epaymentrequest.h"
