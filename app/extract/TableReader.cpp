// SPDX-License-Identifier: GPL-3.0-or-later
#include "TableReader.h"

#include "Layout.h"
#include "document/Document.h"

#include <algorithm>

namespace jiaohe::tables {

TableReader::TableReader(const Document& doc, const Layout& layout, const TemplateShape& shape)
    : m_text(doc.normalised), m_layout(layout), m_shape(shape)
{
    const auto& lines = layout.lines();
    const bool mapped = doc.toOriginal.size() == doc.normalised.size() + 1;
    for (int li = 0; li < lines.size(); ++li) {
        qsizetype start = lines.at(li).start;
        for (qsizetype k = start + 1; mapped && k < lines.at(li).end; ++k) {
            const qsizetype a = doc.toOriginal.at(k - 1) + 1;
            const qsizetype b = doc.toOriginal.at(k);
            if (b > a && QStringView(doc.original).sliced(a, b - a).contains(u'\n')) {
                m_lines.append(PhysicalLine{start, k, li});
                start = k;
            }
        }
        m_lines.append(PhysicalLine{start, lines.at(li).end, li});
    }
    m_squeezed.reserve(m_lines.size());
    for (const PhysicalLine& l : std::as_const(m_lines)) {
        m_squeezed.append(squeeze(m_text.sliced(l.start, l.end - l.start)));
    }
}

int TableReader::findLine(int from, int to, const std::function<bool(const QString&)>& pred) const
{
    for (int i = std::max(0, from); i < std::min<int>(to, int(m_squeezed.size())); ++i) {
        if (pred(m_squeezed.at(i))) {
            return i;
        }
    }
    return -1;
}

QList<TableLine> TableReader::linesOf(int from, int to) const
{
    QList<TableLine> out;
    for (int i = from; i < to; ++i) {
        out.append(readLine(m_text, m_lines.at(i), i));
    }
    return out;
}

void TableReader::add(const QString& key, const RawCell& c)
{
    m_out.cells.append(TableCell{key, c.value, c.blank, c.start, c.end, m_lines.at(c.line).layoutLine});
}

void TableReader::markLines(int from, int lastCell, int to)
{
    // A section heading of the report ("四、政府信息公开行政复议、行政诉讼情况") stays a heading.
    auto sectionHeading = [&](int i) {
        return m_squeezed.at(i).contains(u"情况") && m_layout.lines().at(m_lines.at(i).layoutLine).heading >= 0;
    };
    for (int i = from; i <= lastCell; ++i) {
        if (!sectionHeading(i)) {
            m_marked.insert(i);
        }
    }
    for (int i = lastCell + 1; i < to; ++i) {
        const QString& s = m_squeezed.at(i);
        if (s.contains(u'。') || sectionHeading(i) || s.size() > 60) {
            break;
        }
        m_marked.insert(i);
    }
}

// The version whose header words (table 2's, in the template's shape) come more often; 0 when neither's do.
int TableReader::versionFrom(int from, int to) const
{
    const TemplateTable* t2 = m_shape.table(u"t2");
    int v2019 = 0;
    int v2021 = 0;
    for (int i = from; i < to && t2; ++i) {
        const QString& s = m_squeezed.at(i);
        for (const QString& w : t2->versionWords.value(2021)) {
            v2021 += s.contains(w) ? 1 : 0;
        }
        for (const QString& w : t2->versionWords.value(2019)) {
            v2019 += s.contains(w) ? 1 : 0;
        }
    }
    if (v2019 == 0 && v2021 == 0) {
        return 0;
    }
    return v2019 > v2021 ? 2019 : 2021;
}

TemplateTables TableReader::read()
{
    const int n = int(m_squeezed.size());
    auto shortLine = [](const QString& s) { return !s.contains(u'。') && s.size() <= 60; };
    const int t2 = findLine(0, n, [](const QString& s) {
        return s.contains(u"第二十条第(一)项") || s.contains(u"本年制发件数") || s.contains(u"本年新制作数量");
    });
    int t3 = findLine(std::max(0, t2), n, [&](const QString& s) {
        return (s.contains(u"申请人情况") || s.contains(u"勾稽关系")) && !s.contains(u'。');
    });
    if (t3 < 0) {
        t3 = findLine(std::max(0, t2), n, [&](const QString& s) { return s.contains(u"本年新收") && shortLine(s); });
    }
    const int t4 = findLine(std::max({0, t2, t3}), n, [&](const QString& s) {
        return s.contains(u"行政复议") && (s.contains(u"行政诉讼") || s.contains(u"结果维持")) && shortLine(s);
    });
    auto sectionEnd = [&](int from) {
        const int e = findLine(from + 1, n, [](const QString& s) {
            return s.contains(u"存在的主要问题") || s.contains(u"其他需要报告的事项") || s.startsWith(u"五、");
        });
        return e < 0 ? std::min(n, from + 200) : e;
    };
    if (t2 >= 0) {
        int end = t3 >= 0 ? t3 : (t4 >= 0 ? t4 : sectionEnd(t2));
        const int requests =
            findLine(t2 + 1, end, [](const QString& s) { return s.contains(u"收到和处理政府信息公开申请"); });
        if (requests >= 0) {
            end = requests;
        }
        m_out.version = versionFrom(t2, end);
        if (m_out.version == 0) {
            m_out.version = 2021;
        }
        m_out.hasTable2 = readTable2(t2, end, m_out.version);
        if (!m_out.hasTable2) {
            m_out.version = 0;
        }
    }
    if (t3 >= 0) {
        m_out.hasTable3 = readTable3(t3, t4 > t3 ? t4 : sectionEnd(t3));
    }
    if (t4 >= 0) {
        m_out.hasTable4 = readTable4(t4, sectionEnd(t4));
    }
    if (!m_out.hasTable2 && !m_out.hasTable3 && !m_out.hasTable4) {
        return TemplateTables{};
    }
    if (m_out.version == 0) {
        m_out.version = 2019; // table 4 alone: the 2019 and 2021 versions share it
    }
    QSet<int> layoutLines;
    for (int i : std::as_const(m_marked)) {
        layoutLines.insert(m_lines.at(i).layoutLine);
    }
    m_out.tableLines = QList<int>(layoutLines.cbegin(), layoutLines.cend());
    std::sort(m_out.tableLines.begin(), m_out.tableLines.end());
    return m_out;
}

} // namespace jiaohe::tables
