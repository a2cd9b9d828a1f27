// SPDX-License-Identifier: MIT
#include "sim/simcredentials.h"
