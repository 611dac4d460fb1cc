// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QString>

class QWidget;

namespace jiaohe {

// Help → About Jiaohe: the program, its version, its licence (GPL-3.0-or-later, with the warranty disclaimer
// the licence asks an interactive program to show) and the free software it reads PDFs with.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent);

    // The dialog's text (rich text, links to the licence and the project), for the label and for tests.
    static QString aboutText();
    // Shows the window's one About dialog (made on first use).
    static AboutDialog* showFor(QWidget* window);

    static constexpr const char* Homepage = "https://github.com/jiaohe/jiaohe";
    static constexpr const char* LicenceUrl = "https://www.gnu.org/licenses/gpl-3.0.html";
};

} // namespace jiaohe
