// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace jiaohe {

struct Converted
{
    QByteArray docx;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

// The forms only LibreOffice reads (.doc, .wps, .rtf, .odt…) converted to .docx by `soffice --headless
// --convert-to docx`, for DocxReader. Each conversion runs in a temporary folder of its own with its own
// LibreOffice profile (-env:UserInstallation), so that conversions may run side by side and never touch the
// user's LibreOffice, in a process group of its own killed whole when the time limit passes. Without LibreOffice
// the message says how to convert the file by hand.
class OfficeConverter
{
public:
    static constexpr int TimeLimitMs = 120000;

    // The soffice program that will be used: JIAOHE_SOFFICE when set (empty or a missing path: none, for tests
    // and for machines where LibreOffice must not be run), else soffice or libreoffice on the PATH; empty when
    // there is none.
    static QString program();
    static Converted toDocx(const QByteArray& bytes, const QString& suffix, int timeLimitMs = TimeLimitMs);
};

} // namespace jiaohe
