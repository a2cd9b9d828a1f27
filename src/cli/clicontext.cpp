// SPDX-License-Identifier: MIT
#include "cli/clicontext.h"
