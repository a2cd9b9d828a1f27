// SPDX-License-Identifier: MIT
#include "sim/paymentledger.h"
