// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "findings/SelfCheck.h"

#include <QDialog>

class QTextBrowser;
class QPushButton;

namespace jiaohe {

// File → Self-check a draft…: the 自查报告 of a draft (findings/SelfCheck) on screen, with Save as PDF… (the
// target through the FileDialog seam). Non-modal; the draft is not imported.
class SelfCheckDialog : public QDialog
{
    Q_OBJECT

public:
    SelfCheckDialog(SelfCheckResult result, const QString& lang, QWidget* parent = nullptr);

    QTextBrowser* browser() const { return m_browser; }
    // Asks for a file and writes the report as PDF; false (the reason shown) when cancelled or not written.
    bool savePdf();

private:
    SelfCheckResult m_result;
    QString m_lang;
    QTextBrowser* m_browser = nullptr;
};

} // namespace jiaohe
