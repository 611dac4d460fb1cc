// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/Document.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace jiaohe {

struct NormalisedText
{
    QString text;
    QList<qsizetype> toOriginal; // size text.size() + 1; see Document::toOriginal
    int traditionalCharacters = 0;
};

// NFKC (full-width digits, letters and punctuation to ASCII, ㈠ to "(一)", ideographic space to space)
// then traditional -> simplified script, character by character, keeping a map from every output
// UTF-16 index to the input index it came from. Line breaks are kept as they are (one per line), so
// line numbers agree between the two texts. Thread-safe; the per-character table is built once.
NormalisedText normaliseText(QStringView original);

// Joins lines that a layout wrapped in the middle of a sentence (text from PDF, hard-wrapped .txt):
// a line break is removed from the matching copy when its line runs to about the usual line length
// without ending a sentence, and the next line neither starts a heading nor is indented as a new
// paragraph. Page numbers such as "-1-" between the two halves go too. The map to the original is
// kept, so evidence still lands on the characters as written.
// `fullLines`, when given (one flag a line of the text), says which lines run to the right edge of their column on
// the page (a PDF's geometry, fullLinesOf): those count as full whatever their length, so that the short lines of a
// narrow column are joined as the long lines of the page are.
NormalisedText joinWrappedLines(NormalisedText text, const QList<bool>& fullLines = {});

// Which lines of a PDF's text run to the right edge of their column: the line's last character ends where two or
// more lines near it that start at the same left edge end too (justified text), within half a character.
QList<bool> fullLinesOf(QStringView text, const QList<PdfCharBox>& boxes);

// normaliseText followed by joinWrappedLines: the matching copy a Document holds.
NormalisedText matchingText(QStringView original, const QList<bool>& fullLines = {});

} // namespace jiaohe
