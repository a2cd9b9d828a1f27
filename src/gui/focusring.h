// SPDX-License-Identifier: MIT
// A visible ring around a list or table while it has the keyboard focus, in the theme's highlight colour, so
// someone working with the keyboard sees where the arrow keys and shortcuts go.
#pragma once

class QAbstractItemView;

namespace Gui {

class FocusRing
{
public:
    static void applyTo(QAbstractItemView *view);
};

} // namespace Gui
