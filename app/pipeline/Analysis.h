// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "check/Flag.h"
#include "document/Document.h"
#include "document/DocumentLoader.h"
#include "extract/Statement.h"

#include <QString>

namespace jiaohe {

class Checker;
class Extractor;

// One report through the whole pipeline: read, extract, check. Data only: `jiaohe check` prints it
// (cli/AnalysisOutput.h), the import stores it (store/), the window shows what was stored.
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

    // The original text of a field or flag span.
    QString originalText(qsizetype start, qsizetype end) const { return document.original.mid(start, end - start); }
};

} // namespace jiaohe
