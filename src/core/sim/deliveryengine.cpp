// SPDX-License-Identifier: MIT
#include "sim/deliveryengine.h"
