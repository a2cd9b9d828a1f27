// SPDX-License-Identifier: MIT
#include "cli/listencommand.h"
