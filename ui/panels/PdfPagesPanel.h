// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/ReviewStore.h"

#include <QList>
#include <QSet>
#include <QWidget>

#include <memory>
#include <utility>

class QLabel;
class QPdfDocument;
class QSpinBox;

namespace jiaohe {

class Document;
class PdfPageView;
class ReviewSession;

// A PDF report's pages, with a page and zoom bar: every field's evidence boxed, the current one drawn over the rest.
// The pages' sizes and the character boxes come from the database (kept with the report since schema version 8);
// the file is only checked (is it still the one imported?) in the background, for the page images. When it has
// moved or changed, the pages are drawn from the stored boxes, text and evidence in place, saying the images are
// unavailable. A report imported before version 8 has no stored boxes: its file is read again in the background,
// as before, and when it cannot be, the text is shown instead.
class PdfPagesPanel : public QWidget
{
    Q_OBJECT

public:
    using Span = std::pair<qsizetype, qsizetype>;

    explicit PdfPagesPanel(ReviewSession* session, QWidget* parent = nullptr);
    ~PdfPagesPanel() override;

    PdfPageView* pageView() const { return m_pageView; }
    // The report the session shows: its pages when it is a PDF (read in the background the first time),
    // nothing otherwise.
    void showReport(qint64 reportId);
    // True when the session's report is shown as its pages.
    bool isShown() const;
    // Boxes for every field's evidence (flagged ones in the flag colour) and for the current spans.
    void updateBoxes(const QList<StoredField>& fields, const QSet<QString>& flagged, const QString& currentKey,
                     const QList<Span>& currentSpans);

Q_SIGNALS:
    // The pages can be shown (or not, any more): the report panel shows or hides their tab.
    void availabilityChanged(bool shown);
    void pdfShown(qint64 reportId);
    void boxClicked(const QString& key);
    // Alt+click on a page: the character of the text there, -1 when there is none.
    void positionPicked(qsizetype position);
    void message(const QString& text);

private:
    void load(qint64 reportId, const QString& path, const QString& text);
    // The stored boxes, with the page images when the file is still the one imported (`fileHash`, empty when the
    // file cannot be read).
    void showStored(qint64 reportId, const QString& path, std::unique_ptr<Document> doc, const QByteArray& fileHash);
    void showPages(qint64 reportId, const QString& note);
    void show(qint64 reportId, const QString& path, const QString& text, const Document& doc, const QString& error);
    void clear();

    ReviewSession* m_session = nullptr;
    PdfPageView* m_pageView = nullptr;
    QSpinBox* m_pageSpin = nullptr;
    QLabel* m_pageCount = nullptr;
    QPdfDocument* m_pdf = nullptr;
    std::unique_ptr<Document> m_doc; // the open PDF report read again: pages and character boxes
    qint64 m_report = 0;             // the report m_doc belongs to
    int m_generation = 0;            // a newer load makes older background results stale
};

} // namespace jiaohe
