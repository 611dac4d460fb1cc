// SPDX-License-Identifier: GPL-3.0-or-later
#include "Extractor.h"

#include "Layout.h"
#include "TemplateTables.h"
#include "document/Document.h"

namespace jiaohe {

Extractor::Extractor(const FieldCatalogue& catalogue) : m_catalogue(catalogue) {}

// The passes, each in its own file: ExtractorStatements.cpp (statements, other years), ExtractorRespectively.cpp
// (分别为 pairs), ExtractorZeroStatements.cpp, ExtractorShares.cpp, ExtractorLists.cpp, ExtractorFields.cpp (field
// mapping and choice), ExtractorTableFields.cpp (the template's cells) and ExtractorReportIdentity.cpp (year and
// region). Their shared word tests are in ExtractorWords.h.
Extraction Extractor::extract(const Document& doc) const
{
    Extraction ex;
    Layout layout(doc.normalised);
    // The template's tables first: their lines are no headings and their numbers no narrative.
    const TemplateTables tables = readTemplateTables(doc, layout);
    layout.markTables(tables.tableLines);
    ex.templateVersion = tables.version;
    ex.headings = layout.headings();
    buildStatements(doc, layout, ex);
    findYearAndRegion(doc, layout, ex); // the report's year tells last year's figures apart
    markOtherYears(doc, ex);
    findZeroStatements(doc, layout, ex); // before lists and shares: it re-sorts the statements
    if (!tables.tableLines.isEmpty()) {
        ex.statements.removeIf([&](const Statement& st) { return layout.lines().at(st.line).table; });
    }
    attachShares(doc, layout, ex);
    findLists(doc, layout, ex);
    mapFields(doc, layout, ex);
    chooseFields(doc, ex);
    addTableFields(doc, layout, tables, ex);
    return ex;
}

} // namespace jiaohe
