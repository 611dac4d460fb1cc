// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// The words of the findings workbook and report, in both languages. They are data, not tr(): the language is
// an explicit choice (`--headers zh|en`, `--lang zh|en`, the window passes its own), never the machine's, and the
// headless commands install no translator.
namespace jiaohe::findingswords {

struct Word
{
    const char* zh;
    const char* en;
};

// `word` in `lang` ("en", else Chinese).
QString in(const Word& word, const QString& lang);
// A flag kind ("sum", "percent", …) as a reviewer reads it (合计, 占比, …); an unknown kind as it is.
QString kind(const QString& code, const QString& lang);
// A status or decision code (confirmed, source_error, reviewed, error, …) as a word; an unknown code as it is.
QString code(const QString& code, const QString& lang);
// "第12行" / "line 12", "第3页" / "page 3"; empty for 0.
QString place(int line, int page, const QString& lang);

} // namespace jiaohe::findingswords
