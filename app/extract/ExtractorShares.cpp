// SPDX-License-Identifier: GPL-3.0-or-later
// The share pass: a percentage after 占 attached to the count it is a share of.
#include "Extractor.h"

#include "ExtractorWords.h"
#include "Layout.h"
#include "common/CharClass.h"
#include "document/Document.h"

#include <algorithm>

namespace jiaohe {

using namespace extractor;

void Extractor::attachShares(const Document& doc, const Layout&, Extraction& ex) const
{
    const QString& text = doc.normalised;
    for (qsizetype i = 0; i < ex.statements.size(); ++i) {
        Statement& p = ex.statements[i];
        if (p.quantity.kind != QuantityKind::Percent) {
            continue;
        }
        // Where does 占 stand? In the mention itself (占27.3%) or a little before it (占总…的65.97%).
        qsizetype zhan = -1;
        if (text.at(p.quantity.start) == u'占') {
            zhan = p.quantity.start;
        } else {
            for (qsizetype k = p.quantity.start - 1; k >= std::max(p.clauseStart - 0, p.quantity.start - 30); --k) {
                if (text.at(k) == u'占') {
                    zhan = k;
                    break;
                }
                if (Layout::isSentenceEnd(text.at(k)) || text.at(k) == u';') {
                    break;
                }
            }
            if (zhan < 0) {
                // 占 may open an earlier clause: 占总年度投资225.62亿元的65.97% has no clause break,
                // but "年度投资148.85亿元,占总…" does; look back to the sentence start.
                for (qsizetype k = p.quantity.start - 1; k >= std::max(p.sentenceStart, p.quantity.start - 40); --k) {
                    if (text.at(k) == u'占') {
                        zhan = k;
                        break;
                    }
                    if (text.at(k) == u';' || text.at(k) == u',') {
                        // a share is "<count>,占…%": one comma at most, right after the count
                        if (k + 1 < text.size() && text.at(k + 1) != u'占') {
                            break;
                        }
                    }
                }
            }
        }
        if (zhan < 0) {
            continue; // a rate (办结率94%) or a bare percentage
        }
        int numerator = -1;
        int denominator = -1;
        for (qsizetype j = i - 1; j >= 0; --j) {
            const Statement& c = ex.statements.at(j);
            if (c.quantity.end <= p.sentenceStart - 1 || c.sentenceStart != p.sentenceStart) {
                break;
            }
            if (c.zeroWords) {
                continue;
            }
            if (c.quantity.kind != QuantityKind::Count) {
                if (c.quantity.end <= zhan) {
                    break; // another share stands between: this one has no count of its own
                }
                continue;
            }
            if (c.quantity.start > zhan) {
                denominator = int(j);
            } else {
                numerator = int(j);
                break;
            }
        }
        if (numerator < 0 || zhan - ex.statements.at(numerator).quantity.end > 3) {
            continue;
        }
        p.shareOf = numerator;
        p.denominator = denominator;
        if (denominator < 0) {
            QString between = QStringView(text).sliced(zhan + 1, p.quantity.numberStart - zhan - 1).toString();
            for (std::u16string_view w :
                 {u"总数", u"总量", u"全部", u"总", u"的", u"比例", u"比重", u"全年", u"全市"}) {
                between.remove(QStringView(w.data(), qsizetype(w.size())).toString());
            }
            between.remove(u'占');
            p.namedDenominator = std::any_of(between.cbegin(), between.cend(), [](QChar c) { return isHan(c); });
            if (p.namedDenominator) {
                p.denominatorText = between; // "已答复申请": the checker may find it among the fields
            }
        }
    }
}

} // namespace jiaohe
