// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

#include <memory>
#include <optional>
#include <utility>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;

namespace jiaohe {

class FieldsModel;
class FlagsModel;
class PdfPagesPanel;
class PdfPageView;
class ReviewSession;
class TextSearch;

// The open report: its text as written with every field's evidence and every active flag's spans
// highlighted, a PDF's pages in the other tab, and the find bar (Ctrl+F) over both. Clicks on the text select
// a field or (Alt+click) assign a number; the panel says so through its signals and leaves the decision to
// the window's action handler.
class ReportPanel : public QWidget
{
    Q_OBJECT

public:
    using Span = std::pair<qsizetype, qsizetype>;

    ReportPanel(ReviewSession* session, FieldsModel* fields, FlagsModel* flags, QWidget* parent = nullptr);
    ~ReportPanel() override;

    QPlainTextEdit* textView() const { return m_text; }
    PdfPageView* pageView() const;
    bool isPdfShown() const;
    // What takes the focus when the report pane is entered (Tab, Ctrl+Tab): the pages or the text shown.
    QWidget* focusTarget() const;

    // Selects a span of the text and scrolls to it (a field's evidence, a flag's first number, a match).
    void showEvidence(int start, int end);
    // What is drawn as current on the pages: the selected field's evidence, or the selected flag's numbers.
    void setCurrentField(const QString& key);
    void setCurrentFlagSpans(const QList<Span>& spans);
    // Ctrl+F: step 0 the first match from the cursor, 1 the next, -1 the previous; the match selected in the
    // text and, for a PDF, boxed on its page. Returns its start in the text, -1 when none.
    int findInReport(const QString& query, int step);
    void showFindBar();

Q_SIGNALS:
    // A click on the text (no selection, no Alt): the position clicked.
    void positionClicked(qsizetype position);
    // Alt+click (or on a page): assign the number in [start, end) (start == end: under the position).
    void assignRequested(qsizetype start, qsizetype end);
    void fieldBoxClicked(const QString& key);
    void pdfShown(qint64 reportId);
    void message(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* buildFindBar();
    void reportChanged(qint64 reportId);
    void showMarks();
    void updateBoxes();

    ReviewSession* m_session = nullptr;
    FieldsModel* m_fields = nullptr;
    FlagsModel* m_flags = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QTabWidget* m_tabs = nullptr; // pages | text
    PdfPagesPanel* m_pages = nullptr;
    QWidget* m_findBar = nullptr;
    QLineEdit* m_findEdit = nullptr;
    QLabel* m_findCount = nullptr;
    std::unique_ptr<TextSearch> m_search; // the open report's matching text, made on the first search
    qint64 m_searchReport = 0;
    std::optional<Span> m_findSpan;
    QString m_currentKey;
    QList<Span> m_flagSpans;
    bool m_flagSpansCurrent = false; // a flag was selected after the field: its numbers are drawn as current
};

} // namespace jiaohe
