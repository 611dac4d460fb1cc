// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractScrollArea>
#include <QCache>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

class QPainter;
class QPdfDocument;

namespace jiaohe {

// A PDF report as rendered pages, one under the other, with the evidence of fields and flags drawn as boxes.
// Pages are rendered on demand (only those in view, a few kept in a cache), so a 300-page report scrolls
// without rendering 300 pages. Coordinates of boxes are PDF points from the page's top-left corner.
class PdfPageView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    enum class BoxKind
    {
        Field,   // a field's evidence
        Flag,    // a number an open flag points at
        Current, // the selected field's (or flag's) evidence
    };
    struct Box
    {
        int page = 0;
        QRectF rect; // points
        BoxKind kind = BoxKind::Field;
        QString key; // the field it belongs to (empty for flag-only boxes)
    };

    // A character drawn on a page whose image is unavailable, where it stood on the page.
    struct PageChar
    {
        QRectF rect; // points
        QString text;
    };

    explicit PdfPageView(QWidget* parent = nullptr);

    // The document to show (not owned; nullptr clears the view) and its page sizes in points.
    void setDocument(QPdfDocument* pdf, const QList<QSizeF>& pageSizes);
    // Pages without their images (the file has moved or changed since it was imported): blank pages of the
    // report's sizes with its characters drawn where they stood (pageText[page], from the boxes kept in the
    // database), the evidence boxes over them, and `note` saying why at the top of every page.
    void setPagesWithoutImages(const QList<QSizeF>& pageSizes, const QList<QList<PageChar>>& pageText,
                               const QString& note);
    bool hasImages() const { return m_pdf != nullptr; }
    const QString& unavailableNote() const { return m_note; }
    int pageCount() const { return int(m_pageSizes.size()); }
    void setBoxes(const QList<Box>& boxes);
    const QList<Box>& boxes() const { return m_boxes; }

    // Zoom as pixels per point (1.0 = 72 dpi); fit width follows the view's width.
    double zoom() const { return m_zoom; }
    void setZoom(double zoom);
    void zoomIn();
    void zoomOut();
    void fitWidth();
    bool fitsWidth() const { return m_fitWidth; }

    int currentPage() const; // the page at the top of the view, 0-based
    void goToPage(int page);
    // Scrolls so that the box is in view (centred when it was not).
    void ensureVisible(int page, const QRectF& rect);

    // Where a point of the viewport falls: page (-1 outside pages) and point on the page in points.
    std::pair<int, QPointF> pagePoint(const QPoint& viewportPos) const;
    // The viewport rectangle of a box (for tests and tooltips).
    QRect viewportRect(int page, const QRectF& rect) const;
    int renderedPages() const { return m_rendered; } // how many page images were made (on demand)

Q_SIGNALS:
    void boxClicked(const QString& key);
    // Alt+click: the reviewer wants the number at that point of the page.
    void pointPicked(int page, QPointF point);
    void currentPageChanged(int page);
    void zoomChanged(double zoom);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void relayout();
    QRectF pageRect(int page) const; // in content coordinates (pixels)
    QImage pageImage(int page);
    void paintPageText(QPainter& painter, int page, const QRectF& target);

    QPdfDocument* m_pdf = nullptr;
    QList<QSizeF> m_pageSizes;
    QList<double> m_pageTops; // content y of every page
    QList<Box> m_boxes;
    QList<QList<PageChar>> m_pageText; // pages without images only
    QString m_note;                    // why the pages have no images
    double m_zoom = 1.0;
    bool m_fitWidth = true;
    int m_contentWidth = 0;
    int m_contentHeight = 0;
    int m_lastPage = -1;
    int m_rendered = 0;
    QCache<qint64, QImage> m_cache; // key: page * 10000 + zoom step
};

} // namespace jiaohe
