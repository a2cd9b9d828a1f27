// SPDX-License-Identifier: MIT
#include "http/chunkeddecoder.h"
