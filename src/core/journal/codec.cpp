// SPDX-License-Identifier: MIT
#include "journal/codec.h"
