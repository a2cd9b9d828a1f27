// SPDX-License-Identifier: MIT
#include "signature/scheme.h"
