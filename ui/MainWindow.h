#pragma once

#include <QMainWindow>

class QPlainTextEdit;
class QTreeWidget;

namespace jiaohe {

class Analysis;

// A first, minimal window: the report as written beside its extracted fields and flags.
// The full review window (queue, undo, database) is a later issue.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);

    // Loads, extracts and checks one report and shows it. Returns false (and shows the reason in the
    // window) when the file cannot be read.
    bool openReport(const QString& path);
    QString currentFile() const { return m_currentFile; }
    int fieldCount() const;
    int flagCount() const;

private:
    void showAnalysis(const Analysis& analysis);

    QPlainTextEdit* m_reportView = nullptr;
    QTreeWidget* m_fieldsTree = nullptr;
    QTreeWidget* m_flagsTree = nullptr;
    QString m_currentFile;
};

} // namespace jiaohe
