// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace jiaohe {

// The text of a markdown file (what PDF converters and OCR tools write) as a reviewer reads it: HTML tables in it
// become tab-separated rows as a web page's do (htmlToText), `|` tables too (pipeTablesToRows); heading marks
// (`## `), emphasis (`**`), quote marks (`> `), escapes, links (their words kept) and lines holding only
// images, comments or tags are taken out. Everything else is kept line for line.
QString markdownToText(QStringView markdown);

} // namespace jiaohe
