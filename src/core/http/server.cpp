// SPDX-License-Identifier: MIT
#include "http/server.h"
