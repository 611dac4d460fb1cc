// SPDX-License-Identifier: GPL-3.0-or-later
// The template golden cases as PDF reports. Every case folder tests/data/cases/template*/ whose report is
// a web page is drawn here as a printed report with QPdfWriter: the title and the paragraphs as wrapped
// text, the tables as ruled grids the way real reports print them (merged cells; 三、本年度办理结果
// written one character per line in its tall cell; table 4's header words wrapped in narrow columns;
// numbers centred; a table that does not fit continues on the next page under its repeated header;
// page numbers at the foot of each page). The PDF bytes then go through the normal pipeline
// (DocumentLoader, Extractor, Checker) and must meet the case's expected.json exactly, and every table
// field's evidence must have a box inside the cell it was drawn in. The PDFs are kept in the build
// folder (tests/template-pdfs/) for a person to look at.
#include "GoldenCase.h"
#include "check/Checker.h"
#include "document/DocumentLoader.h"
#include "extract/Extractor.h"
#include "pipeline/Analysis.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFont>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextLayout>
#include <QtTest>

#include <functional>

using namespace jiaohe;

namespace {

// ---- the report's content, read from the case's web page --------------------------------------------------

struct HtmlCell
{
    QString text;
    int row = 0;
    int col = 0;
    int rowSpan = 1;
    int colSpan = 1;
};

struct HtmlTable
{
    int rows = 0;
    int cols = 0;
    QList<HtmlCell> cells;
};

struct Block
{
    enum Kind
    {
        Title,
        Heading,
        Paragraph,
        Table,
    };
    Kind kind = Paragraph;
    QString text;
    HtmlTable table;
};

QString plainText(QString html)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    html.remove(tags);
    html.replace(QStringLiteral("&nbsp;"), QStringLiteral(" "))
        .replace(QStringLiteral("&lt;"), QStringLiteral("<"))
        .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
        .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return html.replace(spaces, QStringLiteral(" ")).trimmed();
}

int spanOf(const QString& attributes, const QString& name)
{
    const QRegularExpression re(name + QStringLiteral("\\s*=\\s*\"?(\\d+)"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(attributes);
    return m.hasMatch() ? std::max(1, m.captured(1).toInt()) : 1;
}

// Rows and cells with their place in the grid (rowspan and colspan occupy the cells they cover).
HtmlTable parseTable(const QString& html)
{
    static const QRegularExpression rowRe(QStringLiteral("<tr\\b[^>]*>(.*?)</tr>"),
                                          QRegularExpression::DotMatchesEverythingOption |
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression cellRe(QStringLiteral("<t[dh]\\b([^>]*)>(.*?)</t[dh]>"),
                                           QRegularExpression::DotMatchesEverythingOption |
                                               QRegularExpression::CaseInsensitiveOption);
    HtmlTable t;
    QList<QList<bool>> taken;
    auto occupy = [&](int r, int c) {
        while (taken.size() <= r) {
            taken.append(QList<bool>());
        }
        while (taken[r].size() <= c) {
            taken[r].append(false);
        }
        taken[r][c] = true;
    };
    auto isTaken = [&](int r, int c) { return r < taken.size() && c < taken.at(r).size() && taken.at(r).at(c); };
    int r = 0;
    for (auto rows = rowRe.globalMatch(html); rows.hasNext(); ++r) {
        const QString row = rows.next().captured(1);
        int c = 0;
        for (auto cells = cellRe.globalMatch(row); cells.hasNext();) {
            const QRegularExpressionMatch m = cells.next();
            while (isTaken(r, c)) {
                ++c;
            }
            HtmlCell cell{plainText(m.captured(2)), r, c, spanOf(m.captured(1), QStringLiteral("rowspan")),
                          spanOf(m.captured(1), QStringLiteral("colspan"))};
            for (int dr = 0; dr < cell.rowSpan; ++dr) {
                for (int dc = 0; dc < cell.colSpan; ++dc) {
                    occupy(r + dr, c + dc);
                }
            }
            t.cells.append(cell);
            t.cols = std::max(t.cols, c + cell.colSpan);
            t.rows = std::max(t.rows, r + cell.rowSpan);
            c += cell.colSpan;
        }
    }
    return t;
}

// The body of the page in order: the title, headings, paragraphs and the ruled tables (border="1"; a
// navigation table is no part of the report). Site furniture outside paragraphs is left out.
QList<Block> parseReport(const QString& html)
{
    static const QRegularExpression blockRe(
        QStringLiteral("<table\\b([^>]*)>(.*?)</table>|<(h1|h2|p)\\b([^>]*)>(.*?)</\\3>"),
        QRegularExpression::DotMatchesEverythingOption | QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression numbered(QStringLiteral("^[一二三四五六七八九十]+、"));
    QList<Block> blocks;
    for (auto it = blockRe.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        Block b;
        if (m.captured(0).startsWith(u"<table", Qt::CaseInsensitive)) {
            if (!m.captured(1).contains(QStringLiteral("border"))) {
                continue;
            }
            b.kind = Block::Table;
            b.table = parseTable(m.captured(2));
            if (b.table.rows < 2) {
                continue;
            }
        } else {
            b.text = plainText(m.captured(5));
            if (b.text.isEmpty()) {
                continue;
            }
            const bool emphasised =
                m.captured(5).contains(QStringLiteral("<b>")) || m.captured(5).contains(QStringLiteral("<strong>"));
            const bool centred = m.captured(4).contains(QStringLiteral("center"));
            if (m.captured(3).compare(u"h1", Qt::CaseInsensitive) == 0 ||
                (blocks.isEmpty() && (centred || emphasised) && b.text.contains(u"年度报告"))) {
                b.kind = Block::Title;
            } else if (emphasised ||
                       (numbered.match(b.text).hasMatch() && b.text.size() <= 30 && !b.text.contains(u'。'))) {
                b.kind = Block::Heading;
            }
        }
        blocks.append(b);
    }
    return blocks;
}

bool isNumberText(const QString& t)
{
    static const QRegularExpression number(QStringLiteral("^[+-]?[0-9][0-9,.]*([（(].*[)）])?$"));
    return number.match(t).hasMatch() || t == u"—" || t == u"-" || t == u"/";
}

bool hasDigit(const QString& t)
{
    return std::any_of(t.begin(), t.end(), [](QChar c) { return c.isDigit(); });
}

// ---- drawing ----------------------------------------------------------------------------------------------

// A table cell as drawn: its place in the table and its rectangle on its page (points from the top left).
struct DrawnCell
{
    int table = 0;
    HtmlCell cell;
    int page = 0;
    QRectF rect;
    bool repeated = false; // a header row drawn again on the next page
};

struct Drawing
{
    QByteArray pdf;
    QList<DrawnCell> cells;
    int pages = 0;
    int continuedTables = 0; // tables split over a page break, their header repeated
    int verticalLabels = 0;
};

constexpr double PageWidth = 595.276; // A4 in points
constexpr double PageHeight = 841.89;
constexpr double Margin = 62;
constexpr double Bottom = PageHeight - 70;
constexpr double Pad = 3;

QFont font(const QString& family, double size)
{
    QFont f(family);
    f.setPixelSize(qRound(size)); // 72 dpi: a pixel is a point
    return f;
}

class Drawer
{
public:
    explicit Drawer(QPdfWriter& writer) : m_writer(writer), m_painter(&writer) {}

    Drawing draw(const QList<Block>& blocks)
    {
        int table = 0;
        for (const Block& b : blocks) {
            switch (b.kind) {
            case Block::Title:
                paragraph(b.text, font(Sans, 17), 0, Qt::AlignHCenter, 30);
                m_y += 10;
                break;
            case Block::Heading:
                paragraph(b.text, font(Sans, 12), 2, Qt::AlignLeft, 22);
                break;
            case Block::Paragraph:
                paragraph(b.text, font(Serif, 12), 2, Qt::AlignLeft, 21);
                break;
            case Block::Table:
                drawTable(table++, b.table);
                m_y += 10;
                break;
            }
        }
        footer();
        m_painter.end();
        m_out.pages = m_page + 1;
        return m_out;
    }

private:
    static inline const QString Serif = QStringLiteral("Noto Serif CJK SC");
    static inline const QString Sans = QStringLiteral("Noto Sans CJK SC");

    void footer()
    {
        m_painter.setFont(font(Serif, 10));
        m_painter.drawText(QRectF(0, PageHeight - 48, PageWidth, 14), Qt::AlignCenter,
                           QStringLiteral("- %1 -").arg(m_page + 1));
    }

    void newPage()
    {
        footer();
        m_writer.newPage();
        ++m_page;
        m_y = Margin;
    }

    // Wrapped at the text width, the first line indented by `indent` characters; each line moves to
    // the next page when it does not fit.
    void paragraph(const QString& text, const QFont& f, int indent, Qt::Alignment align, double lineHeight)
    {
        m_painter.setFont(f);
        const QFontMetricsF fm(f, &m_writer);
        const double width = PageWidth - 2 * Margin;
        const double em = fm.horizontalAdvance(QChar(0x4E00));
        QTextLayout layout(text, f, &m_writer);
        layout.beginLayout();
        QList<std::pair<QString, double>> lines; // text, x
        for (bool first = true;; first = false) {
            QTextLine line = layout.createLine();
            if (!line.isValid()) {
                break;
            }
            const double x = first ? indent * em : 0;
            line.setLineWidth(width - x);
            const QString part = text.mid(line.textStart(), line.textLength());
            const double offset = align == Qt::AlignHCenter ? (width - line.naturalTextWidth()) / 2 : x;
            lines.append({part, offset});
        }
        layout.endLayout();
        for (const auto& [part, x] : std::as_const(lines)) {
            if (m_y + lineHeight > Bottom) {
                newPage();
                m_painter.setFont(f);
            }
            m_painter.drawText(QPointF(Margin + x, m_y + lineHeight * 0.75), part);
            m_y += lineHeight;
        }
        m_y += 4;
    }

    struct Layout
    {
        QList<double> x;      // column edges, cols + 1
        QList<double> height; // row heights
        int headerRows = 0;
        bool repeatHeader = false;
        int firstFigureColumn = 0; // label columns before it are left aligned
    };

    static int firstFigureColumn(const HtmlTable& t)
    {
        int first = t.cols;
        for (const HtmlCell& c : t.cells) {
            if (hasDigit(c.text) && isNumberText(c.text)) {
                first = std::min(first, c.col);
            }
        }
        return first;
    }

    static bool isVertical(const HtmlCell& c) { return c.col == 0 && c.rowSpan >= 6; }

    Layout layoutOf(const HtmlTable& t, const QFontMetricsF& fm) const
    {
        const double em = fm.horizontalAdvance(QChar(0x4E00));
        QList<double> want(t.cols, 2 * em + 2 * Pad);
        QList<double> least(t.cols, em + 2 * Pad);
        for (const HtmlCell& c : t.cells) {
            if (c.colSpan != 1) {
                continue;
            }
            double w = 0;
            double l = 0;
            if (isVertical(c)) {
                w = l = em + 2 * Pad + 2;
            } else if (isNumberText(c.text) && !c.text.contains(u'（')) {
                w = l = fm.horizontalAdvance(c.text) + 2 * Pad;
            } else {
                w = std::min(fm.horizontalAdvance(c.text) + 2 * Pad, 200.0);
                l = std::min(w, 2 * em + 2 * Pad);
            }
            want[c.col] = std::max(want.at(c.col), w);
            least[c.col] = std::max(least.at(c.col), l);
        }
        // Fit the text width: columns give up width in proportion to what they can spare, or share what
        // is left in proportion to their width (real tables run from margin to margin).
        const double width = PageWidth - 2 * Margin;
        double total = 0;
        double slack = 0;
        for (int c = 0; c < t.cols; ++c) {
            total += want.at(c);
            slack += want.at(c) - least.at(c);
        }
        QList<double> w = want;
        for (int c = 0; c < t.cols; ++c) {
            if (total > width && slack > 0) {
                w[c] = want.at(c) - (want.at(c) - least.at(c)) * std::min(1.0, (total - width) / slack);
            } else if (total < width) {
                w[c] = want.at(c) * width / total;
            }
        }
        // The figure columns of a wide table share their width equally, as the template prints them.
        const int first = firstFigureColumn(t);
        if (t.cols - first >= 5) {
            double sum = 0;
            for (int c = first; c < t.cols; ++c) {
                sum += w.at(c);
            }
            for (int c = first; c < t.cols; ++c) {
                w[c] = sum / (t.cols - first);
            }
        }
        Layout out;
        out.firstFigureColumn = first;
        out.x.append(Margin);
        for (int c = 0; c < t.cols; ++c) {
            out.x.append(out.x.last() + w.at(c));
        }
        // Rows: tall enough for their wrapped text; a merged cell that needs more makes its last row taller.
        const double line = fm.height();
        out.height = QList<double>(t.rows, line + 2 * Pad + 4);
        QList<HtmlCell> byRowSpan = t.cells;
        std::stable_sort(byRowSpan.begin(), byRowSpan.end(),
                         [](const HtmlCell& a, const HtmlCell& b) { return a.rowSpan < b.rowSpan; });
        for (const HtmlCell& c : std::as_const(byRowSpan)) {
            const double cw = out.x.at(c.col + c.colSpan) - out.x.at(c.col) - 2 * Pad;
            const double need =
                isVertical(c)
                    ? c.text.size() * line + 2 * Pad
                    : fm.boundingRect(QRectF(0, 0, cw, 10000), Qt::TextWordWrap | Qt::AlignLeft, c.text).height() +
                          2 * Pad + 4;
            double have = 0;
            for (int r = c.row; r < c.row + c.rowSpan; ++r) {
                have += out.height.at(r);
            }
            if (need > have) {
                out.height[c.row + c.rowSpan - 1] += need - have;
            }
        }
        // Header rows: the rows before the first figure; repeated on a new page when the header has
        // merged rows (tables 3 and 4), as Word's "repeat as header row" does.
        out.headerRows = t.rows;
        for (const HtmlCell& c : t.cells) {
            if (hasDigit(c.text) && isNumberText(c.text)) {
                out.headerRows = std::min(out.headerRows, c.row);
            }
        }
        out.repeatHeader =
            std::any_of(t.cells.begin(), t.cells.end(), [](const HtmlCell& c) { return c.row == 0 && c.rowSpan > 1; });
        return out;
    }

    void drawCell(int table, const Layout& l, const HtmlCell& c, const QRectF& rect, bool header, bool repeated)
    {
        m_painter.drawRect(rect);
        const QRectF inner = rect.adjusted(Pad, Pad, -Pad, -Pad);
        if (isVertical(c)) {
            const double line = m_painter.fontMetrics().height();
            const double top = rect.center().y() - c.text.size() * line / 2;
            for (qsizetype k = 0; k < c.text.size(); ++k) {
                m_painter.drawText(QRectF(rect.left(), top + k * line, rect.width(), line), Qt::AlignCenter,
                                   c.text.mid(k, 1));
            }
            m_out.verticalLabels += repeated ? 0 : 1;
        } else {
            const bool centred = header || c.col >= l.firstFigureColumn || c.colSpan >= 4;
            const int flags = Qt::TextWordWrap | Qt::AlignVCenter | (centred ? Qt::AlignHCenter : Qt::AlignLeft);
            m_painter.drawText(inner, flags, c.text);
        }
        m_out.cells.append(DrawnCell{table, c, m_page, rect, repeated});
    }

    // Draws rows [from, to) with their top at m_y.
    void drawRows(int table, const HtmlTable& t, const Layout& l, int from, int to, bool repeated)
    {
        QList<double> top;
        double y = m_y;
        for (int r = from; r < to; ++r) {
            top.append(y);
            y += l.height.at(r);
        }
        for (const HtmlCell& c : t.cells) {
            if (c.row + c.rowSpan <= from || c.row >= to) {
                continue;
            }
            // A merged cell taller than a page is cut at the page break, as word processors do: its text on
            // the page it starts on, its borders alone on the next.
            const int first = std::max(c.row, from);
            const int last = std::min(c.row + c.rowSpan, to);
            double h = 0;
            for (int r = first; r < last; ++r) {
                h += l.height.at(r);
            }
            const QRectF rect(l.x.at(c.col), top.at(first - from), l.x.at(c.col + c.colSpan) - l.x.at(c.col), h);
            if (c.row < from) {
                m_painter.drawRect(rect);
                continue;
            }
            drawCell(table, l, c, rect, c.row < l.headerRows, repeated);
        }
        m_y = y;
    }

    // Rows are kept together where a merged cell spans them; the header stays with the first rows.
    void drawTable(int table, const HtmlTable& t)
    {
        const QFont f = font(Serif, 9);
        m_painter.setFont(f);
        QPen pen(Qt::black);
        pen.setWidthF(0.6);
        m_painter.setPen(pen);
        const QFontMetricsF fm(f, &m_writer);
        const Layout l = layoutOf(t, fm);
        QList<int> breaks = {0}; // rows a page may start with
        for (int r = 1; r < t.rows; ++r) {
            const bool spanned = std::any_of(t.cells.begin(), t.cells.end(),
                                             [&](const HtmlCell& c) { return c.row < r && r < c.row + c.rowSpan; });
            if (!spanned && r > l.headerRows) {
                breaks.append(r);
            }
        }
        breaks.append(t.rows);
        // A group of rows kept together that is taller than a page breaks between any two rows.
        for (qsizetype g = 0; g + 1 < breaks.size(); ++g) {
            double h = 0;
            for (int r = breaks.at(g); r < breaks.at(g + 1); ++r) {
                h += l.height.at(r);
            }
            if (h > 0.8 * (Bottom - Margin)) {
                for (int r = breaks.at(g + 1) - 1; r > breaks.at(g); --r) {
                    breaks.insert(g + 1, r);
                }
            }
        }
        bool continued = false;
        for (qsizetype g = 0; g + 1 < breaks.size(); ++g) {
            const int from = breaks.at(g);
            const int to = breaks.at(g + 1);
            double h = 0;
            for (int r = from; r < to; ++r) {
                h += l.height.at(r);
            }
            if (m_y + h > Bottom) {
                newPage();
                m_painter.setFont(f);
                m_painter.setPen(pen);
                if (g > 0 && l.repeatHeader) {
                    drawRows(table, t, l, 0, l.headerRows, true);
                    continued = true;
                }
            }
            drawRows(table, t, l, from, to, false);
        }
        m_out.continuedTables += continued ? 1 : 0;
    }

    QPdfWriter& m_writer;
    QPainter m_painter;
    Drawing m_out;
    int m_page = 0;
    double m_y = Margin;
};

Drawing drawReport(const QList<Block>& blocks)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    Drawing d;
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(72);
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setCreator(QStringLiteral("Jiaohe TestTemplatePdf"));
        d = Drawer(writer).draw(blocks);
    }
    d.pdf = bytes;
    return d;
}

QString readText(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QString casesDir()
{
    return QStringLiteral(JIAOHE_TEST_DATA "/cases");
}

// The template cases kept as web pages: the ones drawn as PDFs.
QStringList pdfCases()
{
    QStringList out;
    for (const QString& d : QDir(casesDir()).entryList({QStringLiteral("template*")}, QDir::Dirs, QDir::Name)) {
        if (QFile::exists(casesDir() + u'/' + d + QStringLiteral("/report.html"))) {
            out.append(d);
        }
    }
    return out;
}

struct Drawn
{
    QList<Block> blocks;
    Drawing drawing;
    Analysis analysis;
};

// Draws a case once per run, keeps the PDF in the build folder, and reads it through the pipeline.
const Drawn& drawn(const QString& name)
{
    static QHash<QString, Drawn> cache;
    if (!cache.contains(name)) {
        Drawn d;
        d.blocks = parseReport(readText(casesDir() + u'/' + name + QStringLiteral("/report.html")));
        d.drawing = drawReport(d.blocks);
        const QString out = QCoreApplication::applicationDirPath() + QStringLiteral("/template-pdfs");
        QDir().mkpath(out);
        QFile f(out + u'/' + name + QStringLiteral(".pdf"));
        if (f.open(QIODevice::WriteOnly)) {
            f.write(d.drawing.pdf);
        }
        LoadResult loaded =
            DocumentLoader::loadBytes(d.drawing.pdf, name + QStringLiteral(".pdf"), DocumentLoader::Hash::No);
        if (loaded.ok()) {
            d.analysis = Analysis::ofDocument(std::move(loaded.document), Extractor(), Checker());
        } else {
            d.analysis.error = loaded.error;
        }
        cache.insert(name, d);
    }
    return cache[name];
}

// The column of a table field's cell in the grid as printed (table 3: the label columns, then seven
// figures; table 4: fifteen figures); -1 for table 2, whose columns merge.
int columnOf(const QString& key, int tableColumns)
{
    static const QStringList t3 = {QStringLiteral("person"),         QStringLiteral("business"),
                                   QStringLiteral("research"),       QStringLiteral("public_interest"),
                                   QStringLiteral("legal_services"), QStringLiteral("other_org"),
                                   QStringLiteral("total")};
    static const QStringList t4Kinds = {QStringLiteral("reconsideration"), QStringLiteral("lawsuit_direct"),
                                        QStringLiteral("lawsuit_after_review")};
    static const QStringList t4Results = {QStringLiteral("upheld"), QStringLiteral("corrected"),
                                          QStringLiteral("other"), QStringLiteral("pending"), QStringLiteral("total")};
    const QStringList parts = key.split(u'.');
    if (key.startsWith(u"t3.")) {
        return tableColumns - 7 + int(t3.indexOf(parts.last()));
    }
    if (key.startsWith(u"t4.") && parts.size() == 3) {
        return int(t4Kinds.indexOf(parts.at(1))) * 5 + int(t4Results.indexOf(parts.at(2)));
    }
    return -1;
}

} // namespace

class TestTemplatePdf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cases_data();
    void drawingLooksLikeAReport();
    void cases();
    void fieldsHaveBoxesInTheirCells();
    void aTableContinuesUnderItsRepeatedHeader();
};

void TestTemplatePdf::initTestCase()
{
    // Both template versions, from the case folders.
    bool v2019 = false;
    bool v2021 = false;
    for (const QString& c : pdfCases()) {
        const int v = golden::readJson(casesDir() + u'/' + c + QStringLiteral("/expected.json"))
                          .value(u"template_version")
                          .toInt();
        v2019 = v2019 || v == 2019;
        v2021 = v2021 || v == 2021;
    }
    QVERIFY2(v2019 && v2021, "a template web-page case of each version is needed");
}

void TestTemplatePdf::cases_data()
{
    QTest::addColumn<QString>("name");
    for (const QString& c : pdfCases()) {
        QTest::newRow(qPrintable(c)) << c;
    }
}

void TestTemplatePdf::drawingLooksLikeAReport()
{
    // The drawing is a real report: several pages, the three tables, the vertical label.
    const Drawn& d = drawn(QStringLiteral("template2021-html-county"));
    QCOMPARE(std::count_if(d.blocks.begin(), d.blocks.end(), [](const Block& b) { return b.kind == Block::Table; }), 3);
    QVERIFY(d.drawing.pages >= 2);
    QCOMPARE(d.drawing.verticalLabels, 1);
    QVERIFY(d.analysis.ok());
    QCOMPARE(d.analysis.document.format, SourceFormat::Pdf);
    QCOMPARE(d.analysis.document.pages.size(), d.drawing.pages);
}

void TestTemplatePdf::cases()
{
    QFETCH(QString, name);
    const Drawn& d = drawn(name);
    QVERIFY2(d.analysis.ok(), qPrintable(d.analysis.error));
    const QJsonObject expected = golden::readJson(casesDir() + u'/' + name + QStringLiteral("/expected.json"));
    QVERIFY(!expected.isEmpty());
    const QStringList failures = golden::compare(d.analysis, expected);
    if (!failures.isEmpty()) {
        qInfo().noquote() << "text read from the PDF:\n" << d.analysis.document.original;
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
}

void TestTemplatePdf::fieldsHaveBoxesInTheirCells()
{
    for (const QString& name : pdfCases()) {
        const Drawn& d = drawn(name);
        QVERIFY2(d.analysis.ok(), qPrintable(d.analysis.error));
        const Document& doc = d.analysis.document;
        // Each drawn table's part of the template (0: table 2, which may be printed as several small
        // tables; 1: table 3; 2: table 4) and the columns of tables 3 and 4.
        QList<int> tableKinds;
        QList<int> tableColumns = {0, 0, 0};
        for (const Block& b : d.blocks) {
            if (b.kind == Block::Table) {
                auto has = [&](const QString& w) {
                    return std::any_of(b.table.cells.begin(), b.table.cells.end(),
                                       [&](const HtmlCell& c) { return c.text.contains(w); });
                };
                const int kind = has(QStringLiteral("自然人"))                                ? 1
                                 : has(QStringLiteral("维持")) || has(QStringLiteral("維持")) ? 2
                                                                                              : 0;
                tableKinds.append(kind);
                tableColumns[kind] = b.table.cols;
            }
        }
        int checked = 0;
        for (const ExtractedField& f : d.analysis.extraction.fields) {
            const int table = f.key.startsWith(u"t2.")   ? 0
                              : f.key.startsWith(u"t3.") ? 1
                              : f.key.startsWith(u"t4.") ? 2
                                                         : -1;
            if (table < 0) {
                continue;
            }
            const QString where = QStringLiteral("%1: %2").arg(name, f.key);
            if (f.start == f.end) {
                QVERIFY2(f.blank, qPrintable(where + QStringLiteral(" has no evidence and is not blank")));
                continue;
            }
            const QString evidence = doc.original.mid(f.start, f.end - f.start);
            const auto boxes = doc.boxes(f.start, f.end);
            QVERIFY2(!boxes.isEmpty(), qPrintable(where + QStringLiteral(" has no box")));
            const int column = columnOf(f.key, tableColumns.value(table));
            for (const auto& [page, box] : boxes) {
                const auto in = std::find_if(d.drawing.cells.begin(), d.drawing.cells.end(), [&](const DrawnCell& c) {
                    return c.page == page && tableKinds.value(c.table, -1) == table &&
                           c.rect.adjusted(-1, -1, 1, 1).contains(box) && c.cell.text.contains(evidence) &&
                           (column < 0 || (c.cell.col <= column && column < c.cell.col + c.cell.colSpan));
                });
                QVERIFY2(in != d.drawing.cells.end(),
                         qPrintable(QStringLiteral("%1 «%2»: its box on page %3 (%4,%5 %6×%7) is in no drawn cell "
                                                   "of table %8, column %9 showing it")
                                        .arg(where, evidence)
                                        .arg(page + 1)
                                        .arg(box.x())
                                        .arg(box.y())
                                        .arg(box.width())
                                        .arg(box.height())
                                        .arg(table + 2)
                                        .arg(column)));
            }
            ++checked;
        }
        QVERIFY2(checked >= 20, qPrintable(QStringLiteral("%1: only %2 table fields").arg(name).arg(checked)));
    }
}

void TestTemplatePdf::aTableContinuesUnderItsRepeatedHeader()
{
    int continued = 0;
    for (const QString& name : pdfCases()) {
        const Drawn& d = drawn(name);
        continued += d.drawing.continuedTables;
        for (const DrawnCell& c : d.drawing.cells) {
            if (c.repeated) {
                // The repeated header is text on the next page too.
                QVERIFY(c.page > 0);
            }
        }
    }
    QVERIFY2(continued >= 1, "no case has a table split over a page break");
}

QTEST_MAIN(TestTemplatePdf)
#include "TestTemplatePdf.moc"
