// SPDX-License-Identifier: MIT
#include "journal/writer.h"
