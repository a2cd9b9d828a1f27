// SPDX-License-Identifier: MIT
#include "journal/reader.h"
