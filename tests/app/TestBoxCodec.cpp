// SPDX-License-Identifier: GPL-3.0-or-later
// The character boxes of a PDF report as the database keeps them (BoxCodec): every box comes back as stored (to a
// tenth of a point), whatever its order or size; a damaged or foreign blob is refused, never misread; and the three
// real PDFs take little room per page.
#include "document/DocumentLoader.h"
#include "store/BoxCodec.h"

#include <QDir>
#include <QTest>

#include <limits>

using namespace jiaohe;

Q_DECLARE_METATYPE(QList<PdfCharBox>)
Q_DECLARE_METATYPE(QList<PdfPage>)

namespace {

PdfCharBox box(float x, float y, float w, float h)
{
    return PdfCharBox{x, y, w, h};
}

} // namespace

class TestBoxCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void refusesWhatItDidNotWrite_data();
    void refusesWhatItDidNotWrite();
    void realReportsAreSmall();
    void storedBoxesJoinTheSameLines();
};

void TestBoxCodec::roundTrip_data()
{
    QTest::addColumn<QList<PdfPage>>("pages");
    QTest::addColumn<QList<PdfCharBox>>("boxes");
    const QSizeF a4(595.3, 841.9);
    QTest::newRow("empty: no pages, no characters") << QList<PdfPage>() << QList<PdfCharBox>();
    QTest::newRow("one page, no characters") << QList<PdfPage>{{a4, 0, 0}} << QList<PdfCharBox>();
    QTest::newRow("one character") << QList<PdfPage>{{a4, 0, 1}} << QList<PdfCharBox>{box(72.04f, 90.5f, 10.5f, 12)};
    QTest::newRow("a line: boxes left to right, a separator between words")
        << QList<PdfPage>{{a4, 0, 4}}
        << QList<PdfCharBox>{box(72, 100, 10.5f, 12), box(82.5f, 100, 10.5f, 12), PdfCharBox{},
                             box(99.9f, 100.2f, 5.3f, 12)};
    QTest::newRow("non-monotonic: a table read row by row jumps back left and up, then down the page")
        << QList<PdfPage>{{a4, 0, 5}}
        << QList<PdfCharBox>{box(400, 700, 6, 10), box(72, 120.4f, 10.5f, 12), box(300, 50, 4, 9),
                             box(0, 0, 0.1f, 0.1f), box(595, 841.8f, 0.3f, 20)};
    QTest::newRow("two pages of other sizes, a line break between them, characters on both")
        << QList<PdfPage>{{a4, 0, 3}, {QSizeF(841.9, 595.3), 3, 5}}
        << QList<PdfCharBox>{box(72, 72, 10, 10), box(82, 72, 10, 10), PdfCharBox{}, box(72, 500, 8, 9),
                             box(80, 500, 8, 9)};
    QTest::newRow("huge coordinates: a 200-inch page (the format's limit), boxes far across it")
        << QList<PdfPage>{{QSizeF(14400, 14400), 0, 3}}
        << QList<PdfCharBox>{box(14399.9f, 14390, 10, 10), box(0.1f, 5, 14000, 14000), box(7200, 7200, 1, 1)};
    QTest::newRow("negative coordinates: a glyph sticking out above and left of the page")
        << QList<PdfPage>{{a4, 0, 2}} << QList<PdfCharBox>{box(-3.5f, -1.2f, 10, 10), box(6.5f, -1.2f, 10, 10)};
    QList<PdfCharBox> many;
    for (int i = 0; i < 5000; ++i) {
        many.append(i % 37 == 36 ? PdfCharBox{} : box(72 + (i % 37) * 10.5f, 72 + (i / 37) * 15.3f, 10.5f, 12));
    }
    QTest::newRow("a long page: 5,000 characters") << QList<PdfPage>{{a4, 0, 5000}} << many;
}

void TestBoxCodec::roundTrip()
{
    QFETCH(QList<PdfPage>, pages);
    QFETCH(QList<PdfCharBox>, boxes);
    const BoxCodec::Encoded encoded = BoxCodec::encode(pages, boxes);
    QCOMPARE(encoded.format, BoxCodec::Format);
    const std::optional<BoxCodec::Decoded> decoded = BoxCodec::decode(encoded, boxes.size());
    QVERIFY(decoded);
    QCOMPARE(decoded->pages.size(), pages.size());
    for (qsizetype i = 0; i < pages.size(); ++i) {
        QCOMPARE(decoded->pages.at(i).start, pages.at(i).start);
        QCOMPARE(decoded->pages.at(i).end, pages.at(i).end);
        QVERIFY(std::abs(decoded->pages.at(i).size.width() - pages.at(i).size.width()) <= 0.05 + 1e-3);
        QVERIFY(std::abs(decoded->pages.at(i).size.height() - pages.at(i).size.height()) <= 0.05 + 1e-3);
    }
    QCOMPARE(decoded->boxes.size(), boxes.size());
    for (qsizetype i = 0; i < boxes.size(); ++i) {
        const PdfCharBox& in = boxes.at(i);
        const PdfCharBox& out = decoded->boxes.at(i);
        QCOMPARE(out.isEmpty(), in.isEmpty());
        if (in.isEmpty()) {
            continue;
        }
        // A tenth of a point: each coordinate within half of it (and exactly what quantised() says).
        const std::pair<float, float> coordinates[] = {
            {in.x, out.x}, {in.y, out.y}, {in.width, out.width}, {in.height, out.height}};
        for (const auto& [a, b] : coordinates) {
            QVERIFY2(std::abs(a - b) <= 0.05f + std::abs(a) * 1e-6f,
                     qPrintable(QStringLiteral("%1: %2 read back as %3").arg(i).arg(double(a)).arg(double(b))));
            QCOMPARE(b, BoxCodec::quantised(a));
        }
    }
}

void TestBoxCodec::refusesWhatItDidNotWrite_data()
{
    QTest::addColumn<int>("damage");
    QTest::newRow("another format number (a later encoding)") << 0;
    QTest::newRow("a text of another length (the report's text read by another version)") << 1;
    QTest::newRow("truncated boxes") << 2;
    QTest::newRow("boxes blob of random bytes") << 3;
    QTest::newRow("a compressed length of 2 GB (inflating it would take the memory)") << 4;
    QTest::newRow("pages running past the text") << 5;
    QTest::newRow("empty blobs") << 6;
}

void TestBoxCodec::refusesWhatItDidNotWrite()
{
    QFETCH(int, damage);
    const QList<PdfPage> pages{{QSizeF(595, 842), 0, 3}};
    const QList<PdfCharBox> boxes{box(72, 72, 10, 10), box(82, 72, 10, 10), box(92, 72, 10, 10)};
    BoxCodec::Encoded e = BoxCodec::encode(pages, boxes);
    qsizetype length = boxes.size();
    QVERIFY(BoxCodec::decode(e, length)); // undamaged, it reads
    switch (damage) {
    case 0:
        e.format = BoxCodec::Format + 1;
        break;
    case 1:
        length = 4;
        break;
    case 2: {
        QByteArray raw = qUncompress(e.boxes);
        raw.chop(2);
        e.boxes = qCompress(raw);
        break;
    }
    case 3:
        e.boxes = QByteArray("\x00\x00\x00\x10garbage-garbage!", 20);
        break;
    case 4:
        e.boxes = QByteArray("\x7f\xff\xff\xff\x78\x9c", 6) + QByteArray(32, 'x');
        break;
    case 5:
        e = BoxCodec::encode(QList<PdfPage>{PdfPage{QSizeF(595, 842), 0, 9}}, boxes);
        break;
    case 6:
        e.pages.clear();
        e.boxes.clear();
        break;
    }
    QVERIFY(!BoxCodec::decode(e, length));
}

// The figure in the README (Reading PDF reports): bytes stored per page for the three real PDFs.
void TestBoxCodec::realReportsAreSmall()
{
    const QDir dir(QStringLiteral(JIAOHE_TEST_DATA "/reports"));
    const QStringList files = dir.entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name);
    QCOMPARE(files.size(), 3);
    for (const QString& name : files) {
        const LoadResult r = DocumentLoader::loadFile(dir.filePath(name), DocumentLoader::Hash::No);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        const Document& d = r.document;
        QVERIFY(!d.pages.isEmpty());
        QCOMPARE(d.charBoxes.size(), d.original.size());
        const BoxCodec::Encoded e = BoxCodec::encode(d.pages, d.charBoxes);
        const qsizetype bytes = e.pages.size() + e.boxes.size();
        const double perPage = double(bytes) / double(d.pages.size());
        qInfo("%s: %lld pages, %lld characters, %lld bytes stored (%.0f bytes a page, %.2f a character)",
              qPrintable(name), qlonglong(d.pages.size()), qlonglong(d.original.size()), qlonglong(bytes), perPage,
              double(bytes) / double(d.original.size()));
        QVERIFY2(perPage < 3072, qPrintable(QStringLiteral("%1: %2 bytes a page").arg(name).arg(perPage)));
        // And they read back into the same evidence boxes.
        const std::optional<BoxCodec::Decoded> back = BoxCodec::decode(e, d.original.size());
        QVERIFY(back);
        Document stored;
        stored.original = d.original;
        stored.pages = back->pages;
        stored.charBoxes = back->boxes;
        const qsizetype middle = d.original.size() / 2;
        const auto before = d.boxes(middle, middle + 40);
        const auto after = stored.boxes(middle, middle + 40);
        QVERIFY(!before.isEmpty());
        QCOMPARE(after.size(), before.size());
        for (qsizetype i = 0; i < before.size(); ++i) {
            QCOMPARE(after.at(i).first, before.at(i).first);
            const QRectF a = before.at(i).second, b = after.at(i).second;
            QVERIFY(std::abs(a.left() - b.left()) < 0.1 && std::abs(a.top() - b.top()) < 0.1 &&
                    std::abs(a.right() - b.right()) < 0.1 && std::abs(a.bottom() - b.bottom()) < 0.1);
        }
    }
}

// A report checked again is rebuilt from its stored text and boxes (FlagSync::recheck): a PDF with narrow columns
// gets the same matching copy as when the file was read — the short lines full in their column joined — and
// without the boxes it would not (so the checks would see other lists, and flags come and go).
void TestBoxCodec::storedBoxesJoinTheSameLines()
{
    const LoadResult r = DocumentLoader::loadFile(
        QStringLiteral(JIAOHE_TEST_DATA "/cases/mixed-errors-city-lo2coledge/report.pdf"), DocumentLoader::Hash::No);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    const Document& read = r.document;
    const std::optional<BoxCodec::Decoded> back =
        BoxCodec::decode(BoxCodec::encode(read.pages, read.charBoxes), read.original.size());
    QVERIFY(back);
    const Document again = Document::fromText(read.original, SourceFormat::Pdf, back->boxes);
    QCOMPARE(again.normalised, read.normalised);
    QCOMPARE(again.toOriginal, read.toOriginal);
    QVERIFY(Document::fromText(read.original, SourceFormat::Pdf).normalised != read.normalised);
}

QTEST_GUILESS_MAIN(TestBoxCodec)
#include "TestBoxCodec.moc"
