// Times reading PDF reports with Qt PDF (PdfReader): a generated 300-page report (drawn with QPdfWriter
// per line and per character, and written by hand with runs of characters per text object), and any
// PDF given on the command line.
//   bench_pdf [--pages N] [--text] [FILE.pdf...]
// --text prints the rebuilt text of the given files.
#include "document/PdfText.h"
#include "../tests/common/HandWrittenPdf.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFont>
#include <QGuiApplication>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextStream>

#include <cstdio>

using namespace jiaohe;

namespace {

// A report page: 30 lines of Chinese text and a table of 8 rows with a label and 4 numbers.
QByteArray generate(int pages, bool perCharacter)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(72);
    QPainter painter(&writer);
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setPixelSize(12);
    painter.setFont(font);
    const QString sentence = QStringLiteral("本年度共主动公开政府信息%1条，其中规范性文件%2件，答复申请%3件。");
    for (int p = 0; p < pages; ++p) {
        if (p > 0) {
            writer.newPage();
        }
        int y = 60;
        for (int l = 0; l < 30; ++l, y += 16) {
            const QString line = sentence.arg(p * 100 + l).arg(l).arg(p);
            if (perCharacter) {
                int x = 60;
                for (QChar c : line) {
                    painter.drawText(x, y, QString(c));
                    x += painter.fontMetrics().horizontalAdvance(c);
                }
            } else {
                painter.drawText(60, y, line);
            }
        }
        for (int r = 0; r < 8; ++r, y += 20) {
            painter.drawText(60, y, QStringLiteral("第%1行统计").arg(r + 1));
            for (int c = 0; c < 4; ++c) {
                painter.drawText(260 + c * 60, y, QString::number(r * 10 + c));
            }
        }
    }
    painter.end();
    return bytes;
}

// The same size written out by hand with Helvetica, each line as two text objects of several characters
// (a phrase and a number far right): Qt PDF gives one box per object, so the reader takes its slow path.
QByteArray generateRuns(int pages)
{
    QList<QByteArray> objects = {"<< /Type /Catalog /Pages 2 0 R >>", QByteArray(),
                                 "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
    QByteArray kids;
    for (int p = 0; p < pages; ++p) {
        QByteArray content;
        for (int l = 0; l < 40; ++l) {
            const QByteArray y = QByteArray::number(780 - 18 * l);
            content += "BT /F1 10 Tf 60 " + y + " Td (Line " + QByteArray::number(l) + " of page " +
                       QByteArray::number(p) + ": documents published this year) Tj ET\n";
            content += "BT /F1 10 Tf 420 " + y + " Td (" + QByteArray::number(p * 40 + l) + ") Tj ET\n";
        }
        const int contentId = int(objects.size()) + 1;
        objects.append("<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "\nendstream");
        kids += QByteArray::number(contentId + 1) + " 0 R ";
        objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents " +
                       QByteArray::number(contentId) + " 0 R /Resources << /Font << /F1 3 0 R >> >> >>");
    }
    objects[1] = "<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(pages) + " >>";
    return jiaohe::testing::handWrittenPdf(objects);
}

void report(const QString& what, const QByteArray& bytes, bool printText)
{
    PdfReadStats stats;
    QElapsedTimer timer;
    timer.start();
    const PdfText text = PdfReader::read(bytes, &stats);
    const qint64 ms = timer.elapsed();
    std::printf("%-40s %5d pages %8lld chars %4d pages drawn for rules %7lld ms  %6.1f ms/page%s%s\n",
                qPrintable(what), stats.pages, static_cast<long long>(text.text.size()), stats.renderedPages,
                static_cast<long long>(ms),
                stats.pages > 0 ? double(ms) / stats.pages : 0.0, text.ok() ? "" : "  error: ", qPrintable(text.error));
    if (printText) {
        QTextStream(stdout) << text.text;
    }
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")) {
        qputenv("QT_QPA_PLATFORM", "offscreen"); // QPdfWriter needs fonts, hence a QGuiApplication
    }
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("pages"), QStringLiteral("Pages of the generated report."), QStringLiteral("N"),
                      QStringLiteral("300")});
    parser.addOption({QStringLiteral("text"), QStringLiteral("Print the rebuilt text of the given files.")});
    parser.addPositionalArgument(QStringLiteral("files"), QStringLiteral("PDF files to read."));
    parser.addHelpOption();
    parser.process(app);

    const QStringList files = parser.positionalArguments();
    for (const QString& file : files) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "%s: cannot be opened\n", qPrintable(file));
            return 1;
        }
        report(file, f.readAll(), parser.isSet(QStringLiteral("text")));
    }
    if (!files.isEmpty()) {
        return 0;
    }
    const int pages = parser.value(QStringLiteral("pages")).toInt();
    for (bool perCharacter : {false, true}) {
        QElapsedTimer timer;
        timer.start();
        const QByteArray bytes = generate(pages, perCharacter);
        std::printf("generated %d pages (%s) in %lld ms, %.1f MB\n", pages,
                    perCharacter ? "one text object per character" : "one text object per line or cell",
                    static_cast<long long>(timer.elapsed()), bytes.size() / 1048576.0);
        report(perCharacter ? QStringLiteral("generated, per character") : QStringLiteral("generated, per line"), bytes,
               false);
    }
    report(QStringLiteral("hand-written, runs of characters"), generateRuns(pages), false);
    return 0;
}
