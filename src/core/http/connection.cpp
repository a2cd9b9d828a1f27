// SPDX-License-Identifier: MIT
#include "http/connection.h"
