#include "MainWindow.h"

#include "check/Checker.h"
#include "cli/Analysis.h"
#include "common/NumberText.h"
#include "extract/Extractor.h"
#include "extract/FieldCatalogue.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStatusBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextEdit>
#include <QTreeWidget>

#include <cmath>

namespace jiaohe {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Jiaohe — annual report review"));
    m_reportView = new QPlainTextEdit(this);
    m_reportView->setObjectName(QStringLiteral("reportView"));
    m_reportView->setReadOnly(true);
    m_reportView->setAccessibleName(tr("Report text"));

    m_fieldsTree = new QTreeWidget(this);
    m_fieldsTree->setObjectName(QStringLiteral("fieldsTree"));
    m_fieldsTree->setHeaderLabels({tr("Field"), tr("Value"), tr("Unit"), tr("Evidence")});
    m_fieldsTree->setAccessibleName(tr("Extracted fields"));

    m_flagsTree = new QTreeWidget(this);
    m_flagsTree->setObjectName(QStringLiteral("flagsTree"));
    m_flagsTree->setHeaderLabels({tr("Severity"), tr("Kind"), tr("Message")});
    m_flagsTree->setAccessibleName(tr("Flags"));

    auto* right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_fieldsTree);
    right->addWidget(m_flagsTree);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_reportView);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    setCentralWidget(split);

    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open report…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open report"), QString(),
                                                          tr("Reports (*.txt *.htm *.html);;All files (*)"));
        if (!path.isEmpty()) {
            openReport(path);
        }
    });
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    connect(m_fieldsTree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (!item || !item->data(0, Qt::UserRole).isValid()) {
            return;
        }
        const int start = item->data(0, Qt::UserRole).toInt();
        const int end = item->data(0, Qt::UserRole + 1).toInt();
        QTextCursor c(m_reportView->document());
        c.setPosition(start);
        c.setPosition(end, QTextCursor::KeepAnchor);
        m_reportView->setTextCursor(c);
        m_reportView->centerCursor();
    });
    statusBar()->showMessage(tr("Open a report with File → Open report…"));
}

bool MainWindow::openReport(const QString& path)
{
    const Analysis a = Analysis::ofFile(path, Extractor(), Checker());
    m_currentFile = path;
    if (!a.ok()) {
        m_reportView->setPlainText(tr("%1 cannot be read: %2").arg(QFileInfo(path).fileName(), a.error));
        m_fieldsTree->clear();
        m_flagsTree->clear();
        statusBar()->showMessage(tr("Cannot read %1").arg(path));
        return false;
    }
    showAnalysis(a);
    return true;
}

void MainWindow::showAnalysis(const Analysis& a)
{
    m_reportView->setPlainText(a.document.original);
    m_fieldsTree->clear();
    m_flagsTree->clear();
    const bool english = !QLocale().name().startsWith(u"zh");
    const QString lang = english ? QStringLiteral("en") : QStringLiteral("zh");
    const FieldCatalogue& catalogue = FieldCatalogue::builtin();
    QHash<QString, QTreeWidgetItem*> groups;
    for (const FieldGroup& g : catalogue.groups()) {
        auto* item = new QTreeWidgetItem(m_fieldsTree, {english ? g.labelEn : g.labelZh});
        item->setFirstColumnSpanned(true);
        groups.insert(g.id, item);
    }
    for (const ExtractedField& f : a.extraction.fields) {
        const FieldDef* def = catalogue.find(f.key);
        QTreeWidgetItem* parent = def ? groups.value(def->group) : nullptr;
        auto* item = new QTreeWidgetItem(parent ? parent : m_fieldsTree->invisibleRootItem(),
                                         {def ? def->label(lang) : f.key,
                                          (f.approx ? QStringLiteral("≈") : QString()) + numberText(f.value), f.unit,
                                          a.originalText(f.start, f.end)});
        item->setData(0, Qt::UserRole, int(f.start));
        item->setData(0, Qt::UserRole + 1, int(f.end));
        item->setToolTip(0, f.key);
    }
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        if ((*it)->childCount() == 0) {
            delete *it;
        }
    }
    m_fieldsTree->expandAll();
    m_fieldsTree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (const Flag& f : a.flags) {
        const QHash<Severity, QString> names = {
            {Severity::Error, tr("Error")}, {Severity::Warning, tr("Warning")}, {Severity::Info, tr("Info")}};
        const QHash<QString, QString> kinds = {{QStringLiteral("sum"), tr("Sum")},
                                               {QStringLiteral("percent"), tr("Share")},
                                               {QStringLiteral("percent_sum"), tr("Shares total")},
                                               {QStringLiteral("unit"), tr("Unit slip")},
                                               {QStringLiteral("restatement"), tr("Restated")},
                                               {QStringLiteral("numbering"), tr("Numbering")},
                                               {QStringLiteral("missing_section"), tr("Missing section")}};
        auto* item =
            new QTreeWidgetItem(m_flagsTree, {names.value(f.severity), kinds.value(f.kind, f.kind), f.message(lang)});
        item->setToolTip(1, f.kind);
        item->setToolTip(2, f.message(lang));
    }
    m_flagsTree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    // Every extracted number highlighted in the text: fields in one colour, flagged numbers in another.
    QList<QTextEdit::ExtraSelection> marks;
    auto mark = [&](qsizetype start, qsizetype end, const QColor& colour) {
        QTextEdit::ExtraSelection sel;
        sel.cursor = QTextCursor(m_reportView->document());
        sel.cursor.setPosition(int(start));
        sel.cursor.setPosition(int(end), QTextCursor::KeepAnchor);
        sel.format.setBackground(colour);
        marks.append(sel);
    };
    const QColor fieldColour(80, 160, 255, 70);
    const QColor flagColour(255, 110, 60, 110);
    for (const ExtractedField& f : a.extraction.fields) {
        mark(f.start, f.end, fieldColour);
    }
    for (const Flag& f : a.flags) {
        for (const auto& [start, end] : f.spans) {
            mark(start, end, flagColour);
        }
    }
    m_reportView->setExtraSelections(marks);
    setWindowTitle(tr("%1 — Jiaohe").arg(QFileInfo(a.filePath).fileName()));
    statusBar()->showMessage(
        tr("%n field(s), %1 flag(s)", nullptr, int(a.extraction.fields.size())).arg(a.flags.size()));
}

int MainWindow::fieldCount() const
{
    int n = 0;
    for (int i = 0; i < m_fieldsTree->topLevelItemCount(); ++i) {
        n += m_fieldsTree->topLevelItem(i)->childCount();
    }
    return n;
}

int MainWindow::flagCount() const
{
    return m_flagsTree->topLevelItemCount();
}

} // namespace jiaohe
