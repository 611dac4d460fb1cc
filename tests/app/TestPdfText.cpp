// SPDX-License-Identifier: GPL-3.0-or-later
// PDF reports read with Qt PDF: text in reading order, table rows as tab-separated lines, the box of
// every character, and the errors (damaged, truncated, encrypted, scanned, too many pages, impossible
// page size). The PDFs are made here: with QPdfWriter (Chinese text, a table drawn as a grid; needs a
// QGuiApplication for fonts, hence QTEST_MAIN on the offscreen platform) or written out by hand (a
// run of several characters in one text object, encryption, page bombs). The three real reports in
// tests/data/reports are read too.
#include "../common/HandWrittenPdf.h"
#include "check/Checker.h"
#include "document/DocumentLoader.h"
#include "document/PdfText.h"
#include "extract/Extractor.h"
#include "pipeline/Analysis.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFont>
#include <QGuiApplication>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QtTest>

#include <functional>

using namespace jiaohe;

namespace {

QString dataPath(const QString& relative)
{
    return QStringLiteral(JIAOHE_TEST_DATA "/") + relative;
}

// A PDF drawn with QPainter on an A4 page in points (72 dpi, no margins: painter coordinates are PDF
// points from the top left corner, as Document's boxes are).
QByteArray drawPdf(const std::function<void(QPainter&, QPdfWriter&)>& draw)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(72);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter(&writer);
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setPixelSize(12);
    painter.setFont(font);
    draw(painter, writer);
    painter.end();
    return bytes;
}

using jiaohe::testing::handWrittenPdf;

QByteArray rawPdf(const QList<QByteArray>& objects, const QByteArray& trailerExtra = QByteArray())
{
    return handWrittenPdf(objects, trailerExtra);
}

QByteArray streamObject(const QByteArray& data)
{
    return "<< /Length " + QByteArray::number(data.size()) + " >>\nstream\n" + data + "\nendstream";
}

// One A4 page in Helvetica with the given content stream (objects 1-5).
QList<QByteArray> helveticaPage(const QByteArray& content)
{
    return {"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            "/Resources << /Font << /F1 5 0 R >> >> >>",
            streamObject(content), "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
}

QByteArray rc4(const QByteArray& key, const QByteArray& data)
{
    unsigned char s[256];
    for (int i = 0; i < 256; ++i) {
        s[i] = static_cast<unsigned char>(i);
    }
    for (int i = 0, j = 0; i < 256; ++i) {
        j = (j + s[i] + static_cast<unsigned char>(key.at(i % key.size()))) & 255;
        std::swap(s[i], s[j]);
    }
    QByteArray out(data.size(), '\0');
    for (qsizetype k = 0, i = 0, j = 0; k < data.size(); ++k) {
        i = (i + 1) & 255;
        j = (j + s[i]) & 255;
        std::swap(s[i], s[j]);
        out[k] = char(static_cast<unsigned char>(data.at(k)) ^ s[(s[i] + s[j]) & 255]);
    }
    return out;
}

QByteArray md5(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Md5);
}

// The Helvetica page encrypted with the standard security handler (revision 2, RC4 40 bits), user
// password "secret", owner password "owner": a reader must ask for the password.
QByteArray encryptedPdf()
{
    const QByteArray padding = QByteArray::fromHex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A");
    auto padded = [&](const QByteArray& password) { return (password + padding).left(32); };
    const QByteArray id = QByteArray::fromHex("0123456789ABCDEF0123456789ABCDEF");
    const QByteArray permissions("\xFC\xFF\xFF\xFF", 4); // P = -4, little endian
    const QByteArray owner = rc4(md5(padded("owner")).left(5), padded("secret"));
    const QByteArray key = md5(padded("secret") + owner + permissions + id).left(5);
    const QByteArray user = rc4(key, padding);
    const QByteArray objectKey = md5(key + QByteArray("\x04\x00\x00\x00\x00", 5)).left(10); // object 4, generation 0
    QList<QByteArray> objects = helveticaPage(rc4(objectKey, "BT /F1 12 Tf 72 700 Td (Secret figures 12) Tj ET"));
    objects.append("<< /Filter /Standard /V 1 /R 2 /O <" + owner.toHex() + "> /U <" + user.toHex() + "> /P -4 >>");
    return rawPdf(objects, "/Encrypt 6 0 R /ID [<" + id.toHex() + "> <" + id.toHex() + ">]");
}

// The lines of the rebuilt text.
QStringList linesOf(const Document& doc)
{
    return doc.original.split(u'\n');
}

LoadResult loadPdf(const QByteArray& bytes, const QString& name = QStringLiteral("report.pdf"))
{
    return DocumentLoader::loadBytes(bytes, name, DocumentLoader::Hash::No);
}

struct TableRow
{
    QString label;
    QStringList numbers;
};

const QList<TableRow> tableRows = {
    {QStringLiteral("一、本年新收申请数量"), {QStringLiteral("95"), QStringLiteral("0"), QStringLiteral("95")}},
    {QStringLiteral("二、上年结转申请数量"), {QStringLiteral("3"), QStringLiteral("0"), QStringLiteral("3")}},
    {QStringLiteral("（一）予以公开"), {QStringLiteral("50"), QStringLiteral("12"), QStringLiteral("62")}},
};
constexpr double TableTop = 200;
constexpr double RowHeight = 24;
const QList<double> columnEdges = {40, 260, 330, 400, 470};

QRectF cellRect(int row, int column)
{
    return QRectF(columnEdges.at(column), TableTop + row * RowHeight,
                  columnEdges.at(column + 1) - columnEdges.at(column), RowHeight);
}

// A heading, a paragraph and a table with a grid: a label column and three number columns.
QByteArray tablePdf()
{
    return drawPdf([](QPainter& p, QPdfWriter&) {
        p.drawText(QPointF(40, 80), QStringLiteral("三、收到和处理政府信息公开申请情况"));
        p.drawText(QPointF(40, 110), QStringLiteral("本年度共收到申请98件，均已按时答复。"));
        p.drawText(QPointF(40, 130), QStringLiteral("下表为申请办理情况。"));
        for (int r = 0; r < tableRows.size(); ++r) {
            for (int c = 0; c < 4; ++c) {
                const QRectF cell = cellRect(r, c);
                p.drawRect(cell);
                if (c == 0) {
                    p.drawText(cell.adjusted(4, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeft, tableRows.at(r).label);
                } else {
                    p.drawText(cell, Qt::AlignCenter, tableRows.at(r).numbers.at(c - 1));
                }
            }
        }
    });
}

} // namespace

class TestPdfText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chineseTextRoundTrips();
    void tableRowIsOneTabSeparatedLine();
    void wrappedAndVerticalLabelsStayInTheirCells();
    void boxesFallWhereTheTextWasDrawn();
    void charAtFindsTheCharacterBack();
    void twoPagesKeepTheirPageNumbers();
    void boxesGiveOneBoxPerLine();
    void runOfCharactersInOneTextObject();
    void errors_data();
    void errors();
    void textBetweenBlankPagesIsRead();
    void realReportsLoadDirectly_data();
    void realReportsLoadDirectly();
    void readingSpeed();
};

void TestPdfText::chineseTextRoundTrips()
{
    const QStringList lines = {QStringLiteral("淮安市洪泽区人民政府2024年政府信息公开工作年度报告"),
                               QStringLiteral("一、总体情况"), QStringLiteral("主动公开政府信息2428条，其中规章0件。")};
    const QByteArray bytes = drawPdf([&](QPainter& p, QPdfWriter&) {
        for (int i = 0; i < lines.size(); ++i) {
            p.drawText(QPointF(60, 100 + 30 * i), lines.at(i));
        }
    });
    const LoadResult r = loadPdf(bytes);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.document.format, SourceFormat::Pdf);
    QCOMPARE(r.document.original, lines.join(u'\n') + u'\n');
    QCOMPARE(r.document.charBoxes.size(), r.document.original.size());
    QCOMPARE(r.document.toOriginal.size(), r.document.normalised.size() + 1);
    QVERIFY(r.document.normalised.contains(QStringLiteral("2428条")));
}

void TestPdfText::tableRowIsOneTabSeparatedLine()
{
    const LoadResult r = loadPdf(tablePdf());
    QVERIFY2(r.ok(), qPrintable(r.error));
    const QStringList lines = linesOf(r.document);
    // Reading order: heading, paragraph, then the rows top to bottom, each one line.
    QCOMPARE(lines.at(0), QStringLiteral("三、收到和处理政府信息公开申请情况"));
    QCOMPARE(lines.at(1), QStringLiteral("本年度共收到申请98件，均已按时答复。"));
    QCOMPARE(lines.at(2), QStringLiteral("下表为申请办理情况。"));
    for (int row = 0; row < tableRows.size(); ++row) {
        const QString want = tableRows.at(row).label + u'\t' + tableRows.at(row).numbers.join(u'\t');
        QCOMPARE(lines.at(3 + row), want);
    }
    // The matching copy never joins a table row with the line after it.
    QVERIFY(r.document.normalised.contains(QStringLiteral("\t95\t0\t95\n")));
}

void TestPdfText::wrappedAndVerticalLabelsStayInTheirCells()
{
    // Table 3's middle: a merged cell with a label written vertically, one character per line, beside
    // six rows; the first row's label wraps over two lines of its cell, its numbers centred between them.
    const QStringList labels = {QStringLiteral("（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
                                QStringLiteral("1.属于国家秘密"),
                                QStringLiteral("2.其他法律法规禁止公开"),
                                QStringLiteral("3.危及“三安全一稳定”"),
                                QStringLiteral("4.保护第三方合法权益"),
                                QStringLiteral("5.属于三类内部事务信息")};
    const QString vertical = QStringLiteral("三、本年度办理结果");
    constexpr double Top = 300;
    constexpr double Height = 30;
    const QList<double> edges = {40, 90, 270, 330, 390, 450};
    const QByteArray bytes = drawPdf([&](QPainter& p, QPdfWriter&) {
        p.drawText(QPointF(40, 280), QStringLiteral("表三"));
        p.drawRect(QRectF(edges.at(0), Top, edges.at(1) - edges.at(0), Height * labels.size()));
        for (int k = 0; k < vertical.size(); ++k) {
            p.drawText(QRectF(edges.at(0), Top + 2 + 20 * k, edges.at(1) - edges.at(0), 20), Qt::AlignCenter,
                       vertical.mid(k, 1));
        }
        for (int r = 0; r < labels.size(); ++r) {
            for (int c = 1; c < 5; ++c) {
                const QRectF cell(edges.at(c), Top + r * Height, edges.at(c + 1) - edges.at(c), Height);
                p.drawRect(cell);
                const QString text = c == 1 ? labels.at(r) : QString::number(c == 3 ? 0 : r + 4);
                const int flags =
                    c == 1 ? int(Qt::AlignVCenter | Qt::AlignLeft | Qt::TextWordWrap) : int(Qt::AlignCenter);
                p.drawText(cell.adjusted(3, 0, -3, 0), flags, text);
            }
        }
    });
    const LoadResult r = loadPdf(bytes);
    QVERIFY2(r.ok(), qPrintable(r.error));
    const QStringList lines = linesOf(r.document);
    QVERIFY2(lines.contains(vertical), qPrintable(r.document.original));
    for (int row = 0; row < labels.size(); ++row) {
        const QString n = QString::number(row + 4);
        const QString want = labels.at(row) + u'\t' + n + QStringLiteral("\t0\t") + n;
        QVERIFY2(lines.contains(want), qPrintable(QStringLiteral("no line %1 in:\n%2").arg(want, r.document.original)));
    }
    // The wrapped label is one line of text but two lines on the page: two boxes, the second below the
    // first, both in the label's column.
    const qsizetype start = r.document.original.indexOf(labels.first());
    const auto boxes = r.document.boxes(start, start + labels.first().size());
    QCOMPARE(boxes.size(), 2);
    QVERIFY(boxes.at(0).second.bottom() <= boxes.at(1).second.top() + 1);
    for (const auto& [page, box] : boxes) {
        QCOMPARE(page, 0);
        QVERIFY(box.left() >= edges.at(1) && box.right() <= edges.at(2));
        QVERIFY(qAbs(box.center().y() - (Top + Height / 2)) < Height);
    }
}

void TestPdfText::boxesFallWhereTheTextWasDrawn()
{
    const LoadResult r = loadPdf(tablePdf());
    QVERIFY2(r.ok(), qPrintable(r.error));
    const Document& doc = r.document;
    QCOMPARE(doc.pages.size(), 1);
    QVERIFY(qAbs(doc.pages.first().size.width() - 595.3) < 1 && qAbs(doc.pages.first().size.height() - 841.9) < 1);
    // "62" in the last column of the third row, drawn centred in its cell.
    const qsizetype start = doc.original.indexOf(QStringLiteral("\t62"));
    QVERIFY(start > 0);
    const auto boxes = doc.boxes(start + 1, start + 3);
    QCOMPARE(boxes.size(), 1);
    QCOMPARE(boxes.first().first, 0);
    const QRectF box = boxes.first().second;
    const QRectF cell = cellRect(2, 3);
    QVERIFY2(cell.contains(box), qPrintable(QStringLiteral("box %1,%2 %3x%4 outside the cell")
                                                .arg(box.x())
                                                .arg(box.y())
                                                .arg(box.width())
                                                .arg(box.height())));
    QVERIFY(qAbs(box.center().x() - cell.center().x()) < 3);
    QVERIFY(qAbs(box.center().y() - cell.center().y()) < 4);
    QVERIFY(box.width() > 5 && box.height() > 5);
    // The label's box starts at the left of its cell, where it was drawn (4 points in).
    const qsizetype label = doc.original.indexOf(tableRows.at(0).label);
    const auto labelBoxes = doc.boxes(label, label + tableRows.at(0).label.size());
    QCOMPARE(labelBoxes.size(), 1);
    QVERIFY2(qAbs(labelBoxes.first().second.left() - 44) < 3,
             qPrintable(QString::number(labelBoxes.first().second.left())));
    QVERIFY(labelBoxes.first().second.right() < columnEdges.at(1));
}

void TestPdfText::charAtFindsTheCharacterBack()
{
    const LoadResult r = loadPdf(tablePdf());
    QVERIFY2(r.ok(), qPrintable(r.error));
    const Document& doc = r.document;
    const qsizetype start = doc.original.indexOf(QStringLiteral("\t62")) + 1;
    for (qsizetype i : {start, start + 1}) {
        const QRectF box = doc.charBoxes.at(i).rect();
        QCOMPARE(doc.charAt(0, box.center()), i);
    }
    // Just beside a character (within the tolerance) still finds it; far away finds nothing.
    const QRectF six = doc.charBoxes.at(start).rect();
    QCOMPARE(doc.charAt(0, QPointF(six.left() - 1, six.center().y())), start);
    QCOMPARE(doc.charAt(0, QPointF(560, 800)), qsizetype(-1));
    QCOMPARE(doc.charAt(1, six.center()), qsizetype(-1)); // no such page
}

void TestPdfText::twoPagesKeepTheirPageNumbers()
{
    const QByteArray bytes = drawPdf([](QPainter& p, QPdfWriter& w) {
        p.drawText(QPointF(60, 100), QStringLiteral("第一页：主动公开政府信息120条。"));
        p.drawText(QPointF(290, 800), QStringLiteral("- 1 -"));
        w.newPage();
        p.drawText(QPointF(60, 100), QStringLiteral("第二页：收到申请21件。"));
        p.drawText(QPointF(290, 800), QStringLiteral("- 2 -"));
    });
    const LoadResult r = loadPdf(bytes);
    QVERIFY2(r.ok(), qPrintable(r.error));
    const Document& doc = r.document;
    QCOMPARE(doc.pages.size(), 2);
    QCOMPARE(linesOf(doc).mid(0, 4),
             (QStringList{QStringLiteral("第一页：主动公开政府信息120条。"), QStringLiteral("- 1 -"),
                          QStringLiteral("第二页：收到申请21件。"), QStringLiteral("- 2 -")}));
    QCOMPARE(doc.pages.at(0).start, 0);
    QCOMPARE(doc.pages.at(0).end, doc.pages.at(1).start);
    QCOMPARE(doc.pages.at(1).end, doc.original.size());
    const qsizetype at = doc.original.indexOf(QStringLiteral("21件"));
    QCOMPARE(doc.pageAt(at), 1);
    QCOMPARE(doc.pageAt(doc.original.indexOf(QStringLiteral("120条"))), 0);
    const auto boxes = doc.boxes(at, at + 2);
    QCOMPARE(boxes.size(), 1);
    QCOMPARE(boxes.first().first, 1);
    QVERIFY(qAbs(boxes.first().second.bottom() - 100) < 4); // drawn on the baseline at y = 100
    QCOMPARE(doc.charAt(1, doc.charBoxes.at(at).rect().center()), at);
}

void TestPdfText::boxesGiveOneBoxPerLine()
{
    const LoadResult r = loadPdf(tablePdf());
    QVERIFY2(r.ok(), qPrintable(r.error));
    const Document& doc = r.document;
    // From the paragraph's "98件" to the next line's "下表": two lines, two boxes, top to bottom.
    const qsizetype start = doc.original.indexOf(QStringLiteral("98件"));
    const qsizetype end = doc.original.indexOf(QStringLiteral("下表")) + 2;
    const auto boxes = doc.boxes(start, end);
    QCOMPARE(boxes.size(), 2);
    QVERIFY(boxes.at(0).second.bottom() < boxes.at(1).second.top());
    QVERIFY(boxes.at(0).second.left() > 100); // starts at "98", not at the line's start
    QVERIFY(qAbs(boxes.at(1).second.left() - 40) < 3);
    QVERIFY(doc.boxes(0, 0).isEmpty());
    QVERIFY(Document::fromPlainText(QStringLiteral("text")).boxes(0, 4).isEmpty());
}

void TestPdfText::runOfCharactersInOneTextObject()
{
    // One text object with a whole phrase (Qt PDF gives one box for it) and a number far right in another.
    const QByteArray bytes =
        rawPdf(helveticaPage("BT /F1 12 Tf 72 700 Td (Total 12345 items) Tj ET\nBT /F1 12 Tf 300 700 Td (42) Tj ET\n"
                             "BT /F1 12 Tf 72 680 Td (Second line) Tj ET"));
    PdfReadStats stats;
    const PdfText text = PdfReader::read(bytes, &stats);
    QVERIFY2(text.ok(), qPrintable(text.error));
    QCOMPARE(text.text, QStringLiteral("Total 12345 items\t42\nSecond line\n"));
    // One text query for the page, whatever its runs.
    QCOMPARE(stats.textPages, 1);

    const LoadResult r = loadPdf(bytes);
    QVERIFY2(r.ok(), qPrintable(r.error));
    const Document& doc = r.document;
    const qsizetype at = doc.original.indexOf(QStringLiteral("12345"));
    const auto number = doc.boxes(at, at + 5);
    QCOMPARE(number.size(), 1);
    const QRectF box = number.first().second;
    // Helvetica 12: "Total " is about 32 points wide, "12345" about 33; the baseline is at 842 - 700.
    QVERIFY2(box.left() > 72 + 25 && box.right() < 72 + 75,
             qPrintable(QStringLiteral("%1..%2").arg(box.left()).arg(box.right())));
    QVERIFY(box.top() < 142 && box.bottom() > 136);
    const qsizetype hit = doc.charAt(0, box.center());
    QVERIFY(hit >= at && hit < at + 5);
    const qsizetype fortyTwo = doc.original.indexOf(QStringLiteral("42"));
    QVERIFY(qAbs(doc.charBoxes.at(fortyTwo).x - 300) < 2);
}

void TestPdfText::errors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("keywords");

    const QByteArray good = tablePdf();
    QTest::newRow("truncated to half") << good.left(good.size() / 2)
                                       << QStringList{QStringLiteral("damaged or truncated"), QStringLiteral("%%EOF")};
    QTest::newRow("last bytes missing") << good.chopped(8) << QStringList{QStringLiteral("truncated")};
    QByteArray corrupt = good;
    for (qsizetype i = 20; i < corrupt.size() - 200; i += 7) {
        corrupt[i] = 'x';
    }
    QTest::newRow("damaged structure") << corrupt << QStringList{QStringLiteral("damaged")};
    QTest::newRow("header and garbage") << QByteArray("%PDF-1.7\nthis is no PDF\n%%EOF\n")
                                        << QStringList{QStringLiteral("damaged")};
    QTest::newRow("encrypted with a password") << encryptedPdf() << QStringList{QStringLiteral("password")};

    const QByteArray scanned = drawPdf([](QPainter& p, QPdfWriter&) {
        QImage image(400, 300, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter ip(&image);
        ip.fillRect(40, 40, 300, 10, Qt::black);
        ip.fillRect(40, 70, 250, 10, Qt::black);
        ip.end();
        p.drawImage(QRectF(40, 40, 500, 375), image);
    });
    QTest::newRow("scanned page (an image, no text)")
        << scanned << QStringList{QStringLiteral("no text to read"), QStringLiteral("scanned"), QStringLiteral("OCR")};
    const QByteArray blank = drawPdf([](QPainter& p, QPdfWriter&) { p.drawRect(QRectF(10, 10, 1, 1)); });
    // Not a scan: no image on the page.
    QTest::newRow("blank page") << blank
                                << QStringList{QStringLiteral("no text to read"),
                                               QStringLiteral("neither text nor images")};

    // 2,001 pages sharing one empty content stream.
    QList<QByteArray> pages = {"<< /Type /Catalog /Pages 2 0 R >>", QByteArray(), streamObject("BT ET")};
    QByteArray kids;
    for (int i = 0; i < 2001; ++i) {
        kids += QByteArray::number(4 + i) + " 0 R ";
        pages.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R >>");
    }
    pages[1] = "<< /Type /Pages /Kids [" + kids + "] /Count 2001 >>";
    QTest::newRow("2,001 pages") << rawPdf(pages)
                                 << QStringList{QStringLiteral("2001 pages"), QStringLiteral("2000 pages")};

    QList<QByteArray> huge = helveticaPage("BT /F1 12 Tf 72 700 Td (Huge) Tj ET");
    huge[2].replace("[0 0 595 842]", "[0 0 90000000 90000000]");
    QTest::newRow("absurd page size") << rawPdf(huge)
                                      << QStringList{QStringLiteral("page 1"), QStringLiteral("impossible size")};
}

void TestPdfText::errors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, keywords);
    const LoadResult r = loadPdf(bytes);
    QVERIFY2(!r.ok(), qPrintable(r.document.original.left(200)));
    for (const QString& k : keywords) {
        QVERIFY2(r.error.contains(k), qPrintable(QStringLiteral("\"%1\" not in: %2").arg(k, r.error)));
    }
    // The same through a file: `jiaohe check` names it.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad-report.pdf"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();
    QProcess jiaohe;
    jiaohe.start(QStringLiteral(JIAOHE_BINARY), {QStringLiteral("check"), path});
    QVERIFY(jiaohe.waitForFinished(60000));
    QCOMPARE(jiaohe.exitCode(), 1);
    const QString err = QString::fromUtf8(jiaohe.readAllStandardError());
    QVERIFY2(err.contains(QStringLiteral("bad-report.pdf")) && err.contains(keywords.first()), qPrintable(err));
}

// One page of text among pages of drawings with no image (charts, blank pages): not a scanned report, so read;
// the same with images on the pages without text is refused as scanned.
void TestPdfText::textBetweenBlankPagesIsRead()
{
    auto pages = [](bool images) {
        return drawPdf([images](QPainter& p, QPdfWriter& w) {
            p.drawText(QPointF(60, 100), QStringLiteral("本年度共收到申请21件。"));
            for (int i = 0; i < 3; ++i) {
                w.newPage();
                if (images) {
                    QImage image(200, 100, QImage::Format_RGB32);
                    image.fill(Qt::gray);
                    p.drawImage(QRectF(40, 40, 400, 200), image);
                } else {
                    p.drawRect(QRectF(40, 40, 400, 200));
                }
            }
        });
    };
    const LoadResult drawn = loadPdf(pages(false));
    QVERIFY2(drawn.ok(), qPrintable(drawn.error));
    QVERIFY(drawn.document.original.contains(QStringLiteral("21件")));
    QCOMPARE(drawn.document.pages.size(), 4);
    const LoadResult scanned = loadPdf(pages(true));
    QVERIFY(!scanned.ok());
    QVERIFY2(scanned.error.contains(QStringLiteral("scanned pages (3 of the 4 pages have no text)")),
             qPrintable(scanned.error));
}

void TestPdfText::realReportsLoadDirectly_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("fromPersons");
    QTest::addColumn<QString>("newRequests");
    QTest::newRow("hongze-2023") << QStringLiteral("hongze-2023.pdf") << QStringLiteral("21") << QStringLiteral("21");
    QTest::newRow("hongze-2024") << QStringLiteral("hongze-2024.pdf") << QStringLiteral("95") << QStringLiteral("95");
    QTest::newRow("huaian-2024") << QStringLiteral("huaian-2024.pdf") << QStringLiteral("3001")
                                 << QStringLiteral("3119");
}

void TestPdfText::realReportsLoadDirectly()
{
    QFETCH(QString, file);
    QFETCH(QString, fromPersons);
    QFETCH(QString, newRequests);
    const Analysis a = Analysis::ofFile(dataPath(QStringLiteral("reports/") + file), Extractor(), Checker());
    QVERIFY2(a.ok(), qPrintable(a.error));
    QCOMPARE(a.document.format, SourceFormat::Pdf);
    QCOMPARE(a.document.charBoxes.size(), a.document.original.size());

    // The narrative fields of the golden file (not the tables' t2/t3/t4 fields).
    QFile goldenFile(dataPath(QStringLiteral("golden/template.json")));
    QVERIFY(goldenFile.open(QIODevice::ReadOnly));
    const QJsonObject required = QJsonDocument::fromJson(goldenFile.readAll())
                                     .object()
                                     .value(u"reports")
                                     .toObject()
                                     .value(file)
                                     .toObject()
                                     .value(u"required")
                                     .toObject();
    QVERIFY(!required.isEmpty());
    int checked = 0;
    for (auto it = required.constBegin(); it != required.constEnd(); ++it) {
        const QString key = it.key();
        if (key.startsWith(u"t2.") || key.startsWith(u"t3.") || key.startsWith(u"t4.")) {
            continue;
        }
        ++checked;
        if (key == u"report.year") {
            QVERIFY(a.extraction.year.has_value());
            QCOMPARE(*a.extraction.year, it.value().toInt());
            continue;
        }
        if (key == u"report.region") {
            QVERIFY2(a.extraction.region.contains(it.value().toString()), qPrintable(a.extraction.region));
            continue;
        }
        const double want =
            it.value().isObject() ? it.value().toObject().value(u"value").toDouble() : it.value().toDouble();
        const ExtractedField* f = a.extraction.field(key);
        QVERIFY2(f, qPrintable(QStringLiteral("%1: field %2 not found").arg(file, key)));
        QVERIFY2(qAbs(f->value - want) < 1e-6,
                 qPrintable(QStringLiteral("%1: field %2 want %3, got %4").arg(file, key).arg(want).arg(f->value)));
        // Its evidence has a box on a page.
        QVERIFY(!a.document.boxes(f->start, f->end).isEmpty());
    }
    QVERIFY(checked >= 5);

    // Table 3's first row: the label and its seven numbers (natural person, five kinds of organisation,
    // total) on one line.
    const QString label = QStringLiteral("一、本年新收政府信息公开申请数量");
    QStringList row;
    for (const QString& line : a.document.original.split(u'\n')) {
        if (line.startsWith(label + u'\t')) {
            row = line.split(u'\t');
        }
    }
    QVERIFY2(!row.isEmpty(), "the row of new requests is not one line");
    // Punctuation drawn low or high stays on its line and in its place, in body text and in a table
    // in a smaller size on the same page.
    for (const QString& line : a.document.original.split(u'\n')) {
        const QString t = line.trimmed();
        QVERIFY2(t.isEmpty() || !(t.size() <= 2 && t.at(0).isPunct()), qPrintable(QStringLiteral("stray line: ") + t));
    }
    QVERIFY(a.document.original.contains(QStringLiteral("2.没有现成信息需要另行制作\t")));
    QCOMPARE(row.size(), 8);
    QCOMPARE(row.at(1), fromPersons);
    QCOMPARE(row.at(7), newRequests);
}

void TestPdfText::readingSpeed()
{
    // Figures, not an assertion on time: a 60-page report drawn with QPdfWriter.
    const QByteArray bytes = drawPdf([](QPainter& p, QPdfWriter& w) {
        for (int page = 0; page < 60; ++page) {
            if (page > 0) {
                w.newPage();
            }
            for (int line = 0; line < 40; ++line) {
                p.drawText(QPointF(60, 60 + 18 * line),
                           QStringLiteral("本年度共主动公开政府信息%1条，其中规范性文件%2件。")
                               .arg(page * 100 + line)
                               .arg(line));
            }
        }
    });
    PdfReadStats stats;
    QElapsedTimer timer;
    timer.start();
    const PdfText text = PdfReader::read(bytes, &stats);
    const qint64 ms = timer.elapsed();
    QVERIFY2(text.ok(), qPrintable(text.error));
    QCOMPARE(text.pages.size(), 60);
    QCOMPARE(text.text.count(u'\n'), 60 * 40);
    qDebug("60 pages: %lld ms (%.1f ms/page), %d pages drawn", static_cast<long long>(ms), double(ms) / 60,
           stats.renderedPages);
    // One text query per page, and no page drawn: running text needs no rules.
    QCOMPARE(stats.textPages, 60);
    QCOMPARE(stats.renderedPages, 0);
}

QTEST_MAIN(TestPdfText)
#include "TestPdfText.moc"
