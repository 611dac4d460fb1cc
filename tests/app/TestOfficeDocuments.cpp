// SPDX-License-Identifier: GPL-3.0-or-later
// Word documents, web archives and the forms LibreOffice converts: what the text shown holds (tables as a web
// page's rows, numbering, no deleted text), that the table readers read them, and the refusals of damaged and
// hostile files (ZIP bombs, crafted names, DTDs, encrypted parts), each with its message.
#include "check/Checker.h"
#include "document/DocumentLoader.h"
#include "document/office/DocxNumbering.h"
#include "document/office/MhtmlReader.h"
#include "document/office/OfficeConverter.h"
#include "document/office/ZipArchive.h"
#include "extract/Extractor.h"
#include "pipeline/Analysis.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <zip.h>

namespace jiaohe {

namespace {

struct Entry
{
    QByteArray name;
    QByteArray data;
    bool encrypted = false;
};

// A ZIP archive written by libzip (deflated entries), as bytes; empty when libzip refuses something.
QByteArray makeZip(const QList<Entry>& entries, bool* encryptionRefused = nullptr)
{
    QTemporaryDir dir;
    const QByteArray path = dir.filePath(QStringLiteral("a.zip")).toLocal8Bit();
    int error = 0;
    zip_t* z = zip_open(path.constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!z) {
        return {};
    }
    for (const Entry& e : entries) {
        zip_source_t* s = zip_source_buffer(z, e.data.constData(), zip_uint64_t(e.data.size()), 0);
        const zip_int64_t index = s ? zip_file_add(z, e.name.constData(), s, ZIP_FL_ENC_UTF_8) : -1;
        if (index < 0) {
            zip_source_free(s);
            zip_discard(z);
            return {};
        }
        if (e.encrypted && zip_file_set_encryption(z, zip_uint64_t(index), ZIP_EM_AES_256, "secret") != 0) {
            if (encryptionRefused) {
                *encryptionRefused = true;
            }
            zip_discard(z);
            return {};
        }
    }
    if (zip_close(z) != 0) {
        zip_discard(z);
        return {};
    }
    QFile f(QString::fromLocal8Bit(path));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const QByteArray WordNs("http://schemas.openxmlformats.org/wordprocessingml/2006/main");

QByteArray documentXml(const QByteArray& body)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"" + WordNs +
           "\" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"><w:body>" + body +
           "</w:body></w:document>";
}

QByteArray docx(const QByteArray& body, const QByteArray& numbering = QByteArray())
{
    QList<Entry> entries = {{"[Content_Types].xml", "<Types/>"}, {"word/document.xml", documentXml(body)}};
    if (!numbering.isEmpty()) {
        entries.append({"word/numbering.xml", numbering});
    }
    return makeZip(entries);
}

QByteArray p(const QByteArray& text)
{
    return "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>";
}

QByteArray tc(const QByteArray& text, const QByteArray& props = QByteArray())
{
    return "<w:tc><w:tcPr>" + props + "</w:tcPr>" + p(text) + "</w:tc>";
}

QString textOf(const QByteArray& bytes, const QString& name, QString* error = nullptr)
{
    const LoadResult r = DocumentLoader::loadBytes(bytes, name);
    if (error) {
        *error = r.error;
    }
    return r.document.original;
}

// The first rows of table 3, drawn twice: as a web page (rowspan/colspan) and as Word draws it (gridSpan, vMerge).
QString table3Html()
{
    return QStringLiteral(
        "<html><body><p>某县司法局2023年政府信息公开工作年度报告</p><p>三、收到和处理政府信息公开申请情况</p><table>"
        "<tr><td colspan=\"3\" rowspan=\"3\">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td>"
        "<td colspan=\"7\">申请人情况</td></tr>"
        "<tr><td rowspan=\"2\">自然人</td><td colspan=\"5\">法人或其他组织</td><td rowspan=\"2\">总计</td></tr>"
        "<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>"
        "<tr><td colspan=\"3\">一、本年新收政府信息公开申请数量</td><td>7</td><td>2</td><td>0</td><td>0</td>"
        "<td>1</td><td>0</td><td>10</td></tr>"
        "<tr><td colspan=\"3\">二、上年结转政府信息公开申请数量</td><td>1</td><td>0</td><td>0</td><td>0</td>"
        "<td>0</td><td>0</td><td>1</td></tr></table></body></html>");
}

QByteArray table3Docx()
{
    const QByteArray restart = "<w:vMerge w:val=\"restart\"/>";
    const QByteArray cont = "<w:vMerge/>";
    auto span = [](int n) { return "<w:gridSpan w:val=\"" + QByteArray::number(n) + "\"/>"; };
    QByteArray rows;
    rows += "<w:tr>" + tc("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", span(3) + restart) +
            tc("申请人情况", span(7)) + "</w:tr>";
    rows += "<w:tr>" + tc("", span(3) + cont) + tc("自然人", restart) + tc("法人或其他组织", span(5)) +
            tc("总计", restart) + "</w:tr>";
    rows += "<w:tr>" + tc("", span(3) + cont) + tc("", cont) + tc("商业企业") + tc("科研机构") + tc("社会公益组织") +
            tc("法律服务机构") + tc("其他") + tc("", cont) + "</w:tr>";
    QByteArray row4 = "<w:tr>" + tc("一、本年新收政府信息公开申请数量", span(3));
    for (const char* v : {"7", "2", "0", "0", "1", "0", "10"}) {
        row4 += tc(v);
    }
    QByteArray row5 = "<w:tr>" + tc("二、上年结转政府信息公开申请数量", span(3));
    for (const char* v : {"1", "0", "0", "0", "0", "0", "1"}) {
        row5 += tc(v);
    }
    rows += row4 + "</w:tr>" + row5 + "</w:tr>";
    return docx(p("某县司法局2023年政府信息公开工作年度报告") + p("三、收到和处理政府信息公开申请情况") + "<w:tbl>" +
                rows + "</w:tbl>");
}

Analysis analyse(const QByteArray& bytes, const QString& name)
{
    LoadResult loaded = DocumentLoader::loadBytes(bytes, name);
    Analysis a;
    if (!loaded.ok()) {
        a.error = loaded.error;
        return a;
    }
    return Analysis::ofDocument(std::move(loaded.document), Extractor(), Checker());
}

QByteArray mhtml(const QByteArray& partHeaders, const QByteArray& body, const QByteArray& extraParts = QByteArray(),
                 const QByteArray& start = QByteArray())
{
    QByteArray m = "From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n"
                   "\ttype=\"text/html\";\r\n\tboundary=\"----B\"";
    if (!start.isEmpty()) {
        m += ";\r\n\tstart=\"" + start + "\"";
    }
    m += "\r\n\r\n" + extraParts + "------B\r\n" + partHeaders + "\r\n\r\n" + body + "\r\n------B--\r\n";
    return m;
}

} // namespace

class TestOfficeDocuments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void docxRowsAreAWebPagesRows();
    void docxTablesReadAsWebTables();
    void docxEvidenceLandsOnTheTextShown();
    void docxParagraphsInReadingOrder();
    void docxNumbering_data();
    void docxNumbering();
    void docxByContentUnderAnotherName();
    void hostileArchives_data();
    void hostileArchives();
    void zipBombIsBounded();
    void encryptedPartIsRefused();
    void quotedPrintable_data();
    void quotedPrintable();
    void mhtmlPages_data();
    void mhtmlPages();
    void wordNamesHoldingOtherForms();
    void withoutLibreOfficeTheMessageSaysHowToConvert();
    void docThroughLibreOffice();
};

// The merged cells of a Word table give exactly the rows a web page's rowspan and colspan give.
void TestOfficeDocuments::docxRowsAreAWebPagesRows()
{
    QString error;
    const QString fromWord = textOf(table3Docx(), QStringLiteral("report.docx"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString fromWeb = textOf(table3Html().toUtf8(), QStringLiteral("report.html"));
    QCOMPARE(fromWord, fromWeb);
    QVERIFY(fromWord.contains(QStringLiteral("自然人\t法人或其他组织\t总计\n")));
    QVERIFY(fromWord.contains(QStringLiteral("一、本年新收政府信息公开申请数量\t7\t2\t0\t0\t1\t0\t10")));
}

void TestOfficeDocuments::docxTablesReadAsWebTables()
{
    const Analysis a = analyse(table3Docx(), QStringLiteral("report.docx"));
    QVERIFY2(a.ok(), qPrintable(a.error));
    QCOMPARE(a.document.format, SourceFormat::Html);
    QCOMPARE(a.document.encoding, QStringLiteral("DOCX"));
    const struct
    {
        const char* key;
        double value;
    } cells[] = {{"t3.new.person", 7}, {"t3.new.business", 2},        {"t3.new.legal_services", 1},
                 {"t3.new.total", 10}, {"t3.carried_over.person", 1}, {"t3.carried_over.total", 1}};
    for (const auto& c : cells) {
        const ExtractedField* f = a.extraction.field(QString::fromLatin1(c.key));
        QVERIFY2(f, c.key);
        QCOMPARE(f->value, c.value);
    }
}

void TestOfficeDocuments::docxEvidenceLandsOnTheTextShown()
{
    const Analysis a = analyse(table3Docx(), QStringLiteral("report.docx"));
    QVERIFY2(a.ok(), qPrintable(a.error));
    const ExtractedField* total = a.extraction.field(QStringLiteral("t3.new.total"));
    QVERIFY(total);
    QCOMPARE(a.originalText(total->start, total->end), QStringLiteral("10"));
}

// Paragraphs, tables, text boxes and fields in document order; what Word does not show is not text.
void TestOfficeDocuments::docxParagraphsInReadingOrder()
{
    const QByteArray body =
        p("第一段") + "<w:tbl><w:tr>" + tc("表内") + "</w:tr></w:tbl>" +
        "<w:p><w:r><w:t xml:space=\"preserve\">全年公开</w:t></w:r><w:r><w:t>12条</w:t></w:r>"
        "<w:del w:id=\"1\" w:author=\"a\"><w:r><w:delText>99999条</w:delText></w:r></w:del>"
        "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>PAGE 777</w:instrText></w:r>"
        "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>，第3页</w:t></w:r>"
        "<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏88条</w:t></w:r>"
        "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:br/><w:t>&lt;换行&gt;&amp;</w:t></w:r></w:p>" +
        "<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:txbxContent>" + p("文本框") +
        "</w:txbxContent></mc:Choice><mc:Fallback><w:txbxContent>" + p("文本框副本") +
        "</w:txbxContent></mc:Fallback></mc:AlternateContent></w:r></w:p>" + p("末段");
    QString error;
    const QString text = textOf(docx(body), QStringLiteral("a.docx"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(text, QStringLiteral("第一段\n表内\n全年公开12条，第3页\n<换行>&\n文本框\n末段"));
}

void TestOfficeDocuments::docxNumbering_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("levelText");
    QTest::addColumn<QStringList>("labels");
    QTest::newRow("chineseCounting 一、")
        << QStringLiteral("chineseCounting") << QStringLiteral("%1、")
        << QStringList{QStringLiteral("一、"), QStringLiteral("二、"), QStringLiteral("三、")};
    QTest::newRow("chineseCounting in brackets")
        << QStringLiteral("chineseCounting") << QStringLiteral("（%1）")
        << QStringList{QStringLiteral("（一）"), QStringLiteral("（二）"), QStringLiteral("（三）")};
    QTest::newRow("decimal 1.") << QStringLiteral("decimal") << QStringLiteral("%1.")
                                << QStringList{QStringLiteral("1."), QStringLiteral("2."), QStringLiteral("3.")};
    QTest::newRow("enclosed circles") << QStringLiteral("decimalEnclosedCircle") << QStringLiteral("%1")
                                      << QStringList{QStringLiteral("①"), QStringLiteral("②"), QStringLiteral("③")};
    QTest::newRow("bullets show no label")
        << QStringLiteral("bullet") << QStringLiteral("") << QStringList{QString(), QString(), QString()};
}

void TestOfficeDocuments::docxNumbering()
{
    QFETCH(QString, format);
    QFETCH(QString, levelText);
    QFETCH(QStringList, labels);
    const QByteArray numbering = "<w:numbering xmlns:w=\"" + WordNs +
                                 "\"><w:abstractNum w:abstractNumId=\"3\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
                                 "<w:numFmt w:val=\"" +
                                 format.toUtf8() + "\"/><w:lvlText w:val=\"" + levelText.toUtf8() +
                                 "\"/></w:lvl></w:abstractNum>"
                                 "<w:num w:numId=\"5\"><w:abstractNumId w:val=\"3\"/></w:num></w:numbering>";
    auto numbered = [](const QByteArray& text) {
        return "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"5\"/></w:numPr></w:pPr><w:r><w:t>" + text +
               "</w:t></w:r></w:p>";
    };
    QString error;
    const QString text =
        textOf(docx(numbered("总体情况") + numbered("主动公开") + p("正文") + numbered("依申请公开"), numbering),
               QStringLiteral("a.docx"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(
        text,
        QStringLiteral("%1总体情况\n%2主动公开\n正文\n%3依申请公开").arg(labels.at(0), labels.at(1), labels.at(2)));
    QCOMPARE(DocxNumbering::formatNumber(11, QStringLiteral("chineseCounting")), QStringLiteral("十一"));
    QCOMPARE(DocxNumbering::formatNumber(20, QStringLiteral("chineseCounting")), QStringLiteral("二十"));
}

// A Word document saved without its extension, or under an unknown one, is known by its content.
void TestOfficeDocuments::docxByContentUnderAnotherName()
{
    QString error;
    QCOMPARE(textOf(docx(p("正文12条")), QStringLiteral("report"), &error), QStringLiteral("正文12条"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Any other ZIP archive is still refused as before.
    const QByteArray zip = makeZip({{"a.txt", "x"}});
    QVERIFY(!zip.isEmpty());
    textOf(zip, QStringLiteral("report"), &error);
    QVERIFY2(error.contains(QStringLiteral("ZIP archive")), qPrintable(error));
}

void TestOfficeDocuments::hostileArchives_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    const QByteArray good = documentXml(p("x"));
    QTest::newRow("not a ZIP at all") << QByteArray("PK\x03\x04 and then nothing", 21)
                                      << QStringLiteral("not a ZIP archive or the archive is damaged");
    QTest::newRow("no document part") << makeZip({{"word/other.xml", good}})
                                      << QStringLiteral("the part word/document.xml is missing");
    QTest::newRow("a name climbing out of the archive")
        << makeZip({{"word/document.xml", good}, {"../../etc/cron.d/x", "x"}})
        << QStringLiteral("the archive is crafted: entry 2");
    QTest::newRow("an absolute name") << makeZip({{"/tmp/x", "x"}, {"word/document.xml", good}})
                                      << QStringLiteral("the archive is crafted: entry 1");
    QList<Entry> many;
    for (int i = 0; i <= ZipArchive::MaxEntries; ++i) {
        many.append({"word/media/" + QByteArray::number(i), QByteArray()});
    }
    QTest::newRow("more entries than any document") << makeZip(many) << QStringLiteral("entries, more than");
    QTest::newRow("a DTD (entity expansion)")
        << makeZip({{"word/document.xml",
                     "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>"
                     "<w:document xmlns:w=\"" +
                         WordNs + "\"><w:body>" + p("&b;") + "</w:body></w:document>"}})
        << QStringLiteral("DTD");
    QTest::newRow("damaged XML") << makeZip({{"word/document.xml", documentXml("<w:p><w:r><w:t>x</w:p>")}})
                                 << QStringLiteral("is damaged");
}

void TestOfficeDocuments::hostileArchives()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    QVERIFY(!bytes.isEmpty());
    QString error;
    const QString text = textOf(bytes, QStringLiteral("report.docx"), &error);
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY2(error.startsWith(QStringLiteral("the Word document cannot be read")), qPrintable(error));
    QVERIFY(text.isEmpty());
}

// A part inflating past the limit is refused by the size it declares and, when it lies about it, while inflating:
// neither the memory nor the time grows with what the bomb would give.
void TestOfficeDocuments::zipBombIsBounded()
{
    const QByteArray zeros(ZipArchive::MaxEntryBytes + 1024 * 1024, ' ');
    QByteArray bomb = makeZip({{"word/document.xml", zeros}});
    QVERIFY(bomb.size() < 1024 * 1024); // a deflated bomb: small on disk
    QElapsedTimer timer;
    timer.start();
    QString error;
    textOf(bomb, QStringLiteral("bomb.docx"), &error);
    QVERIFY2(error.contains(QStringLiteral("perhaps a ZIP bomb")), qPrintable(error));
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));

    // The same with the sizes in both headers rewritten to 100 bytes: refused while inflating, or as damaged.
    const QByteArray declared = [] {
        QByteArray b(4, '\0');
        const quint32 size = ZipArchive::MaxEntryBytes + 1024 * 1024;
        for (int i = 0; i < 4; ++i) {
            b[i] = char((size >> (8 * i)) & 0xFF);
        }
        return b;
    }();
    QByteArray small(4, '\0');
    small[0] = 100;
    int patched = 0;
    for (qsizetype at = bomb.indexOf(declared); at >= 0; at = bomb.indexOf(declared, at + 4)) {
        bomb.replace(at, 4, small);
        ++patched;
    }
    QCOMPARE(patched, 2); // the local header and the central directory
    timer.restart();
    const LoadResult lying = DocumentLoader::loadBytes(bomb, QStringLiteral("bomb.docx"));
    QVERIFY(!lying.ok());
    QVERIFY2(lying.error.startsWith(QStringLiteral("the Word document cannot be read")), qPrintable(lying.error));
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
}

void TestOfficeDocuments::encryptedPartIsRefused()
{
    bool refused = false;
    const QByteArray locked = makeZip({{"word/document.xml", documentXml(p("x")), true}}, &refused);
    if (refused || locked.isEmpty()) {
        QSKIP("this libzip writes no encrypted entries");
    }
    QString error;
    textOf(locked, QStringLiteral("locked.docx"), &error);
    QVERIFY2(error.contains(QStringLiteral("password")), qPrintable(error));
}

void TestOfficeDocuments::quotedPrintable_data()
{
    QTest::addColumn<QByteArray>("in");
    QTest::addColumn<QByteArray>("out");
    QTest::newRow("bytes") << QByteArray("=E4=B8=AD=e6=96=87") << QByteArray("中文");
    QTest::newRow("soft line break CRLF") << QByteArray("ab=\r\ncd") << QByteArray("abcd");
    QTest::newRow("soft line break LF") << QByteArray("ab=\ncd") << QByteArray("abcd");
    QTest::newRow("hard line break kept") << QByteArray("ab\r\ncd") << QByteArray("ab\r\ncd");
    QTest::newRow("stray equals sign kept") << QByteArray("a=b=") << QByteArray("a=b=");
    QTest::newRow("equals encoded") << QByteArray("colspan=3D\"2\"") << QByteArray("colspan=\"2\"");
}

void TestOfficeDocuments::quotedPrintable()
{
    QFETCH(QByteArray, in);
    QFETCH(QByteArray, out);
    QCOMPARE(MhtmlReader::decodeQuotedPrintable(in), out);
}

void TestOfficeDocuments::mhtmlPages_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    const QString page = QStringLiteral("<html><body><p>某市审计局</p><table><tr><td>规章</td><td>2</td></tr></table>"
                                        "</body></html>");
    const QString want = QStringLiteral("某市审计局\n规章\t2");
    // The GB2312 bytes of the page, quoted-printable, a soft line break in the middle of a tag.
    QByteArray qp;
    for (const char c : QByteArray::fromHex("c4b3cad0c9f3bcc6bed6")) { // 某市审计局
        qp += '=' + QByteArray::number(uchar(c), 16).toUpper();
    }
    const QByteArray gb =
        "<html><body><p>" + qp + "</p><table><tr><td>=B9=E6=D5=C2</td><td>2</td></tr></ta=\r\nble></body></html>";
    QTest::newRow("quoted-printable GB2312 as the part declares")
        << mhtml("Content-Type: text/html; charset=\"gb2312\"\r\nContent-Transfer-Encoding: quoted-printable", gb)
        << want;
    QTest::newRow("base64 UTF-8") << mhtml(
                                         "Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64",
                                         page.toUtf8().toBase64())
                                  << want;
    QTest::newRow("no charset: the page's meta element")
        << mhtml("Content-Type: text/html\r\nContent-Transfer-Encoding: 8bit",
                 QByteArray("<html><head><meta charset=\"gbk\"></head><body><p>") +
                     QByteArray::fromHex("c4b3cad0c9f3bcc6bed6") + "</p></body></html>")
        << QStringLiteral("某市审计局");
    QTest::newRow("the part `start` names, not the first")
        << mhtml("Content-Type: text/html; charset=utf-8\r\nContent-ID: <page@x>", page.toUtf8(),
                 "------B\r\nContent-Type: text/html; charset=utf-8\r\nContent-Location: frame.html\r\n\r\n"
                 "<p>框架</p>\r\n",
                 "<page@x>")
        << want;
    QTest::newRow("an image part before the page is passed over")
        << mhtml("Content-Type: text/html; charset=utf-8", page.toUtf8(),
                 "------B\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n")
        << want;
    QTest::newRow("a single-part archive")
        << QByteArray("MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n") + page.toUtf8() << want;
}

void TestOfficeDocuments::mhtmlPages()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    for (const QString& name : {QStringLiteral("page.mhtml"), QStringLiteral("page.mht")}) {
        QString error;
        QCOMPARE(textOf(bytes, name, &error), text);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
}

// What sites publish as .doc is often a web page or Word's "single file web page": read without LibreOffice.
void TestOfficeDocuments::wordNamesHoldingOtherForms()
{
    qputenv("JIAOHE_SOFFICE", "");
    QString error;
    QCOMPARE(textOf("<html><body><p>全年公开12条</p></body></html>", QStringLiteral("a.doc"), &error),
             QStringLiteral("全年公开12条"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(
        textOf(mhtml("Content-Type: text/html; charset=utf-8", "<p>全年公开12条</p>"), QStringLiteral("a.doc"), &error),
        QStringLiteral("全年公开12条"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(textOf(docx(p("全年公开12条")), QStringLiteral("a.doc"), &error), QStringLiteral("全年公开12条"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    qunsetenv("JIAOHE_SOFFICE");
}

void TestOfficeDocuments::withoutLibreOfficeTheMessageSaysHowToConvert()
{
    qputenv("JIAOHE_SOFFICE", "");
    QVERIFY(OfficeConverter::program().isEmpty());
    const QByteArray ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 rest of a Word 97 file", 30);
    for (const char* suffix : {"doc", "wps"}) {
        const QString name = QStringLiteral("report.") + QLatin1String(suffix);
        const LoadResult r = DocumentLoader::loadBytes(ole, name);
        QVERIFY(!r.ok());
        for (const QString& k : {QStringLiteral(".%1 file is read through LibreOffice").arg(QLatin1String(suffix)),
                                 QStringLiteral("not installed"), QStringLiteral("Save As"), QStringLiteral(".docx")}) {
            QVERIFY2(r.error.contains(k), qPrintable(r.error));
        }
    }
    qunsetenv("JIAOHE_SOFFICE");
}

void TestOfficeDocuments::docThroughLibreOffice()
{
    if (OfficeConverter::program().isEmpty()) {
        QSKIP("LibreOffice (soffice) is not installed");
    }
    const QString path = QStringLiteral(JIAOHE_TEST_DATA "/cases/forms-doc-township/report.doc");
    const LoadResult r = DocumentLoader::loadFile(path);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.document.encoding, QStringLiteral("DOC"));
    QVERIFY2(r.document.original.startsWith(QStringLiteral("白沙镇人民政府2017年政府信息公开工作年度报告\n")),
             qPrintable(r.document.original.left(200)));
    QVERIFY(r.document.original.contains(QStringLiteral("主动公开政府信息73条")));
    // A damaged one: LibreOffice's refusal, not a hang.
    const QByteArray broken("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 not really a Word file", 32);
    const LoadResult bad = DocumentLoader::loadBytes(broken, QStringLiteral("broken.doc"));
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error.contains(QStringLiteral("LibreOffice")), qPrintable(bad.error));
}

} // namespace jiaohe

QTEST_GUILESS_MAIN(jiaohe::TestOfficeDocuments)
#include "TestOfficeDocuments.moc"
