#include "Document.h"

#include "TextNormaliser.h"

#include <algorithm>

namespace jiaohe {

std::pair<qsizetype, qsizetype> Document::originalSpan(qsizetype start, qsizetype end) const
{
    if (toOriginal.isEmpty()) {
        return {start, end};
    }
    const qsizetype last = toOriginal.size() - 1;
    start = std::clamp<qsizetype>(start, 0, last);
    end = std::clamp<qsizetype>(end, start, last);
    const qsizetype oStart = toOriginal.at(start);
    // The end maps to the start of the character after the span, so a character that expanded into
    // several normalised characters (㈠ -> "(一)") is covered whole.
    qsizetype oEnd = toOriginal.at(end);
    if (end > start && oEnd <= oStart) {
        oEnd = oStart + 1;
    }
    return {oStart, oEnd};
}

qsizetype Document::codePointIndex(qsizetype utf16Index) const
{
    if (!m_surrogatesScanned) {
        m_surrogatesScanned = true;
        m_surrogatesBefore.clear();
        bool any = false;
        for (QChar c : original) {
            if (c.isLowSurrogate()) {
                any = true;
                break;
            }
        }
        if (any) {
            m_surrogatesBefore.resize(original.size() + 1);
            qsizetype count = 0;
            for (qsizetype i = 0; i < original.size(); ++i) {
                m_surrogatesBefore[i] = count;
                if (original.at(i).isLowSurrogate()) {
                    ++count;
                }
            }
            m_surrogatesBefore[original.size()] = count;
        }
    }
    if (m_surrogatesBefore.isEmpty()) {
        return utf16Index;
    }
    utf16Index = std::clamp<qsizetype>(utf16Index, 0, original.size());
    return utf16Index - m_surrogatesBefore.at(utf16Index);
}

Document Document::fromPlainText(const QString& text)
{
    return fromText(text, SourceFormat::PlainText);
}

Document Document::fromText(const QString& text, SourceFormat format)
{
    Document doc;
    doc.encoding = QStringLiteral("UTF-16");
    doc.original = text;
    NormalisedText n = format == SourceFormat::Html ? normaliseText(text) : matchingText(text);
    doc.format = format;
    doc.normalised = n.text;
    doc.toOriginal = n.toOriginal;
    doc.traditionalCharacters = n.traditionalCharacters;
    return doc;
}

} // namespace jiaohe
