// SPDX-License-Identifier: MIT
#include "signature/verification.h"
