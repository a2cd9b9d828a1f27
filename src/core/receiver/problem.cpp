// SPDX-License-Identifier: MIT
#include "receiver/problem.h"
