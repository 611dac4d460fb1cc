// SPDX-License-Identifier: GPL-3.0-or-later
#include "Layout.h"

#include "FieldCatalogue.h"
#include "common/CharClass.h"
#include "common/TextShape.h"
#include "numbers/NumberParser.h"

#include <QStringList>

#include <algorithm>
#include <array>

namespace jiaohe {

namespace {

// Words of web-page furniture: a short line holding one of them is not part of the report.
constexpr std::array<std::u16string_view, 30> kFurniture = {
    u"上一篇",   u"下一篇",   u"相关链接", u"扫一扫",   u"当前位置",   u"您现在的位置", u"您的位置", u"首页 >",
    u"首页>",    u"版权所有", u"ICP备",    u"公网安备", u"网站标识码", u"设为首页",     u"加入收藏", u"收藏本站",
    u"收藏网站", u"网站地图", u"站点地图", u"联系我们", u"主办:",      u"承办:",        u"技术支持", u"打印本页",
    u"关闭窗口", u"【打印",   u"字体:",    u"浏览次数", u"发布时间:",  u"网站帮助"};

int chineseDigit(QChar c)
{
    static constexpr std::u16string_view digits = u"零一二三四五六七八九";
    const auto i = digits.find(c.unicode());
    return i == std::u16string_view::npos ? -1 : int(i);
}

// Value of a short Chinese numeral such as 三, 十, 十二, 二十三; -1 otherwise.
int smallChineseNumber(QStringView s)
{
    if (s.isEmpty() || s.size() > 3) {
        return -1;
    }
    if (s.size() == 1) {
        if (s.at(0) == u'十') {
            return 10;
        }
        return chineseDigit(s.at(0)) > 0 ? chineseDigit(s.at(0)) : -1;
    }
    const qsizetype ten = s.indexOf(u'十');
    if (ten < 0) {
        return -1;
    }
    int tens = 1;
    if (ten == 1) {
        tens = chineseDigit(s.at(0));
        if (tens <= 0) {
            return -1;
        }
    } else if (ten != 0) {
        return -1;
    }
    int ones = 0;
    if (ten + 1 < s.size()) {
        if (ten + 2 != s.size()) {
            return -1;
        }
        ones = chineseDigit(s.at(ten + 1));
        if (ones <= 0) {
            return -1;
        }
    }
    return tens * 10 + ones;
}

} // namespace

bool Layout::looksLikeTableRow(QStringView s)
{
    return jiaohe::looksLikeTableRow(s);
}

bool Layout::isSentenceEnd(QChar c)
{
    return c == u'。' || c == u'!' || c == u'?' || c == u'\n' || c == u'！' || c == u'？';
}

bool Layout::isClauseEnd(QChar c)
{
    return isSentenceEnd(c) || c == u',' || c == u';' || c == u':' || c == u'、' || c == u'，' || c == u'；' ||
           c == u'：' || c == u'\t';
}

Layout::Layout(QStringView text) : m_text(text)
{
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0) {
            end = text.size();
        }
        m_lines.append(Line{start, end, true, -1});
        start = end + 1;
    }
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (isClauseEnd(c)) {
            m_clauseEnds.append(i);
            if (isSentenceEnd(c)) {
                m_sentenceEnds.append(i);
            }
        }
    }
    findHeadings();
    markBody();
}

int Layout::lineAt(qsizetype pos) const
{
    auto it =
        std::upper_bound(m_lines.cbegin(), m_lines.cend(), pos, [](qsizetype p, const Line& l) { return p < l.start; });
    return int(std::max<qsizetype>(0, (it - m_lines.cbegin()) - 1));
}

void Layout::markTables(const QList<int>& lines)
{
    if (lines.isEmpty()) {
        return;
    }
    for (int li : lines) {
        m_lines[li].table = true;
    }
    QList<Heading> kept;
    for (Line& line : m_lines) {
        if (line.heading < 0) {
            continue;
        }
        if (line.table) {
            line.heading = -1;
        } else {
            kept.append(m_headings.at(line.heading));
            line.heading = int(kept.size()) - 1;
        }
    }
    m_headings = kept;
}

void Layout::findHeadings()
{
    for (int li = 0; li < m_lines.size(); ++li) {
        Line& line = m_lines[li];
        qsizetype p = line.start;
        while (p < line.end && isBlank(m_text.at(p))) {
            ++p;
        }
        if (p >= line.end) {
            continue;
        }
        const QStringView rest = m_text.sliced(p, line.end - p);
        int level = 0;
        int number = -1;
        qsizetype labelLength = 0;
        if (rest.startsWith(u'第') && rest.size() > 3) {
            // "第一部分 概述": the top level of reports divided into parts.
            qsizetype i = 1;
            while (i < rest.size() && i < 4 && (chineseDigit(rest.at(i)) > 0 || rest.at(i) == u'十')) {
                ++i;
            }
            if (i > 1 && rest.sliced(i).startsWith(u"部分")) {
                level = 0;
                number = smallChineseNumber(rest.sliced(1, i - 1));
                labelLength = i + 2;
            }
        } else if (rest.startsWith(u'(')) {
            const qsizetype close = rest.indexOf(u')');
            if (close > 1 && close <= 4) {
                const QStringView inner = rest.sliced(1, close - 1);
                bool isDigits = std::all_of(inner.begin(), inner.end(), [](QChar c) { return c.isDigit(); });
                if (isDigits) {
                    level = 4;
                    number = inner.toInt();
                } else {
                    level = 2;
                    number = smallChineseNumber(inner);
                }
                labelLength = close + 1;
            }
        } else if (rest.at(0).isDigit()) {
            qsizetype i = 0;
            while (i < rest.size() && rest.at(i).isDigit() && i < 3) {
                ++i;
            }
            if (i < rest.size() && (rest.at(i) == u'.' || rest.at(i) == u'、') &&
                !(i + 1 < rest.size() && rest.at(i + 1).isDigit())) {
                level = 3;
                number = rest.first(i).toInt();
                labelLength = i + 1;
            }
        } else if (chineseDigit(rest.at(0)) > 0 || rest.at(0) == u'十') {
            qsizetype i = 0;
            while (i < rest.size() && i < 3 && (chineseDigit(rest.at(i)) >= 0 || rest.at(i) == u'十')) {
                ++i;
            }
            if (i < rest.size() && (rest.at(i) == u'、' || rest.at(i) == u'.')) {
                level = 1;
                number = smallChineseNumber(rest.first(i));
                labelLength = i + 1;
            }
        }
        if (labelLength == 0 || number <= 0) {
            continue;
        }
        // A table row laid out in text ("5.属于三类内部事务信息  0  0  0") is not a heading.
        if (looksLikeTableRow(rest.sliced(labelLength))) {
            continue;
        }
        Heading h;
        h.level = level;
        h.number = number;
        h.label = rest.first(labelLength).toString();
        QStringView title = rest.sliced(labelLength);
        qsizetype stop = title.size();
        for (qsizetype k = 0; k < title.size(); ++k) {
            if (isSentenceEnd(title.at(k))) {
                stop = k;
                break;
            }
        }
        h.title = title.first(std::min<qsizetype>(stop, 60)).trimmed().toString();
        h.start = p;
        h.end = p + labelLength;
        h.line = li;
        line.heading = int(m_headings.size());
        m_headings.append(h);
    }
}

void Layout::markBody()
{
    for (Line& line : m_lines) {
        const QStringView s = m_text.sliced(line.start, line.end - line.start);
        if (s.size() > 120 || s.contains(u'。')) {
            continue;
        }
        const quint64 bloom = Keyword::bloomOf(s);
        for (std::u16string_view marker : kFurniture) {
            const QStringView word(marker.data(), qsizetype(marker.size()));
            if ((Keyword::bloomOf(word) & ~bloom) == 0 && s.contains(word)) {
                line.body = false;
                break;
            }
        }
    }
    // Runs of three or more short lines with no sentence punctuation and no numbers are menus.
    int runStart = -1;
    auto closeRun = [&](int endExclusive) {
        if (runStart >= 0 && endExclusive - runStart >= 3) {
            for (int k = runStart; k < endExclusive; ++k) {
                m_lines[k].body = false;
            }
        }
        runStart = -1;
    };
    for (int li = 0; li < m_lines.size(); ++li) {
        const Line& line = m_lines.at(li);
        const QStringView s = m_text.sliced(line.start, line.end - line.start).trimmed();
        // A menu item may carry a count in brackets: "主动公开信息(5,678条)".
        QStringView label = s;
        if (label.endsWith(u')') && label.lastIndexOf(u'(') > 0) {
            label = label.first(label.lastIndexOf(u'('));
        }
        const bool menuLike = !label.isEmpty() && label.size() <= 12 && line.heading < 0 && !label.contains(u',') &&
                              !label.contains(u'。') && !label.contains(u'\t') &&
                              std::none_of(label.begin(), label.end(), [](QChar c) { return c.isDigit(); });
        if (menuLike) {
            if (runStart < 0) {
                runStart = li;
            }
        } else if (!s.isEmpty()) {
            closeRun(li);
        }
    }
    closeRun(int(m_lines.size()));
}

// Bounds come from the sorted positions of the delimiters, found once: [start, end) where start
// follows the last delimiter before pos and end is the first delimiter at or after pos.
static std::pair<qsizetype, qsizetype> boundsAt(const QList<qsizetype>& ends, qsizetype pos, qsizetype size)
{
    pos = std::clamp<qsizetype>(pos, 0, size);
    auto it = std::lower_bound(ends.cbegin(), ends.cend(), pos);
    const qsizetype end = it == ends.cend() ? size : *it;
    const qsizetype start = it == ends.cbegin() ? 0 : *(it - 1) + 1;
    return {start, end};
}

std::pair<qsizetype, qsizetype> Layout::sentenceAt(qsizetype pos) const
{
    return boundsAt(m_sentenceEnds, pos, m_text.size());
}

std::pair<qsizetype, qsizetype> Layout::clauseAt(qsizetype pos) const
{
    return boundsAt(m_clauseEnds, pos, m_text.size());
}

int Layout::headingAt(qsizetype pos) const
{
    auto it = std::upper_bound(m_headings.cbegin(), m_headings.cend(), pos,
                               [](qsizetype p, const Heading& h) { return p < h.start; });
    return int((it - m_headings.cbegin()) - 1);
}

QString Layout::sectionContext(qsizetype pos) const
{
    int idx = headingAt(pos);
    QStringList titles;
    int level = 99;
    for (int i = idx; i >= 0 && level > 0; --i) {
        const Heading& h = m_headings.at(i);
        if (h.level < level) {
            titles.prepend(h.title);
            level = h.level;
        }
    }
    return titles.join(u' ');
}

} // namespace jiaohe
