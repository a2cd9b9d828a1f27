// SPDX-License-Identifier: MIT
#include "cli/signalwatcher.h"
