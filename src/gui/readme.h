// SPDX-License-Identifier: MIT
// Where the README is on this machine: installed next to the copyright file, or in the source tree the program
// was built from.
#pragma once

#include <QString>

namespace Gui {

class Readme
{
public:
    // The README.md found, or empty when there is none.
    static QString path();
};

} // namespace Gui
