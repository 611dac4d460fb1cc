#pragma once

#include "check/Flag.h"
#include "document/Document.h"
#include "document/DocumentLoader.h"
#include "extract/Statement.h"

#include <QJsonObject>
#include <QString>

namespace jiaohe {

class Checker;
class Extractor;

// One report through the whole pipeline: read, extract, check. What `jiaohe check` prints and what
// the window shows.
class Analysis
{
public:
    QString filePath;
    QString error; // empty when the file was read
    Document document;
    Extraction extraction;
    QList<Flag> flags;

    bool ok() const { return error.isEmpty(); }

    // `hash`: whether to compute the content hash the review database needs (a plain check does not).
    static Analysis ofFile(const QString& path, const Extractor& extractor, const Checker& checker,
                           DocumentLoader::Hash hash = DocumentLoader::Hash::Yes);
    static Analysis ofDocument(Document doc, const Extractor& extractor, const Checker& checker);

    // The JSON object of `jiaohe check --json` (offsets in Unicode code points of the original text).
    QJsonObject toJson(const QString& lang) const;
    // A readable report for a terminal.
    QString toText(const QString& lang) const;
    // Every statement with its phrase, role and field: why a number did or did not become a field.
    QString explain() const;
    // The original text of a field or flag span.
    QString originalText(qsizetype start, qsizetype end) const { return document.original.mid(start, end - start); }
};

} // namespace jiaohe
