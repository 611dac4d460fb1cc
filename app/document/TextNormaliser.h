#pragma once

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

} // namespace jiaohe
