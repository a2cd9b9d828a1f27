// SPDX-License-Identifier: MIT
#include "sim/simpayment.h"
