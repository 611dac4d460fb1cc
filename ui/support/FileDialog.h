// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace jiaohe {

// Every file dialog of the window goes through here: a test sets the next file name(s) chosen
// (KeePassXC's FileDialog::setNextFileName) and the dialog is not shown; an empty name is a cancel.
class FileDialog
{
public:
    static QString getOpenFileName(QWidget* parent, const QString& caption, const QString& dir, const QString& filter);
    static QStringList getOpenFileNames(QWidget* parent, const QString& caption, const QString& dir,
                                        const QString& filter);
    static QString getSaveFileName(QWidget* parent, const QString& caption, const QString& suggested,
                                   const QString& filter);
    static QString getExistingDirectory(QWidget* parent, const QString& caption);

    static void setNextFileName(const QString& name);
    static void setNextFileNames(const QStringList& names);
    // The suggested path the last dialog answered through the seam was opened with.
    static QString lastSuggested();
};

} // namespace jiaohe
