// SPDX-License-Identifier: GPL-3.0-or-later
#include "Analysis.h"

#include "check/Checker.h"
#include "document/DocumentLoader.h"
#include "extract/Extractor.h"

namespace jiaohe {

Analysis Analysis::ofFile(const QString& path, const Extractor& extractor, const Checker& checker,
                          DocumentLoader::Hash hash)
{
    LoadResult loaded = DocumentLoader::loadFile(path, hash);
    if (!loaded.ok()) {
        Analysis a;
        a.filePath = path;
        a.error = loaded.error;
        return a;
    }
    loaded.document.filePath = path;
    return ofDocument(std::move(loaded.document), extractor, checker);
}

Analysis Analysis::ofDocument(Document doc, const Extractor& extractor, const Checker& checker)
{
    Analysis a;
    a.filePath = doc.filePath;
    a.document = std::move(doc);
    a.extraction = extractor.extract(a.document);
    a.flags = checker.check(a.document, a.extraction);
    return a;
}

} // namespace jiaohe
