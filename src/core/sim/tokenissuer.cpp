// SPDX-License-Identifier: MIT
#include "sim/tokenissuer.h"
