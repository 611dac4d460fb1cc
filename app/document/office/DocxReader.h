// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace jiaohe {

struct DocxHtml
{
    QString html; // the body as a web page: paragraphs and tables in reading order
    QString error;
    bool ok() const { return error.isEmpty(); }
};

// A Word document (.docx: word/document.xml in a ZIP package) as the web page htmlToText reads, so that its
// tables reach the table readers exactly as a saved page's do: each w:p a <p>, each w:tbl a <table>, a cell
// spanning columns (w:gridSpan) one <td colspan>, a cell merged into the one above (w:vMerge) left out of its
// row as a rowspan's is. Automatic numbering ("一、", "（二）", "1.") is written out, as Word shows it. Deleted
// revisions, hidden text, field codes and the fallback copies of drawings are not text. The XML is read with
// QXmlStreamReader (a DTD, which Word never writes, is refused: no entity expansion), the archive with ZipArchive.
class DocxReader
{
public:
    static DocxHtml read(const QByteArray& bytes);
};

} // namespace jiaohe
