// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF layout alone, from synthetic glyphs (no PDF, no engine): lines, table rows and cells, narrow gaps that
// a ruling line splits, vertical labels, wrapped cell labels and empty cells put back between figures. Each
// glyph is placed as a typesetter would (wide characters one em, narrow ones about half).
#include "common/CharClass.h"
#include "document/PdfText.h"
#include "document/TextNormaliser.h"
#include "document/pdf/PdfLayoutInternal.h"

#include <QtTest>

using namespace jiaohe;
using namespace jiaohe::pdf;

namespace {

constexpr double Em = 10.0;

double advanceOf(QChar c)
{
    return isWide(c) ? Em : 0.55 * Em;
}

// `text` from x on the line whose top is y: one glyph per character, blanks leave their room and mark the next.
QList<Glyph> typeset(const QString& text, double x, double y)
{
    QList<Glyph> out;
    bool space = false;
    for (QChar c : text) {
        if (c == u' ') {
            x += 0.3 * Em;
            space = true;
            continue;
        }
        const double w = advanceOf(c);
        out.append(Glyph{c, QRectF(x, y, w, Em), space, Em});
        space = false;
        x += w;
    }
    return out;
}

// A page drawn as the rules of a grid would be: paper, with dark columns at `xs` between y0 and y1 (points),
// and dark rows at `ys` between x0 and x1.
struct Grid
{
    QList<double> xs;
    QList<double> ys;
    double x0 = 0, x1 = 0, y0 = 0, y1 = 0;
};

GrayImage drawGrid(const Grid& grid, double pixelsPerPoint)
{
    GrayImage image;
    image.width = int(600 * pixelsPerPoint);
    image.height = int(400 * pixelsPerPoint);
    image.pixels.assign(std::size_t(image.width) * std::size_t(image.height), 255);
    auto dot = [&](int x, int y) {
        if (x >= 0 && y >= 0 && x < image.width && y < image.height) {
            image.pixels[std::size_t(y) * std::size_t(image.width) + std::size_t(x)] = 0;
        }
    };
    for (double x : grid.xs) {
        for (int y = int(grid.y0 * pixelsPerPoint); y <= int(grid.y1 * pixelsPerPoint); ++y) {
            dot(int(x * pixelsPerPoint), y);
        }
    }
    for (double y : grid.ys) {
        for (int x = int(grid.x0 * pixelsPerPoint); x <= int(grid.x1 * pixelsPerPoint); ++x) {
            dot(x, int(y * pixelsPerPoint));
        }
    }
    return image;
}

// The page's text laid out from the glyphs, with the rules of `grid` when given; `drawn` counts the drawings.
PdfText layout(const QList<Glyph>& glyphs, const Grid* grid = nullptr, int* drawn = nullptr)
{
    PdfText out;
    RuledBorders rules;
    if (grid) {
        rules = RuledBorders([grid, drawn](double ppp) {
            if (drawn) {
                ++*drawn;
            }
            return drawGrid(*grid, ppp);
        });
    }
    layoutPage(out, glyphs, rules);
    return out;
}

} // namespace

class TestPdfLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linesTopToBottomWhateverTheOrder();
    void wideGapsSeparateCells();
    void latinWordsKeepTheirSpaces();
    void boxesFollowTheText();
    void narrowGapSplitOnlyWhereARuleStands();
    void verticalLabelBecomesOneLine();
    void emptyCellsGoBackBetweenFigures();
    void noGlyphsNoText();
    void twoColumnsReadDownEachColumn_data();
    void twoColumnsReadDownEachColumn();
    void headingAfterColumnsStaysAfterThem();
    void tablesAreNotColumns();
    void narrowColumnLinesJoinInTheMatchingCopy();
    void touchingLabelAndFigureSplitAtARule();
};

void TestPdfLayout::linesTopToBottomWhateverTheOrder()
{
    // The engine may give the second line first: the layout goes by geometry.
    QList<Glyph> glyphs = typeset(QStringLiteral("第二行文字"), 50, 40);
    glyphs += typeset(QStringLiteral("第一行文字"), 50, 20);
    QCOMPARE(layout(glyphs).text, QStringLiteral("第一行文字\n第二行文字\n"));
    // A character set a little lower (a superscript-like shift under half a line) stays on its line.
    QList<Glyph> shifted = typeset(QStringLiteral("共收到申请"), 50, 20);
    shifted[2].box.translate(0, 3);
    QCOMPARE(layout(shifted).text, QStringLiteral("共收到申请\n"));
}

void TestPdfLayout::wideGapsSeparateCells()
{
    QList<Glyph> glyphs = typeset(QStringLiteral("新收申请"), 50, 20);
    glyphs += typeset(QStringLiteral("98"), 200, 20);
    glyphs += typeset(QStringLiteral("0"), 260, 20);
    glyphs += typeset(QStringLiteral("98"), 320, 20);
    QCOMPARE(layout(glyphs).text, QStringLiteral("新收申请\t98\t0\t98\n"));
}

void TestPdfLayout::latinWordsKeepTheirSpaces()
{
    QCOMPARE(layout(typeset(QStringLiteral("Total 12345 items"), 50, 20)).text, QStringLiteral("Total 12345 items\n"));
    // Chinese takes no space between characters, nor before a closing mark.
    QCOMPARE(layout(typeset(QStringLiteral("占12%，共3件。"), 50, 20)).text, QStringLiteral("占12%，共3件。\n"));
}

void TestPdfLayout::boxesFollowTheText()
{
    QList<Glyph> glyphs = typeset(QStringLiteral("申请"), 50, 20);
    glyphs += typeset(QStringLiteral("7"), 200, 20);
    const PdfText out = layout(glyphs);
    QCOMPARE(out.text, QStringLiteral("申请\t7\n"));
    QCOMPARE(out.boxes.size(), out.text.size());
    QCOMPARE(out.boxes.at(0).x, 50.0f);
    QCOMPARE(out.boxes.at(1).x, 60.0f);
    QCOMPARE(out.boxes.at(2).width, 0.0f); // the tab is no character of the page
    QCOMPARE(out.boxes.at(3).x, 200.0f);
    QCOMPARE(out.boxes.at(4).width, 0.0f);
}

void TestPdfLayout::narrowGapSplitOnlyWhereARuleStands()
{
    // Label and figure half an em apart: one cell, unless a cell border is drawn between them.
    QList<Glyph> glyphs = typeset(QStringLiteral("其中规范性文件"), 50, 20);
    const double labelEnd = glyphs.last().box.right();
    glyphs += typeset(QStringLiteral("12"), labelEnd + 6, 20);
    int drawn = 0;
    const Grid none;
    QCOMPARE(layout(glyphs, &none, &drawn).text, QStringLiteral("其中规范性文件12\n"));
    QCOMPARE(drawn, 1); // the narrow gap made the page be drawn once, and no rule was found
    Grid grid;
    grid.xs = {labelEnd + 3};
    grid.y0 = 15;
    grid.y1 = 35;
    drawn = 0;
    QCOMPARE(layout(glyphs, &grid, &drawn).text, QStringLiteral("其中规范性文件\t12\n"));
    QCOMPARE(drawn, 1);
    // Running text with no narrow gap is never drawn.
    drawn = 0;
    QCOMPARE(layout(typeset(QStringLiteral("本年度共收到申请。"), 50, 20), &grid, &drawn).text,
             QStringLiteral("本年度共收到申请。\n"));
    QCOMPARE(drawn, 0);
}

void TestPdfLayout::verticalLabelBecomesOneLine()
{
    // 三、本年度办理结果 written down a merged cell, one character a line, beside rows of a table.
    const QString label = QStringLiteral("办理结果");
    const QStringList rows = {QStringLiteral("予以公开"), QStringLiteral("部分公开"), QStringLiteral("不予公开"),
                              QStringLiteral("无法提供")};
    QList<Glyph> glyphs;
    for (int i = 0; i < 4; ++i) {
        const double y = 20 + 20 * i;
        glyphs += typeset(label.at(i), 30, y);
        glyphs += typeset(rows.at(i), 80, y);
        glyphs += typeset(QString::number(i + 1), 250, y);
    }
    const QStringList lines = layout(glyphs).text.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines.at(0), label);
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(lines.at(i + 1), rows.at(i) + u'\t' + QString::number(i + 1));
    }
}

void TestPdfLayout::emptyCellsGoBackBetweenFigures()
{
    // A row with a blank in its third column, under a full row: the blank comes back as an empty cell, so the
    // figures after it stay in their columns (never shifted left).
    const QList<double> columns = {200, 250, 300, 350};
    QList<Glyph> glyphs = typeset(QStringLiteral("自然人"), 50, 20);
    for (int c = 0; c < 4; ++c) {
        glyphs += typeset(QString::number(c + 1), columns.at(c), 20);
    }
    glyphs += typeset(QStringLiteral("法人"), 50, 40);
    for (int c : {0, 1, 3}) {
        glyphs += typeset(QString::number(10 * (c + 1)), columns.at(c), 40);
    }
    QCOMPARE(layout(glyphs).text, QStringLiteral("自然人\t1\t2\t3\t4\n法人\t10\t20\t\t40\n"));
}

void TestPdfLayout::noGlyphsNoText()
{
    const PdfText out = layout({});
    QVERIFY(out.text.isEmpty());
    QVERIFY(out.boxes.isEmpty());
}

namespace {

// Line i of a column of running text: the column's tag, the line's numeral, then eighteen ideographs.
QString columnLine(QChar tag, int i)
{
    return QString(tag) + QStringLiteral("一二三四五六").at(i) + QString(18, u'文');
}

// A paragraph across the page, then the overview set in two columns of `leftLines` and `rightLines` lines,
// 14 points apart; the right column `offset` points lower (out of step), its gutter 12 points (1.2 characters).
QList<Glyph> twoColumnPage(int leftLines, int rightLines, double offset)
{
    QList<Glyph> glyphs =
        typeset(QStringLiteral("本报告根据条例编制，数据统计期限自一月一日起至十二月三十一日止。"), 50, 20);
    for (int i = 0; i < leftLines; ++i) {
        glyphs += typeset(columnLine(u'左', i), 50, 50 + 14 * i);
    }
    for (int i = 0; i < rightLines; ++i) {
        glyphs += typeset(columnLine(u'右', i), 262, 50 + offset + 14 * i);
    }
    return glyphs;
}

QString columnText(QChar tag, int lines)
{
    QString out;
    for (int i = 0; i < lines; ++i) {
        out += columnLine(tag, i) + u'\n';
    }
    return out;
}

} // namespace

void TestPdfLayout::twoColumnsReadDownEachColumn_data()
{
    QTest::addColumn<int>("leftLines");
    QTest::addColumn<int>("rightLines");
    QTest::addColumn<double>("offset");
    QTest::newRow("in step") << 5 << 5 << 0.0;
    QTest::newRow("a little out of step") << 5 << 5 << 3.0;
    QTest::newRow("half a line out of step") << 5 << 5 << 6.5;
    QTest::newRow("left one line longer") << 5 << 4 << 0.0;
    QTest::newRow("right one line longer") << 4 << 5 << 0.0;
    QTest::newRow("last page: right column short") << 6 << 3 << 0.0;
}

void TestPdfLayout::twoColumnsReadDownEachColumn()
{
    QFETCH(int, leftLines);
    QFETCH(int, rightLines);
    QFETCH(double, offset);
    const PdfText out = layout(twoColumnPage(leftLines, rightLines, offset));
    QCOMPARE(out.text, QStringLiteral("本报告根据条例编制，数据统计期限自一月一日起至十二月三十一日止。\n") +
                           columnText(u'左', leftLines) + columnText(u'右', rightLines));
    QCOMPARE(out.boxes.size(), out.text.size());
}

void TestPdfLayout::headingAfterColumnsStaysAfterThem()
{
    // The columns end a line apart (balanced); the next section's heading, a short line under the left column, is
    // read after the right column, not as the left column's last line.
    QList<Glyph> glyphs = twoColumnPage(5, 4, 0);
    glyphs += typeset(QStringLiteral("二、主动公开政府信息情况"), 50, 50 + 14 * 5 + 6);
    QCOMPARE(layout(glyphs).text, QStringLiteral("本报告根据条例编制，数据统计期限自一月一日起至十二月三十一日止。\n") +
                                      columnText(u'左', 5) + columnText(u'右', 4) +
                                      QStringLiteral("二、主动公开政府信息情况\n"));
}

void TestPdfLayout::tablesAreNotColumns()
{
    // Rows of label and figure: a gap in every row, but figures on one side, never running text.
    QList<Glyph> figures;
    for (int i = 0; i < 4; ++i) {
        figures += typeset(columnLine(u'项', i), 50, 20 + 14 * i);
        figures += typeset(QString::number(100 + i), 300, 20 + 14 * i);
    }
    QCOMPARE(layout(figures).text.split(u'\n').at(1), columnLine(u'项', 1) + QStringLiteral("\t101"));
    // Two columns of text ruled as a table (a rule down the gap, row borders across it): read row by row.
    const QList<Glyph> ruled = twoColumnPage(4, 4, 0);
    Grid grid;
    grid.xs = {256};
    grid.y0 = 45;
    grid.y1 = 110;
    grid.ys = {47, 61.5, 75.5, 89.5, 103.5};
    grid.x0 = 45;
    grid.x1 = 470;
    const QStringList lines = layout(ruled, &grid).text.split(u'\n');
    QCOMPARE(lines.at(1), columnLine(u'左', 0) + u'\t' + columnLine(u'右', 0));
    QCOMPARE(lines.at(4), columnLine(u'左', 3) + u'\t' + columnLine(u'右', 3));
    // The rule down the gap alone is the line drawn between columns; without any rule, columns too.
    Grid between;
    between.xs = {256};
    between.y0 = 45;
    between.y1 = 110;
    for (const Grid* g : std::initializer_list<const Grid*>{&between, nullptr}) {
        const QStringList columns = layout(ruled, g).text.split(u'\n');
        QCOMPARE(columns.at(1), columnLine(u'左', 0));
        QCOMPARE(columns.at(5), columnLine(u'右', 0));
    }
}

void TestPdfLayout::narrowColumnLinesJoinInTheMatchingCopy()
{
    // Full lines of the page (40 characters), then two justified columns of 16: a column's line is full in its
    // column though far shorter than the page's, so "同意部分⏎公开三件" is one phrase in the matching copy.
    QList<Glyph> glyphs;
    for (int i = 0; i < 6; ++i) {
        glyphs += typeset(QString(39, u'文') + QStringLiteral("一二三四五六").at(i), 50, 20 + 14 * i);
    }
    const QStringList left = {
        QStringLiteral("所有申请均已按期答复其中同意部分"), QStringLiteral("公开三件不予公开二件信息不存在两"),
        QStringLiteral("件已全部办结并告知申请人有关情况"), QStringLiteral("本年度未收取任何费用没有发生复议")};
    for (int i = 0; i < 4; ++i) {
        glyphs += typeset(left.at(i), 50, 110 + 14 * i);
        glyphs += typeset(QString(15, u'右') + QStringLiteral("甲乙丙丁").at(i), 222, 110 + 14 * i);
    }
    const PdfText out = layout(glyphs);
    QVERIFY2(out.text.contains(left.at(0) + u'\n' + left.at(1)), qPrintable(out.text));
    const QList<bool> full = fullLinesOf(out.text, out.boxes);
    QCOMPARE(full.size(), out.text.count(u'\n') + 1);
    QVERIFY(full.at(6)); // the left column's first line
    const QString phrase = QStringLiteral("同意部分公开三件");
    QVERIFY2(matchingText(out.text, full).text.contains(phrase), qPrintable(matchingText(out.text, full).text));
    // The control: by the length of its text alone, the column's line is too short to be wrapped.
    QVERIFY(!matchingText(out.text).text.contains(phrase));
    // A line that stops short of its column's edge (a paragraph's end) is not full.
    QList<Glyph> shortLine = glyphs;
    shortLine.erase(std::remove_if(shortLine.begin(), shortLine.end(),
                                   [](const Glyph& g) {
                                       return g.box.top() == 110 + 14 && g.box.left() > 150 && g.box.left() < 215;
                                   }),
                    shortLine.end());
    const PdfText cut = layout(shortLine);
    QVERIFY(!fullLinesOf(cut.text, cut.boxes).at(7));
}

void TestPdfLayout::touchingLabelAndFigureSplitAtARule()
{
    // Collapsed borders and cells as wide as their text: the label's last character touches the figure. A rule
    // where they meet makes two cells; without one they stay one ("12" is never read as the next column's).
    QList<Glyph> glyphs = typeset(QStringLiteral("行政规范性文件"), 50, 20);
    const double labelEnd = glyphs.last().box.right();
    glyphs += typeset(QStringLiteral("12"), labelEnd, 20);
    glyphs += typeset(QStringLiteral("3"), 200, 20);
    glyphs += typeset(QStringLiteral("45"), 260, 20);
    glyphs += typeset(QStringLiteral("行政事业性收费"), 50, 40);
    glyphs += typeset(QStringLiteral("128.6"), labelEnd, 40);
    Grid grid;
    grid.xs = {labelEnd, 190, 250};
    grid.y0 = 15;
    grid.y1 = 55;
    QCOMPARE(layout(glyphs, &grid).text, QStringLiteral("行政规范性文件\t12\t3\t45\n行政事业性收费\t128.6\n"));
    const Grid none;
    QCOMPARE(layout(glyphs, &none).text, QStringLiteral("行政规范性文件12\t3\t45\n行政事业性收费128.6\n"));
}

QTEST_GUILESS_MAIN(TestPdfLayout)
#include "TestPdfLayout.moc"
