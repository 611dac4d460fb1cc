#pragma once

#include <QObject>

class QMenu;
class QWidget;

namespace jiaohe {

class ReviewSession;

// File → Export findings… (the workbook of every current report) and File → Print findings… (the printable
// report of the current report's body and year, or of every report when none is open): the window's side of
// findings/, in the interface's language. The target file comes through the FileDialog seam, errors through
// MessageBox, as File → Export CSV….
class FindingsActions : public QObject
{
    Q_OBJECT

public:
    FindingsActions(ReviewSession* session, QWidget* window);

    void addTo(QMenu* file);
    // Each returns false (the reason in error()) when cancelled or when the file cannot be written.
    bool exportWorkbook();
    bool printReport();
    QString error() const { return m_error; }

Q_SIGNALS:
    void message(const QString& text);

private:
    bool ready(const QString& title);

    ReviewSession* m_session;
    QWidget* m_window;
    QString m_error;
};

} // namespace jiaohe
