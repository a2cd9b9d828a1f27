// SPDX-License-Identifier: MIT
#include "receiver/duplicatetracker.h"
