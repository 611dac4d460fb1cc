#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace jiaohe {

enum class SourceFormat
{
    PlainText,
    Html,
    Pdf,
};

// A report as read from disk. `original` is what the reviewer sees (for HTML: the text of the page,
// one paragraph or table row per line). Matching works on `normalised` (NFKC, traditional -> simplified
// script), which keeps a map back to `original` so evidence spans land on the characters as written.
class Document
{
public:
    QString filePath;
    QString encoding; // "UTF-8", "GB18030", "Big5", "UTF-16LE", ...
    SourceFormat format = SourceFormat::PlainText;
    QString original;
    QString normalised;
    // toOriginal[i] is the UTF-16 index in `original` of the character that produced normalised[i];
    // toOriginal.size() == normalised.size() + 1 and the last entry is original.size().
    QList<qsizetype> toOriginal;
    int traditionalCharacters = 0; // how many characters the script conversion changed
    QByteArray contentHash;        // SHA-256 (hex) of the file's bytes, as read

    // Maps a span [start, end) of `normalised` to the span of `original` it came from.
    std::pair<qsizetype, qsizetype> originalSpan(qsizetype start, qsizetype end) const;
    // Unicode code point index in `original` of a UTF-16 index in `original`.
    qsizetype codePointIndex(qsizetype utf16Index) const;

    // Builds a document from text already decoded (tests, and reports kept in the review database).
    static Document fromPlainText(const QString& text);
    // The same for a given format: a web page's text is never line-joined.
    static Document fromText(const QString& text, SourceFormat format);

private:
    mutable QList<qsizetype> m_surrogatesBefore; // lazily built when `original` has surrogate pairs
    mutable bool m_surrogatesScanned = false;
};

} // namespace jiaohe
