// SPDX-License-Identifier: MIT
#include "api/eventcatalog.h"
