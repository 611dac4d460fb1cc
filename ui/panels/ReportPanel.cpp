// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportPanel.h"

#include "EvidenceSpans.h"
#include "FieldsModel.h"
#include "FlagsModel.h"
#include "PdfPageView.h"
#include "PdfPagesPanel.h"
#include "ReviewSession.h"
#include "document/TextSearch.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QShortcut>
#include <QTabWidget>
#include <QTextCursor>
#include <QTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace jiaohe {

ReportPanel::ReportPanel(ReviewSession* session, FieldsModel* fields, FlagsModel* flags, QWidget* parent)
    : QWidget(parent), m_session(session), m_fields(fields), m_flags(flags)
{
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("reportView"));
    m_text->setAccessibleName(tr("Report text"));
    m_text->setReadOnly(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setToolTip(tr("Click a highlighted number: select its field · Ctrl+click, Alt+click or select and "
                          "Ctrl+T: assign the number to the selected field"));
    // Tab leaves the report for the next pane (the text is read-only: nothing to indent).
    m_text->setTabChangesFocus(true);
    // Clicks on the text: a highlighted number selects its field, Ctrl+click or Alt+click assigns a number
    // (eventFilter; Alt+click alone is taken by KDE and Xfce for moving windows).
    m_text->viewport()->installEventFilter(this);

    m_pages = new PdfPagesPanel(session, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("reportTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_pages, tr("&Pages"));
    m_tabs->addTab(m_text, tr("&Text"));
    m_tabs->setTabVisible(0, false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(buildFindBar());
    layout->addWidget(m_tabs, 1);

    connect(m_pages, &PdfPagesPanel::availabilityChanged, this, [this](bool shown) {
        m_tabs->setTabVisible(0, shown);
        if (shown) {
            updateBoxes();
        }
    });
    connect(m_pages, &PdfPagesPanel::pdfShown, this, [this](qint64 reportId) {
        m_tabs->setCurrentIndex(0);
        updateBoxes();
        Q_EMIT pdfShown(reportId);
    });
    connect(m_pages, &PdfPagesPanel::message, this, &ReportPanel::message);
    connect(m_pages, &PdfPagesPanel::boxClicked, this, &ReportPanel::fieldBoxClicked);
    connect(m_pages, &PdfPagesPanel::positionPicked, this, [this](qsizetype at) {
        if (at < 0) {
            Q_EMIT message(tr("There is no number there to assign"));
        } else {
            Q_EMIT assignRequested(at, at);
        }
    });
    // The models were connected to the session first, so they hold the new state when these run.
    connect(session, &ReviewSession::currentReportChanged, this, &ReportPanel::reportChanged);
    auto changed = [this](qint64 reportId) {
        if (reportId == m_session->currentReport()) {
            showMarks();
            updateBoxes();
        }
    };
    connect(session, &ReviewSession::fieldChanged, this, changed);
    connect(session, &ReviewSession::flagChanged, this, changed);
    connect(session, &ReviewSession::flagsChanged, this, changed);
}

ReportPanel::~ReportPanel() = default;

QWidget* ReportPanel::buildFindBar()
{
    // Find in the report (Ctrl+F): Return / Shift+Return next / previous, Escape closes.
    m_findBar = new QWidget(this);
    m_findBar->setObjectName(QStringLiteral("findBar"));
    m_findEdit = new QLineEdit(m_findBar);
    m_findEdit->setObjectName(QStringLiteral("findInReportEdit"));
    m_findEdit->setAccessibleName(tr("Find in report"));
    m_findEdit->setPlaceholderText(tr("Find in report (simplified or traditional script)"));
    m_findEdit->setClearButtonEnabled(true);
    m_findEdit->installEventFilter(this);
    m_findCount = new QLabel(m_findBar);
    auto* findPrevious = new QToolButton(m_findBar);
    findPrevious->setArrowType(Qt::UpArrow);
    findPrevious->setToolTip(tr("Previous match (Shift+Return)"));
    auto* findNext = new QToolButton(m_findBar);
    findNext->setArrowType(Qt::DownArrow);
    findNext->setToolTip(tr("Next match (Return)"));
    auto* findClose = new QToolButton(m_findBar);
    findClose->setText(QStringLiteral("✕"));
    findClose->setToolTip(tr("Close (Escape)"));
    auto* findLayout = new QHBoxLayout(m_findBar);
    findLayout->setContentsMargins(4, 2, 4, 2);
    findLayout->addWidget(m_findEdit, 1);
    findLayout->addWidget(m_findCount);
    findLayout->addWidget(findPrevious);
    findLayout->addWidget(findNext);
    findLayout->addWidget(findClose);
    m_findBar->hide();
    connect(m_findEdit, &QLineEdit::textEdited, this, [this] { findInReport(m_findEdit->text(), 0); });
    connect(m_findEdit, &QLineEdit::returnPressed, this, [this] {
        findInReport(m_findEdit->text(), QGuiApplication::keyboardModifiers() & Qt::ShiftModifier ? -1 : 1);
    });
    connect(findNext, &QToolButton::clicked, this, [this] { findInReport(m_findEdit->text(), 1); });
    connect(findPrevious, &QToolButton::clicked, this, [this] { findInReport(m_findEdit->text(), -1); });
    connect(findClose, &QToolButton::clicked, m_findBar, &QWidget::hide);
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), m_findEdit, nullptr, nullptr, Qt::WidgetShortcut);
    connect(escape, &QShortcut::activated, this, [this] {
        m_findBar->hide();
        m_tabs->currentWidget()->setFocus();
    });
    return m_findBar;
}

PdfPageView* ReportPanel::pageView() const
{
    return m_pages->pageView();
}

QWidget* ReportPanel::focusTarget() const
{
    // The view on top: the pages of a PDF report, else its text.
    return m_tabs->currentWidget() == m_pages ? static_cast<QWidget*>(pageView()) : m_text;
}

bool ReportPanel::isPdfShown() const
{
    return m_pages->isShown();
}

void ReportPanel::reportChanged(qint64 reportId)
{
    m_findSpan.reset();
    m_text->setPlainText(m_session->currentText());
    showMarks();
    m_pages->showReport(reportId);
}

void ReportPanel::showMarks()
{
    // Every field's evidence in one colour, every active flag's spans in another (drawn over the first).
    const qsizetype length = m_session->currentText().size();
    auto clamp = [length](qsizetype v) { return int(std::clamp<qsizetype>(v, 0, length)); };
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    const QColor fieldColour = dark ? QColor(60, 120, 220, 110) : QColor(80, 160, 255, 70);
    const QColor flagColour = dark ? QColor(230, 90, 40, 150) : QColor(255, 110, 60, 110);
    QList<QTextEdit::ExtraSelection> marks;
    auto mark = [&](qsizetype start, qsizetype end, const QColor& colour) {
        if (end <= start) {
            return;
        }
        QTextEdit::ExtraSelection sel;
        sel.cursor = QTextCursor(m_text->document());
        sel.cursor.setPosition(clamp(start));
        sel.cursor.setPosition(clamp(end), QTextCursor::KeepAnchor);
        sel.format.setBackground(colour);
        marks.append(sel);
    };
    const QList<StoredField>& fields = m_fields->fields();
    for (const StoredField& f : fields) {
        for (const auto& [start, end] : evidenceSpans(fields, f.key)) {
            mark(start, end, fieldColour);
        }
    }
    for (const StoredFlag& f : m_flags->flags()) {
        if (f.active) {
            for (const auto& [start, end] : f.spans) {
                mark(start, end, flagColour);
            }
        }
    }
    m_text->setExtraSelections(marks);
}

void ReportPanel::showEvidence(int start, int end)
{
    QTextCursor c(m_text->document());
    c.setPosition(std::clamp(start, 0, m_text->document()->characterCount() - 1));
    c.setPosition(std::clamp(end, 0, m_text->document()->characterCount() - 1), QTextCursor::KeepAnchor);
    m_text->setTextCursor(c);
    m_text->centerCursor();
}

void ReportPanel::setCurrentField(const QString& key)
{
    m_currentKey = key;
    m_flagSpansCurrent = false;
    m_findSpan.reset();
    updateBoxes();
}

void ReportPanel::setCurrentFlagSpans(const QList<Span>& spans)
{
    m_flagSpans = spans;
    m_flagSpansCurrent = true;
    m_findSpan.reset();
    updateBoxes();
}

void ReportPanel::updateBoxes()
{
    if (!m_pages->isShown()) {
        return;
    }
    // A match of Find in report, else the selected flag's numbers (when a flag was selected last), else the
    // selected field's evidence.
    QList<Span> current;
    if (m_findSpan) {
        current = {*m_findSpan};
    } else if (m_flagSpansCurrent) {
        current = m_flagSpans;
    } else {
        current = evidenceSpans(m_fields->fields(), m_currentKey);
    }
    m_pages->updateBoxes(m_fields->fields(), m_fields->flaggedKeys(), m_currentKey, current);
}

int ReportPanel::findInReport(const QString& query, int step)
{
    m_findSpan.reset();
    m_findCount->clear();
    const qint64 report = m_session->currentReport();
    if (query.trimmed().isEmpty() || report <= 0) {
        updateBoxes();
        return -1;
    }
    if (m_searchReport != report || !m_search) {
        m_search = std::make_unique<TextSearch>(m_text->toPlainText());
        m_searchReport = report;
    }
    const QList<Span> matches = m_search->find(query);
    if (matches.isEmpty()) {
        m_findCount->setText(tr("not found"));
        Q_EMIT message(tr("“%1” is not in this report").arg(query.trimmed()));
        updateBoxes();
        return -1;
    }
    // From the current selection, wrapping round.
    const qsizetype pick = TextSearch::pick(matches, m_text->textCursor().selectionStart(), step);
    const auto [start, end] = matches.at(pick);
    showEvidence(int(start), int(end));
    m_findSpan = matches.at(pick);
    m_findCount->setText(tr("%1 of %2").arg(pick + 1).arg(matches.size()));
    updateBoxes();
    return int(start);
}

void ReportPanel::showFindBar()
{
    m_findBar->show();
    m_findEdit->setFocus(Qt::ShortcutFocusReason);
    m_findEdit->selectAll();
}

bool ReportPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_findEdit && event->type() == QEvent::ShortcutOverride) {
        // Undo and redo are the review's, also while typing in the find bar (the find text is not work to undo).
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo) ||
            key->keyCombination() == QKeyCombination(Qt::CTRL | Qt::SHIFT, Qt::Key_Z)) {
            return true; // not accepted: the window's shortcut gets the key
        }
    }
    if (watched == m_text->viewport() && event->type() == QEvent::MouseButtonRelease) {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        if (mouse->button() == Qt::LeftButton) {
            const QTextCursor cursor = m_text->textCursor();
            const int at = m_text->cursorForPosition(mouse->position().toPoint()).position();
            if (mouse->modifiers() & (Qt::AltModifier | Qt::ControlModifier)) {
                if (cursor.hasSelection()) {
                    Q_EMIT assignRequested(cursor.selectionStart(), cursor.selectionEnd());
                } else {
                    Q_EMIT assignRequested(at, at);
                }
            } else if (!cursor.hasSelection()) {
                Q_EMIT positionClicked(at);
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace jiaohe
