// SPDX-License-Identifier: MIT
#include "signature/diagnosis.h"
