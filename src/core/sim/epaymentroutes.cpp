// SPDX-License-Identifier: MIT
#include "sim/epaymentroutes.h"
