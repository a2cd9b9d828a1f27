// SPDX-License-Identifier: MIT
#include "signature/signer.h"
