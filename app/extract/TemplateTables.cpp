// SPDX-License-Identifier: GPL-3.0-or-later
#include "TemplateTables.h"

#include "TableReader.h"
#include "document/Document.h"

namespace jiaohe {

// The reading is in TableReader (finding the tables), TableLine (cells and labels of a line) and one reader per
// table (Table2Reader.cpp, Table3Reader.cpp, Table4Reader.cpp); the rows and columns are the template's shape
// (resources/template-tables.json).
TemplateTables readTemplateTables(const Document& doc, const Layout& layout)
{
    const QString& text = doc.normalised;
    // Cheap test first: most reports before 2019 have none of the template's words.
    if (!text.contains(u"第二十条") && !text.contains(u"申请人情况") && !text.contains(u"本年新收") &&
        !text.contains(u"勾稽关系") && !text.contains(u"结果维持")) {
        return TemplateTables{};
    }
    return tables::TableReader(doc, layout).read();
}

} // namespace jiaohe
