// SPDX-License-Identifier: GPL-3.0-or-later
// The narrative against the template's tables (the restatement rule's "table_pairs").
#include "TableChecks.h"

#include "TableIdentity.h"
#include "common/NumberText.h"
#include "document/Document.h"
#include "extract/FieldCatalogue.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <optional>

namespace jiaohe {

using namespace tablecheck;

void checkTableRestatements(const Document& doc, const Extraction& ex, const Rule& rule, QList<Flag>* flags)
{
    const auto overlaps = [](const ExtractedField& a, const ExtractedField& b) {
        return a.start < b.end && b.start < a.end;
    };
    for (const QJsonValue& pv : rule.params.value(u"table_pairs").toArray()) {
        const QJsonObject pair = pv.toObject();
        const QString textKey = pair.value(u"text").toString();
        const ExtractedField* text = ex.field(textKey);
        if (!text || text->blank || text->approx || text->statement < 0) {
            continue;
        }
        // "table": "t3.new.total", ["t4.lawsuit_direct.total", "t4.lawsuit_after_review.total"] (a sum), or a
        // list of such alternatives; the narrative agrees when it states any of them.
        const QList<QStringList> alternatives = alternativesOf(pair.value(u"table"));
        std::optional<double> first;
        QList<const ExtractedField*> firstCells;
        std::optional<double> agreeing;
        bool sameEvidence = false;
        for (const QStringList& keys : std::as_const(alternatives)) {
            QList<const ExtractedField*> cells;
            for (const QString& k : keys) {
                if (const ExtractedField* f = ex.field(k)) {
                    cells.append(f);
                }
            }
            if (cells.size() != keys.size() || cells.isEmpty()) {
                continue;
            }
            double sum = 0;
            for (const ExtractedField* f : std::as_const(cells)) {
                sum += f->blank ? 0.0 : f->value;
                sameEvidence = sameEvidence || overlaps(*f, *text);
            }
            if (!first) {
                first = sum;
                firstCells = cells;
            }
            if (std::abs(sum - text->value) <= kEps && !agreeing) {
                agreeing = sum;
            }
        }
        if (!first || sameEvidence) {
            continue;
        }
        if (!agreeing) {
            const auto values = [&](const QString& lang) {
                return QHash<QString, QString>{{QStringLiteral("label"), cellLabel(textKey, lang)},
                                               {QStringLiteral("text"), numberText(text->value)},
                                               {QStringLiteral("table"), numberText(*first)}};
            };
            Flag f = makeFlag(rule, QStringLiteral("message_table"), values(QStringLiteral("zh")),
                              values(QStringLiteral("en")));
            f.values = {text->value, *first};
            f.spans = {{text->start, text->end}};
            for (const ExtractedField* c : std::as_const(firstCells)) {
                if (!f.spans.contains(std::pair{c->start, c->end})) {
                    f.spans.append({c->start, c->end});
                }
            }
            flags->append(f);
            continue;
        }
        // The count agrees: its share of the whole, when the text gives one that no other rule checks.
        const Statement& count = ex.statements.at(text->statement);
        if (count.role == Statement::Role::Part && count.list >= 0 && ex.lists.at(count.list).total >= 0) {
            continue; // the share rule checks it against the list's total
        }
        QList<std::pair<double, QList<const ExtractedField*>>> bases; // alternatives, each a sum of cells
        for (const QStringList& keys : alternativesOf(pair.value(u"share_of"))) {
            QList<const ExtractedField*> cells;
            double total = 0;
            for (const QString& k : keys) {
                if (const ExtractedField* f = ex.field(k)) {
                    cells.append(f);
                    total += f->blank ? 0.0 : f->value;
                }
            }
            if (cells.size() == keys.size() && !cells.isEmpty() && total > 0) {
                bases.append({total, cells});
            }
        }
        if (bases.isEmpty()) {
            continue;
        }
        for (qsizetype i = 0; i < ex.statements.size(); ++i) {
            const Statement& s = ex.statements.at(i);
            if (s.shareOf != text->statement || s.denominator >= 0 || s.namedDenominator || !s.inBody) {
                continue;
            }
            const double stated = s.quantity.value;
            const double ulp = std::pow(10.0, -s.quantity.decimals);
            if (std::any_of(bases.cbegin(), bases.cend(), [&](const auto& base) {
                    return std::abs(*agreeing / base.first * 100.0 - stated) <= ulp + 1e-9;
                })) {
                continue;
            }
            const double total = bases.first().first;
            const double computed = *agreeing / total * 100.0;
            const auto values = [&](const QString& lang) {
                return QHash<QString, QString>{
                    {QStringLiteral("label"), cellLabel(textKey, lang)},
                    {QStringLiteral("stated"), numberText(stated)},
                    {QStringLiteral("computed"), QString::number(computed, 'f', s.quantity.decimals + 1)},
                    {QStringLiteral("part"), numberText(*agreeing)},
                    {QStringLiteral("total"), numberText(total)}};
            };
            Flag f = makeFlag(rule, QStringLiteral("message_table_share"), values(QStringLiteral("zh")),
                              values(QStringLiteral("en")));
            f.values = {stated, *agreeing, total};
            f.spans = {doc.originalSpan(s.quantity.start, s.quantity.end), {text->start, text->end}};
            for (const ExtractedField* c : std::as_const(bases.first().second)) {
                if (!f.spans.contains(std::pair{c->start, c->end})) {
                    f.spans.append({c->start, c->end});
                }
            }
            flags->append(f);
        }
    }
}

} // namespace jiaohe
