// SPDX-License-Identifier: MIT
#include "api/apierror.h"
