// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfPageView.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPdfDocument>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace jiaohe {

namespace {

constexpr int Margin = 10; // around the pages, in pixels
constexpr int Gap = 12;    // between pages
constexpr double MinZoom = 0.25;
constexpr double MaxZoom = 6.0;

} // namespace

PdfPageView::PdfPageView(QWidget* parent) : QAbstractScrollArea(parent)
{
    setObjectName(QStringLiteral("pdfPageView"));
    setAccessibleName(tr("Report pages"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    m_cache.setMaxCost(96 * 1024); // kilobytes of page images
    viewport()->setBackgroundRole(QPalette::Mid);
    viewport()->setAutoFillBackground(true);
}

void PdfPageView::setDocument(QPdfDocument* pdf, const QList<QSizeF>& pageSizes)
{
    m_pdf = pdf;
    m_pageSizes = pdf ? pageSizes : QList<QSizeF>();
    m_pageText.clear();
    m_note.clear();
    m_boxes.clear();
    m_cache.clear();
    m_lastPage = -1;
    relayout();
    verticalScrollBar()->setValue(0);
    horizontalScrollBar()->setValue(0);
    viewport()->update();
}

void PdfPageView::setPagesWithoutImages(const QList<QSizeF>& pageSizes, const QList<QList<PageChar>>& pageText,
                                        const QString& note)
{
    setDocument(nullptr, {});
    m_pageSizes = pageSizes;
    m_pageText = pageText;
    m_note = note;
    relayout();
    viewport()->update();
}

void PdfPageView::setBoxes(const QList<Box>& boxes)
{
    m_boxes = boxes;
    viewport()->update();
}

void PdfPageView::setZoom(double zoom)
{
    zoom = std::clamp(zoom, MinZoom, MaxZoom);
    m_fitWidth = false;
    if (std::abs(zoom - m_zoom) < 1e-6) {
        return;
    }
    // Keep the point at the top of the view in place.
    const double ratio = zoom / m_zoom;
    const int top = verticalScrollBar()->value();
    m_zoom = zoom;
    relayout();
    verticalScrollBar()->setValue(int(std::lround(top * ratio)));
    Q_EMIT zoomChanged(m_zoom);
    viewport()->update();
}

void PdfPageView::zoomIn()
{
    setZoom(m_zoom * 1.25);
}

void PdfPageView::zoomOut()
{
    setZoom(m_zoom / 1.25);
}

void PdfPageView::fitWidth()
{
    m_fitWidth = true;
    relayout();
    Q_EMIT zoomChanged(m_zoom);
    viewport()->update();
}

void PdfPageView::relayout()
{
    double widest = 0;
    for (const QSizeF& s : std::as_const(m_pageSizes)) {
        widest = std::max(widest, s.width());
    }
    if (m_fitWidth && widest > 0) {
        const int available = viewport()->width() - 2 * Margin;
        m_zoom = std::clamp(available / widest, MinZoom, MaxZoom);
    }
    m_pageTops.clear();
    double y = Margin;
    for (const QSizeF& s : std::as_const(m_pageSizes)) {
        m_pageTops.append(y);
        y += s.height() * m_zoom + Gap;
    }
    m_contentHeight = int(std::ceil(y - Gap + Margin));
    m_contentWidth = int(std::ceil(widest * m_zoom + 2 * Margin));
    verticalScrollBar()->setRange(0, std::max(0, m_contentHeight - viewport()->height()));
    verticalScrollBar()->setPageStep(viewport()->height());
    verticalScrollBar()->setSingleStep(40);
    horizontalScrollBar()->setRange(0, std::max(0, m_contentWidth - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    horizontalScrollBar()->setSingleStep(40);
}

QRectF PdfPageView::pageRect(int page) const
{
    if (page < 0 || page >= m_pageSizes.size()) {
        return QRectF();
    }
    const QSizeF size = m_pageSizes.at(page) * m_zoom;
    const double width = std::max(m_contentWidth, viewport()->width());
    return QRectF((width - size.width()) / 2, m_pageTops.at(page), size.width(), size.height());
}

QRect PdfPageView::viewportRect(int page, const QRectF& rect) const
{
    const QRectF p = pageRect(page);
    const QRectF r(p.x() + rect.x() * m_zoom, p.y() + rect.y() * m_zoom, rect.width() * m_zoom,
                   rect.height() * m_zoom);
    return r.translated(-horizontalScrollBar()->value(), -verticalScrollBar()->value()).toAlignedRect();
}

std::pair<int, QPointF> PdfPageView::pagePoint(const QPoint& viewportPos) const
{
    const QPointF content = QPointF(viewportPos) + QPointF(horizontalScrollBar()->value(), verticalScrollBar()->value());
    for (int i = 0; i < m_pageSizes.size(); ++i) {
        const QRectF r = pageRect(i);
        if (r.contains(content)) {
            return {i, (content - r.topLeft()) / m_zoom};
        }
    }
    return {-1, QPointF()};
}

int PdfPageView::currentPage() const
{
    if (m_pageTops.isEmpty()) {
        return -1;
    }
    const double top = verticalScrollBar()->value() + viewport()->height() / 3.0;
    const auto it = std::upper_bound(m_pageTops.cbegin(), m_pageTops.cend(), top);
    return int(std::max<qsizetype>(0, (it - m_pageTops.cbegin()) - 1));
}

void PdfPageView::goToPage(int page)
{
    if (page < 0 || page >= m_pageTops.size()) {
        return;
    }
    verticalScrollBar()->setValue(int(m_pageTops.at(page)) - Margin);
}

void PdfPageView::ensureVisible(int page, const QRectF& rect)
{
    if (page < 0 || page >= m_pageSizes.size()) {
        return;
    }
    const QRectF p = pageRect(page);
    const QRectF r(p.x() + rect.x() * m_zoom, p.y() + rect.y() * m_zoom, rect.width() * m_zoom,
                   rect.height() * m_zoom);
    const QRectF visible(horizontalScrollBar()->value(), verticalScrollBar()->value(), viewport()->width(),
                         viewport()->height());
    if (!visible.contains(r)) {
        verticalScrollBar()->setValue(int(r.center().y() - viewport()->height() / 2.0));
        horizontalScrollBar()->setValue(int(r.center().x() - viewport()->width() / 2.0));
    }
    viewport()->update();
}

QImage PdfPageView::pageImage(int page)
{
    const qreal dpr = devicePixelRatioF();
    const qint64 key = qint64(page) * 100000 + qint64(std::lround(m_zoom * dpr * 1000));
    if (const QImage* cached = m_cache.object(key)) {
        return *cached;
    }
    if (!m_pdf) {
        return QImage();
    }
    const QSize size = (m_pageSizes.at(page) * m_zoom * dpr).toSize();
    QImage image = m_pdf->render(page, size);
    if (image.isNull()) {
        return image;
    }
    image.setDevicePixelRatio(dpr);
    ++m_rendered;
    m_cache.insert(key, new QImage(image), int(std::max<qsizetype>(1, image.sizeInBytes() / 1024)));
    return image;
}

void PdfPageView::paintEvent(QPaintEvent* event)
{
    QPainter painter(viewport());
    painter.fillRect(event->rect(), palette().color(QPalette::Mid));
    if (m_pageSizes.isEmpty()) {
        return;
    }
    const QPointF offset(horizontalScrollBar()->value(), verticalScrollBar()->value());
    const QRectF visible = QRectF(event->rect()).translated(offset);
    for (int i = 0; i < m_pageSizes.size(); ++i) {
        const QRectF r = pageRect(i);
        if (r.bottom() < visible.top()) {
            continue;
        }
        if (r.top() > visible.bottom()) {
            break;
        }
        const QRectF target = r.translated(-offset);
        painter.fillRect(target.translated(2, 2), palette().color(QPalette::Shadow)); // a thin page shadow
        painter.fillRect(target, Qt::white); // paper: pages are rendered with a transparent background
        const QImage image = pageImage(i);
        if (!m_pdf) {
            paintPageText(painter, i, target);
        } else if (image.isNull()) {
            painter.setPen(Qt::darkGray);
            painter.drawText(target, Qt::AlignCenter, tr("Page %1 cannot be shown").arg(i + 1));
        } else {
            painter.drawImage(target, image);
        }
        // Page colours are the paper's, not the palette's: the boxes use fixed, translucent colours.
        for (const Box& b : std::as_const(m_boxes)) {
            if (b.page != i) {
                continue;
            }
            const QRectF box(target.x() + b.rect.x() * m_zoom - 1, target.y() + b.rect.y() * m_zoom - 1,
                             b.rect.width() * m_zoom + 2, b.rect.height() * m_zoom + 2);
            switch (b.kind) {
            case BoxKind::Field:
                painter.fillRect(box, QColor(60, 140, 255, 55));
                painter.setPen(QPen(QColor(40, 110, 230, 160), 1));
                break;
            case BoxKind::Flag:
                painter.fillRect(box, QColor(255, 110, 60, 80));
                painter.setPen(QPen(QColor(220, 70, 30, 200), 1.5));
                break;
            case BoxKind::Current:
                painter.fillRect(box, QColor(255, 200, 0, 90));
                painter.setPen(QPen(QColor(200, 30, 30), 2.5));
                break;
            }
            painter.drawRect(box);
        }
    }
    const int page = currentPage();
    if (page != m_lastPage) {
        m_lastPage = page;
        Q_EMIT currentPageChanged(page);
    }
}

void PdfPageView::paintPageText(QPainter& painter, int page, const QRectF& target)
{
    painter.save();
    painter.setPen(Qt::black);
    QFont font = painter.font();
    int pixels = 0;
    for (const PageChar& c : m_pageText.value(page)) {
        const QRectF r(target.x() + c.rect.x() * m_zoom, target.y() + c.rect.y() * m_zoom, c.rect.width() * m_zoom,
                       c.rect.height() * m_zoom);
        // A glyph's box is about its font's size: the character drawn a little smaller fits inside it.
        const int size = std::max(1, int(std::lround(r.height() * 0.85)));
        if (size != pixels) {
            pixels = size;
            font.setPixelSize(pixels);
            painter.setFont(font);
        }
        painter.drawText(r, Qt::AlignCenter | Qt::TextDontClip, c.text);
    }
    font.setPixelSize(std::max(9, int(std::lround(9 * m_zoom))));
    painter.setFont(font);
    painter.setPen(QColor(160, 40, 40));
    painter.drawText(target.adjusted(6, 4, -6, -4), Qt::AlignTop | Qt::AlignHCenter | Qt::TextWordWrap, m_note);
    painter.restore();
}

void PdfPageView::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    const double before = m_zoom;
    relayout();
    if (std::abs(before - m_zoom) > 1e-6) {
        Q_EMIT zoomChanged(m_zoom);
    }
}

void PdfPageView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    const auto [page, point] = pagePoint(event->position().toPoint());
    if (page < 0) {
        return;
    }
    // Alt+click is taken by KDE and Xfce for moving windows: Ctrl+click does the same.
    if (event->modifiers() & (Qt::AltModifier | Qt::ControlModifier)) {
        Q_EMIT pointPicked(page, point);
        return;
    }
    // The smallest field box under the click (a number inside a longer evidence).
    const Box* best = nullptr;
    for (const Box& b : std::as_const(m_boxes)) {
        if (b.page == page && !b.key.isEmpty() && b.rect.adjusted(-1.5, -1.5, 1.5, 1.5).contains(point) &&
            (!best || b.rect.width() * b.rect.height() < best->rect.width() * best->rect.height())) {
            best = &b;
        }
    }
    if (best) {
        Q_EMIT boxClicked(best->key);
    }
}

void PdfPageView::wheelEvent(QWheelEvent* event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        if (event->angleDelta().y() > 0) {
            zoomIn();
        } else if (event->angleDelta().y() < 0) {
            zoomOut();
        }
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void PdfPageView::keyPressEvent(QKeyEvent* event)
{
    // The zoom keys are the window's actions (PdfPagesPanel), so that they work from every pane.
    switch (event->key()) {
    case Qt::Key_PageDown:
    case Qt::Key_Space:
        verticalScrollBar()->triggerAction(QAbstractSlider::SliderPageStepAdd);
        return;
    case Qt::Key_PageUp:
        verticalScrollBar()->triggerAction(QAbstractSlider::SliderPageStepSub);
        return;
    case Qt::Key_Home:
        goToPage(0);
        return;
    case Qt::Key_End:
        goToPage(pageCount() - 1);
        return;
    default:
        QAbstractScrollArea::keyPressEvent(event);
    }
}

void PdfPageView::scrollContentsBy(int, int)
{
    viewport()->update();
}

} // namespace jiaohe
