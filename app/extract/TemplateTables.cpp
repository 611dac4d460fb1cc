#include "TemplateTables.h"

#include "Layout.h"
#include "common/CharClass.h"
#include "document/Document.h"

#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <string_view>

namespace jiaohe {

namespace {

constexpr int kT3Columns = 7;
constexpr int kT4Cells = 15;

// A number or a blank cell found in a table line. Offsets in the normalised text.
struct RawCell
{
    double value = 0;
    bool blank = false;
    qsizetype start = 0;
    qsizetype end = 0;
    int line = 0;
};

struct TableLine
{
    int line = 0;
    QList<RawCell> cells;
    QString label; // the line's words without the cells and without spaces
    bool tabbed = false;
    bool blankLine = false;
    bool labelAfter = false; // the cells came before the label ("38 5 … 46 一、本年新收…")
};

// A line as printed: the matching copy joins lines wrapped in a PDF's text, which may join a table
// row with the next one; the reader splits them again where the original had a line break.
struct PhysicalLine
{
    qsizetype start = 0;
    qsizetype end = 0;
    int layoutLine = 0;
};

struct RowDef
{
    std::u16string_view key;
    std::u16string_view words; // alternatives separated by '|'; "=其他" matches a label ending in 其他
};

QString squeeze(QStringView s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        if (!isBlank(c)) {
            out.append(c);
        }
    }
    return out;
}

bool isBlankMarker(QStringView t)
{
    if (t == u"/" || t == u"无" || t == u"\\" || t == u"／") {
        return true;
    }
    if (t.isEmpty() || t.size() > 3) {
        return false;
    }
    for (QChar c : t) {
        if (!isDash(c)) {
            return false;
        }
    }
    return true;
}

// A page number line: "-3-", "— 4 —", "第3页", "3/12".
bool isPageNumberLine(QStringView squeezed)
{
    if (squeezed.isEmpty() || squeezed.size() > 12) {
        return false;
    }
    bool digit = false;
    bool decoration = false;
    for (QChar c : squeezed) {
        if (c.isDigit()) {
            digit = true;
        } else if (isDash(c) || c == u'第' || c == u'页' || c == u'共' || c == u'/') {
            decoration = true;
        } else {
            return false;
        }
    }
    return digit && decoration;
}

// Three digits and no fourth: what follows a thousands separator.
bool isThousandsGroup(QStringView s)
{
    return s.size() >= 3 && s.at(0).isDigit() && s.at(1).isDigit() && s.at(2).isDigit() &&
           (s.size() == 3 || !s.at(3).isDigit());
}

// Length of a number at the start of s ([+-]digits[,ddd][.digits]); 0 when there is none.
qsizetype numberAt(QStringView s, double* value)
{
    qsizetype i = 0;
    bool negative = false;
    if (i < s.size() && (s.at(i) == u'+' || s.at(i) == u'-')) {
        negative = s.at(i) == u'-';
        ++i;
    }
    const qsizetype digitsStart = i;
    QString digits;
    while (i < s.size()) {
        const QChar c = s.at(i);
        if (c.isDigit() && c.unicode() < 128) {
            digits.append(c);
            ++i;
        } else if (c == u',' && i > digitsStart && isThousandsGroup(s.sliced(i + 1))) {
            ++i; // "4,215"
        } else {
            break;
        }
    }
    if (digits.isEmpty()) {
        return 0;
    }
    if (i + 1 < s.size() && s.at(i) == u'.' && s.at(i + 1).isDigit()) {
        digits.append(u'.');
        ++i;
        while (i < s.size() && s.at(i).isDigit() && s.at(i).unicode() < 128) {
            digits.append(s.at(i));
            ++i;
        }
    }
    bool ok = false;
    const double v = digits.toDouble(&ok);
    if (!ok) {
        return 0;
    }
    *value = negative ? -v : v;
    return i;
}

// A cell's text: a number, optionally followed by a measure word and a note in brackets
// ("22(其中修订16件)"), or a blank marker. Returns false for labels.
bool parseCellText(QStringView t, qsizetype offset, int line, RawCell* cell)
{
    cell->line = line;
    if (isBlankMarker(t)) {
        cell->blank = true;
        cell->value = 0;
        cell->start = offset;
        cell->end = offset + t.size();
        return true;
    }
    double v = 0;
    const qsizetype n = numberAt(t, &v);
    if (n == 0) {
        return false;
    }
    QStringView rest = t.sliced(n);
    for (std::u16string_view unit : {u"万元", u"件", u"项", u"元", u"条", u"个"}) {
        const QStringView u(unit.data(), qsizetype(unit.size()));
        if (rest.startsWith(u)) {
            rest = rest.sliced(u.size());
            break;
        }
    }
    if (!rest.isEmpty() && !(rest.startsWith(u'(') && rest.endsWith(u')'))) {
        return false;
    }
    cell->blank = false;
    cell->value = v;
    cell->start = offset;
    cell->end = offset + n;
    return true;
}

// A part of a tab-separated row holding several cells separated by spaces: every space-separated token
// must be a cell, else it is no list of cells (empty).
QList<RawCell> splitCells(QStringView t, qsizetype offset, int line)
{
    QList<RawCell> cells;
    for (qsizetype i = 0; i < t.size();) {
        if (isBlank(t.at(i))) {
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < t.size() && !isBlank(t.at(j))) {
            ++j;
        }
        RawCell cell;
        if (!parseCellText(t.sliced(i, j - i), offset + i, line, &cell)) {
            return {};
        }
        cells.append(cell);
        i = j;
    }
    return cells.size() >= 2 ? cells : QList<RawCell>();
}

TableLine readLine(QStringView text, const PhysicalLine& l, int index)
{
    TableLine out;
    out.line = index;
    const QStringView body = text.sliced(l.start, l.end - l.start);
    const QString squeezed = squeeze(body);
    if (squeezed.isEmpty()) {
        out.blankLine = true;
        return out;
    }
    if (isPageNumberLine(squeezed)) {
        return out; // neither cells nor label
    }
    if (body.contains(u'\t')) {
        out.tabbed = true;
        bool seen = false;               // a label or a cell before: an empty part after it is a blank cell
        qsizetype cellsBeforeLabel = -1; // cells read when the first label part came
        qsizetype pos = 0;
        while (pos <= body.size()) {
            qsizetype end = body.indexOf(u'\t', pos);
            if (end < 0) {
                end = body.size();
            }
            QStringView part = body.sliced(pos, end - pos);
            qsizetype a = 0;
            while (a < part.size() && isBlank(part.at(a))) {
                ++a;
            }
            qsizetype b = part.size();
            while (b > a && isBlank(part.at(b - 1))) {
                --b;
            }
            const QStringView t = part.sliced(a, b - a);
            RawCell cell;
            if (const QString sq = squeeze(t); sq.size() >= 3 && isPageNumberLine(sq) &&
                                               ((isDash(sq.front()) && isDash(sq.back())) || sq.endsWith(u'页'))) {
                // A page number that PDF text put on the line of a cell label at the page's foot ("- 3 -").
            } else if (t.isEmpty()) {
                if (seen) {
                    cell.blank = true;
                    cell.start = cell.end = l.start + pos;
                    cell.line = index;
                    out.cells.append(cell);
                }
            } else if (parseCellText(t, l.start + pos + a, index, &cell)) {
                out.cells.append(cell);
                seen = true;
            } else if (QList<RawCell> several = splitCells(t, l.start + pos + a, index); !several.isEmpty()) {
                // Two narrow columns whose numbers came out one space apart ("0 0" from a PDF).
                out.cells.append(several);
                seen = true;
            } else {
                out.label += squeeze(t);
                if (cellsBeforeLabel < 0) {
                    cellsBeforeLabel = out.cells.size();
                }
                seen = true;
            }
            pos = end + 1;
        }
        // A leading 序号 column ("3\t(一)予以公开\t17\t2…"): one whole number before the row's label
        // with the row's cells after it is the row's number, not a cell.
        if (cellsBeforeLabel == 1 && out.cells.size() > 1 && !out.cells.first().blank &&
            out.cells.first().value == std::floor(out.cells.first().value) &&
            !text.sliced(out.cells.first().start, out.cells.first().end - out.cells.first().start).contains(u'.')) {
            out.cells.removeFirst();
        }
        // Empty parts are cells only on a line that has some number or marker.
        bool any = false;
        for (const RawCell& c : std::as_const(out.cells)) {
            any = any || c.end > c.start;
        }
        if (!any) {
            out.cells.clear();
        }
        return out;
    }
    // Space-separated: tokens; the cells are the trailing run of cell tokens (a number inside the
    // label, "1.属于国家秘密", or before a word, "2023 年", is no cell).
    struct Token
    {
        qsizetype start;
        qsizetype end;
    };
    QList<Token> tokens;
    for (qsizetype i = 0; i < body.size();) {
        if (isBlank(body.at(i))) {
            ++i;
            continue;
        }
        qsizetype j = i;
        int depth = 0;
        // Only a number's note may hold spaces ("22(其中 修订16件)"); a label's bracket may stay open.
        const bool number = body.at(i).isDigit() || body.at(i) == u'+' || body.at(i) == u'-';
        while (j < body.size() && (depth > 0 || !isBlank(body.at(j)))) {
            if (body.at(j) == u'(' && number) {
                ++depth;
            } else if (body.at(j) == u')' && depth > 0) {
                --depth;
            }
            ++j;
        }
        tokens.append({i, j});
        i = j;
    }
    qsizetype firstCell = tokens.size();
    QList<RawCell> cells;
    for (qsizetype k = tokens.size() - 1; k >= 0; --k) {
        RawCell cell;
        const QStringView t = body.sliced(tokens.at(k).start, tokens.at(k).end - tokens.at(k).start);
        if (!parseCellText(squeeze(t), l.start + tokens.at(k).start, index, &cell)) {
            break;
        }
        // A bracketed note holding spaces was squeezed: keep the span on the number as written.
        if (!cell.blank) {
            double v = 0;
            cell.end = cell.start + numberAt(t, &v);
        }
        cells.prepend(cell);
        firstCell = k;
    }
    qsizetype labelEnd = firstCell;
    qsizetype labelStart = 0;
    if (cells.isEmpty()) {
        // Labels after the numbers ("38  5  0  0  1  2  46  一、本年新收…", right-aligned tables): the
        // leading run of cells, when a label follows that is no sentence.
        for (qsizetype k = 0; k < tokens.size(); ++k) {
            RawCell cell;
            const QStringView t = body.sliced(tokens.at(k).start, tokens.at(k).end - tokens.at(k).start);
            if (!parseCellText(squeeze(t), l.start + tokens.at(k).start, index, &cell)) {
                break;
            }
            if (!cell.blank) {
                double v = 0;
                cell.end = cell.start + numberAt(t, &v);
            }
            cells.append(cell);
            labelStart = k + 1;
        }
        if (labelStart == tokens.size() || squeezed.contains(u'。')) {
            cells.clear();
            labelStart = 0;
        }
        out.labelAfter = !cells.isEmpty();
        labelEnd = tokens.size();
    }
    out.cells = cells;
    for (qsizetype k = labelStart; k < labelEnd; ++k) {
        out.label += body.sliced(tokens.at(k).start, tokens.at(k).end - tokens.at(k).start);
    }
    return out;
}

bool matchesWords(QStringView label, std::u16string_view words)
{
    if (label.isEmpty()) {
        return false;
    }
    qsizetype pos = 0;
    const QStringView all(words.data(), qsizetype(words.size()));
    while (pos <= all.size()) {
        qsizetype end = all.indexOf(u'|', pos);
        if (end < 0) {
            end = all.size();
        }
        const QStringView w = all.sliced(pos, end - pos);
        if (w.startsWith(u'=')) {
            if (label.endsWith(w.sliced(1))) {
                return true;
            }
        } else if (!w.isEmpty() && label.contains(w)) {
            return true;
        }
        pos = end + 1;
    }
    return false;
}

// ---- the template's rows ----------------------------------------------------------------------------

constexpr std::array<std::u16string_view, kT3Columns> kT3Columns_ = {
    u"person", u"business", u"research", u"public_interest", u"legal_services", u"other_org", u"total"};

const QList<RowDef>& table3Rows(bool splitOther)
{
    static const QList<RowDef> head = {
        {u"new", u"新收"},
        {u"carried_over", u"上年结转"},
        {u"granted", u"予以公开"},
        {u"partial", u"部分公开"},
        {u"denied.state_secret", u"国家秘密"},
        {u"denied.prohibited_by_law", u"禁止公开|法规禁止|其他法律|行政止公开"},
        {u"denied.security_stability", u"三安全|一稳定|危及"},
        {u"denied.third_party", u"第三方"},
        {u"denied.internal_affairs", u"内部事务"},
        {u"denied.deliberative", u"过程性"},
        {u"denied.law_enforcement_file", u"执法案卷"},
        {u"denied.administrative_query", u"行政查询|查询事项"},
        {u"unavailable.not_held", u"不掌握"},
        {u"unavailable.needs_creation", u"另行制作|现成信息"},
        {u"unavailable.unclear", u"不明确|补正后"},
        {u"not_processed.petition", u"信访|举报投诉"},
        {u"not_processed.duplicate", u"重复申请"},
        {u"not_processed.publication", u"出版物"},
        {u"not_processed.excessive", u"大量反复|大量"},
        {u"not_processed.confirmation", u"重新出具|确认或|已获取"},
    };
    static const QList<RowDef> tail = {
        {u"total", u"总计"},
        {u"carried_forward", u"下年度|结转下年"},
    };
    static const QList<RowDef> split = [] {
        QList<RowDef> r = head;
        r.append(RowDef{u"other.no_correction", u"不补正|逾期不"});
        r.append(RowDef{u"other.no_fee", u"缴纳费用|收费通知"});
        r.append(RowDef{u"other.other", u"=其他"});
        r.append(tail);
        return r;
    }();
    static const QList<RowDef> single = [] {
        QList<RowDef> r = head;
        r.append(RowDef{u"other", u"其他处理"});
        r.append(tail);
        return r;
    }();
    return splitOther ? split : single;
}

// Labels of table 3's merged group cells, which carry no figures of their own.
bool isGroupLabel(QStringView label)
{
    return matchesWords(label, u"不予公开|无法提供|不予处理|办理结果|申请人情况");
}

struct Table2Row
{
    std::u16string_view key;
    std::u16string_view words;
    QList<std::u16string_view> columns;
};

const QList<Table2Row>& table2Rows(int version)
{
    static const QList<Table2Row> v2021 = {
        {u"rules", u"规章", {u"issued", u"repealed", u"in_force"}},
        {u"normative", u"规范性文件", {u"issued", u"repealed", u"in_force"}},
        {u"licensing", u"行政许可", {u"decisions"}},
        {u"penalty", u"行政处罚", {u"decisions"}},
        {u"coercion", u"行政强制", {u"decisions"}},
        {u"fees", u"事业性收费|收费", {u"amount"}},
    };
    static const QList<Table2Row> v2019 = {
        {u"rules", u"规章", {u"made", u"published", u"in_force_total"}},
        {u"normative", u"规范性文件", {u"made", u"published", u"in_force_total"}},
        {u"licensing", u"行政许可", {u"prior_items", u"change", u"decisions"}},
        {u"other_services", u"对外管理服务", {u"prior_items", u"change", u"decisions"}},
        {u"penalty", u"行政处罚", {u"prior_items", u"change", u"decisions"}},
        {u"coercion", u"行政强制", {u"prior_items", u"change", u"decisions"}},
        {u"fees", u"事业性收费|收费", {u"prior_items", u"change"}},
        {u"procurement", u"集中采购|采购", {u"items", u"amount"}},
    };
    return version == 2019 ? v2019 : v2021;
}

QString str(std::u16string_view s)
{
    return QString(reinterpret_cast<const QChar*>(s.data()), qsizetype(s.size()));
}

class Reader
{
public:
    Reader(const Document& doc, const Layout& layout) : m_text(doc.normalised), m_layout(layout)
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

    TemplateTables read();

private:
    int findLine(int from, int to, const std::function<bool(const QString&)>& pred) const
    {
        for (int i = std::max(0, from); i < std::min<int>(to, int(m_squeezed.size())); ++i) {
            if (pred(m_squeezed.at(i))) {
                return i;
            }
        }
        return -1;
    }
    QList<TableLine> linesOf(int from, int to) const
    {
        QList<TableLine> out;
        for (int i = from; i < to; ++i) {
            out.append(readLine(m_text, m_lines.at(i), i));
        }
        return out;
    }
    void add(const QString& key, const RawCell& c)
    {
        m_out.cells.append(TableCell{key, c.value, c.blank, c.start, c.end, m_lines.at(c.line).layoutLine});
    }
    // Marks [from, lastCell] and the label lines after it (up to `to`) as the table's.
    void markLines(int from, int lastCell, int to);
    int versionFrom(int from, int to) const;
    bool readTable2(int from, int to, int version);
    bool readTable3(int from, int to);
    bool readTable4(int from, int to);

    QStringView m_text;
    const Layout& m_layout;
    QList<PhysicalLine> m_lines;
    QStringList m_squeezed;
    TemplateTables m_out;
    QSet<int> m_marked;
};

void Reader::markLines(int from, int lastCell, int to)
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

int Reader::versionFrom(int from, int to) const
{
    int v2019 = 0;
    int v2021 = 0;
    for (int i = from; i < to; ++i) {
        const QString& s = m_squeezed.at(i);
        for (std::u16string_view w : {u"本年制发", u"本年废止", u"现行有效件数", u"本年处理决定", u"本年收费金额"}) {
            v2021 += s.contains(str(w)) ? 1 : 0;
        }
        for (std::u16string_view w :
             {u"本年新制作", u"本年新公开", u"对外公开总数", u"政府集中采购", u"采购总金额", u"上一年项目数量"}) {
            v2019 += s.contains(str(w)) ? 1 : 0;
        }
    }
    if (v2019 == 0 && v2021 == 0) {
        return 0;
    }
    return v2019 > v2021 ? 2019 : 2021;
}

bool Reader::readTable2(int from, int to, int version)
{
    const QList<TableLine> lines = linesOf(from, to);
    const QList<Table2Row>& rows = table2Rows(version);
    QList<RawCell> all;
    for (const TableLine& l : lines) {
        all.append(l.cells);
    }
    qsizetype expected = 0;
    for (const Table2Row& r : rows) {
        expected += r.columns.size();
    }
    int lastCell = -1;
    if (all.size() == expected) {
        // Every cell is there: the template's order decides (PDF text puts labels after their figures).
        qsizetype k = 0;
        for (const Table2Row& r : rows) {
            for (std::u16string_view c : r.columns) {
                add(QStringLiteral("t2.") + str(r.key) + u'.' + str(c), all.at(k));
                lastCell = all.at(k).line;
                ++k;
            }
        }
    } else {
        // Otherwise by the rows' labels (on the line, or on the lines just before).
        QString pending;
        QSet<int> done;
        QList<TableLine> labelLines; // the lines of words since the last cells
        bool lastRowLabelled = false;
        auto rowIndex = [&](const QString& label) -> qsizetype {
            for (qsizetype ri = 0; ri < rows.size(); ++ri) {
                if (matchesWords(label, rows.at(ri).words)) {
                    return ri;
                }
            }
            return -1;
        };
        for (const TableLine& l : lines) {
            if (l.cells.isEmpty()) {
                pending += l.label;
                if (!l.label.isEmpty()) {
                    labelLines.append(l);
                }
                continue;
            }
            const QString label = l.label.isEmpty() ? pending : l.label;
            pending.clear();
            // A row left all blank on a web page is its label alone (see readTable3): between rows with
            // their own labels, a label line naming an earlier row than the next one's gets blank cells.
            const qsizetype here = l.tabbed && !l.label.isEmpty() ? rowIndex(l.label) : -1;
            bool rowsBefore = lastRowLabelled; // or a web page's header row
            for (const TableLine& b : std::as_const(labelLines)) {
                if (b.tabbed) {
                    rowsBefore = true;
                    continue;
                }
                const qsizetype d = rowIndex(b.label);
                if (here < 0 || d < 0 || d >= here || !rowsBefore || done.contains(int(d))) {
                    continue;
                }
                done.insert(int(d));
                for (std::u16string_view c : rows.at(d).columns) {
                    RawCell blank;
                    blank.blank = true;
                    blank.start = blank.end = m_lines.at(b.line).end;
                    blank.line = b.line;
                    add(QStringLiteral("t2.") + str(rows.at(d).key) + u'.' + str(c), blank);
                }
            }
            labelLines.clear();
            lastRowLabelled = l.tabbed && !l.label.isEmpty();
            for (qsizetype ri = 0; ri < rows.size(); ++ri) {
                const Table2Row& r = rows.at(ri);
                if (done.contains(int(ri)) || !matchesWords(label, r.words)) {
                    continue;
                }
                done.insert(int(ri));
                QList<RawCell> cells = l.cells;
                // A web page drops a row's trailing empty cells.
                while (l.tabbed && cells.size() < r.columns.size()) {
                    RawCell blank;
                    blank.blank = true;
                    blank.start = blank.end = m_lines.at(l.line).end;
                    blank.line = l.line;
                    cells.append(blank);
                }
                for (qsizetype k = 0; k < r.columns.size() && k < cells.size(); ++k) {
                    add(QStringLiteral("t2.") + str(r.key) + u'.' + str(r.columns.at(k)), cells.at(k));
                }
                lastCell = l.line;
                break;
            }
        }
    }
    if (lastCell < 0) {
        return false;
    }
    markLines(from, lastCell, to);
    return true;
}

bool Reader::readTable3(int from, int to)
{
    const QList<TableLine> lines = linesOf(from, to);
    bool splitOther = false;
    for (int i = from; i < to; ++i) {
        splitOther = splitOther || matchesWords(m_squeezed.at(i), u"不补正|缴纳费用|收费通知|不再处理");
    }
    struct Row
    {
        QList<RawCell> cells;
        QString label;
        bool ownLabel = false;
        bool blankRow = false; // a label alone taken for a row left blank: only where the label names it
    };
    QList<Row> rows;
    // Cells one per line: runs of consecutive single-cell lines. Seven runs of the same length m > 1
    // are m rows printed column by column; anything else is read row by row, seven cells a row.
    QList<QList<RawCell>> runs;
    QStringList runLabels; // the words just before each run
    QList<RawCell> singles;
    const QList<RowDef>& defs = table3Rows(splitOther);
    // A run of seven after a row's label (a web page copied as text, one cell per line) is that row.
    auto namesRow = [&](qsizetype i) {
        if (runLabels.at(i).isEmpty()) {
            return false;
        }
        if (isGroupLabel(runLabels.at(i))) {
            return true;
        }
        return std::any_of(defs.cbegin(), defs.cend(),
                           [&](const RowDef& d) { return matchesWords(runLabels.at(i), d.words); });
    };
    auto labelledRow = [&](qsizetype i) { return runs.at(i).size() == kT3Columns && singles.isEmpty() && namesRow(i); };
    auto flushRuns = [&]() {
        bool labelledForm = false;
        for (qsizetype i = 0; i < runs.size() && !labelledForm; ++i) {
            labelledForm = labelledRow(i);
        }
        for (qsizetype i = 0; i < runs.size();) {
            if (labelledRow(i)) {
                rows.append(Row{runs.at(i), runLabels.at(i), true, false});
                ++i;
                continue;
            }
            const qsizetype m = runs.at(i).size();
            bool block = m > 1 && i + kT3Columns <= runs.size();
            for (qsizetype k = 1; block && k < kT3Columns; ++k) {
                block = runs.at(i + k).size() == m;
            }
            if (block) {
                for (qsizetype r = 0; r < m; ++r) {
                    Row row;
                    for (qsizetype k = 0; k < kT3Columns; ++k) {
                        row.cells.append(runs.at(i + k).at(r));
                    }
                    rows.append(row);
                }
                i += kT3Columns;
                continue;
            }
            if (labelledForm && m < kT3Columns && namesRow(i)) {
                ++i; // a row that lost its empty cells: which ones is unknown, so it stays unread
                continue;
            }
            for (const RawCell& c : runs.at(i)) {
                singles.append(c);
                if (singles.size() == kT3Columns) {
                    rows.append(Row{singles, QString(), false, false});
                    singles.clear();
                }
            }
            ++i;
        }
        runs.clear();
        runLabels.clear();
    };
    QString pending;
    QString gapLabel;             // the words since the last cells
    QList<TableLine> labelLines;  // the lines of words since the last cells
    bool lastRowLabelled = false; // the last row of cells was a web-page row with its label
    auto defIndex = [&](const QString& label) -> qsizetype {
        for (qsizetype k = 0; k < defs.size(); ++k) {
            if (matchesWords(label, defs.at(k).words)) {
                return k;
            }
        }
        return -1;
    };
    bool inRun = false;
    for (TableLine l : lines) {
        if (l.labelAfter && l.cells.size() < kT3Columns) {
            // "1 本机关不掌握相关政府信息" with its cells on the next line: a numbered label, no row.
            l.cells.clear();
        }
        if (l.cells.size() == 1 && l.label.isEmpty() && !l.tabbed) {
            if (!inRun) {
                runs.append(QList<RawCell>());
                runLabels.append(gapLabel);
                gapLabel.clear();
            }
            runs.last().append(l.cells.first());
            inRun = true;
            continue;
        }
        inRun = false;
        if (l.cells.isEmpty()) {
            if (!l.blankLine) {
                pending += l.label;
                // A label naming a row starts the words of the next run: a row left out before it
                // (its label alone) lends it nothing.
                gapLabel = defIndex(l.label) >= 0 ? l.label : gapLabel + l.label;
                if (!l.label.isEmpty()) {
                    labelLines.append(l);
                }
            }
            continue;
        }
        gapLabel.clear();
        flushRuns();
        singles.clear();
        // A web page drops a row's empty cells, so a row left all blank is its label alone. Between
        // rows that carry their own labels, a label line naming an earlier template row than the next
        // row's is such a row: blank cells (a wrapped label names no row and stays a label).
        if (l.tabbed && !l.label.isEmpty()) {
            const qsizetype here = defIndex(l.label);
            bool rowsBefore = lastRowLabelled; // or a web page's header row
            for (const TableLine& b : std::as_const(labelLines)) {
                const qsizetype d = defIndex(b.label);
                if (here < 0 || d < 0 || d >= here || !rowsBefore) {
                    rowsBefore = rowsBefore || b.tabbed;
                    continue;
                }
                Row row;
                for (int c = 0; c < kT3Columns; ++c) {
                    RawCell blank;
                    blank.blank = true;
                    blank.start = blank.end = m_lines.at(b.line).end;
                    blank.line = b.line;
                    row.cells.append(blank);
                }
                row.label = b.label;
                row.ownLabel = true;
                row.blankRow = true;
                rows.append(row);
            }
        }
        labelLines.clear();
        lastRowLabelled = l.tabbed && !l.label.isEmpty();
        QList<RawCell> cells = l.cells;
        // A 序号 column in PDF text: the row's number, then the empty places of its label (printed
        // above and below), then the seven cells.
        if (const qsizetype extra = cells.size() - kT3Columns; extra >= 1 && extra < kT3Columns) {
            const RawCell& first = cells.first();
            bool seq = l.tabbed && !first.blank && first.value >= 1 && first.value == std::floor(first.value) &&
                       !m_text.sliced(first.start, first.end - first.start).contains(u'.');
            for (qsizetype k = 1; seq && k < extra; ++k) {
                seq = cells.at(k).blank && cells.at(k).start == cells.at(k).end;
            }
            if (seq) {
                cells = cells.sliced(extra);
            }
        }
        // A web page drops a row's trailing empty cells; text may lose a blank cell: pad at the end.
        while (cells.size() % kT3Columns != 0 && cells.size() < kT3Columns) {
            RawCell blank;
            blank.blank = true;
            blank.start = blank.end = m_lines.at(l.line).end;
            blank.line = l.line;
            cells.append(blank);
        }
        if (cells.size() % kT3Columns != 0) {
            cells = cells.first(cells.size() - cells.size() % kT3Columns);
        }
        for (qsizetype k = 0; k < cells.size(); k += kT3Columns) {
            Row row;
            row.cells = cells.mid(k, kT3Columns);
            row.ownLabel = !l.label.isEmpty() && k == 0;
            row.label = row.ownLabel ? l.label : (k == 0 ? pending : QString());
            rows.append(row);
        }
        pending.clear();
    }
    flushRuns();
    // Rows to the template: a row whose label names a template row takes it (looking forward only);
    // an unlabelled row takes the next one in the template's order.
    qsizetype next = 0;
    int lastCell = -1;
    for (const Row& row : std::as_const(rows)) {
        if (next >= defs.size()) {
            break;
        }
        qsizetype q = -1;
        for (qsizetype k = next; k < defs.size() && !row.label.isEmpty(); ++k) {
            if (matchesWords(row.label, defs.at(k).words)) {
                q = k;
                break;
            }
        }
        if (q < 0 && row.blankRow) {
            continue;
        }
        if (q < 0 && row.ownLabel && isGroupLabel(row.label)) {
            continue; // a subtotal on a group's label ("(三)不予公开"): not a template row
        }
        if (q < 0) {
            q = next;
        }
        for (qsizetype c = 0; c < kT3Columns; ++c) {
            add(QStringLiteral("t3.") + str(defs.at(q).key) + u'.' + str(kT3Columns_.at(c)), row.cells.at(c));
            lastCell = std::max(lastCell, row.cells.at(c).line);
        }
        next = q + 1;
    }
    if (lastCell < 0) {
        return false;
    }
    m_out.version = m_out.version ? m_out.version : (splitOther ? 2021 : 2019);
    markLines(from, lastCell, to);
    return true;
}

// Whether a case's four results add up to its total.
bool balanced(const QList<RawCell>& c)
{
    return std::abs(c.at(0).value + c.at(1).value + c.at(2).value + c.at(3).value - c.at(4).value) < 1e-6;
}

// Table 4's fifteen cells in the template's order. Text order is kept when it is all there is or when
// it balances; plain PDF text may print a case's four results in one place and its total in another,
// and the cases out of order: then runs of four are paired with the later single cell that is their
// sum, and a case printed just after the header 复议后起诉 (or 直接起诉) takes that column.
template <typename Cells, typename Before>
QList<RawCell> reorderTable4(const QList<RawCell>& inOrder, qsizetype runCount, Cells cellsOf, Before beforeOf)
{
    if (runCount < 2 || (balanced(inOrder.mid(0, 5)) && balanced(inOrder.mid(5, 5)) && balanced(inOrder.mid(10, 5)))) {
        return inOrder;
    }
    QList<QList<RawCell>> cases;
    QList<QString> markers;
    QList<bool> used(runCount, false);
    for (qsizetype i = 0; i < runCount; ++i) {
        if (used.at(i)) {
            continue;
        }
        const QList<RawCell>& cells = cellsOf(i);
        QList<RawCell> c;
        if (cells.size() == 5) {
            c = cells;
        } else if (cells.size() == 4) {
            const double sum = cells.at(0).value + cells.at(1).value + cells.at(2).value + cells.at(3).value;
            for (qsizetype k = i + 1; k < runCount; ++k) {
                if (!used.at(k) && cellsOf(k).size() == 1 && std::abs(cellsOf(k).first().value - sum) < 1e-6) {
                    used[k] = true;
                    c = cells;
                    c.append(cellsOf(k).first());
                    break;
                }
            }
        }
        if (c.size() != 5 || !balanced(c)) {
            return inOrder;
        }
        used[i] = true;
        cases.append(c);
        const QString& before = i == 0 ? QString() : beforeOf(i);
        const bool afterReview = before.contains(u"复议后起诉");
        const bool direct = before.contains(u"直接起诉");
        markers.append(afterReview == direct ? QString()
                                             : (afterReview ? QStringLiteral("after") : QStringLiteral("direct")));
    }
    if (cases.size() != 3) {
        return inOrder;
    }
    std::array<int, 3> slot = {-1, -1, -1}; // reconsideration, direct, after review -> case
    for (int k = 0; k < 3; ++k) {
        const int s = markers.at(k) == u"after" ? 2 : markers.at(k) == u"direct" ? 1 : -1;
        if (s >= 0 && slot.at(s) < 0) {
            slot[s] = k;
        }
    }
    for (int k = 0; k < 3; ++k) {
        if (std::find(slot.cbegin(), slot.cend(), k) != slot.cend()) {
            continue;
        }
        for (int& s : slot) {
            if (s < 0) {
                s = k;
                break;
            }
        }
    }
    QList<RawCell> out;
    for (int s : slot) {
        out.append(cases.at(s));
    }
    return out;
}

bool Reader::readTable4(int from, int to)
{
    const QList<TableLine> lines = linesOf(from, to);
    QList<RawCell> all;
    int lastLine = -1;
    bool lastTabbed = false;
    // Runs of cells and the words printed before each (PDF text may print a case's figures away
    // from its total, under its own header).
    struct Run
    {
        QList<RawCell> cells;
        QString before;
    };
    QList<Run> runs;
    QString gap;
    bool inRun = false;
    for (const TableLine& l : lines) {
        if (all.size() >= kT4Cells) {
            break;
        }
        if (!l.label.isEmpty()) {
            gap += l.label;
            inRun = false;
        }
        if (!l.cells.isEmpty()) {
            all.append(l.cells);
            lastLine = l.line;
            lastTabbed = l.tabbed;
            if (!inRun) {
                runs.append(Run{{}, gap});
                gap.clear();
                inRun = true;
            }
            runs.last().cells.append(l.cells);
        }
    }
    if (all.size() == kT4Cells) {
        all = reorderTable4(
            all, runs.size(), [&](qsizetype i) -> const QList<RawCell>& { return runs.at(i).cells; },
            [&](qsizetype i) -> const QString& { return runs.at(i).before; });
    }
    if (lastLine < 0) {
        return false;
    }
    while (lastTabbed && all.size() < kT4Cells) {
        RawCell blank;
        blank.blank = true;
        blank.start = blank.end = m_lines.at(lastLine).end;
        blank.line = lastLine;
        all.append(blank);
    }
    if (all.size() < kT4Cells) {
        return false;
    }
    static const std::array<std::u16string_view, 3> kinds = {u"reconsideration", u"lawsuit_direct",
                                                             u"lawsuit_after_review"};
    static const std::array<std::u16string_view, 5> results = {u"upheld", u"corrected", u"other", u"pending", u"total"};
    int lastCell = -1;
    for (int k = 0; k < kT4Cells; ++k) {
        add(QStringLiteral("t4.") + str(kinds.at(k / 5)) + u'.' + str(results.at(k % 5)), all.at(k));
        lastCell = std::max(lastCell, all.at(k).line);
    }
    markLines(from, lastCell, to);
    return true;
}

TemplateTables Reader::read()
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

} // namespace

TemplateTables readTemplateTables(const Document& doc, const Layout& layout)
{
    const QString& text = doc.normalised;
    // Cheap test first: most reports before 2019 have none of the template's words.
    if (!text.contains(u"第二十条") && !text.contains(u"申请人情况") && !text.contains(u"本年新收") &&
        !text.contains(u"勾稽关系") && !text.contains(u"结果维持")) {
        return TemplateTables{};
    }
    return Reader(doc, layout).read();
}

} // namespace jiaohe
