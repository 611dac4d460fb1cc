// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FieldCatalogue.h"
#include "Statement.h"

namespace jiaohe {

class Document;
class Layout;
struct TemplateTables;

// Turns a report's text into statements (every quantity with its phrase and evidence), the 其中
// lists they form, the shares attached to counts, and the catalogue fields they fill; also the
// report's year and region. Pure: the same document always gives the same extraction.
class Extractor
{
public:
    explicit Extractor(const FieldCatalogue& catalogue = FieldCatalogue::builtin());

    Extraction extract(const Document& doc) const;

private:
    void buildStatements(const Document& doc, const Layout& layout, Extraction& ex) const;
    void markOtherYears(const Document& doc, Extraction& ex) const;
    void pairRespectively(const Document& doc, const Layout& layout, Extraction& ex) const;
    void attachShares(const Document& doc, const Layout& layout, Extraction& ex) const;
    void findLists(const Document& doc, const Layout& layout, Extraction& ex) const;
    void findZeroStatements(const Document& doc, const Layout& layout, Extraction& ex) const;
    void mapFields(const Document& doc, const Layout& layout, Extraction& ex) const;
    void chooseFields(const Document& doc, Extraction& ex) const;
    void addTableFields(const Document& doc, const Layout& layout, const TemplateTables& tables, Extraction& ex) const;
    void findYearAndRegion(const Document& doc, const Layout& layout, Extraction& ex) const;

    const FieldCatalogue& m_catalogue;
};

} // namespace jiaohe
