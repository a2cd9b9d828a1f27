// SPDX-License-Identifier: MIT
#include "cli/verifycommand.h"
