// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScreenFit.h"

#include <QScreen>
#include <QWidget>

#include <algorithm>

namespace jiaohe {

QRect fitToScreen(const QRect& frame, const QRect& available)
{
    if (available.isEmpty() || available.contains(frame)) {
        return frame;
    }
    QRect fitted(frame.topLeft(), frame.size().boundedTo(available.size()));
    // Inside on every side: right and bottom first, so that a window larger than the screen starts at its top left.
    fitted.moveRight(std::min(fitted.right(), available.right()));
    fitted.moveBottom(std::min(fitted.bottom(), available.bottom()));
    fitted.moveLeft(std::max(fitted.left(), available.left()));
    fitted.moveTop(std::max(fitted.top(), available.top()));
    return fitted;
}

void fitWindowToScreen(QWidget* window)
{
    const QScreen* shown = window->screen();
    if (!shown || window->isMaximized() || window->isFullScreen()) {
        return;
    }
    const QRect frame = window->frameGeometry();
    const QRect fitted = fitToScreen(frame, shown->availableGeometry());
    if (fitted != frame) {
        const QRect inner = window->geometry();
        window->setGeometry(fitted.marginsRemoved(QMargins(inner.left() - frame.left(), inner.top() - frame.top(),
                                                           frame.right() - inner.right(),
                                                           frame.bottom() - inner.bottom())));
    }
}

} // namespace jiaohe
