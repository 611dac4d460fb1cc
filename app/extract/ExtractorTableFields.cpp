// SPDX-License-Identifier: GPL-3.0-or-later
// The template tables' cells as statements and fields, and the summary fields filled from them.
#include "Extractor.h"

#include "Layout.h"
#include "TemplateShape.h"
#include "TemplateTables.h"
#include "document/Document.h"

namespace jiaohe {

void Extractor::addTableFields(const Document& doc, const Layout& layout, const TemplateTables& tables,
                               Extraction& ex) const
{
    for (TableDoubt d : tables.doubts) {
        std::tie(d.start, d.end) = doc.originalSpan(d.start, d.end);
        ex.tableDoubts.append(d);
    }
    if (tables.cells.isEmpty()) {
        return;
    }
    const QString& text = doc.normalised;
    // Every cell becomes a statement of its own (the reviewer's corrections and the checks work on
    // statements) and the field of its key.
    for (const TableCell& c : tables.cells) {
        const FieldDef* def = m_catalogue.find(c.key);
        Statement s;
        s.quantity.kind = QuantityKind::Count;
        s.quantity.start = s.quantity.numberStart = c.start;
        s.quantity.end = s.quantity.numberEnd = c.end;
        s.quantity.text = text.mid(c.start, c.end - c.start);
        s.quantity.value = c.value;
        s.quantity.unit = def ? def->unit : QString();
        const qsizetype dot = s.quantity.text.indexOf(u'.');
        s.quantity.decimals = dot < 0 ? 0 : int(s.quantity.text.size() - dot - 1);
        s.phrase = def ? def->labelZh : c.key;
        s.line = c.line;
        s.inTable = true;
        s.field = c.key;
        const Layout::Line& line = layout.lines().at(c.line);
        s.sentenceStart = s.clauseStart = line.start;
        s.sentenceEnd = s.clauseEnd = line.end;
        const int index = int(ex.statements.size());
        ex.statements.append(s);
        if (ex.field(c.key)) {
            continue; // a key read twice (a table printed twice): the first one stands
        }
        ex.candidates[c.key].append(index);
        ExtractedField f;
        f.key = c.key;
        f.value = c.value;
        f.unit = s.quantity.unit;
        f.statement = index;
        f.blank = c.blank;
        std::tie(f.start, f.end) = doc.originalSpan(c.start, c.end);
        ex.fields.append(f);
    }
    // The catalogue's summary fields from the tables, so that old and new reports fill the same
    // columns; a figure the narrative gives stays (the restatement checks compare both).
    auto fillFrom = [&](const QString& key, const QStringList& sources) {
        if (ex.field(key) || !m_catalogue.find(key)) {
            return;
        }
        QList<const ExtractedField*> parts;
        for (const QString& source : sources) {
            const ExtractedField* p = ex.field(source);
            if (!p) {
                return;
            }
            parts.append(p);
        }
        ExtractedField f = *parts.first();
        f.key = key;
        f.unit = m_catalogue.find(key)->unit;
        if (parts.size() > 1) {
            // A sum has no single cell: its evidence runs from the first part to the last.
            f.statement = -1;
            f.value = 0;
            f.blank = true;
            for (const ExtractedField* p : std::as_const(parts)) {
                f.value += p->value;
                f.blank = f.blank && p->blank;
                f.start = std::min(f.start, p->start);
                f.end = std::max(f.end, p->end);
            }
        }
        ex.fields.append(f);
    };
    for (const TemplateSummary& summary : TemplateShape::builtin().summaries()) {
        fillFrom(summary.field, summary.cells);
    }
}

} // namespace jiaohe
