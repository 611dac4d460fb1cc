// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/DocumentLoader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <unicode/ucnv.h>

#include <memory>

namespace jiaohe {

namespace {

QString dataPath(const QString& relative)
{
    return QStringLiteral(JIAOHE_TEST_DATA "/") + relative;
}

QByteArray readBytes(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return QByteArray();
    }
    return file.readAll();
}

QString readUtf8(const QString& path)
{
    return QString::fromUtf8(readBytes(path));
}

QStringList seedNames()
{
    const QDir dir(dataPath(QStringLiteral("seeds")));
    return dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
}

// Encodes with ICU (Qt 6.4 cannot write GB18030 or Big5 without it). Empty when a character cannot be encoded.
QByteArray encode(const QString& text, const char* encoding)
{
    UErrorCode status = U_ZERO_ERROR;
    UConverter* cnv = ucnv_open(encoding, &status);
    if (U_FAILURE(status)) {
        return QByteArray();
    }
    ucnv_setFromUCallBack(cnv, UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    QByteArray out(text.size() * 4 + 16, Qt::Uninitialized);
    const int32_t length = ucnv_fromUChars(cnv, out.data(), int32_t(out.size()),
                                           reinterpret_cast<const UChar*>(text.utf16()), int32_t(text.size()), &status);
    ucnv_close(cnv);
    if (U_FAILURE(status)) {
        return QByteArray();
    }
    out.truncate(length);
    return out;
}

// The bytes without their last byte, when they end with a character of `characterBytes` bytes (a Chinese
// character or punctuation mark: 3 bytes in UTF-8, 2 in GB18030 and Big5); `characterStart` is where it began.
QByteArray cutInsideLastCharacter(const QByteArray& bytes, qsizetype characterBytes, qsizetype* characterStart)
{
    *characterStart = bytes.size() - characterBytes;
    return bytes.left(bytes.size() - 1);
}

} // namespace

class TestDocumentLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsEncodedFixtures_data();
    void loadsEncodedFixtures();
    void loadsSeedsReencodedAtTestTime_data();
    void loadsSeedsReencodedAtTestTime();
    void detectsEncodings_data();
    void detectsEncodings();
    void convertsLineEndings_data();
    void convertsLineEndings();
    void picksTheFormat_data();
    void picksTheFormat();
    void fillsTheDocument();
    void readsAPdfWithoutAGuiApplication();
    void rejectsBadFiles_data();
    void rejectsBadFiles();
    void rejectsBadBytes_data();
    void rejectsBadBytes();
    void toleratesAHandfulOfBadBytes();
    void rejectsFilesLargerThanTheLimit();
    void batchGoesOnAfterBadFiles();
};

void TestDocumentLoader::loadsEncodedFixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expectedFile"); // UTF-8 text it must equal; empty: use expectedText
    QTest::addColumn<QString>("expectedText");
    QTest::addColumn<QString>("encoding");

    QTest::newRow("seed 002 as GB18030") << QStringLiteral("encodings/002_gb18030.txt")
                                         << QStringLiteral("seeds/002_a82df7ab5fee8c06.txt") << QString()
                                         << QStringLiteral("GB18030");
    QTest::newRow("traditional seed 004 as Big5")
        << QStringLiteral("encodings/004_big5.txt") << QStringLiteral("seeds/004_c81fc9388abf2a8a.txt") << QString()
        << QStringLiteral("Big5");
    QTest::newRow("seed 000 as UTF-16LE with BOM")
        << QStringLiteral("encodings/000_utf16le_bom.txt") << QStringLiteral("seeds/000_c883efa86247e151.txt")
        << QString() << QStringLiteral("UTF-16LE");
    QTest::newRow("seed 001 as UTF-16BE without BOM")
        << QStringLiteral("encodings/001_utf16be.txt") << QStringLiteral("seeds/001_2d20e57966d07fd9.txt") << QString()
        << QStringLiteral("UTF-16BE");
    QTest::newRow("seed 003 as UTF-8 with BOM")
        << QStringLiteral("encodings/003_utf8_bom.txt") << QStringLiteral("seeds/003_91a9e7177771f33a.txt") << QString()
        << QStringLiteral("UTF-8");
    QTest::newRow("short simplified sentence in GB18030")
        << QStringLiteral("encodings/short_gb18030.txt") << QString() << QStringLiteral("主动公开政府信息32456条")
        << QStringLiteral("GB18030");
    QTest::newRow("short traditional sentence in Big5")
        << QStringLiteral("encodings/short_big5.txt") << QString() << QStringLiteral("主動公開政府信息32456條")
        << QStringLiteral("Big5");
    for (const QString& seed : seedNames()) {
        QTest::addRow("seed %s as UTF-8", qPrintable(seed))
            << QStringLiteral("seeds/") + seed << QStringLiteral("seeds/") + seed << QString()
            << QStringLiteral("UTF-8");
    }
}

void TestDocumentLoader::loadsEncodedFixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, expectedFile);
    QFETCH(QString, expectedText);
    QFETCH(QString, encoding);
    const QString expected = expectedFile.isEmpty() ? expectedText : readUtf8(dataPath(expectedFile));
    QVERIFY(!expected.isEmpty());

    const LoadResult result = DocumentLoader::loadFile(dataPath(file));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.document.encoding, encoding);
    QCOMPARE(result.document.format, SourceFormat::PlainText);
    QCOMPARE(result.document.original, expected);
    QCOMPARE(result.document.filePath, dataPath(file));
}

void TestDocumentLoader::loadsSeedsReencodedAtTestTime_data()
{
    QTest::addColumn<QString>("seed");
    QTest::addColumn<QByteArray>("icuEncoding");
    QTest::addColumn<QByteArray>("bom");
    QTest::addColumn<QString>("expectedEncoding");

    for (const QString& seed : seedNames()) {
        const QByteArray s = seed.left(3).toLatin1();
        QTest::addRow("seed %s in GB18030", s.constData())
            << seed << QByteArray("GB18030") << QByteArray() << QStringLiteral("GB18030");
        QTest::addRow("seed %s in UTF-16LE with BOM", s.constData())
            << seed << QByteArray("UTF-16LE") << QByteArray("\xFF\xFE") << QStringLiteral("UTF-16LE");
        QTest::addRow("seed %s in UTF-16LE without BOM", s.constData())
            << seed << QByteArray("UTF-16LE") << QByteArray() << QStringLiteral("UTF-16LE");
        QTest::addRow("seed %s in UTF-16BE with BOM", s.constData())
            << seed << QByteArray("UTF-16BE") << QByteArray("\xFE\xFF") << QStringLiteral("UTF-16BE");
        QTest::addRow("seed %s in UTF-32LE with BOM", s.constData())
            << seed << QByteArray("UTF-32LE") << QByteArray("\xFF\xFE\x00\x00", 4) << QStringLiteral("UTF-32LE");
        QTest::addRow("seed %s in UTF-8 with BOM", s.constData())
            << seed << QByteArray("UTF-8") << QByteArray("\xEF\xBB\xBF") << QStringLiteral("UTF-8");
    }
    QTest::newRow("traditional seed 004 in Big5")
        << QStringLiteral("004_c81fc9388abf2a8a.txt") << QByteArray("Big5") << QByteArray() << QStringLiteral("Big5");
}

void TestDocumentLoader::loadsSeedsReencodedAtTestTime()
{
    QFETCH(QString, seed);
    QFETCH(QByteArray, icuEncoding);
    QFETCH(QByteArray, bom);
    QFETCH(QString, expectedEncoding);
    const QString text = readUtf8(dataPath(QStringLiteral("seeds/") + seed));
    QVERIFY(!text.isEmpty());
    const QByteArray encoded = encode(text, icuEncoding.constData());
    QVERIFY2(!encoded.isEmpty(), "the seed cannot be encoded");

    const LoadResult result = DocumentLoader::loadBytes(bom + encoded, seed);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.document.encoding, expectedEncoding);
    QCOMPARE(result.document.original, text);
}

void TestDocumentLoader::detectsEncodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");

    QTest::newRow("ASCII is UTF-8") << QByteArray("2017 report: 12 items\n") << QStringLiteral("UTF-8");
    QTest::newRow("UTF-8 BOM") << QByteArray("\xEF\xBB\xBFx") << QStringLiteral("UTF-8");
    QTest::newRow("UTF-16LE BOM") << QByteArray("\xFF\xFEx\x00", 4) << QStringLiteral("UTF-16LE");
    QTest::newRow("UTF-16BE BOM") << QByteArray("\xFE\xFF\x00x", 4) << QStringLiteral("UTF-16BE");
    QTest::newRow("UTF-32LE BOM") << QByteArray("\xFF\xFE\x00\x00x\x00\x00\x00", 8) << QStringLiteral("UTF-32LE");
    QTest::newRow("UTF-32BE BOM") << QByteArray("\x00\x00\xFE\xFF\x00\x00\x00x", 8) << QStringLiteral("UTF-32BE");
    QTest::newRow("short GB18030 sentence")
        << encode(QStringLiteral("主动公开政府信息32456条"), "GB18030") << QStringLiteral("GB18030");
    QTest::newRow("short Big5 sentence") << encode(QStringLiteral("主動公開政府信息32456條"), "Big5")
                                         << QStringLiteral("Big5");
    QTest::newRow("two GB18030 characters") << encode(QStringLiteral("报告"), "GB18030") << QStringLiteral("GB18030");
    QTest::newRow("two Big5 characters") << encode(QStringLiteral("報告"), "Big5") << QStringLiteral("Big5");
    QTest::newRow("GB18030 heading with full-width numbers")
        << encode(QStringLiteral("一、总体情况\n（一）主动公开１２条"), "GB18030") << QStringLiteral("GB18030");
    QTest::newRow("Big5 heading") << encode(QStringLiteral("一、總體情況\n（一）主動公開條例"), "Big5")
                                  << QStringLiteral("Big5");
    QTest::newRow("UTF-8 cut inside its last character stays UTF-8")
        << QStringLiteral("年度报告").toUtf8().chopped(1) << QStringLiteral("UTF-8");
    QTest::newRow("UTF-16LE without BOM by its NUL bytes")
        << encode(QStringLiteral("2019年政府信息公开工作年度报告\n一、总体情况\n"), "UTF-16LE")
        << QStringLiteral("UTF-16LE");
    QTest::newRow("GB2312 page declared in a meta element")
        << QByteArray("<html><head><meta charset=\"gb2312\"></head><body>") +
               encode(QStringLiteral("<p>报告</p>"), "GB18030")
        << QStringLiteral("GB18030");
}

void TestDocumentLoader::detectsEncodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QVERIFY(!bytes.isEmpty());
    QCOMPARE(DocumentLoader::detectEncoding(bytes), expected);
}

void TestDocumentLoader::convertsLineEndings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");

    QTest::newRow("CRLF becomes LF") << QByteArray("第一行\r\n第二行\r\n") << QStringLiteral("第一行\n第二行\n");
    QTest::newRow("lone CR becomes LF") << QByteArray("第一行\r第二行") << QStringLiteral("第一行\n第二行");
    QTest::newRow("CR CR LF becomes two line breaks") << QByteArray("a\r\r\nb") << QStringLiteral("a\n\nb");
    QTest::newRow("GB18030 with CRLF") << encode(QStringLiteral("主动公开\r\n政府信息"), "GB18030")
                                       << QStringLiteral("主动公开\n政府信息");
    QTest::newRow("UTF-16LE with CRLF") << QByteArray("\xFF\xFE") +
                                               encode(QStringLiteral("主动公开\r\n政府信息\r\n"), "UTF-16LE")
                                        << QStringLiteral("主动公开\n政府信息\n");
    QTest::newRow("BOM is stripped") << QByteArray("\xEF\xBB\xBF报告") << QStringLiteral("报告");
}

void TestDocumentLoader::convertsLineEndings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const LoadResult result = DocumentLoader::loadBytes(bytes, QStringLiteral("report.txt"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.document.original, expected);
    QCOMPARE(result.document.normalised.count(u'\n'), expected.count(u'\n'));
}

void TestDocumentLoader::picksTheFormat_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("original");

    const QByteArray page("<!DOCTYPE html><html><body><p>一、概述</p><p>二、情况</p></body></html>");
    QTest::newRow(".txt is plain text even when it looks like HTML")
        << QStringLiteral("a.txt") << page << int(SourceFormat::PlainText) << QString::fromUtf8(page);
    QTest::newRow(".text is plain text") << QStringLiteral("a.text") << QByteArray("正文")
                                         << int(SourceFormat::PlainText) << QStringLiteral("正文");
    QTest::newRow(".html is HTML") << QStringLiteral("a.html") << page << int(SourceFormat::Html)
                                   << QStringLiteral("一、概述\n二、情况");
    QTest::newRow(".HTM in capitals is HTML")
        << QStringLiteral("A.HTM") << page << int(SourceFormat::Html) << QStringLiteral("一、概述\n二、情况");
    QTest::newRow(".xhtml is HTML") << QStringLiteral("a.xhtml") << page << int(SourceFormat::Html)
                                    << QStringLiteral("一、概述\n二、情况");
    QTest::newRow(".shtml is HTML") << QStringLiteral("a.shtml") << page << int(SourceFormat::Html)
                                    << QStringLiteral("一、概述\n二、情况");
    QTest::newRow("unknown extension with a doctype is HTML")
        << QStringLiteral("a.asp") << page << int(SourceFormat::Html) << QStringLiteral("一、概述\n二、情况");
    QTest::newRow("no extension with a paragraph tag is HTML")
        << QStringLiteral("report") << QByteArray("<p>正文</p>") << int(SourceFormat::Html) << QStringLiteral("正文");
    QTest::newRow("unknown extension with plain text is plain text")
        << QStringLiteral("report.dat") << QByteArray("一、概述\n正文 < 3") << int(SourceFormat::PlainText)
        << QStringLiteral("一、概述\n正文 < 3");
}

void TestDocumentLoader::picksTheFormat()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, bytes);
    QFETCH(int, format);
    QFETCH(QString, original);
    const LoadResult result = DocumentLoader::loadBytes(bytes, fileName);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(int(result.document.format), format);
    QCOMPARE(result.document.original, original);
}

void TestDocumentLoader::fillsTheDocument()
{
    const LoadResult result = DocumentLoader::loadFile(dataPath(QStringLiteral("encodings/004_big5.txt")));
    QVERIFY2(result.ok(), qPrintable(result.error));
    const Document& doc = result.document;
    QVERIFY(doc.normalised.contains(QStringLiteral("主动公开政府信息32456条")));
    QCOMPARE(doc.toOriginal.size(), doc.normalised.size() + 1);
    QCOMPARE(doc.toOriginal.last(), doc.original.size());
    QVERIFY(doc.traditionalCharacters > 500);
    const qsizetype at = doc.normalised.indexOf(QStringLiteral("32456条"));
    const auto [start, end] = doc.originalSpan(at, at + 6);
    QCOMPARE(doc.original.mid(start, end - start), QStringLiteral("32456條"));

    const LoadResult simplified = DocumentLoader::loadFile(dataPath(QStringLiteral("encodings/002_gb18030.txt")));
    QVERIFY2(simplified.ok(), qPrintable(simplified.error));
    QCOMPARE(simplified.document.traditionalCharacters, 0);
}

void TestDocumentLoader::readsAPdfWithoutAGuiApplication()
{
    // `jiaohe check` runs with a QCoreApplication only, as this test does: Qt PDF must read there.
    QVERIFY(!QCoreApplication::instance()->inherits("QGuiApplication"));
    const QString path = dataPath(QStringLiteral("reports/hongze-2023.pdf"));
    const LoadResult result = DocumentLoader::loadFile(path);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const Document& doc = result.document;
    QCOMPARE(doc.format, SourceFormat::Pdf);
    QCOMPARE(doc.pages.size(), 5);
    QCOMPARE(doc.charBoxes.size(), doc.original.size());
    QCOMPARE(doc.contentHash.size(), 64);
    QVERIFY(doc.original.contains(QStringLiteral("政府信息公开工作年度报告")));
    // The same bytes under another name are still read as a PDF, by their first bytes.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const LoadResult renamed = DocumentLoader::loadBytes(file.readAll(), QStringLiteral("report"));
    QVERIFY2(renamed.ok(), qPrintable(renamed.error));
    QCOMPARE(renamed.document.original, doc.original);
}

void TestDocumentLoader::rejectsBadFiles_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("keywords");

    QTest::newRow("empty file") << dataPath(QStringLiteral("bad/empty.txt")) << QStringList{QStringLiteral("empty")};
    QTest::newRow("whitespace-only file")
        << dataPath(QStringLiteral("bad/whitespace.txt")) << QStringList{QStringLiteral("empty")};
    QTest::newRow("PNG image saved as .txt")
        << dataPath(QStringLiteral("bad/binary.txt"))
        << QStringList{QStringLiteral("not a text file"), QStringLiteral("binary data at byte 8")};
    QTest::newRow("missing file") << dataPath(QStringLiteral("bad/no-such-report.txt"))
                                  << QStringList{QStringLiteral("cannot be opened"), QStringLiteral("does not exist")};
    QTest::newRow("folder") << dataPath(QStringLiteral("bad"))
                            << QStringList{QStringLiteral("cannot be opened"), QStringLiteral("folder")};
    QTest::newRow("damaged Word document")
        << dataPath(QStringLiteral("bad/report.docx"))
        << QStringList{QStringLiteral("the Word document cannot be read"), QStringLiteral("not a ZIP archive")};
    // The extension decides before the file is even opened: these need not exist.
    QTest::newRow("spreadsheet by extension, upper case")
        << dataPath(QStringLiteral("bad/table.XLS"))
        << QStringList{QStringLiteral("spreadsheets are not supported (.xls)"), QStringLiteral("Word (.docx)")};
    QTest::newRow("spreadsheet by extension") << dataPath(QStringLiteral("bad/table.xlsx"))
                                              << QStringList{QStringLiteral("spreadsheets are not supported (.xlsx)")};
    QTest::newRow("archive by extension")
        << dataPath(QStringLiteral("bad/reports.zip"))
        << QStringList{QStringLiteral("compressed archives are not supported (.zip)")};
    QTest::newRow("image by extension") << dataPath(QStringLiteral("bad/scan.jpg"))
                                        << QStringList{QStringLiteral("images are not supported (.jpg)")};
}

void TestDocumentLoader::rejectsBadFiles()
{
    QFETCH(QString, path);
    QFETCH(QStringList, keywords);
    const LoadResult result = DocumentLoader::loadFile(path);
    QVERIFY(!result.ok());
    for (const QString& k : keywords) {
        QVERIFY2(result.error.contains(k), qPrintable(QStringLiteral("\"%1\" lacks \"%2\"").arg(result.error, k)));
    }
    QVERIFY2(!result.error.contains(QFileInfo(path).fileName()), qPrintable(result.error));
}

void TestDocumentLoader::rejectsBadBytes_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("keywords");

    const QByteArray utf8 = readBytes(dataPath(QStringLiteral("seeds/000_c883efa86247e151.txt")));
    const QByteArray gb = readBytes(dataPath(QStringLiteral("encodings/002_gb18030.txt")));
    const QByteArray big5 = readBytes(dataPath(QStringLiteral("encodings/004_big5.txt")));
    qsizetype utf8Start = 0;
    const QByteArray utf8Cut = cutInsideLastCharacter(utf8, 3, &utf8Start);
    // Seed 002 ends in ASCII digits: cut the GB18030 bytes inside the last Chinese character instead.
    qsizetype gbStart = gb.size() - 1;
    while (gbStart > 0 && static_cast<unsigned char>(gb.at(gbStart)) < 0x80) {
        --gbStart;
    }
    --gbStart; // first byte of that two-byte character
    const QByteArray gbCut = gb.left(gbStart + 1);
    qsizetype big5Start = 0;
    const QByteArray big5Cut = cutInsideLastCharacter(big5, 2, &big5Start);

    auto truncated = [](qsizetype start, qsizetype size) {
        return QStringList{QStringLiteral("ends in the middle of a character"),
                           QStringLiteral("(byte %1 of %2)").arg(start).arg(size), QStringLiteral("truncated")};
    };

    QTest::newRow("zero bytes") << QStringLiteral("a.txt") << QByteArray()
                                << QStringList{QStringLiteral("the file is empty")};
    QTest::newRow("only spaces and line breaks")
        << QStringLiteral("a.txt") << QByteArray(" \r\n\t \n") << QStringList{QStringLiteral("the file is empty")};
    QTest::newRow("only a UTF-8 BOM") << QStringLiteral("a.txt") << QByteArray("\xEF\xBB\xBF")
                                      << QStringList{QStringLiteral("the file is empty")};
    QTest::newRow("only a UTF-16 BOM and spaces") << QStringLiteral("a.txt") << QByteArray("\xFF\xFE \x00\n\x00", 6)
                                                  << QStringList{QStringLiteral("the file is empty")};
    QTest::newRow("HTML page without text")
        << QStringLiteral("a.html") << QByteArray("<html><head><script>x=1</script></head><body></body></html>")
        << QStringList{QStringLiteral("no text")};
    QTest::newRow("PNG header and NUL bytes")
        << QStringLiteral("a.txt") << QByteArray("\x89PNG\r\n\x1A\n\x00\x00\x00\x0DIHDR\x00\x00", 18)
        << QStringList{QStringLiteral("this is not a text file: binary data at byte 8")};
    QTest::newRow("text with a NUL byte in the middle") << QStringLiteral("a.txt") << QByteArray("正文\x00正文", 13)
                                                        << QStringList{QStringLiteral("binary data at byte 6")};
    QTest::newRow("many control characters")
        << QStringLiteral("a.txt") << QByteArray("ab") + QByteArray(64, '\x01') + QByteArray(64, '\x02')
        << QStringList{QStringLiteral("binary data at byte 2")};
    QTest::newRow("PDF content under a .txt name, cut short")
        << QStringLiteral("a.txt") << QByteArray("%PDF-1.7\n%\xE2\xE3\n")
        << QStringList{QStringLiteral("PDF is damaged or truncated"), QStringLiteral("%%EOF")};
    QTest::newRow("ZIP content under a .txt name")
        << QStringLiteral("a.txt") << QByteArray("PK\x03\x04\x14\x00\x06\x00", 8)
        << QStringList{QStringLiteral("not a text file"), QStringLiteral("ZIP")};
    QTest::newRow("UTF-8 cut in the middle of its last character")
        << QStringLiteral("a.txt") << utf8Cut << truncated(utf8Start, utf8Cut.size());
    QTest::newRow("GB18030 cut in the middle of its last character")
        << QStringLiteral("a.txt") << gbCut << truncated(gbStart, gbCut.size());
    QTest::newRow("Big5 cut in the middle of its last character")
        << QStringLiteral("a.txt") << big5Cut << truncated(big5Start, big5Cut.size());
    QTest::newRow("UTF-16 cut in the middle of a code unit")
        << QStringLiteral("a.txt") << QByteArray("\xFF\xFE") + encode(QStringLiteral("年度报告"), "UTF-16LE").chopped(1)
        << truncated(8, 9);

    QByteArray damaged = utf8;
    for (int k = 0; k < 20; ++k) {
        damaged[1000 + k * 200] = '\xFF';
    }
    QTest::newRow("UTF-8 with many invalid bytes")
        << QStringLiteral("a.txt") << damaged
        << QStringList{QStringLiteral("not valid UTF-8"), QStringLiteral("the first at byte 1000")};
    QTest::newRow("not a PDF under a .pdf name") << QStringLiteral("report.pdf") << QByteArray("anything")
                                                 << QStringList{QStringLiteral("named .pdf but is not a PDF")};
    QTest::newRow("Word document by extension that is no ZIP package")
        << QStringLiteral("report.docx") << QByteArray("anything")
        << QStringList{QStringLiteral("the Word document cannot be read"), QStringLiteral("not a ZIP archive")};
    QTest::newRow("web archive by extension")
        << QStringLiteral("page.mht") << QByteArray("MIME-Version: 1.0") << QStringList{QStringLiteral("MHTML")};
}

void TestDocumentLoader::rejectsBadBytes()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, keywords);
    const LoadResult result = DocumentLoader::loadBytes(bytes, fileName);
    QVERIFY2(!result.ok(), qPrintable(result.document.original.left(100)));
    for (const QString& k : keywords) {
        QVERIFY2(result.error.contains(k), qPrintable(QStringLiteral("\"%1\" lacks \"%2\"").arg(result.error, k)));
    }
}

void TestDocumentLoader::toleratesAHandfulOfBadBytes()
{
    QByteArray bytes = readBytes(dataPath(QStringLiteral("seeds/001_2d20e57966d07fd9.txt")));
    QVERIFY(!bytes.isEmpty());
    // Two ASCII characters (digits) replaced by bytes that are never valid UTF-8.
    int replaced = 0;
    for (qsizetype i = 500; i < bytes.size() && replaced < 2; i += 1) {
        if (bytes.at(i) >= '0' && bytes.at(i) <= '9') {
            bytes[i] = replaced == 0 ? '\xFF' : '\xFE';
            ++replaced;
            i += 300;
        }
    }
    QCOMPARE(replaced, 2);
    const LoadResult result = DocumentLoader::loadBytes(bytes, QStringLiteral("a.txt"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.document.encoding, QStringLiteral("UTF-8"));
    QCOMPARE(result.document.original.count(QChar(0xFFFD)), 2);
}

void TestDocumentLoader::rejectsFilesLargerThanTheLimit()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("huge.txt"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write("report\n") > 0);
        QVERIFY(file.resize(50LL * 1024 * 1024)); // sparse: nothing is written
    }
    const LoadResult result = DocumentLoader::loadFile(path);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(QStringLiteral("the file is 50.0 MB, larger than the 32 MB limit")),
             qPrintable(result.error));
    QVERIFY(!result.error.contains(QStringLiteral("huge.txt")));

    const LoadResult bytes =
        DocumentLoader::loadBytes(QByteArray(DocumentLoader::MaxFileBytes + 1, 'a'), QStringLiteral("a.txt"));
    QVERIFY(bytes.error.contains(QStringLiteral("larger than the 32 MB limit")));
}

void TestDocumentLoader::batchGoesOnAfterBadFiles()
{
    QStringList paths;
    const QDir bad(dataPath(QStringLiteral("bad")));
    for (const QString& name : bad.entryList(QDir::Files, QDir::Name)) {
        paths.append(bad.filePath(name));
    }
    paths.append(dataPath(QStringLiteral("bad/no-such-report.txt")));
    for (const QString& seed : seedNames()) {
        paths.append(dataPath(QStringLiteral("seeds/") + seed));
    }
    int loaded = 0;
    int failed = 0;
    for (const QString& path : paths) {
        const LoadResult result = DocumentLoader::loadFile(path);
        if (result.ok()) {
            ++loaded;
            QVERIFY2(path.contains(QStringLiteral("/seeds/")), qPrintable(path));
        } else {
            ++failed;
            QVERIFY2(path.contains(QStringLiteral("/bad/")), qPrintable(path + QStringLiteral(": ") + result.error));
            QVERIFY(!result.error.isEmpty());
        }
    }
    QCOMPARE(loaded, int(seedNames().size()));
    QVERIFY(failed >= 4);
}

} // namespace jiaohe

QTEST_GUILESS_MAIN(jiaohe::TestDocumentLoader)
#include "TestDocumentLoader.moc"
