// SPDX-License-Identifier: MIT
#include "signature/verifier.h"
