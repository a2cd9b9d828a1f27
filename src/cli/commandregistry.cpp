// SPDX-License-Identifier: MIT
#include "cli/commandregistry.h"
