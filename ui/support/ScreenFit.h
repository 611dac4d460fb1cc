// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRect>

class QWidget;

namespace jiaohe {

// A window restored from the settings of a larger screen (a laptop taken off its monitor, a remote session
// at a lower resolution) must not run off the screen it opens on: its geometry shrunk to the available area
// and moved inside it, keeping its place when it fits. `frame` is the window with its frame, `available` the
// screen's available geometry; the result is the frame geometry to use.
QRect fitToScreen(const QRect& frame, const QRect& available);
// Fits a shown window (not maximised or full screen) to the screen it is on (fitToScreen of its frame).
void fitWindowToScreen(QWidget* window);

} // namespace jiaohe
