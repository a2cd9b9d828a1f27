// SPDX-License-Identifier: MIT
#include "sim/simulator.h"
