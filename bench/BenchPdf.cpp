// Times reading PDF reports with Qt PDF (PdfReader): a generated 300-page report (both ways a PDF
// may draw its text: a text object per line, or per character), and any PDF given on the command line.
//   bench_pdf [--pages N] [--text] [FILE.pdf...]
// --text prints the rebuilt text of the given files.
#include "document/PdfText.h"

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

void report(const QString& what, const QByteArray& bytes, bool printText)
{
    PdfReadStats stats;
    QElapsedTimer timer;
    timer.start();
    const PdfText text = PdfReader::read(bytes, &stats);
    const qint64 ms = timer.elapsed();
    std::printf("%-40s %5d pages %8lld chars %6d Qt PDF queries (%d pages paired one to one, %d runs spread) "
                "%7lld ms  %6.1f ms/page%s%s\n",
                qPrintable(what), stats.pages, static_cast<long long>(text.text.size()), stats.pdfiumCalls,
                stats.fastPages, stats.interpolatedRuns, static_cast<long long>(ms),
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
    return 0;
}
