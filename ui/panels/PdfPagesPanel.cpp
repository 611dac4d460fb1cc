// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfPagesPanel.h"

#include "PdfPageView.h"
#include "ReviewSession.h"
#include "document/DocumentLoader.h"
#include "store/BoxCodec.h"

#include <QAction>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QPdfDocument>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <cmath>

namespace jiaohe {

PdfPagesPanel::PdfPagesPanel(ReviewSession* session, QWidget* parent) : QWidget(parent), m_session(session)
{
    m_pdf = new QPdfDocument(this);
    m_pageView = new PdfPageView(this);
    m_pageView->setToolTip(tr("Click a box: select its field · Ctrl+click or Alt+click a number: assign it to the "
                              "selected field · Ctrl+wheel or Ctrl+=/Ctrl+-: zoom · Ctrl+0: fit width"));
    m_pageSpin = new QSpinBox(this);
    m_pageSpin->setObjectName(QStringLiteral("pageSpin"));
    m_pageSpin->setAccessibleName(tr("Page"));
    m_pageSpin->setMinimum(1);
    m_pageCount = new QLabel(this);
    auto* zoomOut = new QToolButton(this);
    zoomOut->setText(QStringLiteral("−"));
    zoomOut->setToolTip(tr("Zoom out (Ctrl+-)"));
    zoomOut->setAccessibleName(tr("Zoom out"));
    auto* zoomIn = new QToolButton(this);
    zoomIn->setText(QStringLiteral("+"));
    zoomIn->setToolTip(tr("Zoom in (Ctrl+=)"));
    zoomIn->setAccessibleName(tr("Zoom in"));
    auto* fit = new QToolButton(this);
    fit->setText(tr("Fit width"));
    fit->setToolTip(tr("Fit the page width (Ctrl+0)"));
    auto* zoomLabel = new QLabel(this);
    auto* pageBar = new QHBoxLayout;
    pageBar->setContentsMargins(4, 2, 4, 2);
    pageBar->addWidget(new QLabel(tr("Page"), this));
    pageBar->addWidget(m_pageSpin);
    pageBar->addWidget(m_pageCount);
    pageBar->addStretch(1);
    pageBar->addWidget(zoomOut);
    pageBar->addWidget(zoomLabel);
    pageBar->addWidget(zoomIn);
    pageBar->addWidget(fit);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(pageBar);
    layout->addWidget(m_pageView, 1);
    connect(zoomOut, &QToolButton::clicked, m_pageView, &PdfPageView::zoomOut);
    connect(zoomIn, &QToolButton::clicked, m_pageView, &PdfPageView::zoomIn);
    connect(fit, &QToolButton::clicked, m_pageView, &PdfPageView::fitWidth);
    // The zoom keys work from every pane of the window while the pages are shown, not only on the page.
    auto zoomKey = [this](const char* name, const QList<QKeySequence>& keys, auto slot) {
        auto* a = new QAction(this);
        a->setObjectName(QLatin1String(name));
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WindowShortcut);
        addAction(a);
        connect(a, &QAction::triggered, m_pageView, slot);
    };
    zoomKey("zoomInAction", {QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(Qt::CTRL | Qt::Key_Plus)},
            &PdfPageView::zoomIn);
    zoomKey("zoomOutAction", {QKeySequence(Qt::CTRL | Qt::Key_Minus)}, &PdfPageView::zoomOut);
    zoomKey("fitWidthAction", {QKeySequence(Qt::CTRL | Qt::Key_0)}, &PdfPageView::fitWidth);
    connect(m_pageView, &PdfPageView::zoomChanged, zoomLabel,
            [zoomLabel](double zoom) { zoomLabel->setText(QStringLiteral("%1%").arg(std::lround(zoom * 100))); });
    connect(m_pageView, &PdfPageView::currentPageChanged, this, [this](int page) {
        const QSignalBlocker block(m_pageSpin);
        m_pageSpin->setValue(page + 1);
    });
    connect(m_pageSpin, &QSpinBox::valueChanged, this, [this](int page) { m_pageView->goToPage(page - 1); });
    connect(m_pageView, &PdfPageView::boxClicked, this, &PdfPagesPanel::boxClicked);
    connect(m_pageView, &PdfPageView::pointPicked, this, [this](int page, QPointF point) {
        if (isShown()) {
            Q_EMIT positionPicked(m_doc->charAt(page, point));
        }
    });
}

PdfPagesPanel::~PdfPagesPanel() = default;

bool PdfPagesPanel::isShown() const
{
    const qint64 current = m_session->currentReport();
    return m_doc && m_report == current && current > 0;
}

void PdfPagesPanel::clear()
{
    m_doc.reset();
    m_report = 0;
    m_pageView->setDocument(nullptr, {});
}

void PdfPagesPanel::showReport(qint64 reportId)
{
    const std::optional<StoredReport> report = reportId > 0 ? m_session->currentReportRow() : std::nullopt;
    if (report && report->format == u"pdf") {
        if (m_report == reportId && m_doc) {
            Q_EMIT availabilityChanged(true);
        } else {
            m_doc.reset();
            m_report = 0;
            load(reportId, report->filePath, m_session->currentText());
        }
        return;
    }
    ++m_generation; // a PDF still being read for an earlier report is not shown
    clear();
    Q_EMIT availabilityChanged(false);
}

namespace {

// SHA-256 (hex) of the file's bytes, as the import hashed them; empty when it cannot be read.
QByteArray fileHash(const QString& path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file)) {
        return {};
    }
    return hash.result().toHex();
}

} // namespace

void PdfPagesPanel::load(qint64 reportId, const QString& path, const QString& text)
{
    const int generation = ++m_generation;
    std::optional<BoxCodec::Decoded> stored;
    if (const std::optional<BoxCodec::Encoded> encoded = m_session->store()->reportBoxes(reportId)) {
        stored = BoxCodec::decode(*encoded, text.size());
    }
    if (stored) {
        auto doc = std::make_shared<Document>();
        doc->filePath = path;
        doc->format = SourceFormat::Pdf;
        doc->original = text;
        doc->pages = std::move(stored->pages);
        doc->charBoxes = std::move(stored->boxes);
        // Only the file's hash is needed, for the page images: a hash takes milliseconds where a reading of a
        // long report takes seconds.
        auto* watcher = new QFutureWatcher<QByteArray>(this);
        connect(watcher, &QFutureWatcher<QByteArray>::finished, this, [=, this] {
            const QByteArray hash = watcher->result();
            watcher->deleteLater();
            if (generation == m_generation && reportId == m_session->currentReport()) {
                showStored(reportId, path, std::make_unique<Document>(std::move(*doc)), hash);
            }
        });
        watcher->setFuture(QtConcurrent::run([path] { return fileHash(path); }));
        return;
    }
    auto* watcher = new QFutureWatcher<LoadResult>(this);
    connect(watcher, &QFutureWatcher<LoadResult>::finished, this, [=, this] {
        const LoadResult result = watcher->result();
        watcher->deleteLater();
        if (generation == m_generation && reportId == m_session->currentReport()) {
            show(reportId, path, text, result.document, result.error);
        }
    });
    // Read again in the background (a long report takes a while): this report's boxes are not in the database.
    watcher->setFuture(QtConcurrent::run([path] { return DocumentLoader::loadFile(path, DocumentLoader::Hash::Yes); }));
    Q_EMIT message(tr("Reading the pages of %1…").arg(QFileInfo(path).fileName()));
}

void PdfPagesPanel::show(qint64 reportId, const QString& path, const QString& text, const Document& doc,
                         const QString& error)
{
    QString problem = error;
    // The same bytes read into another text (a report imported by another version of Jiaohe): the pages are
    // shown, but the evidence offsets do not fit this reading, so no boxes.
    const std::optional<StoredReport> stored = m_session->store()->report(reportId);
    const bool sameFile = stored && stored->contentHash == QString::fromLatin1(doc.contentHash);
    const bool boxesFit = doc.original == text;
    if (problem.isEmpty() && !boxesFit && !sameFile) {
        problem = tr("the file has changed since it was imported");
    }
    if (problem.isEmpty() && m_pdf->load(path) != QPdfDocument::Error::None) {
        problem = tr("Qt PDF cannot open it");
    }
    if (!problem.isEmpty()) {
        clear();
        Q_EMIT availabilityChanged(false);
        Q_EMIT message(tr("The pages of %1 cannot be shown (%2); the text is shown instead")
                           .arg(QFileInfo(path).fileName(), problem));
        return;
    }
    m_doc = std::make_unique<Document>(doc);
    if (!boxesFit) {
        m_doc->charBoxes.clear(); // pages without boxes
        Q_EMIT message(tr("%1 was imported by another version of Jiaohe: its pages are shown without the "
                          "evidence boxes")
                           .arg(QFileInfo(path).fileName()));
    }
    showPages(reportId, QString());
}

void PdfPagesPanel::showStored(qint64 reportId, const QString& path, std::unique_ptr<Document> doc,
                               const QByteArray& fileHash)
{
    const std::optional<StoredReport> stored = m_session->store()->report(reportId);
    QString unavailable;
    if (fileHash.isEmpty()) {
        unavailable = tr("the file has been moved or deleted");
    } else if (!stored || stored->contentHash != QString::fromLatin1(fileHash)) {
        unavailable = tr("the file has changed since it was imported");
    } else if (m_pdf->load(path) != QPdfDocument::Error::None) {
        unavailable = tr("Qt PDF cannot open it");
    }
    m_doc = std::move(doc);
    if (!unavailable.isEmpty()) {
        m_pdf->close();
        Q_EMIT message(tr("The page images of %1 are unavailable (%2): its text and evidence are shown where they "
                          "stood on the pages")
                           .arg(QFileInfo(path).fileName(), unavailable));
    }
    showPages(reportId, unavailable.isEmpty() ? QString() : tr("Page image unavailable: %1").arg(unavailable));
}

// The pages of m_doc: rendered from the PDF, or drawn from its stored boxes when `note` says why they cannot be.
void PdfPagesPanel::showPages(qint64 reportId, const QString& note)
{
    m_report = reportId;
    QList<QSizeF> sizes;
    for (const PdfPage& page : std::as_const(m_doc->pages)) {
        sizes.append(page.size);
    }
    if (note.isEmpty()) {
        m_pageView->setDocument(m_pdf, sizes);
    } else {
        QList<QList<PdfPageView::PageChar>> text(sizes.size());
        for (qsizetype p = 0; p < m_doc->pages.size(); ++p) {
            const PdfPage& page = m_doc->pages.at(p);
            for (qsizetype i = page.start; i < page.end && i < m_doc->charBoxes.size(); ++i) {
                const PdfCharBox& box = m_doc->charBoxes.at(i);
                const QChar c = m_doc->original.at(i);
                if (box.isEmpty() || c.isLowSurrogate()) {
                    continue;
                }
                const bool pair = c.isHighSurrogate() && i + 1 < m_doc->original.size();
                text[p].append({box.rect(), m_doc->original.mid(i, pair ? 2 : 1)});
            }
        }
        m_pageView->setPagesWithoutImages(sizes, text, note);
    }
    m_pageSpin->setMaximum(std::max<int>(1, int(sizes.size())));
    m_pageCount->setText(tr("of %1").arg(sizes.size()));
    Q_EMIT availabilityChanged(true);
    Q_EMIT pdfShown(reportId);
}

void PdfPagesPanel::updateBoxes(const QList<StoredField>& fields, const QSet<QString>& flagged,
                                const QString& currentKey, const QList<Span>& currentSpans)
{
    if (!isShown()) {
        return;
    }
    QList<PdfPageView::Box> boxes;
    for (const StoredField& f : fields) {
        const PdfPageView::BoxKind kind =
            flagged.contains(f.key) ? PdfPageView::BoxKind::Flag : PdfPageView::BoxKind::Field;
        for (const auto& [page, rect] : m_doc->boxes(f.evidenceStart, f.evidenceEnd)) {
            boxes.append({page, rect, kind, f.key});
        }
    }
    std::optional<std::pair<int, QRectF>> first;
    for (const auto& [start, end] : currentSpans) {
        for (const auto& [page, rect] : m_doc->boxes(start, end)) {
            boxes.append({page, rect, PdfPageView::BoxKind::Current, currentKey});
            if (!first) {
                first = std::pair<int, QRectF>(page, rect);
            }
        }
    }
    m_pageView->setBoxes(boxes);
    if (first) {
        m_pageView->ensureVisible(first->first, first->second);
    }
}

} // namespace jiaohe
