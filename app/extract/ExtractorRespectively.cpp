// SPDX-License-Identifier: GPL-3.0-or-later
// The 分别为 pass: nouns paired with the numbers that follow the marker.
#include "Extractor.h"

#include "ExtractorWords.h"
#include "Layout.h"
#include "common/CharClass.h"
#include "document/Document.h"

#include <algorithm>

namespace jiaohe {

using namespace extractor;

// "当面申请、网上申请和信函申请分别为4件、3件和2件": the i-th noun goes with the i-th number. When the
// counts differ nothing is paired (no field is better than a wrong one).
void Extractor::pairRespectively(const Document& doc, const Layout&, Extraction& ex) const
{
    const QString& text = doc.normalised;
    for (qsizetype m = 0; m + 3 <= text.size(); ++m) {
        if (text.at(m) != u'分' && text.at(m) != u'依') {
            continue;
        }
        const QStringView at = QStringView(text).sliced(m, 3);
        if (at != u"分别为" && at != u"分别是" && at != u"依次为" && at != u"分别有" && at != u"分别达") {
            continue;
        }
        const QStringView marker = at;
        {
            qsizetype itemsStart = m;
            while (itemsStart > 0 &&
                   !(Layout::isClauseEnd(text.at(itemsStart - 1)) && text.at(itemsStart - 1) != u'、')) {
                --itemsStart;
            }
            QString items = text.mid(itemsStart, m - itemsStart);
            while (items.endsWith(u'的')) {
                items.chop(1);
            }
            QStringList nouns;
            for (QString part : items.split(u'、')) {
                for (std::u16string_view joiner : {u"以及", u"和", u"及", u"与"}) {
                    part.replace(QStringView(joiner.data(), qsizetype(joiner.size())).toString(),
                                 QStringLiteral("\x1f"));
                }
                for (const QString& n : part.split(QChar(0x1f), Qt::SkipEmptyParts)) {
                    nouns.append(n.trimmed());
                }
            }
            // "A、B和C是主要渠道,全年通过上述三个渠道公开信息分别为…": the nouns are named in the clause before.
            QString referringTail;
            if (nouns.size() == 1 && containsAny(nouns.first(), {u"上述", u"以上", u"前述"}) && itemsStart > 1) {
                qsizetype prevStart = itemsStart - 1;
                while (prevStart > 0 &&
                       !(Layout::isClauseEnd(text.at(prevStart - 1)) && text.at(prevStart - 1) != u'、')) {
                    --prevStart;
                }
                QString previous = text.mid(prevStart, itemsStart - 1 - prevStart);
                const qsizetype copula = previous.lastIndexOf(u'是');
                if (copula > 0) {
                    previous.truncate(copula);
                }
                referringTail = nouns.first();
                nouns.clear();
                for (QString part : previous.split(u'、')) {
                    for (std::u16string_view joiner : {u"以及", u"和", u"及", u"与"}) {
                        part.replace(QStringView(joiner.data(), qsizetype(joiner.size())).toString(),
                                     QStringLiteral("\x1f"));
                    }
                    for (const QString& n : part.split(QChar(0x1f), Qt::SkipEmptyParts)) {
                        nouns.append(n.trimmed());
                    }
                }
            }
            // The numbers right after the marker, separated only by 、 , 和 及 与.
            QList<int> numbers;
            qsizetype pos = m + marker.size();
            for (qsizetype i = 0; i < ex.statements.size(); ++i) {
                const Statement& st = ex.statements.at(i);
                if (st.quantity.start < pos || st.quantity.kind != QuantityKind::Count) {
                    continue;
                }
                const QStringView gap = QStringView(text).sliced(pos, st.quantity.start - pos);
                const bool joined = std::all_of(gap.begin(), gap.end(), [](QChar c) {
                    return c == u'、' || c == u',' || c == u'和' || c == u'及' || c == u'与' || c == u' ';
                });
                if (!joined) {
                    break;
                }
                numbers.append(int(i));
                pos = st.quantity.end;
            }
            if (numbers.size() < 2 || numbers.size() != nouns.size()) {
                continue;
            }
            // A verb shared by all nouns, written once after the last ("…政务微信公开政府信息分别为…").
            QString tail = referringTail;
            QString& last = nouns.last();
            for (std::u16string_view verb : {u"公开", u"发布", u"推送", u"刊登", u"受理", u"收到", u"答复", u"申请"}) {
                const qsizetype k =
                    referringTail.isEmpty() ? last.indexOf(QStringView(verb.data(), qsizetype(verb.size()))) : -1;
                if (k > 0) {
                    tail = last.mid(k);
                    last.truncate(k);
                    break;
                }
            }
            for (qsizetype k = 0; k < numbers.size(); ++k) {
                Statement& st = ex.statements[numbers.at(k)];
                st.phrase = nouns.at(k) + tail + u'\u2026';
                st.respectively = true;
            }
        }
    }
}

} // namespace jiaohe
