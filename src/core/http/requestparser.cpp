// SPDX-License-Identifier: MIT
#include "http/requestparser.h"
