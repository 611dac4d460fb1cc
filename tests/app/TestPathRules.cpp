// SPDX-License-Identifier: GPL-3.0-or-later
// The rules of table pages read from the paths of their content streams (PathRules) instead of a drawing of the
// page: every committed PDF reads to the same text either way; the producers' table pages are ruled from their paths
// without being drawn; and what PathRules does not follow (a form, a rotated page) falls back to drawing, while a
// light or dashed line is no rule.
#include "common/HandWrittenPdf.h"
#include "document/PdfText.h"
#include "document/pdf/PathRules.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace jiaohe;

namespace {

QByteArray bytesOf(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList committedPdfs()
{
    QStringList out;
    const QDir cases(QStringLiteral(JIAOHE_TEST_DATA "/cases"));
    for (const QString& c : cases.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (QFile::exists(cases.filePath(c + QStringLiteral("/report.pdf")))) {
            out.append(cases.filePath(c + QStringLiteral("/report.pdf")));
        }
    }
    const QDir reports(QStringLiteral(JIAOHE_TEST_DATA "/reports"));
    for (const QString& name : reports.entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name)) {
        out.append(reports.filePath(name));
    }
    return out;
}

// A one-page PDF (612 × 792 points) whose page draws `content`; `pageExtra` goes into the page's dictionary, and
// `extraObjects` follow the content stream (objects 5…).
QByteArray onePage(const QByteArray& content, const QByteArray& pageExtra = {},
                   const QList<QByteArray>& extraObjects = {})
{
    QList<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R " + pageExtra + " >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "\nendstream",
    };
    objects += extraObjects;
    return testing::handWrittenPdf(objects);
}

// How many dark pixels the page's rules make at 1 px a point; -1 when PathRules does not answer.
int darkPixels(const QByteArray& pdf)
{
    const std::unique_ptr<pdf::PathRules> rules = pdf::PathRules::load(pdf);
    if (!rules) {
        return -2;
    }
    const std::optional<pdf::GrayImage> image = rules->draw(0, 1.0);
    if (!image) {
        return -1;
    }
    return int(std::count(image->pixels.begin(), image->pixels.end(), std::uint8_t(0)));
}

} // namespace

class TestPathRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameTextAsDrawing_data();
    void sameTextAsDrawing();
    void producersRuledWithoutDrawing();
    void whatIsARule_data();
    void whatIsARule();
};

void TestPathRules::sameTextAsDrawing_data()
{
    QTest::addColumn<QString>("path");
    for (const QString& path : committedPdfs()) {
        QTest::newRow(qPrintable(QFileInfo(path).dir().dirName() + u'/' + QFileInfo(path).fileName())) << path;
    }
}

void TestPathRules::sameTextAsDrawing()
{
    QFETCH(QString, path);
    const QByteArray bytes = bytesOf(path);
    QVERIFY(!bytes.isEmpty());
    PdfReadStats fromPaths;
    PdfReadStats fromDrawing;
    const PdfText a = PdfReader::read(bytes, &fromPaths, PdfReader::RulesFrom::Paths);
    const PdfText b = PdfReader::read(bytes, &fromDrawing, PdfReader::RulesFrom::Drawing);
    QVERIFY2(a.ok(), qPrintable(a.error));
    QCOMPARE(a.text, b.text);
    QCOMPARE(fromDrawing.pathPages, 0);
    QCOMPARE(fromPaths.pathPages + fromPaths.renderedPages, fromDrawing.renderedPages);
}

void TestPathRules::producersRuledWithoutDrawing()
{
    // LibreOffice (strokes), Chromium (thin filled quadrilaterals) and the real reports: no page drawn.
    for (const QString& path : committedPdfs()) {
        if (!path.contains(QLatin1String("-lopdf")) && !path.contains(QLatin1String("-chromepdf")) &&
            !path.contains(QLatin1String("/reports/"))) {
            continue;
        }
        PdfReadStats stats;
        QVERIFY(PdfReader::read(bytesOf(path), &stats).ok());
        QVERIFY2(
            stats.pathPages > 0 && stats.renderedPages == 0,
            qPrintable(
                QStringLiteral("%1: %2 from paths, %3 drawn").arg(path).arg(stats.pathPages).arg(stats.renderedPages)));
    }
}

void TestPathRules::whatIsARule_data()
{
    QTest::addColumn<QByteArray>("pdf");
    QTest::addColumn<int>("dark");
    // A black vertical stroke 0.1 pt wide from y 100 to 300: one pixel wide, 200 high.
    QTest::newRow("hairline") << onePage("0.1 w 0 0 0 RG 100 100 m 100 300 l S") << 200;
    // The same in a light gray (a pixel of 204): no rule, as on the drawn page.
    QTest::newRow("light gray") << onePage("0.1 w 0.8 G 100 100 m 100 300 l S") << 0;
    // Dashed: no rule (the drawn page has no continuous dark column).
    QTest::newRow("dashed") << onePage("[3 3] 0 d 0.1 w 0 G 100 100 m 100 300 l S") << 0;
    // A thin filled rectangle, 1 × 50, through a scale of 2: a rule 2 × 100.
    QTest::newRow("thin fill, scaled") << onePage("q 2 0 0 2 0 0 cm 0 g 50 50 1 50 re f Q") << 200;
    // A wide filled rectangle is a cell's shading, not a rule.
    QTest::newRow("shading") << onePage("0.2 g 100 100 200 50 re f") << 0;
    // A path painted with n draws nothing.
    QTest::newRow("no paint") << onePage("0 G 100 100 m 100 300 l n") << 0;
    // A form XObject, a rotated page: not followed; the page is drawn instead.
    QTest::newRow("form")
        << onePage("/F1 Do", "/Resources << /XObject << /F1 5 0 R >> >>",
                   {"<< /Type /XObject /Subtype /Form /BBox [0 0 10 10] /Length 0 >>\nstream\n\nendstream"})
        << -1;
    QTest::newRow("rotated") << onePage("0 G 100 100 m 100 300 l S", "/Rotate 90") << -1;
}

void TestPathRules::whatIsARule()
{
    QFETCH(QByteArray, pdf);
    QFETCH(int, dark);
    QCOMPARE(darkPixels(pdf), dark);
}

QTEST_GUILESS_MAIN(TestPathRules)
#include "TestPathRules.moc"
