// SPDX-License-Identifier: GPL-3.0-or-later
// Field mapping: statements to the catalogue's fields through their phrases, then one field per key.
#include "Extractor.h"

#include "ExtractorWords.h"
#include "Layout.h"
#include "common/CharClass.h"
#include "document/Document.h"

#include <algorithm>

namespace jiaohe {

using namespace extractor;

namespace {

// A list total that says no more than 合计/共计 is the field its parts add up to ('parent').
void mapBareTotals(const FieldCatalogue& catalogue, Extraction& ex)
{
    for (const StatementList& list : std::as_const(ex.lists)) {
        if (list.total < 0 || !ex.statements.at(list.total).field.isEmpty()) {
            continue;
        }
        Statement& t = ex.statements[list.total];
        if (!t.inBody || t.cumulative || !t.thisYear()) {
            continue;
        }
        // Only a total that says no more than 合计/共计 takes its parts' parent field.
        {
            const QStringView phrase(t.phrase);
            if (!isBareClause(phrase.first(std::max<qsizetype>(0, phrase.indexOf(u'\u2026'))))) {
                continue;
            }
        }
        QString parent;
        bool agree = true;
        for (int p : list.parts) {
            const QString& key = ex.statements.at(p).field;
            const FieldDef* def = key.isEmpty() ? nullptr : catalogue.find(key);
            if (!def) {
                continue;
            }
            if (parent.isEmpty()) {
                parent = def->parent;
            } else if (def->parent != parent) {
                agree = false;
            }
        }
        const FieldDef* def = parent.isEmpty() ? nullptr : catalogue.find(parent);
        if (agree && def && def->acceptsUnit(t.quantity.unit)) {
            t.field = parent;
            QList<int>& c = ex.candidates[parent];
            c.append(list.total);
            std::sort(c.begin(), c.end());
        }
    }
}

} // namespace

void Extractor::mapFields(const Document& doc, const Layout& layout, Extraction& ex) const
{
    const QString& text = doc.normalised;
    for (qsizetype i = 0; i < ex.statements.size(); ++i) {
        Statement& s = ex.statements[i];
        if (!s.inBody || s.cumulative || !s.thisYear() || s.quantity.kind != QuantityKind::Count) {
            continue;
        }
        // "提出了…等7个方面具体要求": aspects and steps are not counts of disclosure work.
        {
            const QStringView after = QStringView(s.phrase).sliced(s.phrase.indexOf(u'\u2026') + 1).trimmed();
            const QStringView head = after.first(std::min<qsizetype>(2, after.size()));
            const bool partlyGranted = head == u"部分" && containsAny(after.first(std::min<qsizetype>(4, after.size())),
                                                                      {u"部分公开", u"部分予以", u"部分同意"});
            if (!partlyGranted && containsAny(head, {u"方面", u"环节", u"步骤", u"阶段", u"层次", u"维度", u"部分"})) {
                continue;
            }
            // "市国土资源局受理申请45件" in a city's report: another body's figure is not the report's.
            if (!otherBody(s.phrase, ex.region).isEmpty()) {
                continue;
            }
        }
        // "热线受理来电18.6万件,其中有关政府信息公开的咨询2350件": when the list's total is no field of
        // ours, its part may be one of our totals.
        const bool partOfUnrelatedTotal =
            s.role == Statement::Role::Part && s.list >= 0 && ex.lists.at(s.list).total >= 0 &&
            ex.statements.at(ex.lists.at(s.list).total).field.isEmpty() && ex.lists.at(s.list).total < int(i);
        // "截至2010年底累计公开24318条,其中2010年新增6972条": this year's figure is the part.
        const bool thisYearsPart = s.role == Statement::Role::Part && s.list >= 0 && ex.lists.at(s.list).total >= 0 &&
                                   ex.statements.at(ex.lists.at(s.list).total).cumulative &&
                                   containsAny(s.phrase, {u"新增", u"本年", u"当年", u"全年", u"本年度"});
        // Context: the sentence, the headings in force, and the lead of the list a part belongs to.
        // Built only when a field that needs it matches the phrase.
        QString context;
        auto contextText = [&]() -> const QString& {
            if (context.isEmpty()) {
                context = QStringView(text).sliced(s.sentenceStart, s.sentenceEnd - s.sentenceStart).toString();
                context += u' ';
                context += layout.sectionContext(s.quantity.start);
                if (s.role == Statement::Role::Part && s.list >= 0 && ex.lists.at(s.list).total >= 0) {
                    context += u' ';
                    context += ex.statements.at(ex.lists.at(s.list).total).phrase;
                }
            }
            return context;
        };
        if (s.zeroWords) {
            // Zero in words may speak of several fields at once (复议、诉讼); match keywords only.
            for (int fi : m_catalogue.phraseFields()) {
                const FieldDef& f = m_catalogue.fields().at(fi);
                if (f.zero && f.matchesKeywords(s.phrase)) {
                    ex.candidates[f.key].append(int(i));
                    if (s.field.isEmpty()) {
                        s.field = f.key;
                    }
                }
            }
            continue;
        }
        const FieldDef* chosen = nullptr;
        const quint64 bloom = Keyword::bloomOf(s.phrase);
        for (int fi : m_catalogue.phraseFields()) {
            const FieldDef& f = m_catalogue.fields().at(fi);
            if (!f.acceptsUnit(s.quantity.unit)) {
                continue;
            }
            if (f.totalRole && s.role == Statement::Role::Part && !thisYearsPart && !partOfUnrelatedTotal) {
                continue;
            }
            if (f.matchesPhrase(s.phrase, bloom) && (f.context.isEmpty() || f.matchesContext(contextText()))) {
                chosen = &f;
                break;
            }
        }
        if (!chosen && isGenericDisclosureClause(s.phrase) && s.sentenceStart > 0) {
            // "三是编制发行《公报》。2018年发布政府信息189条": the channel is in the sentence before.
            const auto [ps, pe] = layout.sentenceAt(s.sentenceStart - 1);
            if (layout.lineAt(ps) == s.line) {
                const QString borrowed = QStringView(text).sliced(ps, pe - ps).toString() + s.phrase;
                for (int fi : m_catalogue.phraseFields()) {
                    const FieldDef& f = m_catalogue.fields().at(fi);
                    if (f.fallback && f.acceptsUnit(s.quantity.unit) && f.matchesPhrase(borrowed)) {
                        chosen = &f;
                        break;
                    }
                }
            }
        }
        if (chosen) {
            s.field = chosen->key;
            ex.candidates[chosen->key].append(int(i));
        }
    }
    mapBareTotals(m_catalogue, ex);
}

void Extractor::chooseFields(const Document& doc, Extraction& ex) const
{
    for (const FieldDef& f : m_catalogue.fields()) {
        const auto it = ex.candidates.constFind(f.key);
        if (it == ex.candidates.cend() || it->isEmpty()) {
            continue;
        }
        // A figure beats zero in words; otherwise the first statement wins.
        int best = -1;
        for (int si : *it) {
            if (!ex.statements.at(si).zeroWords) {
                best = si;
                break;
            }
        }
        if (best < 0) {
            best = it->first();
        }
        const Statement& s = ex.statements.at(best);
        ExtractedField field;
        field.key = f.key;
        field.value = s.quantity.value;
        field.unit = s.zeroWords || s.quantity.unit.isEmpty() ? f.unit : s.quantity.unit;
        field.approx = s.quantity.approx;
        field.statement = best;
        std::tie(field.start, field.end) = doc.originalSpan(s.quantity.start, s.quantity.end);
        ex.fields.append(field);
    }
    for (const FieldDef& f : m_catalogue.fields()) {
        if (f.fillFrom.isEmpty() || ex.field(f.key)) {
            continue;
        }
        for (const FieldDef::FillFrom& from : f.fillFrom) {
            const ExtractedField* source = ex.field(from.field);
            if (!source || source->statement < 0) {
                continue;
            }
            const QString& phrase = ex.statements.at(source->statement).phrase;
            if (std::any_of(from.phrase.cbegin(), from.phrase.cend(),
                            [&](const QString& w) { return phrase.contains(w); })) {
                ExtractedField copy = *source;
                copy.key = f.key;
                ex.fields.append(copy);
                break;
            }
        }
    }
}

} // namespace jiaohe
