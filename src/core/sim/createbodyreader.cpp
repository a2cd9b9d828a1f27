// SPDX-License-Identifier: MIT
#include "sim/createbodyreader.h"
